"""Lighthouse mobile performance on six pages of the built site (issue 21: perf >= 0.95 on each).

Run after `make build`, from the repository root: .venv/bin/python -m scripts.bench_lighthouse [--runs N]
(`make bench` runs it after scripts.bench and scripts.bench_build). It builds nothing:
it serves site/ with the project's own server (inspraakwijzer.serve: strict CSP,
precompressed files) under a sub-path, as an intranet would, and runs Lighthouse's
command line on each page with its default mobile config (a mid-range phone,
simulated throttling: 4x CPU slowdown, slow 4G), N times, in Debian's headless
Chromium with the flags of inspraakwijzer.chromium (every host but 127.0.0.1 fails
to resolve). It prints the median performance score, FCP, LCP, TBT, CLS and Speed
Index per page, the opportunities Lighthouse names in the median run (what costs),
and the machine's load at the start and the end, and writes every run to
bench-results/lighthouse.json. A request to any host but the local server is an
error: nothing may leave 127.0.0.1.

Lighthouse (npm `lighthouse`, pinned below) is installed on demand into .bench-tools/
(ignored by git), not in package.json: only this step needs it, and its 200
packages would slow `make setup` for `make test` and `make serve`.
Missed targets are reported as MISSED but do not fail the run (scores depend on the machine).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from inspraakwijzer import chromium
from inspraakwijzer.serve import serve_in_background
from scripts.bench import uptime

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
RESULTS = ROOT / "bench-results" / "lighthouse.json"
TOOLS = ROOT / ".bench-tools"
# 12.x: the last line that runs on the Node of Debian/this machine (13.x needs Node >= 22.19).
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE = TOOLS / "node_modules" / "lighthouse"
PREFIX = "/inspraakwijzer/"
TARGET = 0.95
TIMEOUT_S = 300

# Headless Chromium's compositor may hold back the page's first frame for one or two whole
# seconds after the page is ready (GoogleChrome/lighthouse#17148: viz stops sending BeginFrames
# to a renderer it deems unresponsive, more often on a busy machine). Lighthouse's simulation then
# counts every script that ran before that late paint as needed for it: on keuzehulp/ FCP 2.2-2.5 s
# instead of 1.6-1.9 s, while the page paints before its load event in Playwright. Such runs are
# counted (observed first paint this long after the load event), not dropped. The flag that
# avoids the hold-up, --disable-frame-rate-limit, makes the compositor draw without pause, which
# put 1-2 s of TBT on every page: worse than the artefact.
LATE_PAINT_MS = 500

# Home, a finder, a method, the other finder, the law, the keuzehulp (empty, as a visitor meets it).
PAGES = ("", "methoden/", "methoden/photovoice/", "opleidingen/", "wet-en-regels/", "keuzehulp/")
METRICS = {
    "fcp_ms": "first-contentful-paint",
    "lcp_ms": "largest-contentful-paint",
    "tbt_ms": "total-blocking-time",
    "cls": "cumulative-layout-shift",
    "si_ms": "speed-index",
}
# Where the time goes, as Lighthouse names it (savings in ms on the simulated phone, and bytes).
OPPORTUNITIES = ("render-blocking-resources", "unused-css-rules", "unused-javascript", "unminified-css",
                 "unminified-javascript", "uses-text-compression", "total-byte-weight", "font-display",
                 "layout-shifts", "largest-contentful-paint-element", "bootup-time", "mainthread-work-breakdown")


def ensure_lighthouse() -> Path:
    """The pinned Lighthouse in .bench-tools/, installed by npm the first time (and when the pin changes)."""
    manifest = LIGHTHOUSE / "package.json"
    if not (manifest.is_file() and json.loads(manifest.read_text())["version"] == LIGHTHOUSE_VERSION):
        print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {TOOLS.relative_to(ROOT)}/ (once)",
              file=sys.stderr, flush=True)
        subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(TOOLS),
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    return LIGHTHOUSE / "cli" / "index.js"


def quoted(flag: str) -> str:
    """A Chromium flag as Lighthouse's --chrome-flags string needs it: it splits that string on
    spaces unless a value is quoted. Unquoted, --host-resolver-rules arrived as "MAP" and Chromium
    looked up clients2.google.com, update.googleapis.com and accounts.google.com in the DNS."""
    name, _, value = flag.partition("=")
    return f'{name}="{value}"' if " " in value else flag


def lighthouse_run(cli: Path, url: str, profile: Path) -> dict:
    """One Lighthouse run (a fresh Chromium, its own profile) on url; the parsed JSON report."""
    flags = ["--headless=new", f"--user-data-dir={profile}", *chromium.ARGS]
    env = {**os.environ, "CHROME_PATH": chromium.EXECUTABLE}
    done = subprocess.run(
        ["node", str(cli), url, "--quiet", "--output=json", "--output-path=stdout",
         "--only-categories=performance", f"--chrome-flags={' '.join(map(quoted, flags))}"],
        capture_output=True, text=True, env=env, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url} ({done.returncode}):\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse on {url}: {report['runtimeError']}")
    return report


def offsite_requests(report: dict, origin: str) -> list[str]:
    """Requests the page made to anything but the local server (must be none)."""
    items = report["audits"].get("network-requests", {}).get("details", {}).get("items", [])
    return sorted({item["url"] for item in items
                   if urlsplit(item["url"]).scheme in ("http", "https")
                   and f"{urlsplit(item['url']).scheme}://{urlsplit(item['url']).netloc}" != origin})


def summary(report: dict) -> dict:
    audits = report["audits"]
    # benchmarkIndex: how fast this machine ran Lighthouse's own CPU benchmark at the time (higher is
    # faster); the simulation multiplies the tasks it saw by 4, so a busy machine lowers the scores.
    result = {"score": report["categories"]["performance"]["score"],
              "benchmark_index": round(report["environment"]["benchmarkIndex"])}
    observed = audits["metrics"]["details"]["items"][0]
    result["observed_fcp_ms"] = round(observed["observedFirstContentfulPaint"])
    result["observed_load_ms"] = round(observed["observedLoad"])
    result["late_paint"] = result["observed_fcp_ms"] > result["observed_load_ms"] + LATE_PAINT_MS
    for key, audit in METRICS.items():
        value = audits[audit].get("numericValue")
        result[key] = None if value is None else round(value, 4 if key == "cls" else 0)
    costs = {}
    for audit_id in OPPORTUNITIES:
        audit = audits.get(audit_id)
        if not audit or audit.get("score") in (None, 1):
            continue
        details = audit.get("details") or {}
        if details.get("type") == "list":  # e.g. the LCP element: its first table names the element
            details = (details.get("items") or [{}])[0]
        items = [{k: item[k] for k in ("url", "wastedMs", "wastedBytes", "totalBytes", "total", "scripting", "node") if k in item}
                 for item in details.get("items", [])[:6]]
        for item in items:
            if isinstance(item.get("node"), dict):
                item["node"] = item["node"].get("snippet") or item["node"].get("selector")
        costs[audit_id] = {"title": audit.get("title"), "display": audit.get("displayValue"), "items": items}
    result["costs"] = costs
    return result


def median_run(runs: list[dict]) -> dict:
    """The run whose score is the median (the one whose costs are printed)."""
    ordered = sorted(runs, key=lambda run: run["score"])
    return ordered[(len(ordered) - 1) // 2]


def measure(cli: Path, base: str, runs: int) -> dict:
    origin = f"{urlsplit(base).scheme}://{urlsplit(base).netloc}"
    pages = {}
    with tempfile.TemporaryDirectory(prefix="iw-lighthouse-") as tmp:
        for path in PAGES:
            samples = []
            for n in range(runs):
                print(f"lighthouse /{path} run {n + 1}/{runs}", file=sys.stderr, flush=True)
                profile = Path(tmp) / f"profile-{len(pages)}-{n}"
                report = lighthouse_run(cli, base + path, profile)
                shutil.rmtree(profile, ignore_errors=True)
                offsite = offsite_requests(report, origin)
                if offsite:
                    raise RuntimeError(f"/{path} requested other hosts: {offsite}")
                samples.append(summary(report))
            medians = {key: statistics.median(s[key] for s in samples) for key in ("score", *METRICS, "benchmark_index")}
            medians["late_paint_runs"] = sum(s["late_paint"] for s in samples)
            pages[path or "/"] = {"median": medians, "median_run_costs": median_run(samples)["costs"],
                                  "runs": samples, "lighthouse": report["lighthouseVersion"],
                                  "browser": report["environment"]["hostUserAgent"]}
    return pages


def print_report(r: dict) -> None:
    print(f"\nLighthouse {r['lighthouse']} mobile (simulated throttling), {r['browser']}, median of {r['runs']} runs,")
    print(f"served by inspraakwijzer.serve under {PREFIX}")
    print(f"uptime at the start: {r['uptime_start']}\nuptime at the end:   {r['uptime_end']}")
    if r["load_average_1min_end"] > (os.cpu_count() or 1):
        print("WARNING: the machine was busy, scores are noisy (Lighthouse's simulation uses the CPU it gets)")
    print(f"\n{'page':<24} {'perf':>5} {'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7} {'CLS':>6} {'SI ms':>7} {'CPU':>5} {'late':>4}"
          f"  target >= {TARGET}")
    for path, page in r["pages"].items():
        m = page["median"]
        print(f"{path:<24} {m['score']:5.2f} {m['fcp_ms']:7.0f} {m['lcp_ms']:7.0f} {m['tbt_ms']:7.0f} {m['cls']:6.3f}"
              f" {m['si_ms']:7.0f} {m['benchmark_index']:5.0f} {m['late_paint_runs']:4d}  {'met' if m['score'] >= TARGET else 'MISSED'}")
    print("CPU: Lighthouse's benchmarkIndex of the machine during the runs (higher is faster; a quiet modern"
          " desktop scores 1000-2000);\n"
          f"late: runs whose first paint came over {LATE_PAINT_MS} ms after the load event (headless Chromium's"
          " hold-up, GoogleChrome/lighthouse#17148), which lowers FCP, LCP and the score")
    print("\nWhat costs, in each page's median run (Lighthouse's opportunities and diagnostics):")
    for path, page in r["pages"].items():
        print(f"  {path}")
        for audit_id, cost in page["median_run_costs"].items():
            print(f"    {audit_id}: {cost['display'] or ''}")
            for item in cost["items"][:3]:
                what = item.get("url") or item.get("node")
                if not what:
                    continue
                extra = ", ".join(f"{k} {item[k]:.0f}" for k in ("wastedMs", "wastedBytes", "totalBytes", "total", "scripting") if k in item
                                  and isinstance(item[k], (int, float)))
                print(f"        {str(what)[-90:]}  {extra}")
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, choices=range(1, 21), metavar="N",
                        help="Lighthouse runs per page, 1 to 20 (default 3; the median counts)")
    runs = parser.parse_args().runs
    if not all((SITE / page / "index.html").is_file() for page in PAGES):
        sys.exit("No built site in site/: run `make build` first.")
    cli = ensure_lighthouse()
    started = uptime()
    print(f"uptime: {started}", file=sys.stderr, flush=True)
    server, base = serve_in_background(SITE, prefix=PREFIX)
    try:
        pages = measure(cli, base, runs)
    finally:
        server.shutdown()
        server.server_close()
    first = next(iter(pages.values()))
    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "lighthouse": first["lighthouse"], "browser": first["browser"], "runs": runs,
        "config": "default mobile (simulated throttling)", "prefix": PREFIX,
        "uptime_start": started, "uptime_end": uptime(),
        "load_average_1min_end": round(os.getloadavg()[0], 2),
        "target": TARGET, "pages": pages,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
