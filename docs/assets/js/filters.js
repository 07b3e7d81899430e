// Facet filters for overview pages (methods, training catalogue).
// The full list is plain HTML; this script only hides items. The state lives in
// the query string (?groep=begin-direct&moeite=laag) so a filtered view can be
// linked; within a facet any ticked value matches, across facets all must.
// The facets sit in a <details>: open where the CSS puts them beside the list
// (a wide screen), folded above the list on a phone, so the list starts in the
// first screen there.
(function () {
  function setup() {
    var form = document.querySelector("[data-filter-form]");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-filter-item]"));
    var groups = document.querySelectorAll("[data-filter-group]");
    var count = document.querySelector("[data-filter-count]");
    var empty = document.querySelector("[data-filter-empty]");
    // "The sources name few methods for this group": shown while its facet is
    // ticked and the matches are few (the page says how few, data-few-max).
    var few = document.querySelector("[data-filter-few]");
    var panel = form.querySelector("[data-filter-panel]");
    var active = form.querySelector("[data-filter-active]");
    var names = [];
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      if (names.indexOf(box.name) < 0) names.push(box.name);
    });

    function chosen() {
      var state = {};
      names.forEach(function (name) {
        var values = [];
        form.querySelectorAll("input[name='" + name + "']:checked").forEach(function (b) { values.push(b.value); });
        if (values.length) state[name] = values;
      });
      return state;
    }

    function matches(item, state) {
      return Object.keys(state).every(function (name) {
        var have = (item.getAttribute("data-" + name) || "").split(" ");
        return state[name].some(function (v) { return have.indexOf(v) >= 0; });
      });
    }

    function apply(updateUrl) {
      var state = chosen();
      var shown = 0;
      items.forEach(function (item) {
        var ok = matches(item, state);
        item.hidden = !ok;
        if (ok) shown += 1;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
      });
      if (count) count.textContent = count.dataset.text.replace("{shown}", shown).replace("{total}", items.length);
      if (empty) empty.hidden = shown > 0;
      if (few) {
        few.hidden = !(state[few.dataset.filterFew] && shown > 0 && shown <= Number(few.dataset.fewMax));
      }
      if (active) {
        // How many boxes are ticked, on the folded panel's summary line.
        var ticked = form.querySelectorAll("input[type=checkbox]:checked").length;
        active.textContent = active.dataset.text.replace("{n}", ticked);
        active.hidden = ticked === 0;
      }
      if (updateUrl) {
        // Keep what is not a facet (embed=1 in an iframe); replace the facets.
        var params = new URLSearchParams(location.search);
        names.forEach(function (name) { params.delete(name); });
        Object.keys(state).forEach(function (name) { params.set(name, state[name].join(",")); });
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
      }
    }

    // Restore the state from the URL; unknown names or values are ignored.
    var params = new URLSearchParams(location.search);
    names.forEach(function (name) {
      var values = (params.get(name) || "").split(",");
      form.querySelectorAll("input[name='" + name + "']").forEach(function (box) {
        box.checked = values.indexOf(box.value) >= 0;
      });
    });
    form.hidden = false;
    if (panel) {
      var finder = form.closest(".iw-finder");
      panel.open = !!finder && getComputedStyle(finder).display === "grid";
      var close = form.querySelector("[data-filter-close]");
      if (close) {
        close.addEventListener("click", function () {
          panel.open = false;
          panel.querySelector("summary").focus();
        });
      }
    }
    form.addEventListener("change", function () { apply(true); });
    form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
    apply(false);
  }
  // Material's instant loading may swap pages without a reload; setup() is idempotent.
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); }
  else { setup(); }
})();
