// Registers the service worker (sw.js at the site root, so it works under any
// sub-path) and asks it to keep what this page used. The keuzehulp adds its
// engine files with an "iw:cache" event once its worker has loaded them.
//
// Loaded in the <head> (overrides/main.html), so registration starts early:
// window.__iwOffline.controlled resolves once the service worker controls the
// page (at once on a return visit). The keuzehulp's boot script waits for it on
// a first visit, so the engine's downloads pass through the service worker,
// which stores them as they arrive instead of fetching the 9.6 MB wasm again.
(function () {
  var offline = window.__iwOffline = { controlled: Promise.resolve(false) };
  var container = navigator.serviceWorker;
  if (!container || !window.__md_scope) return;
  var root = window.__md_scope; // Material's URL of the site root
  var registering = container.register(new URL("sw.js", root).href, { scope: root.pathname });
  var ready = registering.then(function () { return container.ready; });
  offline.controlled = container.controller ? Promise.resolve(true)
    : registering.then(untilControlled, function () { return false; });

  // A new service worker claims the page when it activates (sw.js). One that was
  // already active does not (e.g. after a hard reload, which bypasses it).
  function untilControlled(registration) {
    var incoming = registration.installing || registration.waiting;
    if (container.controller || registration.active || !incoming) return !!container.controller;
    return new Promise(function (resolve) {
      container.addEventListener("controllerchange", function () { resolve(true); });
      incoming.addEventListener("statechange", function () {
        if (incoming.state === "redundant") resolve(false);
      });
    });
  }

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
