// Material for MkDocs' inline script after the content (partials/javascripts/
// content.html of mkdocs-material 9.8.1, MIT licence), as a file for a strict
// Content-Security-Policy: opens the tab a link's #fragment points to and, with
// the theme feature content.tabs.link, the tabs the reader chose before.
(function (script) {
  if (script && script.hasAttribute("data-md-tabs-link")) {
    var tabs = window.__md_get("__tabs");
    if (Array.isArray(tabs)) {
      document.querySelectorAll(".tabbed-set").forEach(function (set) {
        var labels = set.querySelector(".tabbed-labels");
        tabs.some(function (tab) {
          return Array.prototype.some.call(labels.getElementsByTagName("label"), function (label) {
            if (label.innerText.trim() !== tab) return false;
            document.getElementById(label.htmlFor).checked = true;
            return true;
          });
        });
      });
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})(document.currentScript);
