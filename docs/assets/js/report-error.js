// "Meld een fout op deze pagina" (overrides/main.html): the link as built names
// the page's public address; here it gets the address the reader really has open,
// such as an intranet copy or a keuzehulp answer in the #fragment. The words of
// the report come from the page; only the address is filled in here.
(function () {
  function liveAddress() {
    var url = new URL(location.href);
    url.searchParams.delete("embed"); // report the page, not the embedded view of it
    return url.href;
  }

  function fill(link) {
    link.href = link.dataset.reportError.split("{url}").join(encodeURIComponent(liveAddress()));
  }

  function setup() {
    document.querySelectorAll("a[data-report-error]").forEach(function (link) {
      fill(link);
      if (link.dataset.reportReady) return;
      link.dataset.reportReady = "1";
      // The keuzehulp changes the fragment without a hashchange: fill in again just before use.
      ["focus", "pointerdown", "click"].forEach(function (type) {
        link.addEventListener(type, function () { fill(link); });
      });
    });
  }

  window.addEventListener("hashchange", setup);
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); }
  else { setup(); }
})();
