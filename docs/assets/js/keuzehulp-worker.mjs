// The keuzehulp engine in a Web Worker, so the page stays responsive while the
// Python runtime loads. It holds no rules: it boots Pyodide from this site,
// unpacks the wizard package and calls its one browser entry point,
// wizard.plan.answer (the advice of wizard.browser.answer plus the plan).
// The messages it sends and receives are typed in wizard/shapes.py (AskMessage,
// ProgressMessage and below); keuzehulp/engine-client.mjs sends and receives them.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const assets = new URL("../", import.meta.url); // …/assets/, wherever the site is hosted
const version = new URL(import.meta.url).search; // "?v=…", the page's build (keuzehulp-boot.js)
let engine = null; // {answer: PyProxy, data: PyProxy, pyodide}

// --- progress: which step, and how much of each file has arrived ---------------
// The page knows each file's size from the build (early.json) and turns these
// counts into bytes on the wire; the worker only counts what it receives.
const received = {}; // path under assets/ -> body bytes so far
const done = new Set(); // paths under assets/ that have arrived whole
let step = "runtime";
let reported = 0;

function progress(next, now) {
  step = next || step;
  if (!now && performance.now() - reported < 100) return; // often enough for a progress bar
  reported = performance.now();
  postMessage({ type: "progress", step, received: { ...received }, done: [...done] });
}

function assetPath(url) {
  const path = String(url).split(/[?#]/)[0];
  return path.startsWith(assets.href) ? path.slice(assets.href.length) : null;
}

// A file is whole when the browser says so (module imports included, which no
// fetch below sees).
new PerformanceObserver((list) => {
  list.getEntries().forEach((entry) => {
    const path = assetPath(entry.name);
    if (path) done.add(path);
  });
  progress(null, true);
}).observe({ type: "resource", buffered: true });

// Pyodide has no progress callback: it fetch()es the wasm, its standard library
// and its lock file. Reading a clone of each response as it streams counts the
// bytes; the response itself goes to Pyodide untouched (a Response made anew
// would lose its URL, and with it Chrome's cache of the compiled wasm on a
// second visit).
const nativeFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const response = await nativeFetch(input, init);
  const path = assetPath(response.url);
  // A failed download is Pyodide's to report; the count just stops.
  if (path && response.body) count(path, response.clone().body.getReader()).catch(() => {});
  return response;
};

async function count(path, reader) {
  received[path] = 0;
  for (;;) {
    const { done: finished, value } = await reader.read();
    if (finished) return;
    received[path] += value.byteLength;
    progress(null, false);
  }
}

async function boot() {
  progress("runtime", true);
  // The engine and its data download while Pyodide boots.
  const downloads = Promise.all([
    fetch(new URL("keuzehulp/wizard.zip" + version, assets)).then(checked).then((r) => r.arrayBuffer()),
    fetch(new URL("keuzehulp/data.json" + version, assets)).then(checked).then((r) => r.text()),
  ]);
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", assets).href });
  progress("engine", true);
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

/** The answers as a Python dict of str. From a Map (the URL fragment, keuzehulp/main.mjs) or a
 * plain object (the golden-file test): always via a Map, because toPy leaves an object with a
 * key like "constructor" as it is (then it is no dict, and has no destroy()). */
function toDict(pyodide, answers) {
  const entries = answers instanceof Map ? [...answers] : Object.entries(answers || {});
  return pyodide.toPy(new Map(entries.map(([key, value]) => [String(key), value])));
}

function answer(answers) {
  const raw = toDict(engine.pyodide, answers);
  try {
    const proxy = engine.answer(raw, engine.data);
    try {
      // Convert once, at the edge: Python dicts become plain JS objects.
      return proxy.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
    } finally {
      proxy.destroy();
    }
  } finally {
    raw.destroy();
  }
}

onmessage = async (event) => {
  const { id, answers } = event.data;
  await booting;
  const started = performance.now();
  let result;
  try {
    result = answer(answers);
  } catch (error) {
    // The engine never raises for a reader's answers; if it does, say so rather than fall silent.
    postMessage({ type: "failed", id, detail: String(error) });
    return;
  }
  postMessage({ type: "advice", id, result, ms: performance.now() - started });
};
