// The keuzehulp engine in a Web Worker, so the page stays responsive while the
// Python runtime loads. It holds no rules: it boots Pyodide from this site,
// unpacks the wizard package and calls its one browser entry point,
// wizard.plan.answer (the advice of wizard.browser.answer plus the plan).
// The messages it sends and receives are typed in wizard/shapes.py (AskMessage,
// ProgressMessage and below); keuzehulp/engine-client.mjs sends and receives them.
//
// A revisit starts warm from a memory snapshot this worker made on an earlier
// visit, kept in the browser (decisions/0018-memory-snapshot.md): the Python
// heap with wizard.plan imported and the data loaded, so Python's start-up and
// the imports are skipped. Plain boot whenever there is none, or it is stale,
// corrupt or fails.
import { loadPyodide, version as pyodideVersion } from "../pyodide/pyodide.mjs";

const assets = new URL("../", import.meta.url); // …/assets/, wherever the site is hosted
const version = new URL(import.meta.url).search; // "?v=…", the page's build (keuzehulp-boot.js)
const indexURL = new URL("pyodide/", assets).href;
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
  const snapshot = await snapshots.stored();
  if (snapshot) {
    try {
      engine = await bootFrom(snapshot);
    } catch (error) { // Pyodide refuses it (another Pyodide build), or the heap is not what it should be
      await snapshots.forget();
    }
  }
  let started = "snapshot";
  if (!engine) {
    started = "plain";
    engine = await bootPlain();
    // After the first answers (their handlers run as soon as `booting` resolves), so that
    // making it never delays them; with every module the engine uses imported by then.
    if (snapshots.usable) booting.then(() => setTimeout(keepSnapshot, 0));
  }
  // What this worker fetched (runtime, engine, data): the page asks the service
  // worker to keep it, so the keuzehulp also works offline after this visit.
  const files = performance.getEntriesByType("resource").map((entry) => entry.name);
  postMessage({ type: "ready", python: engine.pyodide.version, files: [import.meta.url, ...files], boot: started });
}

async function bootPlain() {
  // The engine and its data download while Pyodide boots.
  const downloads = Promise.all([
    fetch(new URL("keuzehulp/wizard.zip" + version, assets)).then(checked).then((r) => r.arrayBuffer()),
    fetch(new URL("keuzehulp/data.json" + version, assets)).then(checked).then((r) => r.text()),
  ]);
  const pyodide = await loadPyodide({ indexURL, _makeSnapshot: snapshots.usable });
  progress("engine", true);
  const [bundle, data] = await downloads;
  pyodide.unpackArchive(bundle, "zip", { extractDir: "/home/pyodide/iw" });
  pyodide.pyimport("sys").path.insert(0, "/home/pyodide/iw");
  // The data as a Python global, so that a snapshot holds it too.
  pyodide.globals.set(DATA, pyodide.pyimport("json").loads(data));
  return engineOf(pyodide);
}

/** Pyodide from the snapshot's heap: wizard.plan is imported and the data loaded already. */
async function bootFrom(snapshot) {
  const pyodide = await loadPyodide({ indexURL, _loadSnapshot: snapshot });
  progress("engine", true);
  return engineOf(pyodide);
}

const DATA = "iw_data";

function engineOf(pyodide) {
  const data = pyodide.globals.get(DATA);
  if (!data) throw new Error("no engine data in this Python");
  return { answer: pyodide.pyimport("wizard.plan").answer, data, pyodide };
}

async function keepSnapshot() {
  let stored = false;
  let detail;
  try {
    await snapshots.keep(engine.pyodide.makeMemorySnapshot());
    stored = true;
  } catch (error) { // no room, or something in Python's heap that cannot be kept: a plain boot next time
    detail = String(error);
  }
  postMessage({ type: "snapshot", stored, ...(detail ? { detail } : {}) });
}

// --- the kept snapshot ----------------------------------------------------------
// One per site and build, in a Cache Storage cache of its own (the service worker
// only manages caches named "inspraakwijzer-…"), under a URL that names the
// Pyodide version and the page's build: a new build or a Pyodide upgrade looks
// for another key, and keeping a new snapshot deletes the site's others. A
// SHA-256 of the bytes, kept beside them, tells a damaged copy. Pyodide itself
// refuses a snapshot of another Pyodide build.
const snapshots = (() => {
  const CACHE = "iw-engine-snapshots";
  const build = new URL(import.meta.url).searchParams.get("v") || "";
  const prefix = new URL("keuzehulp/engine-snapshot", assets).href;
  const key = `${prefix}?pyodide=${encodeURIComponent(pyodideVersion)}&v=${encodeURIComponent(build)}`;
  const DIGEST = "x-iw-sha256";
  // Behind a feature check: without a build version there is nothing to tell stale copies by.
  const usable = build !== "" && typeof caches !== "undefined" && !!(globalThis.crypto && crypto.subtle);

  async function sha256(bytes) {
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  return {
    usable,
    key,
    /** The snapshot for this build and Pyodide as it was kept, or null. */
    async stored() {
      if (!usable) return null;
      try {
        const hit = await (await caches.open(CACHE)).match(key);
        if (!hit) return null;
        const bytes = new Uint8Array(await hit.arrayBuffer());
        if (bytes.byteLength % 4 || (await sha256(bytes)) !== hit.headers.get(DIGEST)) {
          await this.forget();
          return null;
        }
        return bytes;
      } catch (error) {
        return null;
      }
    },
    async keep(bytes) {
      const cache = await caches.open(CACHE);
      for (const request of await cache.keys()) {
        if (request.url.startsWith(prefix + "?") && request.url !== key) await cache.delete(request);
      }
      await cache.put(key, new Response(bytes, {
        headers: { "Content-Type": "application/octet-stream", [DIGEST]: await sha256(bytes) },
      }));
    },
    async forget() {
      try {
        await (await caches.open(CACHE)).delete(key);
      } catch (error) {
        // nothing kept, nothing to forget
      }
    },
  };
})();

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
