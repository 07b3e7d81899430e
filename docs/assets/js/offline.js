// Registers the service worker (sw.js at the site root, so it works under any
// sub-path) and asks it to keep what this page used. The keuzehulp adds its
// engine files with an "iw:cache" event once its worker has loaded them; the
// service worker's copies then come from the browser's HTTP cache, so each
// file is downloaded once (keuzehulp-boot.js says why the engine does not wait
// for the service worker).
//
// Loaded in the <head> (overrides/main.html), so registration starts early.
(function () {
  var container = navigator.serviceWorker;
  if (!container || !window.__md_scope) return;
  var root = window.__md_scope; // Material's URL of the site root
  var registering = container.register(new URL("sw.js", root).href, { scope: root.pathname });
  var ready = registering.then(function () { return container.ready; });

  function keep(urls, name) {
    ready.then(function (registration) {
      registration.active.postMessage({ type: "cache", batch: name, urls: urls });
    });
  }

  container.addEventListener("message", function (event) {
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
