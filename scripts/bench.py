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

from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright  # noqa: E402

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

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # Only 127.0.0.1 is reachable: the site must not depend on anything else.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

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
postMessage({ result: py.runPython("1+1") });
"""

# Record the moment the advice first appears, in the page itself, so (b) is not
# inflated by Playwright's polling and round trips while (a) is timed in-page.
ADVICE_WATCH = """(() => {
  const mark = () => {
    if (window.__adviceAt === undefined && document.querySelector(%r)) {
      window.__adviceAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
})();""" % ADVICE

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


# --- repeated measurements -------------------------------------------------

def new_context(browser: Browser) -> BrowserContext:
    context = browser.new_context()
    context.add_init_script(ADVICE_WATCH)
    context.set_default_timeout(TIMEOUT_MS)
    return context


def cold(browser: Browser, load: Callable[[Page, str], float], base: str, runs: int) -> list[float]:
    """A fresh context per run: empty HTTP cache, as on a first visit."""
    samples = []
    for _ in range(runs):
        context = new_context(browser)
        samples.append(load(context.new_page(), base))
        context.close()
    return samples


def warm(browser: Browser, load: Callable[[Page, str], float], base: str, runs: int) -> list[float]:
    """A second visit: the same context loaded the page once before, so the cache holds the files."""
    samples = []
    for _ in range(runs):
        context = new_context(browser)
        page = context.new_page()
        load(page, base)
        page.goto("about:blank")
        samples.append(load(page, base))
        context.close()
    return samples


def answer_changes(browser: Browser, base: str, runs: int) -> tuple[list[float], list[float]]:
    """End-to-end and engine-only times of `runs` answer changes on one loaded page."""
    context = new_context(browser)
    page = context.new_page()
    load_keuzehulp(page, base)
    end_to_end, engine = [], []
    for i in range(runs):
        value, status = CHANGES[i % len(CHANGES)]
        page.evaluate(CHANGE_ANSWER, [value, status])
        handle = page.wait_for_function("window.__changeMs", timeout=TIMEOUT_MS)
        end_to_end.append(handle.json_value())
        engine.append(float(page.get_attribute("[data-wizard]", "data-last-ms")))
    context.close()
    return end_to_end, engine


def transferred(browser: Browser, base: str, path: str, ready: Callable[[Page], None]) -> dict:
    """Bytes one cold page view transfers, in total and from the Pyodide folder."""
    context = new_context(browser)
    finished = []
    # Context-level, so requests made by workers are counted too.
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(base + path, timeout=TIMEOUT_MS)
    ready(page)
    total = pyodide = 0
    for request in finished:
        size = request.sizes()["responseBodySize"]
        total += size
        if request.url.startswith(base + PYODIDE_PATH):
            pyodide += size
    context.close()
    return {"path": path, "requests": len(finished), "bytes": total, "pyodide_bytes": pyodide}


def content_ready(page: Page) -> None:
    # Network idle: late requests (e.g. a lazily started worker) are counted as well.
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)


def keuzehulp_ready(page: Page) -> None:
    page.wait_for_selector(ADVICE, state="attached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle", timeout=TIMEOUT_MS)


# --- reporting ---------------------------------------------------------------

def median(samples: list[float]) -> float:
    return round(statistics.median(samples), 1)


def summarise(raw: dict, sizes: dict, runs: int, version: str) -> dict:
    med = {name: median(samples) for name, samples in raw.items()}
    ratio_cold = round(med["b_cold"] / med["a_cold"], 3)
    ratio_warm = round(med["b_warm"] / med["a_warm"], 3)
    return {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "runs": runs,
        "browser": f"Chromium {version} (headless)",
        "machine": f"{platform.system()} {platform.machine()}",
        "median_ms": med,
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
    print(f"\nInspraakwijzer benchmark: {r['browser']}, {r['machine']}, median of {r['runs']} runs\n")
    print(f"(a) bare Pyodide boot      cold {m['a_cold']:8.1f} ms   warm {m['a_warm']:8.1f} ms")
    print(f"(b) shared link to advice  cold {m['b_cold']:8.1f} ms   warm {m['b_warm']:8.1f} ms")
    print(f"    b/a cold {r['ratio']['cold']:.3f}  (target <= {RATIO_TARGET}: {verdict(t['ratio_cold_met'])})")
    print(f"    b/a warm {r['ratio']['warm']:.3f}  (target <= {RATIO_TARGET}: {verdict(t['ratio_warm_met'])})")
    print(f"(c) answer change to advice     {m['c_end_to_end']:8.1f} ms   "
          f"(target < {CHANGE_TARGET_MS:.0f} ms: {verdict(t['change_met'])}); engine only {m['c_engine']:.1f} ms")
    for name, label in (("content", "content page"), ("keuzehulp", "keuzehulp page")):
        s = r["bytes"][name]
        print(f"(d) {label:<15} {s['path']:<22} {kib(s['bytes']):>12} in {s['requests']:>3} requests, "
              f"Pyodide {kib(s['pyodide_bytes'])}")
    print(f"    content page Pyodide bytes: {r['bytes']['content']['pyodide_bytes']} "
          f"(must be 0: {verdict(t['content_pyodide_bytes_zero'])})")
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
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS,
                                    timeout=TIMEOUT_MS)
        try:
            raw = {}
            for name, measure, load in (("a_cold", cold, load_baseline), ("a_warm", warm, load_baseline),
                                        ("b_cold", cold, load_keuzehulp), ("b_warm", warm, load_keuzehulp)):
                print(f"measuring {name} ...", file=sys.stderr, flush=True)
                raw[name] = measure(browser, load, base, runs)
            print("measuring c ...", file=sys.stderr, flush=True)
            raw["c_end_to_end"], raw["c_engine"] = answer_changes(browser, base, runs)
            print("measuring d ...", file=sys.stderr, flush=True)
            sizes = {
                "content": transferred(browser, base, CONTENT_PAGE, content_ready),
                "keuzehulp": transferred(browser, base, SHARED_LINK, keuzehulp_ready),
            }
            return summarise(raw, sizes, runs, browser.version)
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
