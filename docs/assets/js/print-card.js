// "Print deze kaart" near the top of a method page (templates/pages/method.md.j2).
// The page's print style shows only the method's card (print.css), so the button
// only has to print. It is hidden in the HTML and shown here: without script it
// would do nothing. A file, not an inline handler: the site runs under a strict CSP.
(function () {
  function setup() {
    document.querySelectorAll("[data-print-card]").forEach(function (button) {
      if (button.dataset.ready) return;
      button.dataset.ready = "1";
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); }
  else { setup(); }
})();
