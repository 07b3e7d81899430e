// The keuzehulp page: marshals answers to the engine (a Python worker) and
// renders its advice into the page's <template>s. No rule lives here: which
// answers are valid, what applies and why all come from wizard/ in Python.
(function () {
  function setup() {
    var root = document.querySelector("[data-wizard]");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "1";
    var form = root.querySelector("[data-wizard-form]");
    var result = root.querySelector("[data-wizard-result]");
    var labels = JSON.parse(root.querySelector("[data-wizard-labels]").textContent);
    var assets = new URL(root.dataset.assets, location.href);
    var questions = Array.prototype.map.call(form.querySelectorAll("[data-question]"), function (q) {
      return q.dataset.question;
    });
    var raw = {}; // the answers as given: from the fragment or the form, unparsed
    var pending = 0;
    var latest = 0;
    var worker;

    // --- answers <-> URL fragment (never sent to a server) -------------------
    function fromFragment() {
      var params = new URLSearchParams(location.hash.replace(/^#/, ""));
      var answers = {};
      params.forEach(function (value, key) { answers[key] = value; });
      return answers;
    }

    function toFragment(answers) {
      var params = new URLSearchParams();
      questions.forEach(function (q) {
        if (answers[q] !== undefined && answers[q] !== "") params.set(q, answers[q]);
      });
      var hash = params.toString().replace(/%2C/g, ",");
      history.replaceState(null, "", location.pathname + location.search + (hash ? "#" + hash : ""));
    }

    function fillForm(answers) {
      questions.forEach(function (q) {
        var value = answers[q] === undefined ? "" : String(answers[q]);
        var inputs = form.querySelectorAll("[name='" + q + "']");
        inputs.forEach(function (input) {
          if (input.type === "radio") input.checked = input.value === value;
          else if (input.type === "checkbox") input.checked = value.split(",").indexOf(input.value) >= 0;
          else input.value = value;
        });
      });
    }

    function fromForm() {
      var answers = {};
      questions.forEach(function (q) {
        var inputs = form.querySelectorAll("[name='" + q + "']");
        var values = [];
        inputs.forEach(function (input) {
          if ((input.type === "radio" || input.type === "checkbox")) { if (input.checked) values.push(input.value); }
          else if (input.value.trim() !== "") values.push(input.value.trim());
        });
        if (values.length) answers[q] = values.join(",");
      });
      return answers;
    }

    // --- talking to the engine ------------------------------------------------
    function ask() {
      latest += 1;
      pending += 1;
      worker.postMessage({ id: latest, answers: raw });
    }

    function onMessage(event) {
      var message = event.data;
      if (message.type === "progress") {
        var steps = { runtime: 1, engine: 2 };
        root.querySelector("[data-wizard-progress]").value = steps[message.step] || 0;
      } else if (message.type === "ready") {
        root.querySelector("[data-wizard-progress]").value = 3;
        root.querySelector("[data-wizard-loading]").hidden = true;
        root.querySelector("[data-wizard-fallback]").hidden = true;
        root.dataset.engine = "ready";
        document.dispatchEvent(new CustomEvent("iw:cache", { detail: { batch: "keuzehulp", urls: message.files || [] } }));
      } else if (message.type === "failed") {
        root.querySelector("[data-wizard-loading]").hidden = true;
        root.querySelector("[data-wizard-failed]").hidden = false;
        root.dataset.engine = "failed";
      } else if (message.type === "advice") {
        pending -= 1;
        if (message.id === latest) render(message.result, message.ms);
      }
    }

    // --- rendering ------------------------------------------------------------
    function clone(name) {
      return root.querySelector("template[data-template='" + name + "']").content.cloneNode(true);
    }

    function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }

    function showErrors(errors) {
      form.querySelectorAll("[data-error-for]").forEach(function (p) { p.hidden = true; p.textContent = ""; });
      form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
      (errors || []).forEach(function (error) {
        var target = form.querySelector("[data-error-for='" + error.field + "']") || root.querySelector("[data-wizard-general-error]");
        if (!target) return;
        target.textContent = (target.hidden ? "" : target.textContent + " ") + error.message;
        target.hidden = false;
        var field = form.querySelector("#vraag-" + error.field);
        if (field) field.setAttribute("aria-invalid", "true");
      });
    }

    function render(answer, ms) {
      root.dataset.lastMs = String(ms);
      showErrors(answer.errors);
      var advice = answer.advice;
      result.hidden = !advice;
      root.dataset.state = advice ? "advice" : (answer.errors && answer.errors.length ? "invalid" : "incomplete");
      if (!advice) return;
      renderAnswers();
      renderObligations(advice.obligations);
      renderSuggestions(root.querySelector("[data-wizard-methods]"), advice.methods, root.dataset.methodHref, "name");
      renderSuggestions(root.querySelector("[data-wizard-modules]"), advice.modules, root.dataset.offeringHref, "title");
      root.querySelector("[data-wizard-no-modules]").hidden = advice.modules.length > 0;
      root.querySelector("[data-wizard-disclaimer]").textContent = advice.disclaimer;
      root.querySelector("[data-wizard-date]").textContent = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    }

    function renderAnswers() {
      var list = root.querySelector("[data-wizard-answers]");
      list.textContent = "";
      form.querySelectorAll("[data-question]").forEach(function (q) {
        var chosen = [];
        q.querySelectorAll("input").forEach(function (input) {
          if (input.type === "text") { if (input.value) chosen.push(input.value); }
          else if (input.checked) chosen.push(input.parentNode.textContent.trim());
        });
        if (!chosen.length) return;
        var node = clone("answer");
        slot(node, "name").textContent = q.dataset.name;
        slot(node, "value").textContent = chosen.join(", ");
        var change = slot(node, "change");
        change.href = "#vraag-" + q.dataset.question;
        change.setAttribute("aria-label", change.textContent + ": " + q.dataset.name);
        change.addEventListener("click", function (event) {
          event.preventDefault();
          var first = q.querySelector("input");
          q.scrollIntoView();
          if (first) first.focus();
        });
        list.appendChild(node);
      });
    }

    function renderObligations(obligations) {
      var list = root.querySelector("[data-wizard-obligations]");
      list.textContent = "";
      obligations.forEach(function (o) {
        var node = clone("obligation");
        var li = node.querySelector("li");
        li.dataset.obligation = o.id;
        li.dataset.status = o.status;
        slot(node, "title").textContent = o.title;
        slot(node, "status").textContent = labels.status[o.status] || o.status;
        slot(node, "why").textContent = o.why;
        var articles = slot(node, "articles");
        o.articles.forEach(function (a, i) {
          if (i) articles.appendChild(document.createTextNode(", "));
          var link = document.createElement("a");
          link.href = a.url;
          link.textContent = a.label;
          articles.appendChild(link);
        });
        slot(node, "certainty").textContent = o.certainty.label + ". " + o.certainty.note;
        slot(node, "certainty").dataset.certainty = o.certainty.id;
        if (o.items && o.items.length) {
          slot(node, "items-block").hidden = false;
          o.items.forEach(function (item) {
            var entry = document.createElement("li");
            entry.dataset.item = item.id;
            entry.textContent = item.letter + ". " + item.text;
            slot(node, "items").appendChild(entry);
          });
        }
        list.appendChild(node);
      });
    }

    function renderSuggestions(list, entries, hrefPattern, nameKey) {
      list.textContent = "";
      entries.forEach(function (entry) {
        var node = clone("suggestion");
        node.querySelector("li").dataset.suggestion = entry.id;
        var link = slot(node, "link");
        link.href = hrefPattern.replace("{id}", entry.id);
        link.textContent = entry[nameKey];
        slot(node, "summary").textContent = entry.summary ? "— " + entry.summary : "";
        entry.reasons.forEach(function (reason) {
          var li = document.createElement("li");
          li.textContent = reason;
          slot(node, "reasons").appendChild(li);
        });
        list.appendChild(node);
      });
    }

    // --- wiring ---------------------------------------------------------------
    raw = fromFragment();
    fillForm(raw);
    form.addEventListener("input", function () {
      raw = fromForm();
      toFragment(raw);
      ask();
    });
    window.addEventListener("hashchange", function () {
      raw = fromFragment();
      fillForm(raw);
      ask();
    });
    root.querySelector("[data-wizard-print]").addEventListener("click", function () { window.print(); });

    if (!window.Worker) return; // the fallback text stays: it links the static overview
    root.querySelector("[data-wizard-loading]").hidden = false; // the fallback link stays until ready
    // The page's inline script usually started the worker already (see keuzehulp.md.j2).
    var early = window.__iwEngine;
    worker = early ? early.worker : new Worker(new URL("js/keuzehulp-worker.mjs", assets), { type: "module" });
    worker.onmessage = onMessage;
    worker.onerror = function () { onMessage({ data: { type: "failed" } }); };
    if (early) early.messages.splice(0).forEach(onMessage);
    ask(); // queued in the worker until the engine is ready
  }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); }
  else { setup(); }
})();
