// Talks to the engine, a Python Web Worker (keuzehulp-worker.mjs). The page's
// early script (keuzehulp-boot.js) usually started it already and left
// window.__iwEngine = {worker, messages, early}; this takes over from it.
// Requests are {id, answers: Map} (the whole URL fragment); the worker's
// messages are "progress", "ready", "failed" and "advice" (wizard/shapes.py).

/**
 * @param {URL} assets the site's assets/ URL
 * @param {(message: object) => void} onMessage every message, including those sent before
 * @returns {{ask: (id: number, answers: Map<string, string>) => void, table: Promise<object|null>|null}}
 */
export function connect(assets, onMessage) {
  const early = window.__iwEngine;
  const worker = early ? early.worker : new Worker(new URL("js/keuzehulp-worker.mjs", assets), { type: "module" });
  worker.onmessage = (event) => onMessage(event.data);
  worker.onerror = () => onMessage({ type: "failed" });
  if (early) early.messages.splice(0).forEach((event) => onMessage(event.data));
  return {
    ask(id, answers) { worker.postMessage({ id, answers }); },
    table: early && early.early ? early.early : null,
  };
}
