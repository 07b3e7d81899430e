"""Files the build writes next to the rendered pages: the Pyodide runtime, the
wizard bundle for the browser, and the open data."""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import jinja2

from . import compress, early_advice, search_fold
from .loader import Dataset

# The runtime files Pyodide's loadPyodide() fetches from its indexURL. Copied
# from the pinned npm package: nothing is fetched from a CDN.
PYODIDE_PACKAGE = "node_modules/pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PYODIDE_DIR = "assets/pyodide"
WIZARD_DIR = "assets/keuzehulp"
# The data files the engine reads; the rest (topics) only feeds pages.
ENGINE_DATA = ("law", "methods", "modules", "vocabulary", "wizard")
# The engine modules the browser imports. Not shipped: `__main__` (the command
# line) and `checks` (build-time data checks). A new engine module is added here;
# tests/test_publish.py fails until it is, by importing the engine from the zip.
WIZARD_RUNTIME = ("__init__", "browser", "conditions", "contract", "engine", "obligations", "plan",
                  "predicates", "profile", "rank_methods", "rank_modules", "ranking", "recommend",
                  "shapes", "structure", "text")


# Everything the keuzehulp's worker downloads to boot (paths under assets/): its
# own module, the Pyodide runtime and the wizard bundle. early.json lists their
# sizes for the loading progress.
ENGINE_DOWNLOAD = ("js/keuzehulp-worker.mjs", *(f"pyodide/{name}" for name in PYODIDE_FILES),
                   "keuzehulp/wizard.zip", "keuzehulp/data.json")


class MissingRuntime(RuntimeError):
    pass


def all_assets(dataset: Dataset, root: Path, site_dir: Path) -> None:
    copy_pyodide(root / PYODIDE_PACKAGE, site_dir / PYODIDE_DIR)
    write_wizard_bundle(dataset, root / "wizard", site_dir / WIZARD_DIR)
    search_fold.fold_index(site_dir)  # the theme's search plugin wrote the index before this hook
    # The siblings must match the final files (the card PDF, written by a later
    # step, is not compressible); early.json needs the runtime's compressed sizes,
    # and the service worker's version every file, so both come after, compressed
    # on their own.
    cache = root / "build" / "compressed"
    compress.compress_site(site_dir, cache)
    late = [early_advice.write(dataset.data, site_dir / "assets", list(ENGINE_DOWNLOAD)),
            write_service_worker(root / "templates" / "site" / "sw.js.j2", site_dir)]
    for path in late:
        compress.write_siblings(path, compress.Cache(cache))


def write_service_worker(template: Path, site_dir: Path) -> Path:
    """sw.js at the site root, versioned by a hash of every file it may cache."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file() and p.name != "sw.js"):
        digest.update(str(path.relative_to(site_dir)).encode())
        digest.update(path.read_bytes())
    text = jinja2.Template(template.read_text(encoding="utf-8")).render(version=digest.hexdigest()[:16])
    (site_dir / "sw.js").write_text(text, encoding="utf-8")
    return site_dir / "sw.js"


def check_runtime(package_dir: Path) -> None:
    """Before the build starts: the pinned Pyodide package is installed."""
    missing = [name for name in PYODIDE_FILES if not (package_dir / name).is_file()]
    if missing:
        raise MissingRuntime(
            f"Pyodide runtime not found in {package_dir} (missing {', '.join(missing)}); "
            "run `make setup` (npm ci) first")


def copy_pyodide(package_dir: Path, target: Path) -> None:
    check_runtime(package_dir)
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(package_dir / name, target / name)
    # Stored entries: brotli then shrinks it by a third more on the wire (compress.py).
    compress.store_uncompressed(target / "python_stdlib.zip")


def wizard_zip(package_dir: Path) -> bytes:
    """The engine's runtime modules as a plain zip, unpacked into Pyodide's site-packages.

    pyodide-build cannot run here (it needs Python >= 3.12 and downloads a cross-build
    environment), and a pure-Python package needs no build: a zip is all Pyodide needs.
    Entries get a fixed date so the same source gives the same bytes (cacheable).
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in WIZARD_RUNTIME:
            info = zipfile.ZipInfo(f"wizard/{name}.py", date_time=(2020, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (package_dir / f"{name}.py").read_bytes())
    return buffer.getvalue()


def engine_data(dataset: Dataset) -> dict:
    return {stem: dataset.data[stem] for stem in ENGINE_DATA if stem in dataset.data}


def write_wizard_bundle(dataset: Dataset, package_dir: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    (target / "wizard.zip").write_bytes(wizard_zip(package_dir))
    (target / "data.json").write_text(
        json.dumps(engine_data(dataset), ensure_ascii=False, separators=(",", ":"), default=str),
        encoding="utf-8")
