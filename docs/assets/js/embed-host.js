// For the page that embeds Inspraakwijzer (the snippet under "Insluiten"):
//   <iframe src="…?embed=1" data-inspraakwijzer …></iframe>
//   <script src="<site>/assets/js/embed-host.js" async></script>
// Each framed page posts its height (embed.js); this sets the iframe to it, so
// the reader scrolls one page, not a page inside a page. It only believes
// messages from the site that serves this file, and only from the frame that
// sent them. A file on our site, so a host page with a strict CSP allows it by
// address; no inline script (decisions/0016-embed-resize.md).
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var MIN = 150, MAX = 100000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-inspraakwijzer]"));
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "inspraakwijzer:height") return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.round(height))) + "px";
      frame.setAttribute("data-inspraakwijzer-sized", "");
    });
  });

  // A frame that loaded before this script already said its height: ask again.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "inspraakwijzer:ask-height" }, origin);
  }
  frames().forEach(function (frame) {
    ask(frame);
    frame.addEventListener("load", function () { ask(frame); });
  });
})();
