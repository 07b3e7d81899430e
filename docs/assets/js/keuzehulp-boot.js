// Starts the keuzehulp's engine early: keuzehulp.md.j2 loads this file inside
// the [data-wizard] block, before the rest of the page, because booting Pyodide
// is most of the wait (see make bench). keuzehulp/main.mjs takes over through
// window.__iwEngine = {worker, messages, early, start, onstart}: `worker` is the
// engine's Web Worker once started (null before), `messages` holds what it sent
// before main.mjs listened, `early` is the promise of the build's obligations
// table (assets/keuzehulp/early.json, null if it cannot be had), so that a
// shared link shows what the law asks as soon as the page is there; `start()`
// starts the worker (once) and calls `onstart(worker)` if main.mjs set it.
// Neither holds up the page.
//
// When the engine starts: a shared link (a fragment with answers) at once, for
// its advice is what the reader came for; an empty keuzehulp at the reader's
// first focus or input in one of its forms, or when a link with answers is opened
// into it, so that a visitor who only reads does not download 4.6 MB (issue 21).
// The table is small and comes at once either way: answers given before the
// engine is there are looked up in it.
//
// The worker starts without waiting for the service worker, also on a first
// visit: streaming 4.6 MB through the service worker made the first advice about
// 0.8 s slower on a 40 Mbit/s link. Each file still travels once: when the page
// asks the service worker to keep the engine's files (after the engine is ready,
// main.mjs), its copies come from the browser's HTTP cache
// (tests/browser/test_delivery.py).
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
  var engine = { worker: null, messages: [], early: early, start: start, onstart: null };

  function start() {
    if (engine.worker) return;
    // A mark for make bench: where the page is when the engine starts.
    performance.mark("iw:boot");
    var worker = new Worker(new URL("js/keuzehulp-worker.mjs" + version, assets), { type: "module" });
    // Until engine-client.mjs sets its own handlers; a failure is kept as a message too.
    worker.onmessage = function (event) { engine.messages.push(event); };
    worker.onerror = function () { engine.messages.push({ data: { type: "failed" } }); };
    engine.worker = worker;
    if (engine.onstart) engine.onstart(worker);
  }

  function hasAnswers() { return /=/.test(location.hash); }

  window.__iwEngine = engine;
  if (hasAnswers()) {
    // The outcome's place is kept from the first paint (inspraakwijzer.css), so nothing moves when it comes.
    root.dataset.opening = "link";
    start();
    return;
  }
  function interacted(event) {
    if (event.target.closest && event.target.closest("form")) start();
  }
  root.addEventListener("focusin", interacted);
  root.addEventListener("input", interacted);
  addEventListener("hashchange", function () { if (hasAnswers()) start(); });
})(document.currentScript);
