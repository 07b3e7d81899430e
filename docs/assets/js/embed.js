// Decided in the <head>, before the first paint; a file, not an inline script:
// the site runs under a Content-Security-Policy without 'unsafe-inline'.
// Scripts run: the page keeps room for what they add (the finders' filters), so
// nothing moves when it appears.
document.documentElement.classList.add("iw-js");
//
// In embed mode the page also stays embedded (decisions/0016-embed-resize.md):
// - a link to another page of this site keeps embed=1; a link that leaves the
//   site's pages (another site, a PDF, an e-mail) opens in a new tab;
// - the page tells the page that frames it how tall it is, in a postMessage
//   {type: "inspraakwijzer:height", height}, whenever that changes, and again
//   when asked ({type: "inspraakwijzer:ask-height"}); embed-host.js, which the
//   snippet under "Insluiten" loads on the host page, sets the iframe's height.
if (/[?&]embed=1(&|$)/.test(location.search)) {
  document.documentElement.classList.add("iw-embed");
  (function () {
    var script = document.currentScript;
    // This file is <root>assets/js/embed.js: the site's root, under any sub-path.
    var root = new URL("../../", script ? script.src : location.href);

    function isPage(url) {
      return url.origin === root.origin && url.pathname.indexOf(root.pathname) === 0 &&
        (/\/$/.test(url.pathname) || /\.html$/.test(url.pathname));
    }

    function keepEmbedded(link) {
      if (link.hasAttribute("data-embed-origin")) return; // "Bekijk op Inspraakwijzer": the full site, new tab
      var raw = link.getAttribute("href");
      if (!raw || raw.charAt(0) === "#") return; // a place on this page
      var url;
      try { url = new URL(link.href); } catch (error) { return; }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        return; // mailto: and the like open outside the frame anyway
      }
      if (isPage(url)) {
        if (url.searchParams.get("embed") !== "1") {
          url.searchParams.set("embed", "1");
          link.href = url.href;
        }
      } else {
        link.target = "_blank";
        link.rel = "noopener";
      }
    }

    function allLinks() {
      document.querySelectorAll("a[href]").forEach(keepEmbedded);
    }
    // Links the page adds later (the keuzehulp's result) are fixed when followed.
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (link) keepEmbedded(link);
    }, true);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", allLinks);
    else allLinks();

    if (window.parent === window) return;
    var sent = 0;
    function height() {
      // The body, which in embed mode is as tall as its content (inspraakwijzer.css
      // drops the theme's min-height: 100%); the document is at least as tall as
      // the frame, so measuring it could never shrink the frame again.
      return Math.ceil(document.body.getBoundingClientRect().height);
    }
    function post(force) {
      var now = height();
      if (!force && now === sent) return;
      sent = now;
      window.parent.postMessage({ type: "inspraakwijzer:height", height: now }, "*");
    }
    window.addEventListener("message", function (event) {
      if (event.source === window.parent && event.data && event.data.type === "inspraakwijzer:ask-height") post(true);
    });
    function watch() {
      if (window.ResizeObserver) new ResizeObserver(function () { post(false); }).observe(document.body);
      post(true);
    }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
    else watch();
    window.addEventListener("load", function () { post(true); });
  })();
}
