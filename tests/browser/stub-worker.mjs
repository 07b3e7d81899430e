// A stand-in for docs/assets/js/keuzehulp-worker.mjs in rendering tests (tests/browser/stub_engine.py
// serves it at the worker's URL). It speaks the same protocol (progress, ready, failed, advice;
// requests {id, answers}) but boots no Pyodide: each request is answered by the test process,
// which runs wizard.plan.answer under CPython on the same answers and the same data.json.
const site = new URL("../../", import.meta.url); // the site root, wherever it is hosted
const engine = new URL("__stub-engine__/", site);

function progress(step) {
  postMessage({ type: "progress", step, received: {}, done: [] });
}

async function checked(response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

// The data as this page gets it (a test may route data.json), handed to the test process once.
async function boot() {
  progress("runtime");
  const dataUrl = new URL("assets/keuzehulp/data.json", site);
  const data = await fetch(dataUrl).then(checked).then((r) => r.text());
  progress("engine");
  const { data: handle } = await fetch(new URL("data", engine), { method: "POST", body: data })
    .then(checked).then((r) => r.json());
  postMessage({ type: "ready", python: "stub (CPython in the test process)", files: [import.meta.url, dataUrl.href] });
  return handle;
}

const booting = boot().catch((error) => {
  postMessage({ type: "failed", detail: String(error) });
  throw error;
});

/** What Pyodide's toJs gives for the same value: None becomes undefined, the key stays. */
function asPyodideGives(value) {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(asPyodideGives);
  if (typeof value === "object") Object.keys(value).forEach((key) => { value[key] = asPyodideGives(value[key]); });
  return value;
}

async function respond(id, answers, handle) {
  const entries = answers instanceof Map ? [...answers] : Object.entries(answers || {});
  const started = performance.now();
  const body = JSON.stringify({ data: handle, answers: Object.fromEntries(entries.map(([k, v]) => [String(k), v])) });
  try {
    const response = await fetch(new URL("answer", engine), { method: "POST", body }).then(checked);
    postMessage({ type: "advice", id, result: asPyodideGives(await response.json()), ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "failed", id, detail: String(error) });
  }
}

// One request at a time, in order, as the real worker answers them.
let queue = booting;
onmessage = (event) => {
  const { id, answers } = event.data;
  queue = queue.then((handle) => respond(id, answers, handle).then(() => handle));
};
