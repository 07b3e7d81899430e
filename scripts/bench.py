"""Benchmark the keuzehulp against a bare Pyodide boot, in headless Chromium.

Run after `make build`: .venv/bin/python scripts/bench.py [--runs N]
Measures (medians over N runs):
  a  bare self-hosted Pyodide boot to a trivial result (the floor we cannot beat),
  b  a shared keuzehulp link to the advice on screen, cold and warm HTTP cache,
  c  an answer change to updated advice (end to end, and engine-only),
  d  bytes a content page and the keuzehulp page transfer.
Writes bench-results/latest.json and ends with a Markdown table for the README.
Exit code 1 only if a content page loads Pyodide bytes; missed speed targets
are reported as MISSED but do not fail the run (timings depend on the machine).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, BrowserContext, Page, Request, sync_playwright  # noqa: E402

from inspraakwijzer import chromium  # noqa: E402
from inspraakwijzer.serve import serve_in_background  # noqa: E402

SITE = ROOT / "site"
RESULTS = ROOT / "bench-results" / "latest.json"
TIMEOUT_MS = 120_000
RATIO_TARGET = 1.15
CHANGE_TARGET_MS = 50.0
SHARED_LINK = "keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
CONTENT_PAGE = "methoden/photovoice/"
PYODIDE_PATH = "assets/pyodide/"
ADVICE = "[data-wizard][data-state=advice]"
# zorgverleners value -> expected status of the clientenraad obligation
# (more than 10 care providers: a client council is required).
CHANGES = [("8", "nee"), ("40", "ja")]


BASELINE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pyodide baseline</title></head>
<body>
<script type="module">
  const worker = new Worker(new URL("baseline-worker.mjs", import.meta.url), { type: "module" });
  worker.onmessage = (event) => {
    document.body.dataset.result = String(event.data.result);
    document.body.dataset.done = String(performance.now());
  };
</script>
</body></html>
"""

# Exactly what the real worker does to boot, minus our wizard package and data.
BASELINE_WORKER = """import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("../assets/pyodide/", import.meta.url).href });
postMessage({ type: "result", result: py.runPython("1+1") });
"""

# Runs before any page script. Records, in the page itself, when the advice first
# appears (so (b) is not inflated by Playwright's polling and round trips while
# (a) is timed in-page) and when the worker starts and each message arrives, to
# tell where the time goes.
PAGE_PROBE = """(() => {
  window.__workerLog = [];
  const mark = () => {
    if (window.__adviceAt === undefined && document.querySelector(__ADVICE__)) {
      window.__adviceAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
  const Native = window.Worker;
  if (!Native) return;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      // Only our module workers: the theme's classic search worker is not ours.
      if (!options || options.type !== "module") return;
      window.__workerLog.push(["created", performance.now()]);
      this.addEventListener("message", (event) => {
        const data = event.data || {};
        window.__workerLog.push([data.step || data.type || "message", performance.now()]);
      });
    }
  };
})();""".replace("__ADVICE__", json.dumps(ADVICE))

# Change the zorgverleners answer the way typing does (a bubbling 'input' event)
# and time, in the page, until the DOM shows the new advice. A MutationObserver
# fires right after the render task, without rAF polling delay.
CHANGE_ANSWER = """([value, status]) => {
  const root = document.querySelector("[data-wizard]");
  const input = document.querySelector("#vraag-zorgverleners");
  window.__changeMs = undefined;
  delete root.dataset.lastMs;  // so a repeated engine time still counts as new
  const done = () => {
    const o = root.querySelector("[data-obligation=clientenraad]");
    return root.dataset.lastMs !== undefined && o && o.dataset.status === status;
  };
  const observer = new MutationObserver(() => {
    if (done()) {
      window.__changeMs = performance.now() - t0;
      observer.disconnect();
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  const t0 = performance.now();
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}"""


def build_bench_site(tmp: Path) -> Path:
    """Copy the built site and add the baseline page beside it (never in the repo)."""
    site = tmp / "site"
    shutil.copytree(SITE, site)
    (site / "bench").mkdir()
    (site / "bench" / "baseline.html").write_text(BASELINE_HTML, encoding="utf-8")
    (site / "bench" / "baseline-worker.mjs").write_text(BASELINE_WORKER, encoding="utf-8")
    return site


# --- single loads ------------------------------------------------------------

def load_baseline(page: Page, base: str) -> float:
    page.goto(base + "bench/baseline.html", timeout=TIMEOUT_MS)
    page.wait_for_selector("body[data-done]", state="attached", timeout=TIMEOUT_MS)
    if page.get_attribute("body", "data-result") != "2":
        raise RuntimeError("baseline worker returned a wrong result")
    return float(page.get_attribute("body", "data-done"))


def load_keuzehulp(page: Page, base: str) -> float:
    page.goto(base + SHARED_LINK, timeout=TIMEOUT_MS)
    page.wait_for_selector(ADVICE, state="attached", timeout=TIMEOUT_MS)
    return page.evaluate("window.__adviceAt ?? performance.now()")


# Phase name -> (from mark, to mark). Marks are the worker messages the probe
# logs, plus "start" (navigation start, 0) and "done" (result on screen).
BASELINE_PHASES = {
    "page": ("start", "created"),
    "pyodide": ("created", "result"),
    "render": ("result", "done"),
}
KEUZEHULP_PHASES = {
    "page": ("start", "created"),            # HTML, CSS, site JS until the worker starts
    "pyodide": ("created", "engine"),        # worker module + loadPyodide
    "wizard": ("engine", "ready"),           # wizard.zip + data.json, unpack, import
    "first_answer": ("ready", "advice"),     # the first engine call
    "render": ("advice", "done"),            # DOM update
}
# Kind -> (load, phases, the offline copies its page asks the service worker for).
KINDS = {
    "a": (load_baseline, BASELINE_PHASES, []),
    "b": (load_keuzehulp, KEUZEHULP_PHASES, ["page", "keuzehulp"]),
}


def wait_offline_copies(page: Page, batches: list[str]) -> None:
    """Wait until the site's service worker reports it kept the page's files.

    offline.js asks it to keep them after load (the keuzehulp adds its engine
    files once ready) and marks <html data-offline-BATCH=ready>. Waiting makes a
    second visit follow a really completed first one, and lets (d) count that
    traffic too. Pages without offline.js (the baseline) need no wait.
    """
    page.wait_for_function(
        """(batches) => !document.querySelector("script[src*='offline.js']")
            || !("serviceWorker" in navigator)
            || batches.every((b) => document.documentElement.getAttribute("data-offline-" + b) === "ready")""",
        arg=batches, timeout=TIMEOUT_MS)


def phases(log: list, total: float, spec: dict) -> dict:
    marks = {"start": 0.0, "done": total}
    for name, at in log:
        marks.setdefault(name, at)
    return {phase: marks[end] - marks[begin] for phase, (begin, end) in spec.items()
            if begin in marks and end in marks}


def timed(page: Page, kind: str, base: str) -> dict:
    load, spec, _ = KINDS[kind]
    total = load(page, base)
    return {"total": total, "phases": phases(page.evaluate("window.__workerLog"), total, spec)}


# --- repeated measurements -------------------------------------------------

def new_context(browser: Browser) -> BrowserContext:
    context = browser.new_context()
    context.add_init_script(PAGE_PROBE)
    context.set_default_timeout(TIMEOUT_MS)
    return context


def cold(browser: Browser, kind: str, base: str) -> dict:
    """A fresh context: empty HTTP cache, as on a first visit."""
    context = new_context(browser)
    try:
        return timed(context.new_page(), kind, base)
    finally:
        context.close()


def warm(browser: Browser, kind: str, base: str) -> dict:
    """A second visit: the context loaded the page once before, so the HTTP cache
    (and for the site, its service worker) holds the files."""
    context = new_context(browser)
    try:
        page = context.new_page()
        timed(page, kind, base)
        wait_offline_copies(page, KINDS[kind][2])
        page.goto("about:blank")
        return timed(page, kind, base)
    finally:
        context.close()


def page_loads(browser: Browser, base: str, runs: int) -> dict[str, list[dict]]:
    """Samples for a/b cold/warm, interleaved so that a change in machine load
    during the run hits the baseline and the keuzehulp alike."""
    samples = {name: [] for name in ("a_cold", "a_warm", "b_cold", "b_warm")}
    for i in range(runs):
        print(f"run {i + 1}/{runs}: page loads", file=sys.stderr, flush=True)
        for kind in ("a", "b") if i % 2 == 0 else ("b", "a"):
            samples[f"{kind}_cold"].append(cold(browser, kind, base))
            samples[f"{kind}_warm"].append(warm(browser, kind, base))
    return samples


def answer_changes(browser: Browser, base: str, runs: int) -> tuple[list[float], list[float]]:
    """End-to-end and engine-only times of `runs` answer changes on one loaded page."""
    print("answer changes", file=sys.stderr, flush=True)
    context = new_context(browser)
    page = context.new_page()
    load_keuzehulp(page, base)
    wait_offline_copies(page, KINDS["b"][2])  # no service worker traffic competing with the changes
    end_to_end, engine = [], []
    for i in range(runs):
        value, status = CHANGES[i % len(CHANGES)]
        page.evaluate(CHANGE_ANSWER, [value, status])
        # Wrapped in an object: a bare number would count as "not yet" if it were 0.
        handle = page.wait_for_function("window.__changeMs !== undefined && {ms: window.__changeMs}",
                                        timeout=TIMEOUT_MS)
        end_to_end.append(handle.json_value()["ms"])
        engine.append(float(page.get_attribute("[data-wizard]", "data-last-ms")))
    context.close()
    return end_to_end, engine


def transferred(browser: Browser, base: str, path: str, ready: Callable[[Page], None]) -> dict:
    """Bytes one cold page view transfers over the network: in total, from the
    Pyodide folder, and fetched by the service worker (for offline use)."""
    context = new_context(browser)
    finished = []
    # Context-level, so requests made by workers and the service worker count too.
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(base + path, timeout=TIMEOUT_MS)
    ready(page)
    total = pyodide = by_service_worker = 0
    for request in finished:
        size = body_size(request)
        total += size
        if request.url.startswith(base + PYODIDE_PATH):
            pyodide += size
        if request.service_worker:
            by_service_worker += size
    context.close()
    return {"path": path, "requests": len(finished), "bytes": total, "pyodide_bytes": pyodide,
            "service_worker_bytes": by_service_worker}


def body_size(request: Request) -> int:
    size = request.sizes()["responseBodySize"]
    if size < 0:
        return 0  # served from the HTTP cache: nothing came over the network
    if size == 0:
        # Chromium reports no body size for worker scripts; the local server
        # sends files uncompressed, so Content-Length is the body size.
        response = request.response()
        size = int(response.header_value("content-length") or 0) if response else 0
    return size


def content_ready(page: Page) -> None:
    # Then network idle: late requests (e.g. a lazily started worker) count as well.
    wait_offline_copies(page, ["page"])
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)


def keuzehulp_ready(page: Page) -> None:
    page.wait_for_selector(ADVICE, state="attached", timeout=TIMEOUT_MS)
    wait_offline_copies(page, KINDS["b"][2])
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)


# --- reporting ---------------------------------------------------------------

def median(samples: list[float]) -> float:
    return round(statistics.median(samples), 1)


def median_phases(samples: list[dict]) -> dict:
    names = samples[0]["phases"].keys()
    return {name: median([s["phases"][name] for s in samples if name in s["phases"]]) for name in names}


def summarise(loads: dict, changes: tuple, sizes: dict, runs: int, version: str) -> dict:
    raw = {name: [s["total"] for s in samples] for name, samples in loads.items()}
    raw["c_end_to_end"], raw["c_engine"] = changes
    med = {name: median(samples) for name, samples in raw.items()}
    ratio_cold = round(med["b_cold"] / med["a_cold"], 3)
    ratio_warm = round(med["b_warm"] / med["a_warm"], 3)
    return {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "runs": runs,
        "browser": f"Chromium {version} (headless)",
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        # Other work on the machine skews timings; this says how busy it was.
        "load_average_1min_end": round(os.getloadavg()[0], 2),
        "median_ms": med,
        "phases_median_ms": {name: median_phases(samples) for name, samples in loads.items()},
        "samples_ms": {name: [round(s, 1) for s in samples] for name, samples in raw.items()},
        "ratio": {"cold": ratio_cold, "warm": ratio_warm},
        "targets": {
            "ratio_max": RATIO_TARGET,
            "change_max_ms": CHANGE_TARGET_MS,
            "ratio_cold_met": ratio_cold <= RATIO_TARGET,
            "ratio_warm_met": ratio_warm <= RATIO_TARGET,
            "change_met": med["c_end_to_end"] < CHANGE_TARGET_MS,
            "content_pyodide_bytes_zero": sizes["content"]["pyodide_bytes"] == 0,
        },
        "bytes": sizes,
    }


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB"


def print_report(r: dict) -> None:
    m, t = r["median_ms"], r["targets"]
    print(f"\nInspraakwijzer benchmark: {r['browser']}, {r['machine']}, median of {r['runs']} runs")
    load = r["load_average_1min_end"]
    busy = "  WARNING: the machine was busy, timings are noisy" if load > (os.cpu_count() or 1) else ""
    print(f"load average (1 min) at the end: {load}{busy}\n")
    print(f"(a) bare Pyodide boot      cold {m['a_cold']:8.1f} ms   warm {m['a_warm']:8.1f} ms")
    print(f"(b) shared link to advice  cold {m['b_cold']:8.1f} ms   warm {m['b_warm']:8.1f} ms"
          "   (warm: through the site's service worker)")
    print(f"    b/a cold {r['ratio']['cold']:.3f}  (target <= {RATIO_TARGET}: {verdict(t['ratio_cold_met'])})")
    print(f"    b/a warm {r['ratio']['warm']:.3f}  (target <= {RATIO_TARGET}: {verdict(t['ratio_warm_met'])})")
    print(f"(c) answer change to advice     {m['c_end_to_end']:8.1f} ms   "
          f"(target < {CHANGE_TARGET_MS:.0f} ms: {verdict(t['change_met'])}); engine only {m['c_engine']:.1f} ms")
    for name, label in (("content", "content page"), ("keuzehulp", "keuzehulp page")):
        s = r["bytes"][name]
        print(f"(d) {label}: {s['path']}\n    {kib(s['bytes'])} in {s['requests']} requests, "
              f"of which Pyodide {kib(s['pyodide_bytes'])}; "
              f"fetched by the service worker {kib(s['service_worker_bytes'])}")
    print(f"    content page Pyodide bytes: {r['bytes']['content']['pyodide_bytes']} "
          f"(must be 0: {verdict(t['content_pyodide_bytes_zero'])})")
    print("\nWhere the time goes (median ms per phase):")
    for name, parts in r["phases_median_ms"].items():
        print(f"    {name:<7} " + ", ".join(f"{phase} {ms:.0f}" for phase, ms in parts.items()))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}\n")


def print_markdown(r: dict) -> None:
    m, t, b = r["median_ms"], r["targets"], r["bytes"]
    rows = [
        ("Kale Pyodide-start (a), koud / warm", f"{m['a_cold']:.0f} / {m['a_warm']:.0f} ms", "—"),
        ("Gedeelde link tot advies (b), koud / warm", f"{m['b_cold']:.0f} / {m['b_warm']:.0f} ms", "—"),
        ("Verhouding b/a, koud", f"{r['ratio']['cold']:.2f}", f"≤ {RATIO_TARGET} ({verdict(t['ratio_cold_met'])})"),
        ("Verhouding b/a, warm", f"{r['ratio']['warm']:.2f}", f"≤ {RATIO_TARGET} ({verdict(t['ratio_warm_met'])})"),
        ("Antwoord wijzigen tot nieuw advies (c)", f"{m['c_end_to_end']:.1f} ms (engine {m['c_engine']:.1f} ms)",
         f"< {CHANGE_TARGET_MS:.0f} ms ({verdict(t['change_met'])})"),
        (f"Inhoudspagina `{b['content']['path']}` (d)", kib(b["content"]["bytes"]),
         f"Pyodide {b['content']['pyodide_bytes']} B ({verdict(t['content_pyodide_bytes_zero'])})"),
        ("Keuzehulp-pagina met advies (d)", kib(b["keuzehulp"]["bytes"]),
         f"waarvan Pyodide {kib(b['keuzehulp']['pyodide_bytes'])}"),
    ]
    print(f"Mediaan van {r['runs']} metingen, {r['browser']}, {r['date'][:10]}.\n")
    print("| Meting | Resultaat | Doel |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


# --- main --------------------------------------------------------------------

def run(base: str, runs: int) -> dict:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.ARGS,
                                    timeout=TIMEOUT_MS)
        try:
            loads = page_loads(browser, base, runs)
            changes = answer_changes(browser, base, runs)
            print("bytes transferred", file=sys.stderr, flush=True)
            sizes = {
                "content": transferred(browser, base, CONTENT_PAGE, content_ready),
                "keuzehulp": transferred(browser, base, SHARED_LINK, keuzehulp_ready),
            }
            return summarise(loads, changes, sizes, runs, browser.version)
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measurements per item (default 5)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not (SITE / "keuzehulp" / "index.html").is_file():
        print("No built site in site/: run `make build` first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        server, base = serve_in_background(build_bench_site(Path(tmp)))
        try:
            result = run(base, args.runs)
        finally:
            server.shutdown()
            server.server_close()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(result)
    print_markdown(result)
    if not result["targets"]["content_pyodide_bytes_zero"]:
        print("\nFAIL: a content page loaded Pyodide files.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
