"""Benchmark the site as a reader on a modest link gets it, in headless Chromium (issue 21's ratios).

Run after `make build`, from the repository root: .venv/bin/python -m scripts.bench [--runs N]
(`-m` puts the root on sys.path, as for MkDocs and pytest, so nothing patches it here).
Every load is throttled to a 40 Mbit/s, 20 ms link (CDP network emulation, on
the page and on its workers and service worker) and served the way the README
asks of a server: precompressed files, the strict CSP (inspraakwijzer.serve).
Also unthrottled ("fast") and with the CPU slowed down 4 times ("cpu4", CDP
Emulation.setCPUThrottlingRate on the page and its workers), where named.
Measures, as medians over N runs (N >= 3):
  content      a content page, cold, to its load event (the yardstick for a page), 40 Mbit/s and fast
  baseline     a bare self-hosted Pyodide boot to a trivial result (the floor the keuzehulp cannot beat),
               cold and warm, and cold under cpu4
  obligations  a shared keuzehulp link with all nine answers to what the law asks on screen (from the
               build's table, before Pyodide has booted), in the same loads as:
  advice       that link to the full advice on screen (methods shown): cold, warm (a revisit, which
               starts from the engine's memory snapshot, decisions/0018), fast, cpu4, and at 390 px
  cls          the layout shift of those loads until the advice is there (PerformanceObserver
               layout-shift without hadRecentInput, session windows as in Chrome's CLS), 1280 and 390 px
  change       an answer change to updated advice (end to end, and engine-only)
  bytes        what a content page and the keuzehulp send over the wire (server-side count of body bytes)
and the ratios of issue 21: obligations/content <= 1.5 (40 Mbit/s and fast), warm advice/warm
baseline <= 0.5, cold advice/cold baseline <= 1.15 (and under cpu4), CLS <= 0.1; keuzehulp bytes <= 5 MB.
The machine's load (`uptime`) is printed at the start and the end.
Writes bench-results/latest.json and ends with a Markdown table for the README.
Exit code 1 only if a content page loads Pyodide bytes; missed targets are
reported as MISSED but do not fail the run (timings depend on the machine).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Error as PlaywrightError, Page, sync_playwright

from inspraakwijzer import chromium
from inspraakwijzer.compress import compress_site
from inspraakwijzer.serve import serve_in_background

ROOT = Path(__file__).resolve().parent.parent

SITE = ROOT / "site"
RESULTS = ROOT / "bench-results" / "latest.json"
TIMEOUT_MS = 180_000
MIN_RUNS = 3

# The link: 40 Mbit/s both ways, 20 ms latency (CDP Network.emulateNetworkConditions).
LINK = {"offline": False, "latency": 20, "downloadThroughput": 40e6 / 8, "uploadThroughput": 40e6 / 8}

RATIO_TARGET = 1.15            # advice / baseline, cold
WARM_RATIO_TARGET = 0.5        # advice / baseline, warm (the snapshot)
CLS_TARGET = 0.1
CPU_SLOWDOWN = 4
OBLIGATIONS_RATIO_TARGET = 1.5  # obligations on screen / content page load
KEUZEHULP_BYTES_TARGET = 5_000_000
CHANGE_TARGET_MS = 50.0

# The nine answers of a plan link (issue 21). The early table covers legal v3's three optional
# questions too (decisions/0012); the link stays as it was, so runs before and after compare.
SHARED_LINK = ("keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&zelfstandig=nee"
               "&financiering=wlz,zvw&locaties=3&doelgroep=dementie&ervaring=nieuw&clientenraad=ja")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 720}
CONTENT_PAGE = "methoden/photovoice/"
PYODIDE_PATH = "/assets/pyodide/"
ADVICE = "[data-wizard][data-state=advice]"
# Full advice: the engine's recommended methods are on screen.
METHODS_SHOWN = f"{ADVICE} [data-wizard-recommended] [data-method]"
# What the law asks is on screen: from the build's table before the engine runs
# (data-state=obligations), or from the engine if it was first (a warm visit).
OBLIGATIONS = ", ".join(f"[data-wizard][data-state={state}] [data-wizard-summary] [data-summary-for]"
                                    for state in ("obligations", "advice"))
# zorgverleners value -> expected status of the clientenraad obligation
# (more than 10 care providers: a client council is required).
CHANGES = [("8", "nee"), ("40", "ja")]


BASELINE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pyodide baseline</title></head>
<body><script src="baseline.js"></script></body></html>
"""

# A file, not an inline script: the server sends the site's strict CSP.
BASELINE_JS = """const worker = new Worker(new URL("baseline-worker.mjs", document.currentScript.src), { type: "module" });
worker.onmessage = (event) => {
  document.body.dataset.result = String(event.data.result);
  document.body.dataset.done = String(performance.now());
};
"""

# Exactly what the real worker does to boot, minus our wizard package and data.
BASELINE_WORKER = """import { loadPyodide } from "../assets/pyodide/pyodide.mjs";
const py = await loadPyodide({ indexURL: new URL("../assets/pyodide/", import.meta.url).href });
postMessage({ type: "result", result: py.runPython("1+1") });
"""

# Runs before any page script. Records, in the page itself, when each marker
# first appears (so a result is not inflated by Playwright's polling while the
# baseline is timed in-page) and when the engine's worker starts and each of its
# messages arrives, to tell where the time goes.
PAGE_PROBE = """(() => {
  const markers = __MARKERS__;
  window.__seenAt = {};
  window.__shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
    if (!entry.hadRecentInput) window.__shifts.push([entry.startTime, entry.value]);
  })).observe({ type: "layout-shift", buffered: true });
  window.__workerLog = [];
  const mark = () => {
    for (const [name, selector] of Object.entries(markers)) {
      if (window.__seenAt[name] === undefined && document.querySelector(selector)) {
        window.__seenAt[name] = performance.now();
      }
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
        if (data.boot) window.__workerLog.push(["boot:" + data.boot, performance.now()]);
      });
    }
  };
})();"""


def page_probe() -> str:
    markers = {"advice": METHODS_SHOWN, "obligations": OBLIGATIONS}
    return PAGE_PROBE.replace("__MARKERS__", json.dumps(markers))


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
    """Copy the built site and add the baseline page beside it (never in the repo),
    precompressed like the rest so that it is served the same way."""
    site = tmp / "site"
    shutil.copytree(SITE, site)
    bench = site / "bench"
    bench.mkdir()
    (bench / "baseline.html").write_text(BASELINE_HTML, encoding="utf-8")
    (bench / "baseline.js").write_text(BASELINE_JS, encoding="utf-8")
    (bench / "baseline-worker.mjs").write_text(BASELINE_WORKER, encoding="utf-8")
    compress_site(site, ROOT / "build" / "compressed")
    return site


# --- the throttled link ---------------------------------------------------------

def throttled_page(context: BrowserContext, link: dict | None = LINK, cpu: int = 1) -> Page:
    """A page whose requests, and those of its workers and service worker, go
    over `link` (None: unthrottled), with the CPU slowed down `cpu` times.
    Page-level emulation does not reach a worker, so every worker the page
    starts is attached (paused until throttled)."""
    page = context.new_page()
    if link is None and cpu == 1:
        return page
    session = context.new_cdp_session(page)
    emulation = []
    if link is not None:
        emulation += [("Network.enable", {}), ("Network.emulateNetworkConditions", link)]
    if cpu != 1:
        emulation.append(("Emulation.setCPUThrottlingRate", {"rate": cpu}))
    for method, params in emulation:
        session.send(method, params)

    def throttle_worker(event: dict) -> None:
        commands = [*emulation, ("Runtime.runIfWaitingForDebugger", {})]
        try:
            for number, (method, params) in enumerate(commands):
                session.send("Target.sendMessageToTarget", {
                    "sessionId": event["sessionId"],
                    "message": json.dumps({"id": number, "method": method, "params": params})})
        except PlaywrightError:  # TargetClosedError
            pass  # a worker that started as the measured page closed: nothing left to throttle

    session.on("Target.attachedToTarget", throttle_worker)
    # Flat sessions cannot be reached through Playwright; the nested protocol can.
    session.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False})
    return page


def new_context(browser: Browser, viewport: dict = DESKTOP) -> BrowserContext:
    context = browser.new_context(viewport=viewport)
    context.add_init_script(page_probe())
    context.set_default_timeout(TIMEOUT_MS)
    return context


# --- single loads ------------------------------------------------------------

def load_content(page: Page, base: str) -> float:
    page.goto(base + CONTENT_PAGE, wait_until="load", timeout=TIMEOUT_MS)
    return page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")


def load_baseline(page: Page, base: str) -> float:
    page.goto(base + "bench/baseline.html", timeout=TIMEOUT_MS)
    page.wait_for_selector("body[data-done]", state="attached", timeout=TIMEOUT_MS)
    if page.get_attribute("body", "data-result") != "2":
        raise RuntimeError("baseline worker returned a wrong result")
    return float(page.get_attribute("body", "data-done"))


def load_keuzehulp(page: Page, base: str) -> float:
    page.goto(base + SHARED_LINK, timeout=TIMEOUT_MS)
    page.wait_for_selector(METHODS_SHOWN, state="attached", timeout=TIMEOUT_MS)
    return page.evaluate("window.__seenAt.advice ?? performance.now()")


# Phase name -> (from mark, to mark). Marks are the worker messages the probe
# logs, the page's performance marks, "start" (navigation start, 0) and "done"
# (result on screen).
BASELINE_PHASES = {
    "page": ("start", "created"),
    "pyodide": ("created", "result"),
    "render": ("result", "done"),
}
KEUZEHULP_PHASES = {
    "page": ("start", "created"),            # HTML, CSS and head scripts until keuzehulp-boot.js starts the worker
    "pyodide": ("created", "engine"),        # worker module + loadPyodide
    "wizard": ("engine", "ready"),           # wizard.zip + data.json, unpack, import
    "first_answer": ("ready", "advice"),     # the first engine call
    "render": ("advice", "done"),            # DOM update
}
# Kind -> (load, phases, the offline copies its page asks the service worker for).
KINDS = {
    "content": (load_content, {}, ["page"]),
    "baseline": (load_baseline, BASELINE_PHASES, []),
    "advice": (load_keuzehulp, KEUZEHULP_PHASES, ["page", "keuzehulp"]),
}
# Condition -> (link, CPU slowdown, viewport).
CONDITIONS = {
    "": (LINK, 1, DESKTOP),
    "fast": (None, 1, DESKTOP),
    "cpu4": (LINK, CPU_SLOWDOWN, DESKTOP),
    "390": (LINK, 1, PHONE),
}


def wait_offline_copies(page: Page, batches: list[str]) -> None:
    """Wait until the site's service worker reports it kept the page's files.

    offline.js asks it to keep them after load (the keuzehulp adds its engine
    files once ready) and marks <html data-offline-BATCH=ready>. Waiting makes a
    second visit follow a really completed first one, and lets the byte count
    include that traffic too. Pages without offline.js (the baseline) need no wait.
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
    # The worker's messages, and the marks keuzehulp-boot.js sets (performance.mark).
    log = page.evaluate("""() => [...window.__workerLog,
        ...performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])]""")
    sample = {"total": total, "phases": phases(log, total, spec)}
    if kind == "advice":
        page.wait_for_selector(OBLIGATIONS, state="attached", timeout=TIMEOUT_MS)
        sample["obligations"] = page.evaluate("window.__seenAt.obligations")
        sample["cls"] = cls(page.evaluate("window.__shifts"))
        sample["boot"] = next((m[len("boot:"):] for m, _ in log if m.startswith("boot:")), None)
    return sample


def cls(shifts: list) -> float:
    """Cumulative layout shift as Chrome counts it: the largest session window
    (shifts less than 1 s apart, at most 5 s long)."""
    largest, window, start, last = 0.0, 0.0, None, None
    for at, value in sorted(shifts):
        if start is None or at - last > 1000 or at - start > 5000:
            window, start = 0.0, at
        window += value
        last = at
        largest = max(largest, window)
    return round(largest, 4)


# --- repeated measurements -------------------------------------------------

def cold(browser: Browser, kind: str, base: str, condition: str = "") -> dict:
    """A fresh context: empty HTTP cache, no service worker, as on a first visit."""
    link, cpu, viewport = CONDITIONS[condition]
    context = new_context(browser, viewport)
    try:
        return timed(throttled_page(context, link, cpu), kind, base)
    finally:
        context.close()


def warm(browser: Browser, kind: str, base: str) -> dict:
    """A second visit: the context loaded the page once before, so the HTTP cache
    (and for the site, its service worker) holds the files, and the keuzehulp's
    worker has kept its memory snapshot."""
    context = new_context(browser)
    try:
        page = throttled_page(context)
        timed(page, kind, base)
        wait_offline_copies(page, KINDS[kind][2])
        if kind == "advice":  # the worker says when it has kept the snapshot (or could not)
            page.wait_for_function("() => window.__workerLog.some(([m]) => m === 'snapshot')", timeout=TIMEOUT_MS)
        page.goto("about:blank")
        return timed(page, kind, base)
    finally:
        context.close()


# What each run loads: (kind, condition, warm too).
PLAN = [("content", "", False), ("content", "fast", False), ("baseline", "", True), ("baseline", "cpu4", False),
        ("advice", "", True), ("advice", "fast", False), ("advice", "cpu4", False), ("advice", "390", False)]


def sample_name(kind: str, condition: str, warmth: str) -> str:
    return "_".join(part for part in (kind, warmth, condition) if part)


def page_loads(browser: Browser, base: str, runs: int) -> dict[str, list[dict]]:
    """Samples per kind, interleaved so that a change in machine load during the
    run hits the yardsticks and the keuzehulp alike."""
    samples: dict[str, list[dict]] = {}
    for i in range(runs):
        print(f"run {i + 1}/{runs}: page loads", file=sys.stderr, flush=True)
        for kind, condition, also_warm in (PLAN if i % 2 == 0 else PLAN[::-1]):
            samples.setdefault(sample_name(kind, condition, "cold"), []).append(cold(browser, kind, base, condition))
            if also_warm:
                samples.setdefault(sample_name(kind, condition, "warm"), []).append(warm(browser, kind, base))
    return samples


def answer_changes(browser: Browser, base: str, runs: int) -> tuple[list[float], list[float]]:
    """End-to-end and engine-only times of `runs` answer changes on one loaded page."""
    print("answer changes", file=sys.stderr, flush=True)
    context = new_context(browser)
    page = throttled_page(context)
    load_keuzehulp(page, base)
    wait_offline_copies(page, KINDS["advice"][2])  # no service worker traffic competing with the changes
    end_to_end, engine = [], []
    for i in range(runs):
        value, status = CHANGES[i % len(CHANGES)]
        page.evaluate(CHANGE_ANSWER, [value, status])
        # Wrapped in an object: a bare number would count as "not yet" if it were 0.
        # A function, not an expression: Playwright polls an expression with eval,
        # which the site's CSP forbids.
        handle = page.wait_for_function("() => window.__changeMs !== undefined && {ms: window.__changeMs}",
                                        timeout=TIMEOUT_MS)
        end_to_end.append(handle.json_value()["ms"])
        engine.append(float(page.get_attribute("[data-wizard]", "data-last-ms")))
    context.close()
    return end_to_end, engine


def transferred(browser: Browser, server, base: str, path: str, batches: list[str], ready: str | None) -> dict:
    """Body bytes the server sends for one cold view of a page, counted by the
    server itself (so requests by workers and the service worker count too, and
    compressed files count at their compressed size), until the page and its
    offline copies are complete."""
    context = new_context(browser)
    server.sent.clear()
    page = throttled_page(context)
    page.goto(base + path, timeout=TIMEOUT_MS)
    if ready:
        page.wait_for_selector(ready, state="attached", timeout=TIMEOUT_MS)
    wait_offline_copies(page, batches)
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)
    sent = list(server.sent)
    context.close()
    pyodide = [entry for entry in sent if entry[1].startswith(PYODIDE_PATH)]  # the server is at the root
    return {
        "path": path,
        "requests": len(sent),
        "bytes": sum(entry[3] for entry in sent),
        "pyodide_bytes": sum(entry[3] for entry in pyodide),
        "uncompressed_requests": sum(1 for entry in sent if entry[2] == "identity"),
        "largest": sorted(([entry[1], entry[2], entry[3]] for entry in sent), key=lambda e: -e[2])[:5],
    }


# --- reporting ---------------------------------------------------------------

def median(samples: list[float]) -> float:
    return round(statistics.median(samples), 1)


def median_phases(samples: list[dict]) -> dict:
    names = samples[0]["phases"].keys()
    return {name: median([s["phases"][name] for s in samples if name in s["phases"]]) for name in names}


def link_floor_ms(n_bytes: int) -> float:
    """The least time LINK needs to carry n_bytes (one round trip plus the transfer)."""
    return LINK["latency"] + n_bytes / LINK["downloadThroughput"] * 1000


def summarise(loads: dict, changes: tuple, sizes: dict, runs: int, version: str, uptime: tuple) -> dict:
    raw = {name: [s["total"] for s in samples] for name, samples in loads.items()}
    raw["change_end_to_end"], raw["change_engine"] = changes
    for condition in ("cold", "cold_fast"):
        raw[f"obligations_{condition}"] = [s["obligations"] for s in loads[f"advice_{condition}"]]
    med = {name: median(samples) for name, samples in raw.items()}
    cls_runs = {"1280": [s["cls"] for s in loads["advice_cold"]], "390": [s["cls"] for s in loads["advice_cold_390"]]}
    ratio = {"advice_cold": round(med["advice_cold"] / med["baseline_cold"], 3),
             "advice_warm": round(med["advice_warm"] / med["baseline_warm"], 3),
             "advice_cold_cpu4": round(med["advice_cold_cpu4"] / med["baseline_cold_cpu4"], 3),
             "obligations_cold": round(med["obligations_cold"] / med["content_cold"], 3),
             "obligations_cold_fast": round(med["obligations_cold_fast"] / med["content_cold_fast"], 3)}
    cls_max = {width: max(values) for width, values in cls_runs.items()}
    keuzehulp_bytes = sizes["keuzehulp"]["bytes"]
    return {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "runs": runs,
        "link": LINK,
        "shared_link": SHARED_LINK,
        "browser": f"Chromium {version} (headless)",
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        # Other work on the machine skews timings; this says how busy it was (`uptime`).
        "uptime_start": uptime[0],
        "uptime_end": uptime[1],
        "load_average_1min_end": round(os.getloadavg()[0], 2),
        "median_ms": med,
        "phases_median_ms": {name: median_phases(samples) for name, samples in loads.items()
                             if samples[0]["phases"]},
        "samples_ms": {name: [round(s, 1) for s in samples] for name, samples in raw.items()},
        "warm_boots": [s.get("boot") for s in loads["advice_warm"]],
        "cls": {"runs": cls_runs, "max": cls_max},
        "ratio": ratio,
        # Faster than the link can carry the bytes: the throttle did not apply.
        "link_floor_ms": round(link_floor_ms(keuzehulp_bytes), 1),
        "throttle_held": med["advice_cold"] >= link_floor_ms(keuzehulp_bytes),
        "targets": targets(ratio, med, cls_max, sizes),
        "bytes": sizes,
    }


def targets(ratio: dict, med: dict, cls_max: dict, sizes: dict) -> dict:
    """Each of issue 21's targets and whether this run met it."""
    keuzehulp_bytes = sizes["keuzehulp"]["bytes"]
    return {
        "ratio_max": RATIO_TARGET,
        "warm_ratio_max": WARM_RATIO_TARGET,
        "obligations_ratio_max": OBLIGATIONS_RATIO_TARGET,
        "cls_max": CLS_TARGET,
        "keuzehulp_bytes_max": KEUZEHULP_BYTES_TARGET,
        "change_max_ms": CHANGE_TARGET_MS,
        "ratio_cold_met": ratio["advice_cold"] <= RATIO_TARGET,
        "ratio_cold_cpu4_met": ratio["advice_cold_cpu4"] <= RATIO_TARGET,
        "ratio_warm_met": ratio["advice_warm"] <= WARM_RATIO_TARGET,
        "obligations_met": ratio["obligations_cold"] <= OBLIGATIONS_RATIO_TARGET,
        "obligations_fast_met": ratio["obligations_cold_fast"] <= OBLIGATIONS_RATIO_TARGET,
        "cls_met": all(value <= CLS_TARGET for value in cls_max.values()),
        "keuzehulp_bytes_met": keuzehulp_bytes <= KEUZEHULP_BYTES_TARGET,
        "change_met": med["change_end_to_end"] < CHANGE_TARGET_MS,
        "content_pyodide_bytes_zero": sizes["content"]["pyodide_bytes"] == 0,
    }


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "load average: " + ", ".join(f"{n:.2f}" for n in os.getloadavg())


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def print_report(r: dict) -> None:
    m, t, ratio = r["median_ms"], r["targets"], r["ratio"]
    print(f"\nInspraakwijzer benchmark: {r['browser']}, {r['machine']}, median of {r['runs']} runs,")
    print(f"link {LINK['downloadThroughput'] * 8 / 1e6:.0f} Mbit/s, {LINK['latency']} ms (CDP emulation); "
          f"fast: unthrottled; cpu4: CPU {CPU_SLOWDOWN}x slower")
    print(f"uptime at the start: {r['uptime_start']}\nuptime at the end:   {r['uptime_end']}")
    load = r["load_average_1min_end"]
    if load > (os.cpu_count() or 1):
        print("WARNING: the machine was busy, timings are noisy")
    if not r["throttle_held"]:
        print(f"WARNING: advice came faster than the link allows ({r['link_floor_ms']} ms): throttling failed")
    print(f"shared link: {r['shared_link']}\n")
    print(f"content page load             cold {m['content_cold']:8.1f} ms   fast {m['content_cold_fast']:8.1f} ms")
    print(f"bare Pyodide boot (baseline)  cold {m['baseline_cold']:8.1f} ms   warm {m['baseline_warm']:8.1f} ms"
          f"   cpu4 {m['baseline_cold_cpu4']:8.1f} ms")
    print(f"shared link to methods        cold {m['advice_cold']:8.1f} ms   warm {m['advice_warm']:8.1f} ms"
          f"   cpu4 {m['advice_cold_cpu4']:8.1f} ms   (warm boots: {', '.join(map(str, r['warm_boots']))})")
    print(f"    methods/baseline cold {ratio['advice_cold']:.3f}  (target <= {RATIO_TARGET}: {verdict(t['ratio_cold_met'])})")
    print(f"    methods/baseline cpu4 {ratio['advice_cold_cpu4']:.3f}  (target <= {RATIO_TARGET}: "
          f"{verdict(t['ratio_cold_cpu4_met'])})")
    print(f"    methods/baseline warm {ratio['advice_warm']:.3f}  (target <= {WARM_RATIO_TARGET}: {verdict(t['ratio_warm_met'])})")
    print(f"shared link to obligations    cold {m['obligations_cold']:8.1f} ms   fast {m['obligations_cold_fast']:8.1f} ms"
          "   (what the law asks on screen)")
    print(f"    obligations/content {ratio['obligations_cold']:.3f} (40 Mbit/s), {ratio['obligations_cold_fast']:.3f} (fast)"
          f"  target <= {OBLIGATIONS_RATIO_TARGET}: {verdict(t['obligations_met'])} / {verdict(t['obligations_fast_met'])}")
    print(f"CLS on the shared link        1280 px max {r['cls']['max']['1280']:.3f}, 390 px max {r['cls']['max']['390']:.3f}"
          f"  (runs {r['cls']['runs']['1280']} / {r['cls']['runs']['390']}; target <= {CLS_TARGET}: {verdict(t['cls_met'])})")
    print(f"answer change to advice            {m['change_end_to_end']:8.1f} ms   "
          f"(target < {CHANGE_TARGET_MS:.0f} ms: {verdict(t['change_met'])}); engine only {m['change_engine']:.1f} ms")
    for name, label in (("content", "content page"), ("keuzehulp", "keuzehulp with advice")):
        s = r["bytes"][name]
        print(f"bytes on the wire, {label}: {s['path']}\n    {mb(s['bytes'])} in {s['requests']} requests "
              f"({s['uncompressed_requests']} uncompressed), of which Pyodide {mb(s['pyodide_bytes'])}")
        for path, coding, size in s["largest"]:
            print(f"      {mb(size):>9}  {coding:<8} {path}")
    print(f"    keuzehulp target <= {mb(KEUZEHULP_BYTES_TARGET)}: {verdict(t['keuzehulp_bytes_met'])}; "
          f"content page Pyodide bytes {r['bytes']['content']['pyodide_bytes']} "
          f"(must be 0: {verdict(t['content_pyodide_bytes_zero'])})")
    print("\nWhere the time goes (median ms per phase):")
    for name, parts in r["phases_median_ms"].items():
        print(f"    {name:<18} " + ", ".join(f"{phase} {ms:.0f}" for phase, ms in parts.items()))
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}\n")


def print_markdown(r: dict) -> None:
    m, t, b, ratio = r["median_ms"], r["targets"], r["bytes"], r["ratio"]
    rows = [
        (f"content page `{CONTENT_PAGE}`, cold load, 40 Mbit/s / fast", f"{m['content_cold']:.0f} / {m['content_cold_fast']:.0f} ms",
         "yardstick"),
        ("bare Pyodide boot, cold / warm / cold cpu4",
         f"{m['baseline_cold']:.0f} / {m['baseline_warm']:.0f} / {m['baseline_cold_cpu4']:.0f} ms", "baseline"),
        ("link with all answers to methods, cold / warm / cold cpu4",
         f"{m['advice_cold']:.0f} / {m['advice_warm']:.0f} / {m['advice_cold_cpu4']:.0f} ms", ""),
        ("methods / baseline, cold / cold cpu4", f"{ratio['advice_cold']:.2f} / {ratio['advice_cold_cpu4']:.2f}",
         f"≤ {RATIO_TARGET} ({verdict(t['ratio_cold_met'])} / {verdict(t['ratio_cold_cpu4_met'])})"),
        ("methods / baseline, warm revisit", f"{ratio['advice_warm']:.2f}",
         f"≤ {WARM_RATIO_TARGET} ({verdict(t['ratio_warm_met'])})"),
        ("link with all answers to obligations / content page, 40 Mbit/s / fast",
         f"{ratio['obligations_cold']:.2f} / {ratio['obligations_cold_fast']:.2f}",
         f"≤ {OBLIGATIONS_RATIO_TARGET} ({verdict(t['obligations_met'])} / {verdict(t['obligations_fast_met'])})"),
        ("CLS on the shared link, 1280 / 390 px (max of runs)", f"{r['cls']['max']['1280']:.3f} / {r['cls']['max']['390']:.3f}",
         f"≤ {CLS_TARGET} ({verdict(t['cls_met'])})"),
        ("answer change to updated advice", f"{m['change_end_to_end']:.1f} ms (engine {m['change_engine']:.1f} ms)",
         f"< {CHANGE_TARGET_MS:.0f} ms ({verdict(t['change_met'])})"),
        ("bytes on the wire, content page", mb(b["content"]["bytes"]),
         f"Pyodide {b['content']['pyodide_bytes']} B ({verdict(t['content_pyodide_bytes_zero'])})"),
        ("bytes on the wire, keuzehulp with advice", f"{mb(b['keuzehulp']['bytes'])} (Pyodide {mb(b['keuzehulp']['pyodide_bytes'])})",
         f"≤ {mb(KEUZEHULP_BYTES_TARGET)} ({verdict(t['keuzehulp_bytes_met'])})"),
    ]
    print(f"Median of {r['runs']} runs, {r['browser']}, {r['machine']}, {r['date'][:10]}; {r['uptime_end']}.\n")
    print("| measure | result | target |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


# --- main --------------------------------------------------------------------

def run(server, base: str, runs: int) -> dict:
    started = uptime()
    print(f"uptime: {started}", file=sys.stderr, flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.ARGS,
                                    timeout=TIMEOUT_MS)
        try:
            loads = page_loads(browser, base, runs)
            changes = answer_changes(browser, base, runs)
            print("bytes transferred", file=sys.stderr, flush=True)
            sizes = {
                "content": transferred(browser, server, base, CONTENT_PAGE, ["page"], None),
                "keuzehulp": transferred(browser, server, base, SHARED_LINK, KINDS["advice"][2], METHODS_SHOWN),
            }
            return summarise(loads, changes, sizes, runs, browser.version, (started, uptime()))
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help=f"measurements per item (default 5, at least {MIN_RUNS})")
    args = parser.parse_args()
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}: a median of fewer says little")
    if not (SITE / "keuzehulp" / "index.html").is_file():
        print("No built site in site/: run `make build` first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="iw-bench-") as tmp:
        server, base = serve_in_background(build_bench_site(Path(tmp)), record=True)
        try:
            result = run(server, base, args.runs)
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
