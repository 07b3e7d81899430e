// Talks to the engine, a Python Web Worker (keuzehulp-worker.mjs). The page's
// early script (keuzehulp-boot.js) decides when the worker starts (a shared link
// at once, an empty keuzehulp at the reader's first focus or input in a form) and
// leaves window.__iwEngine = {worker, messages, early, start, onstart}; this takes
// over from it, now or when the worker starts.
// Requests are {id, answers: Map} (the whole URL fragment); the worker's
// messages are "progress", "ready", "failed" and "advice" (wizard/shapes.py).

/**
 * @param {(message: object) => void} onMessage every message, including those sent before
 * @param {() => void} onStart called once, when the worker has started (at once if it has)
 * @returns {{ask: (id: number, answers: Map<string, string>) => void, start: () => void,
 *            table: Promise<object|null>|null}}
 */
export function connect(onMessage, onStart) {
  const boot = window.__iwEngine;
  let worker = null;
  let pending = null; // the last request before the worker started: only the latest counts
  function attach(started) {
    worker = started;
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = () => onMessage({ type: "failed" });
    onStart(); // before what the worker already said, which may be that it is ready
    boot.messages.splice(0).forEach((event) => onMessage(event.data));
    if (pending) worker.postMessage(pending);
    pending = null;
  }
  if (boot.worker) attach(boot.worker);
  else boot.onstart = attach;
  return {
    ask(id, answers) {
      if (worker) worker.postMessage({ id, answers });
      else pending = { id, answers };
    },
    start() { boot.start(); },
    table: boot.early,
  };
}
