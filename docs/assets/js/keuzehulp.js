// The keuzehulp page: marshals the URL fragment to the engine (a Python worker)
// and renders its advice and inspraakplan into the page's <template>s, as text.
// No rule lives here: which answers are valid, what applies, what to recommend
// and how the plan is checked all come from wizard/ in Python. Before the
// engine has booted, a shared link shows what the law asks from a table the
// build made with the same engine (early.json): looked up, never reasoned
// about; anything the table does not list waits for the engine. No
// reader-facing words live here either: they come from the page (data/wizard.yaml).
// The fragment is untrusted input: it is kept in a Map, only ever compared
// with the table's own values, and shown as text.
(function () {
  "use strict";

  // A recommended method shows its first reasons at once (the strongest: the
  // engine lists them in rule order); the rest fold under "Wat houdt het in?",
  // so three methods and why fit in the first screen (a phone shows one; the
  // CSS hides the second there and shows its copy in the fold).
  var REASONS_SHOWN = 2;

  /**
   * Messages between this page and keuzehulp-worker.mjs.
   * @typedef {{id: number, answers: Map<string, string>}} WorkerRequest
   *   answers: the whole URL fragment; the engine reads the answers and the plan keys.
   * @typedef {{type: "progress", step: "runtime"|"engine", received: Object<string, number>,
   *   done: string[]}} ProgressMessage  received: body bytes so far per file (path under assets/)
   * @typedef {{type: "ready", python: string, files: string[]}} ReadyMessage
   * @typedef {{type: "failed", id?: number, detail?: string}} FailedMessage
   * @typedef {{type: "advice", id: number, result: Answer, ms: number}} AdviceMessage
   * @typedef {ProgressMessage|ReadyMessage|FailedMessage|AdviceMessage} WorkerMessage
   *
   * What wizard.plan.answer returns (the Python TypedDicts in wizard/shapes.py: PlanAnswer and below).
   * @typedef {{advice: Advice|null, errors: FieldError[], missing: string[], plan: Plan|null,
   *   unknown_keys: string[], link_notice: string}} Answer
   * @typedef {{field: string, kind: string, message: string}} FieldError
   * @typedef {{id: string, label: string, note: string, follows?: string}} Certainty
   * @typedef {{id: string, label: string, url: string}} Article
   * @typedef {{id: string, letter: string, text: string, certainty: Certainty}} LawItem
   * @typedef {{id: string, title: string, status: "ja"|"nee"|"onzeker", why: string,
   *   articles: Article[], certainty: Certainty, rule: string, topic: string, items?: LawItem[]}} Obligation
   * @typedef {{id: string, name: string, group: string, summary: string, score: number,
   *   reasons: string[], caveats: string[], recommended: boolean}} Method
   * @typedef {{doelgroep: string, label: string, text: string, closest: string[]}} DoelgroepNote
   * @typedef {{id: string, title: string, text: string,
   *   link: {topic: string, section: string, label: string}}} StructureAdvice
   * @typedef {{id: string, title: string, kind: string, summary: string, score: number,
   *   reasons: string[], recommended: boolean}} Module
   * @typedef {{profile: Object<string, *>, obligations: Obligation[], methods: Method[],
   *   doelgroep_notes: DoelgroepNote[], structure: StructureAdvice[], modules: Module[],
   *   disclaimer: string, peildatum: string}} Advice
   * @typedef {{often: string, organiser: string, participants: string}} PlanMethodKeys
   * @typedef {{id: string, name: string, recommended: boolean, often: string, organiser: string,
   *   participants: string, keys: PlanMethodKeys}} PlanMethod
   * @typedef {{methods: PlanMethod[], chosen_by: "reader"|"recommendation", feedback: string,
   *   council: string, evaluation: string, asks_council: boolean,
   *   keys: {methods: string, feedback: string, council: string, evaluation: string},
   *   limits: Object<string, number>, notices: string[]}} Plan
   *
   * The build's table (assets/keuzehulp/early.json, inspraakwijzer/early_advice.py).
   * @typedef {{id: string, values?: string[], bands?: number[][], fill?: string}} Axis
   * @typedef {{axes: Axis[], free: {id: string, values: string[], list: boolean}[], wait: string[],
   *   obligations: Obligation[], cells: number[][], disclaimer: string,
   *   runtime: {path: string, bytes: number, wire: number}[]}} EarlyTable
   */

  // --- the URL fragment (never sent to a server) ------------------------------
  // A Map, not an object: a key like "__proto__" or "constructor" is just a key.

  /** @returns {Map<string, string>|null} null when the fragment is not answers (e.g. "#top") */
  function readFragment() {
    var hash = location.hash.replace(/^#/, "");
    if (hash && hash.indexOf("=") < 0) return null;
    var fragment = new Map();
    new URLSearchParams(hash).forEach(function (value, key) { fragment.set(key, value); });
    return fragment;
  }

  /** @param {Map<string, string>} fragment */
  function writeFragment(fragment) {
    var params = new URLSearchParams();
    fragment.forEach(function (value, key) { params.append(key, value); });
    var hash = params.toString().replace(/%2C/g, ",");
    history.replaceState(null, "", location.pathname + location.search + (hash ? "#" + hash : ""));
  }

  // --- small DOM helpers ------------------------------------------------------
  function clone(root, name) {
    return root.querySelector("template[data-template='" + name + "']").content.firstElementChild.cloneNode(true);
  }

  function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }

  function clear(node) { node.textContent = ""; return node; }

  function listItem(text) {
    var li = document.createElement("li");
    li.textContent = text;
    return li;
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function today() {
    return new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  }

  /** Move the reader to an element on this page without touching the fragment (it holds the answers). */
  function jumpTo(target) {
    if (!target) return;
    if (target.tagName === "DETAILS") target.open = true;
    var focusable = target.tagName === "DETAILS" ? target.querySelector("summary") : target;
    target.scrollIntoView({ block: "start" });
    if (!focusable.hasAttribute("tabindex") && !/^(A|INPUT|SELECT|TEXTAREA|BUTTON|SUMMARY)$/.test(focusable.tagName)) {
      focusable.setAttribute("tabindex", "-1");
    }
    focusable.focus({ preventScroll: true });
  }

  // --- the page's parts ----------------------------------------------------------
  function findParts(root) {
    function part(selector) { return root.querySelector(selector); }
    return {
      root: root,
      intro: part("[data-wizard-intro]"),
      form: part("[data-wizard-form]"),
      back: part("[data-wizard-back]"),
      result: part("[data-wizard-result]"),
      plan: part("[data-plan]"),
      planForm: part("[data-plan-form]"),
      status: part("[data-wizard-status]"),
      pending: part("[data-wizard-pending]"),
      linkNotice: part("[data-wizard-link-notice]"),
      labels: JSON.parse(part("[data-wizard-labels]").textContent),
      hrefs: { method: root.dataset.methodHref, offering: root.dataset.offeringHref, topic: root.dataset.topicHref },
      questions: Array.prototype.map.call(root.querySelectorAll("[data-wizard-form] [data-question]"),
        function (q) { return q.dataset.question; }),
    };
  }

  // --- answers form <-> fragment ----------------------------------------------
  function fillAnswerForm(page, fragment) {
    page.questions.forEach(function (q) {
      var value = fragment.has(q) ? fragment.get(q) : "";
      page.form.querySelectorAll("[name='" + q + "']").forEach(function (input) {
        if (input.type === "radio") input.checked = input.value === value;
        else if (input.type === "checkbox") input.checked = value.split(",").indexOf(input.value) >= 0;
        else input.value = value;
      });
    });
  }

  /** @returns {Map<string, string>} the answers given in the form, in question order */
  function answersFromForm(page) {
    var answers = new Map();
    page.questions.forEach(function (q) {
      var values = [];
      page.form.querySelectorAll("[name='" + q + "']").forEach(function (input) {
        if (input.type === "radio" || input.type === "checkbox") { if (input.checked) values.push(input.value); }
        else if (input.value.trim() !== "") values.push(input.value.trim());
      });
      if (values.length) answers.set(q, values.join(","));
    });
    return answers;
  }

  /** @returns {Map<string, string>} the plan as the form holds it, under the keys the engine gave */
  function planFromForm(page) {
    var plan = new Map();
    var chosen = [];
    var choiceName = "";
    page.planForm.querySelectorAll("[data-plan-choice]").forEach(function (box) {
      choiceName = box.name;
      if (box.checked) chosen.push(box.value);
    });
    if (choiceName) plan.set(choiceName, chosen.join(","));
    page.planForm.querySelectorAll("[data-plan-field]").forEach(function (control) {
      // An emptied choice is written as empty: left out, the engine would fill in its suggestion again.
      var given = control.value.trim() !== "" || control.tagName === "SELECT";
      if (control.name && !control.closest("[hidden]") && given) plan.set(control.name, control.value);
    });
    return plan;
  }

  /** The fragment from the forms; before the plan form exists, plan keys of the opened link are kept. */
  function collectFragment(page, state) {
    var fragment = answersFromForm(page);
    var extra = state.planShown ? (state.planTouched ? planFromForm(page) : new Map()) : state.carried;
    extra.forEach(function (value, key) { if (!fragment.has(key)) fragment.set(key, value); });
    return fragment;
  }

  function carriedKeys(page, fragment) {
    var carried = new Map();
    fragment.forEach(function (value, key) { if (page.questions.indexOf(key) < 0) carried.set(key, value); });
    return carried;
  }

  // --- field errors -------------------------------------------------------------
  /** @param {FieldError[]} errors */
  function showErrors(page, errors) {
    page.form.querySelectorAll("[data-error-for]").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    page.form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
    (errors || []).forEach(function (error) {
      var target = page.form.querySelector("[data-error-for='" + error.field + "']");
      if (!target) return;
      target.textContent = (target.hidden ? "" : target.textContent + " ") + error.message;
      target.hidden = false;
      var field = page.form.querySelector("#vraag-" + error.field);
      if (field) field.setAttribute("aria-invalid", "true");
    });
  }

  // --- rendering the advice -------------------------------------------------------
  /** @param {Advice} advice */
  function renderAdvice(page, state, advice) {
    renderLaw(page, state, advice.obligations);
    renderRecommended(page, advice.methods, advice.doelgroep_notes);
    renderMoreMethods(page, advice.methods);
    renderStructure(page, advice.structure);
    renderAnswers(page);
    renderModules(page, advice.modules);
    page.root.querySelector("[data-wizard-disclaimer]").textContent = advice.disclaimer;
    page.root.querySelector("[data-wizard-date]").textContent = today();
  }

  /** What the law asks, in the outcome and in the details. Rendered again only when it
   * changes: the engine's result then takes over from the table's without a flicker,
   * and details the reader opened stay open. @param {Obligation[]} obligations */
  function renderLaw(page, state, obligations) {
    var shown = JSON.stringify(obligations);
    if (shown === state.shownLaw) return;
    state.shownLaw = shown;
    renderSummary(page, obligations);
    renderObligations(page, obligations);
  }

  /** @param {Obligation[]} obligations */
  function renderSummary(page, obligations) {
    var list = clear(page.root.querySelector("[data-wizard-summary]"));
    obligations.forEach(function (o) {
      var li = clone(page.root, "summary");
      li.dataset.summaryFor = o.id;
      var a = slot(li, "link");
      a.href = "#plicht-" + o.id;
      a.dataset.jump = "plicht-" + o.id;
      a.textContent = o.title;
      badge(page, slot(li, "status"), o.status);
      if (page.labels.certaintyInSummary.indexOf(o.certainty.id) >= 0) {
        var weak = slot(li, "certainty");
        weak.hidden = false;
        weak.textContent = o.certainty.label;
      }
      list.appendChild(li);
    });
  }

  function badge(page, node, status) {
    node.textContent = page.labels.status[status] || status;
    node.className = "iw-badge iw-badge--" + status;
  }

  /** @param {Obligation[]} obligations */
  function renderObligations(page, obligations) {
    var list = clear(page.root.querySelector("[data-wizard-obligations]"));
    obligations.forEach(function (o) {
      var details = clone(page.root, "obligation");
      details.id = "plicht-" + o.id;
      details.dataset.obligation = o.id;
      details.dataset.status = o.status;
      slot(details, "title").textContent = o.title;
      badge(page, slot(details, "status"), o.status);
      slot(details, "why").textContent = o.why;
      o.articles.forEach(function (article, i) {
        if (i) slot(details, "articles").appendChild(document.createTextNode(", "));
        slot(details, "articles").appendChild(link(article.url, article.label));
      });
      renderItems(details, o.items || []);
      renderCertainty(page, details, o.certainty);
      var more = slot(details, "topic");
      more.href = page.hrefs.topic.replace("{id}", o.topic);
      more.setAttribute("aria-label", more.textContent + ": " + o.title);
      list.appendChild(details);
    });
  }

  /** @param {LawItem[]} items */
  function renderItems(details, items) {
    if (!items.length) return;
    slot(details, "items-block").hidden = false;
    items.forEach(function (item) {
      var li = listItem(item.letter + ". " + item.text);
      li.dataset.item = item.id;
      slot(details, "items").appendChild(li);
    });
  }

  /** Once per obligation, and only for the levels the page lists as worth saying (not "law"). */
  function renderCertainty(page, details, certainty) {
    if (page.labels.certaintyShown.indexOf(certainty.id) < 0) return;
    var box = slot(details, "certainty");
    box.hidden = false;
    box.dataset.certainty = certainty.id;
    box.classList.add("iw-certainty--" + certainty.id);
    slot(details, "certainty-label").textContent = certainty.label + ".";
    slot(details, "certainty-note").textContent = certainty.note;
  }

  /** @param {Method[]} methods @param {DoelgroepNote[]} notes */
  function renderRecommended(page, methods, notes) {
    var noteList = clear(page.root.querySelector("[data-wizard-doelgroep-notes]"));
    notes.forEach(function (note) {
      var p = clone(page.root, "note");
      p.dataset.doelgroepNote = note.doelgroep;
      p.textContent = note.text;
      noteList.appendChild(p);
    });
    var list = clear(page.root.querySelector("[data-wizard-recommended]"));
    var recommended = methods.filter(function (m) { return m.recommended; });
    page.root.querySelector("[data-wizard-no-recommendation]").hidden = recommended.length > 0;
    recommended.forEach(function (m) {
      var li = clone(page.root, "recommended");
      li.dataset.method = m.id;
      methodLink(page, slot(li, "link"), m);
      slot(li, "summary").textContent = m.summary;
      m.reasons.forEach(function (reason, i) {
        slot(li, i < REASONS_SHOWN ? "reasons" : "more-reasons").appendChild(listItem(reason));
        if (i === 1) { // a phone shows one reason at once: its copy under "Wat houdt het in?"
          var copy = slot(li, "more-reasons").appendChild(listItem(reason));
          copy.className = "iw-reason--second";
        }
      });
      slot(li, "caveats").hidden = !m.caveats.length;
      slot(li, "caveats").textContent = m.caveats.join(" ");
      list.appendChild(li);
    });
  }

  function methodLink(page, a, method) {
    a.href = page.hrefs.method.replace("{id}", method.id);
    a.textContent = method.name;
  }

  /** "Ook mogelijk": the other methods, each with its first reason or none. @param {Method[]} methods */
  function renderMoreMethods(page, methods) {
    var list = clear(page.root.querySelector("[data-wizard-more-methods]"));
    methods.filter(function (m) { return !m.recommended; }).forEach(function (m) {
      var li = clone(page.root, "more-method");
      li.dataset.method = m.id;
      methodLink(page, slot(li, "link"), m);
      slot(li, "reason").textContent = m.reasons.length ? m.reasons[0] : "";
      list.appendChild(li);
    });
  }

  /** @param {StructureAdvice[]} structure */
  function renderStructure(page, structure) {
    var section = page.root.querySelector("[data-wizard-structure]");
    var list = clear(section.querySelector("[data-wizard-structure-list]"));
    section.hidden = !structure.length;
    structure.forEach(function (s) {
      var item = clone(page.root, "structure");
      item.dataset.structure = s.id;
      slot(item, "title").textContent = s.title;
      slot(item, "text").textContent = s.text;
      slot(item, "link").href = page.hrefs.topic.replace("{id}", s.link.topic) + "#" + s.link.section;
      slot(item, "link").textContent = s.link.label;
      list.appendChild(item);
    });
  }

  /** "Uw antwoorden", each with "Wijzig" that moves to the question (GOV.UK's "Change"). */
  function renderAnswers(page) {
    var list = clear(page.root.querySelector("[data-wizard-answers]"));
    page.form.querySelectorAll("[data-question]").forEach(function (q) {
      var chosen = [];
      q.querySelectorAll("input").forEach(function (input) {
        if (input.type === "text") { if (input.value) chosen.push(input.value); }
        else if (input.checked) chosen.push(input.parentNode.textContent.trim());
      });
      if (!chosen.length) return;
      var fragment = page.root.querySelector("template[data-template='answer']").content.cloneNode(true);
      slot(fragment, "name").textContent = q.dataset.name;
      slot(fragment, "value").textContent = chosen.join(", ");
      var change = slot(fragment, "change");
      change.href = "#vraag-" + q.dataset.question;
      change.dataset.jump = "vraag-" + q.dataset.question;
      change.setAttribute("aria-label", change.textContent + ": " + q.dataset.name);
      list.appendChild(fragment);
    });
  }

  /** The best few offerings, the rest folded under "Meer opleidingen". @param {Module[]} modules */
  function renderModules(page, modules) {
    var top = clear(page.root.querySelector("[data-wizard-modules]"));
    var more = clear(page.root.querySelector("[data-wizard-more-modules]"));
    modules.forEach(function (m) {
      var li = clone(page.root, "module");
      li.dataset.offering = m.id;
      slot(li, "link").href = page.hrefs.offering.replace("{id}", m.id);
      slot(li, "link").textContent = m.title;
      slot(li, "summary").textContent = m.summary;
      m.reasons.forEach(function (reason) { slot(li, "reasons").appendChild(listItem(reason)); });
      (m.recommended ? top : more).appendChild(li);
    });
    var rest = modules.length - top.children.length;
    page.root.querySelector("[data-wizard-more-modules-block]").hidden = rest === 0;
    page.root.querySelector("[data-wizard-more-modules-count]").textContent = String(rest);
    page.root.querySelector("[data-wizard-no-modules]").hidden = modules.length > 0;
  }

  // --- rendering the plan ---------------------------------------------------------
  /** @param {Plan} plan @param {Advice} advice @param {boolean} refill set the controls from the plan */
  function renderPlan(page, plan, advice, refill) {
    page.plan.hidden = false;
    page.plan.querySelector("[data-plan-date]").textContent = today();
    renderNotices(page, plan.notices);
    renderChoices(page, plan, advice.methods, refill);
    renderRows(page, plan, refill);
    renderGeneral(page, plan, refill);
    page.planForm.querySelector("[data-plan-council]").hidden = !plan.asks_council;
    page.plan.querySelector("[data-plan-empty]").hidden = plan.methods.length > 0;
    page.plan.querySelector("[data-plan-table]").hidden = plan.methods.length === 0;
  }

  function renderNotices(page, notices) {
    var box = clear(page.plan.querySelector("[data-plan-notices]"));
    notices.forEach(function (notice) {
      var p = document.createElement("p");
      p.className = "iw-notice";
      p.textContent = notice;
      box.appendChild(p);
    });
  }

  /** One checkbox per method, the recommended first and marked; checked = in the plan. */
  function renderChoices(page, plan, methods, rebuild) {
    var list = page.planForm.querySelector("[data-plan-choices]");
    if (rebuild || !list.children.length) {
      clear(list);
      methods.forEach(function (m) {
        var li = clone(page.root, "plan-choice");
        var box = li.querySelector("[data-plan-choice]");
        box.dataset.planChoice = m.id;
        box.name = plan.keys.methods;
        box.value = m.id;
        slot(li, "name").textContent = m.name;
        slot(li, "mark").hidden = !m.recommended;
        list.appendChild(li);
      });
    }
    var chosen = plan.methods.map(function (m) { return m.id; });
    list.querySelectorAll("[data-plan-choice]").forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
  }

  /** One table row per chosen method; a row the reader is typing in keeps its controls. */
  function renderRows(page, plan, refill) {
    var body = page.planForm.querySelector("[data-plan-rows]");
    var rows = {};
    body.querySelectorAll("tr[data-method]").forEach(function (tr) { rows[tr.dataset.method] = tr; });
    plan.methods.forEach(function (m) {
      var tr = rows[m.id];
      var fresh = !tr;
      if (fresh) tr = newRow(page, m, plan.limits);
      body.appendChild(tr); // appending an existing row moves it into plan order
      if (fresh || refill) fillControls(tr, m);
      fillPrintValues(page, tr, m);
      delete rows[m.id];
    });
    Object.keys(rows).forEach(function (id) { body.removeChild(rows[id]); });
  }

  /** @param {PlanMethod} method */
  function newRow(page, method, limits) {
    var tr = clone(page.root, "plan-row");
    tr.dataset.method = method.id;
    methodLink(page, slot(tr, "link"), method);
    var qr = page.root.querySelector("template[data-qr='" + method.id + "']");
    if (qr) {
      slot(tr, "qr").appendChild(qr.content.cloneNode(true));
      slot(tr, "url").textContent = qr.dataset.url;
    }
    tr.querySelectorAll("[data-plan-field]").forEach(function (control) {
      var field = control.dataset.planField;
      control.id = "plan-" + field + "-" + method.id;
      control.name = method.keys[field];
      if (limits[field]) control.maxLength = limits[field];
      tr.querySelector("[data-label='" + field + "']").htmlFor = control.id;
      control.setAttribute("aria-label", tr.querySelector("[data-label='" + field + "']").textContent + " " + method.name);
    });
    return tr;
  }

  function fillControls(container, values) {
    container.querySelectorAll("[data-plan-field]").forEach(function (control) {
      control.value = values[control.dataset.planField] || "";
    });
  }

  /** What paper shows instead of the controls: the checked values, as text. */
  function fillPrintValues(page, container, values) {
    container.querySelectorAll("[data-print-value]").forEach(function (out) {
      var field = out.dataset.printValue;
      var control = container.querySelector("[data-plan-field='" + field + "']");
      var value = values[field] || "";
      out.textContent = control && control.tagName === "SELECT" ? optionText(page, control, value) : value;
    });
  }

  /** An option's label; for an evaluation moment also the month it comes to, e.g. "(rond mei 2027)". */
  function optionText(page, select, value) {
    var option = value ? select.querySelector("option[value='" + CSS.escape(value) + "']") : null;
    if (!option) return "";
    var months = Number(option.dataset.months);
    if (!months) return option.textContent;
    var when = new Date();
    when.setMonth(when.getMonth() + months);
    return option.textContent + " (" + page.labels.around + " " +
      when.toLocaleDateString("nl-NL", { month: "long", year: "numeric" }) + ")";
  }

  /** @param {Plan} plan */
  function renderGeneral(page, plan, refill) {
    var general = page.planForm.querySelector(".iw-plan-general");
    general.querySelectorAll("[data-plan-field]").forEach(function (control) {
      var field = control.dataset.planField;
      control.name = plan.keys[field];
      if (plan.limits[field]) control.maxLength = plan.limits[field];
      if (refill) control.value = plan[field] || "";
    });
    fillPrintValues(page, general, plan);
  }

  // --- the engine's status -----------------------------------------------------------
  // One place, one line at a time (data-status picks it; the CSS keeps the
  // place's height), so nothing moves when the status changes or goes.
  function setStatus(page, status) {
    page.status.dataset.status = status;
  }

  /** A shared link shows the status where its methods will come; otherwise it stands under the intro. */
  function placeStatus(page, pending) {
    page.pending.hidden = !pending;
    if (pending) page.pending.appendChild(page.status);
    else if (page.pending.contains(page.status)) page.statusHome.parentNode.insertBefore(page.status, page.statusHome);
  }

  /** The step, and the bytes that have arrived of what travels (sizes from the build's table). */
  function renderProgress(page, state) {
    var message = state.progress;
    var labels = page.labels.progress;
    if (!message) return;
    var step = message.step;
    var runtime = state.table && state.table.runtime;
    if (runtime) {
      var total = 0, arrived = 0, whole = 0;
      runtime.forEach(function (file) {
        var done = message.done.indexOf(file.path) >= 0;
        var got = done ? file.bytes : Math.min(file.bytes, Number(own(message.received, file.path)) || 0);
        total += file.wire;
        arrived += file.bytes ? file.wire * got / file.bytes : file.wire;
        if (done) whole += 1;
      });
      if (step === "runtime" && whole === runtime.length) step = "start"; // all here: Python starts
      var bar = page.status.querySelector("[data-wizard-progress]");
      bar.max = total;
      bar.value = arrived;
      page.status.querySelector("[data-wizard-bytes]").textContent =
        fillIn(labels.bytes, "{binnen}", megabytes(arrived)).replace("{totaal}", megabytes(total));
      page.status.querySelector("[data-wizard-size]").textContent = fillIn(labels.size, "{totaal}", megabytes(total));
    }
    var text = own(labels, step) || "";
    var shown = page.status.querySelector("[data-wizard-step]");
    if (shown.textContent !== text) shown.textContent = text; // the live region speaks only when the step changes
  }

  function megabytes(bytes) {
    return (bytes / 1e6).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + " MB";
  }

  /** An object's own value for a key, never one from its prototype. */
  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  // --- before the engine: the build's table (early.json) --------------------------------
  /**
   * The obligations for the fragment's answers, looked up in the table, or null: wait for
   * the engine. Only exact values the table lists count (a number as the engine writes it
   * back), so anything the engine might read differently waits for it.
   * @param {EarlyTable} table @param {Map<string, string>} fragment @returns {Obligation[]|null}
   */
  function earlyObligations(table, fragment) {
    if (table.wait.some(function (id) { return fragment.has(id); })) return null;
    var listed = table.free.every(function (question) {
      if (!fragment.has(question.id)) return true;
      var given = question.list ? fragment.get(question.id).split(",") : [fragment.get(question.id)];
      return given.every(function (value) { return question.values.indexOf(value) >= 0; });
    });
    if (!listed) return null;
    var cell = 0;
    var fills = [];
    for (var i = 0; i < table.axes.length; i++) {
      var axis = table.axes[i];
      var value = fragment.has(axis.id) ? fragment.get(axis.id) : null;
      var position = value === null ? -1 : axis.values ? axis.values.indexOf(value) : bandOf(axis.bands, value);
      if (position < 0) return null;
      if (axis.fill) fills.push([axis.fill, value]);
      cell = cell * (axis.values || axis.bands).length + position;
    }
    return fills.reduce(function (obligations, fill) { return fillIn(obligations, fill[0], fill[1]); },
      table.cells[cell].map(function (index) { return table.obligations[index]; }));
  }

  /** The band a whole number falls in, or -1 (also for "05", "1e3", " 7": not as the engine writes it). */
  function bandOf(bands, value) {
    var number = Number(value);
    if (!Number.isSafeInteger(number) || String(number) !== value) return -1;
    for (var i = 0; i < bands.length; i++) {
      if (bands[i][0] <= number && number <= bands[i][1]) return i;
    }
    return -1;
  }

  /** value with every `placeholder` in its strings replaced by `text` (as early_advice.fill). */
  function fillIn(value, placeholder, text) {
    if (typeof value === "string") return value.split(placeholder).join(text);
    if (Array.isArray(value)) return value.map(function (item) { return fillIn(item, placeholder, text); });
    if (value && typeof value === "object") {
      var copy = {};
      Object.keys(value).forEach(function (key) { copy[key] = fillIn(value[key], placeholder, text); });
      return copy;
    }
    return value;
  }

  /** Until the engine answers: what the law asks, from the table, rendered as the engine's result is. */
  function showEarly(page, state) {
    if (state.engineReady || !state.table) return;
    var obligations = earlyObligations(state.table, state.fragment);
    if (!obligations) {
      if (page.root.dataset.state === "obligations") { // shown for other answers: no longer true
        page.result.hidden = true;
        placeStatus(page, false);
        page.root.dataset.state = "waiting";
      }
      return;
    }
    showErrors(page, []);
    if (state.outcomeFirst === null) state.outcomeFirst = !state.edited;
    if (state.outcomeFirst) putOutcomeFirst(page);
    renderLaw(page, state, obligations);
    renderAnswers(page);
    page.root.querySelector("[data-wizard-disclaimer]").textContent = state.table.disclaimer;
    page.root.querySelector("[data-wizard-date]").textContent = today();
    placeStatus(page, true);
    page.result.hidden = false;
    page.root.dataset.state = "obligations";
  }

  // --- the engine ---------------------------------------------------------------------
  /** @param {WorkerMessage} message */
  function onMessage(page, state, message) {
    if (message.type === "progress") {
      state.progress = message;
      renderProgress(page, state);
    } else if (message.type === "ready") {
      setStatus(page, "ready");
      state.engineReady = true;
      page.root.dataset.engine = "ready";
      document.dispatchEvent(new CustomEvent("iw:cache", { detail: { batch: "keuzehulp", urls: message.files || [] } }));
    } else if (message.type === "failed") {
      setStatus(page, "failed");
      page.root.dataset.engine = "failed";
    } else if (message.type === "advice" && message.id === state.latest) {
      onAnswer(page, state, message.result, message.ms);
      page.root.dataset.answered = String(message.id); // which request the page shows (tests wait on it)
    }
  }

  /** @param {Answer} answer */
  function onAnswer(page, state, answer, ms) {
    page.root.dataset.lastMs = String(ms);
    showErrors(page, answer.errors);
    var advice = answer.advice;
    renderLinkNotice(page, answer.link_notice, !!advice);
    placeStatus(page, false);
    page.result.hidden = page.plan.hidden = !advice;
    if (!advice) {
      page.back.hidden = true;
      page.root.dataset.state = answer.errors && answer.errors.length ? "invalid" : "incomplete";
      state.shownProfile = "";
      return;
    }
    if (state.outcomeFirst === null) state.outcomeFirst = !state.edited;
    if (state.outcomeFirst) putOutcomeFirst(page);
    var profile = JSON.stringify(advice.profile);
    var newAdvice = profile !== state.shownProfile;
    if (newAdvice) renderAdvice(page, state, advice);
    state.shownProfile = profile;
    if (answer.plan.chosen_by === "reader") state.planTouched = true;
    renderPlan(page, answer.plan, advice, newAdvice || state.refillPlan);
    state.refillPlan = false;
    state.planShown = true;
    page.root.dataset.state = "advice";
  }

  /** The engine's word on keys of the link it did not read: under the answers, or above the questions. */
  function renderLinkNotice(page, notice, withAdvice) {
    var box = clear(page.linkNotice);
    if (notice) {
      var p = document.createElement("p");
      p.className = "iw-note"; // a note, not an error: the rest of the link was read
      p.textContent = notice;
      box.appendChild(p);
    }
    if (withAdvice) page.root.querySelector(".iw-answers-block").appendChild(box);
    else page.form.parentNode.insertBefore(box, page.form);
  }

  /** A shared link with complete answers opens on the outcome, the questions below it. */
  function putOutcomeFirst(page) {
    if (page.result.nextElementSibling === page.plan && page.plan.nextElementSibling === page.intro) return;
    page.root.insertBefore(page.result, page.intro);
    page.root.insertBefore(page.plan, page.intro);
    page.back.hidden = false;
    page.root.dataset.layout = "outcome-first";
  }

  function ask(state) {
    if (!state.worker) return;
    state.latest += 1;
    /** @type {WorkerRequest} */
    var request = { id: state.latest, answers: state.fragment };
    state.worker.postMessage(request);
    document.querySelector("[data-wizard]").dataset.asked = String(state.latest); // tests wait for answered == asked
  }

  function startEngine(page, state) {
    if (!window.Worker) return; // the fallback text stays: it links the static overview
    setStatus(page, "loading");
    // The page's early script usually started the worker already (see keuzehulp.md.j2).
    var early = window.__iwEngine;
    state.worker = early ? early.worker
      : new Worker(new URL("js/keuzehulp-worker.mjs", new URL(page.root.dataset.assets, location.href)), { type: "module" });
    state.worker.onmessage = function (event) { onMessage(page, state, event.data); };
    state.worker.onerror = function () { onMessage(page, state, { type: "failed" }); };
    if (early) early.messages.splice(0).forEach(function (event) { onMessage(page, state, event.data); });
    ask(state); // queued in the worker until the engine is ready
    if (early && early.early) {
      early.early.then(function (table) {
        if (!table) return;
        state.table = table;
        renderProgress(page, state);
        showEarly(page, state);
      });
    }
  }

  // --- wiring -----------------------------------------------------------------------------
  function wireForms(page, state) {
    function changed() {
      state.edited = true;
      state.fragment = collectFragment(page, state);
      writeFragment(state.fragment);
      ask(state);
      showEarly(page, state);
    }
    page.form.addEventListener("input", changed);
    page.planForm.addEventListener("input", function () { state.planTouched = true; changed(); });
    window.addEventListener("hashchange", function () {
      var fragment = readFragment();
      if (!fragment) return;
      state.fragment = fragment;
      state.carried = carriedKeys(page, fragment);
      state.planShown = false;
      state.refillPlan = true;
      fillAnswerForm(page, fragment);
      ask(state);
      showEarly(page, state);
    });
  }

  /** In-page links (summary, "Wijzig", to the plan) move focus without changing the fragment. */
  function wireJumps(page) {
    page.root.addEventListener("click", function (event) {
      var a = event.target.closest("a[data-jump]");
      if (!a) return;
      event.preventDefault();
      var target = document.getElementById(a.dataset.jump);
      if (target && target.matches("[data-question]")) {
        target.scrollIntoView({ block: "start" });
        var first = target.querySelector("input");
        if (first) first.focus({ preventScroll: true });
        return;
      }
      jumpTo(target);
    });
    page.root.querySelector("[data-wizard-print]").addEventListener("click", function () { window.print(); });
  }

  function setup() {
    var root = document.querySelector("[data-wizard]");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "1";
    var page = findParts(root);
    page.statusHome = page.status.parentNode.insertBefore(document.createComment("status"), page.status);
    var fragment = readFragment() || new Map();
    var state = {
      fragment: fragment, carried: carriedKeys(page, fragment), latest: 0, worker: null,
      edited: false, outcomeFirst: null, shownProfile: "", planTouched: false, planShown: false, refillPlan: true,
      table: null, engineReady: false, progress: null, shownLaw: "",
    };
    fillAnswerForm(page, fragment);
    wireForms(page, state);
    wireJumps(page);
    startEngine(page, state);
  }

  // keuzehulp.md.j2 loads this file at the end of the keuzehulp's block: the block is
  // there, so start at once, before the theme's scripts and the rest of the page.
  if (document.querySelector("[data-wizard]")) setup();
  else document.addEventListener("DOMContentLoaded", setup);
})();
