// Starts the keuzehulp's engine early: keuzehulp.md.j2 loads this file inside
// the [data-wizard] block, before the theme's scripts, because booting Pyodide
// is most of the wait (see make bench). keuzehulp.js takes over through
// window.__iwEngine = {worker, messages, early}: `worker` acts as the engine's
// Web Worker (postMessage, onmessage, onerror, addEventListener), `messages`
// holds what arrived before keuzehulp.js listened, and `early` is the promise
// of the build's obligations table (assets/keuzehulp/early.json, null if it
// cannot be had), fetched now so that a shared link shows what the law asks
// as soon as the page is there. A fetch does not hold up the page.
//
// On a first visit the real worker starts once the service worker controls the
// page (offline.js, loaded in the <head>). Its downloads then pass through the
// service worker, which keeps them for offline use as they arrive; a worker
// started before would make it download the 9.6 MB wasm a second time.
(function (script) {
  if (!window.Worker) return;
  var root = script.closest("[data-wizard]");
  var assets = new URL(root.dataset.assets, location.href);
  var url = new URL("js/keuzehulp-worker.mjs", assets);
  var early = window.fetch ? fetch(new URL("keuzehulp/early.json", assets))
    .then(function (response) { return response.ok ? response.json() : null; })
    .catch(function () { return null; }) : Promise.resolve(null);
  var offline = window.__iwOffline;
  // Marks for make bench: how long the wait for the service worker takes.
  performance.mark("iw:boot");
  var started = (offline ? offline.controlled : Promise.resolve()).then(function () {
    performance.mark("iw:worker");
    return new Worker(url, { type: "module" });
  });
  var messages = [];
  window.__iwEngine = { worker: new EngineWorker(started, messages), messages: messages, early: early };

  // Stands in for the Worker until it exists: queues what the page posts, and
  // passes on what the worker sends (into `buffer` while nobody listens).
  function EngineWorker(starting, buffer) {
    var self = this;
    var real = null;
    var outbox = [];
    var listeners = { message: [], error: [] };
    this.onmessage = null;
    this.onerror = null;
    this.postMessage = function (message, transfer) {
      if (real) real.postMessage(message, transfer || []);
      else outbox.push([message, transfer || []]);
    };
    this.addEventListener = function (type, listener) {
      if (listeners[type] && listeners[type].indexOf(listener) < 0) listeners[type].push(listener);
    };
    this.removeEventListener = function (type, listener) {
      if (listeners[type]) listeners[type] = listeners[type].filter(function (l) { return l !== listener; });
    };
    this.terminate = function () {
      outbox = [];
      starting.then(function (worker) { worker.terminate(); });
    };

    function deliver(type, event) {
      var handler = self["on" + type];
      if (!handler && !listeners[type].length) {
        buffer.push(type === "error" ? { data: { type: "failed" } } : event);
        return;
      }
      if (handler) handler.call(self, event);
      listeners[type].forEach(function (listener) { listener.call(self, event); });
    }

    starting.then(function (worker) {
      real = worker;
      worker.onmessage = function (event) { deliver("message", event); };
      worker.onerror = function (event) { deliver("error", event); };
      outbox.splice(0).forEach(function (item) { worker.postMessage(item[0], item[1]); });
    }, function () { deliver("error", new Event("error")); });
  }
})(document.currentScript);
