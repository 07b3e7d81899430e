// The keuzehulp engine in a Web Worker, so the page stays responsive while the
// Python runtime loads. It holds no rules: it boots Pyodide from this site,
// unpacks the wizard package and calls its one browser entry point,
// wizard.plan.answer (the advice of wizard.browser.answer plus the plan).
// The messages it sends and receives are typed in keuzehulp.js (WorkerMessage,
// WorkerRequest).
import { loadPyodide } from "../pyodide/pyodide.mjs";

const assets = new URL("../", import.meta.url); // …/assets/, wherever the site is hosted
let engine = null; // {answer: PyProxy, data: PyProxy}

function progress(step) {
  postMessage({ type: "progress", step });
}

async function boot() {
  progress("runtime");
  // The engine and its data download while Pyodide boots.
  const downloads = Promise.all([
    fetch(new URL("keuzehulp/wizard.zip", assets)).then(checked).then((r) => r.arrayBuffer()),
    fetch(new URL("keuzehulp/data.json", assets)).then(checked).then((r) => r.text()),
  ]);
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", assets).href });
  progress("engine");
  const [bundle, data] = await downloads;
  pyodide.unpackArchive(bundle, "zip", { extractDir: "/home/pyodide/iw" });
  pyodide.pyimport("sys").path.insert(0, "/home/pyodide/iw");
  const entry = pyodide.pyimport("wizard.plan");
  engine = { answer: entry.answer, data: pyodide.pyimport("json").loads(data), pyodide };
  // What this worker fetched (runtime, engine, data): the page asks the service
  // worker to keep it, so the keuzehulp also works offline after this visit.
  const files = performance.getEntriesByType("resource").map((entry) => entry.name);
  postMessage({ type: "ready", python: pyodide.version, files: [import.meta.url, ...files] });
}

function checked(response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response;
}

const booting = boot().catch((error) => {
  postMessage({ type: "failed", detail: String(error) });
  throw error;
});

onmessage = async (event) => {
  // answers: the URL fragment as a Map (keuzehulp.js), or a plain object of
  // answers (the golden-file test); toPy makes a dict of either.
  const { id, answers } = event.data;
  await booting;
  const started = performance.now();
  const raw = engine.pyodide.toPy(answers);
  let result;
  try {
    const proxy = engine.answer(raw, engine.data);
    // Convert once, at the edge: Python dicts become plain JS objects.
    result = proxy.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
    proxy.destroy();
  } finally {
    raw.destroy();
  }
  postMessage({ type: "advice", id, result, ms: performance.now() - started });
};
