// Starts the keuzehulp's engine early: keuzehulp.md.j2 loads this file inside
// the [data-wizard] block, before the rest of the page, because booting Pyodide
// is most of the wait (see make bench). keuzehulp/main.mjs takes over through
// window.__iwEngine = {worker, messages, early}: `worker` is the engine's Web
// Worker, `messages` holds what it sent before main.mjs listened, and
// `early` is the promise of the build's obligations table
// (assets/keuzehulp/early.json, null if it cannot be had), so that a shared
// link shows what the law asks as soon as the page is there. Neither holds up
// the page.
//
// The worker starts at once, also on a first visit before the service worker
// controls the page: streaming 4.6 MB through the service worker made the
// first advice about 0.8 s slower on a 40 Mbit/s link. Each file still travels
// once: when the page asks the service worker to keep the engine's files (after
// the engine is ready, main.mjs), its copies come from the browser's HTTP
// cache (tests/browser/test_delivery.py).
(function (script) {
  if (!window.Worker) return;
  var root = script.closest("[data-wizard]");
  var assets = new URL(root.dataset.assets, location.href);
  // The engine's files carry the version of the page's build: no cache can give
  // this page the data of another build (decisions/0010).
  var version = "?v=" + encodeURIComponent(root.dataset.engineVersion || "");
  var early = window.fetch ? fetch(new URL("keuzehulp/early.json" + version, assets))
    .then(function (response) { return response.ok ? response.json() : null; })
    .catch(function () { return null; }) : Promise.resolve(null);
  // Marks for make bench: where the page is when the engine starts.
  performance.mark("iw:boot");
  var worker = new Worker(new URL("js/keuzehulp-worker.mjs" + version, assets), { type: "module" });
  var messages = [];
  // Until engine-client.mjs sets its own handlers; a failure is kept as a message too.
  worker.onmessage = function (event) { messages.push(event); };
  worker.onerror = function () { messages.push({ data: { type: "failed" } }); };
  window.__iwEngine = { worker: worker, messages: messages, early: early };
})(document.currentScript);
