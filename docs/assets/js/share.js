// "Link kopiëren", the "Insluiten" snippet and embed mode. Addresses are taken
// from the page itself, so they are right on any host and under any sub-path;
// the words come from the page (templates/pages/_macros.md.j2).
(function () {
  // This file is <root>assets/js/share.js; the host page's helper is beside it.
  var hostScript = document.currentScript ? new URL("embed-host.js", document.currentScript.src).href : null;

  function withoutEmbed(href) {
    var url = new URL(href);
    url.searchParams.delete("embed");
    return url.href;
  }

  function embedUrl(href) {
    var url = new URL(href);
    url.searchParams.set("embed", "1");
    return url.href;
  }

  function setup() {
    document.querySelectorAll("[data-embed-origin]").forEach(function (link) {
      link.href = withoutEmbed(location.href);
    });
    document.querySelectorAll("[data-share]").forEach(function (box) {
      if (box.dataset.ready) return;
      box.dataset.ready = "1";
      var status = box.querySelector("[data-copy-status]");
      var snippet = box.querySelector("[data-embed-snippet]");
      function refresh() {
        if (snippet) {
          // embed-host.js on the host page sets the frame to the page's height
          // (decisions/0016-embed-resize.md); 700 is the height until it does.
          snippet.value = '<iframe src="' + embedUrl(location.href) + '" title="' +
            document.title.replace(/"/g, "&quot;") + '" width="100%" height="700" style="border:0" data-inspraakwijzer></iframe>' +
            (hostScript ? '\n<script src="' + hostScript + '" async></script>' : "");
        }
      }
      refresh();
      window.addEventListener("hashchange", refresh);
      box.addEventListener("focusin", refresh); // the keuzehulp changes the fragment without hashchange
      box.querySelector("[data-copy-link]").addEventListener("click", function () {
        // A page may offer a shorter link for the same state (the keuzehulp: without its defaults).
        var link = withoutEmbed(box.dataset.copyHref ? new URL(box.dataset.copyHref, location.href).href : location.href);
        var done = function () { status.textContent = box.dataset.copied; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(link).then(done, function () { fallback(link); });
        } else {
          fallback(link);
        }
        function fallback(text) {
          // Without the clipboard API: show the link selected, ready for Ctrl+C.
          window.prompt(box.dataset.copyPrompt, text);
        }
      });
    });
  }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(setup); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", setup); }
  else { setup(); }
})();
