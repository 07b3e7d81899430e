// Registers the service worker (sw.js at the site root, so it works under any
// sub-path) and asks it to keep what this page used. The keuzehulp adds its
// engine files with an "iw:cache" event once its worker has loaded them.
(function () {
  if (!("serviceWorker" in navigator) || !window.__md_scope) return;
  var root = window.__md_scope; // Material's URL of the site root
  var batches = 0;
  var ready = navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
    .then(function () { return navigator.serviceWorker.ready; });

  function keep(urls, name) {
    ready.then(function (registration) {
      batches += 1;
      registration.active.postMessage({ type: "cache", batch: name, urls: urls });
    });
  }

  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "cached") {
      document.documentElement.setAttribute("data-offline-" + event.data.batch, "ready");
    }
  });

  function pageResources() {
    var urls = [location.href.split("#")[0]];
    performance.getEntriesByType("resource").forEach(function (entry) { urls.push(entry.name); });
    return urls;
  }

  if (document.readyState === "complete") keep(pageResources(), "page");
  else window.addEventListener("load", function () { keep(pageResources(), "page"); });
  document.addEventListener("iw:cache", function (event) { keep(event.detail.urls, event.detail.batch); });
})();
