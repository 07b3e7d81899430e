"""Benchmark the build at x10 content: time per page, as a ratio to the x1 build in the same run.

Run from the repository root: .venv/bin/python -m scripts.bench_build [--scale N]
(`make bench` runs it after scripts.bench). Both builds run in one temporary
copy of the repository (never in site/ or data/): first with the real data,
then with every method and every offering repeated N times under new ids
(140 methods and 360 offerings at N = 10). Each build is `mkdocs build
--strict`, as `make build` (without the card PDF). The generated data is
never written to the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results" / "build.json"
# What the build reads besides git's files: the venv and the npm packages (Pyodide).
LINKED = (".venv", "node_modules")
CACHE = Path("build") / "compressed"
SCALED = {"methods.yaml": ("methods", "name"), "modules.yaml": ("offerings", "title")}


def copy_repository(target: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    for name in LINKED:
        if (ROOT / name).exists():
            (target / name).symlink_to((ROOT / name).resolve())
    # The compression cache of `make build`: without it the first build alone would pay for
    # compressing the Pyodide runtime (minutes), and the ratio would measure that.
    if (ROOT / CACHE).is_dir():
        shutil.copytree(ROOT / CACHE, target / CACHE)


def scale_data(data_dir: Path, scale: int) -> dict[str, int]:
    """Repeat every method and offering `scale` times; the copies differ in id and name."""
    counts = {}
    for file, (key, label) in SCALED.items():
        path = data_dir / file
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        originals = content[key]
        copies = [{**item, "id": f"{item['id']}-{n}", label: f"{item[label]} ({n})"}
                  for n in range(2, scale + 1) for item in originals]
        content[key] = originals + copies
        counts[key] = len(content[key])
        path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return counts


def build(repo: Path) -> dict:
    site = repo / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "mkdocs", "build", "--strict", "--clean", "--quiet"],
                   cwd=repo, check=True, env=env)
    seconds = time.perf_counter() - start
    pages = sum(1 for _ in site.rglob("index.html"))
    return {"seconds": round(seconds, 2), "pages": pages, "ms_per_page": round(seconds * 1000 / pages, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10, help="how many times the content (default 10)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iw-bench-build-") as tmp:
        repo = Path(tmp)
        copy_repository(repo)
        print("build x1", file=sys.stderr, flush=True)
        single = build(repo)
        counts = scale_data(repo / "data", args.scale)
        print(f"build x{args.scale}: {counts}", file=sys.stderr, flush=True)
        scaled = build(repo)
    result = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "scale": args.scale, "content": counts,
              "load_average_1min_end": round(os.getloadavg()[0], 2), "x1": single, f"x{args.scale}": scaled,
              "ratio_per_page": round(scaled["ms_per_page"] / single["ms_per_page"], 3),
              "ratio_total": round(scaled["seconds"] / single["seconds"], 3)}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nBuild at x{args.scale} content ({counts}), load average {result['load_average_1min_end']}:")
    print(f"    x1  {single['seconds']:7.1f} s, {single['pages']} pages, {single['ms_per_page']:.1f} ms per page")
    print(f"    x{args.scale} {scaled['seconds']:7.1f} s, {scaled['pages']} pages, {scaled['ms_per_page']:.1f} ms per page")
    print(f"    per page x{args.scale}/x1 {result['ratio_per_page']:.2f}; whole build {result['ratio_total']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
