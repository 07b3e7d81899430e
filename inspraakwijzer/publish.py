"""Files the build writes next to the rendered pages: the Pyodide runtime, the
wizard bundle for the browser, and the open data."""
from __future__ import annotations

import hashlib
import io
import json
import posixpath
import re
import shutil
import zipfile
from pathlib import Path

import jinja2

from . import compress, early_advice, search_fold
from .loader import Dataset

# The runtime files Pyodide's loadPyodide() fetches from its indexURL. Copied
# from the pinned npm package: nothing is fetched from a CDN.
# The repository root: engine_version hashes the pinned Pyodide from here.
ROOT = Path(__file__).resolve().parents[1]
PYODIDE_PACKAGE = "node_modules/pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PYODIDE_DIR = "assets/pyodide"
WIZARD_DIR = "assets/keuzehulp"
# The data files the engine reads; the rest (topics) only feeds pages.
ENGINE_DATA = ("law", "methods", "modules", "vocabulary", "wizard")
# The engine modules the browser imports. Not shipped: `__main__` (the command
# line) and `checks` (build-time data checks). A new engine module is added here;
# tests/test_publish.py fails until it is, by importing the engine from the zip.
WIZARD_RUNTIME = ("__init__", "actions", "browser", "conditions", "context", "contract", "engine", "facts", "obligations", "plan",
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
    early = early_advice.write(dataset.data, site_dir / "assets", list(ENGINE_DOWNLOAD))
    compress.write_siblings(early, compress.Cache(cache))
    seal(site_dir, root)


# --- delivery: the manifest and the service worker (decisions/0010, 0011) -----
# The manifest lists every file of the build by URL (relative to the site root;
# a page by its directory URL, "./" for the home page) with a hash of its
# content. sw.js carries it, so a new build is a new service worker that knows
# which of a reader's offline copies changed.
MANIFEST = "build-manifest.json"
SERVICE_WORKER = "sw.js"
SW_TEMPLATE = Path("templates") / "site" / "sw.js.j2"
# The page a reader gets offline for a page not kept (overrides/offline.html).
OFFLINE_PAGE = "offline.html"


def manifest_url(site_path: str) -> str:
    if site_path == "index.html":
        return "./"
    return site_path[: -len("index.html")] if site_path.endswith("/index.html") else site_path


def build_manifest(site_dir: Path) -> dict[str, str]:
    """{url: content hash} of every file a browser may ask for: not the stored
    .br/.gz siblings (the same content), not sw.js and the manifest themselves."""
    files = {}
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        site_path = path.relative_to(site_dir).as_posix()
        if (site_path in (MANIFEST, SERVICE_WORKER) or path.name.startswith(".")
                or path.suffix in (".br", ".gz") and path.with_suffix("").is_file()):
            continue
        files[manifest_url(site_path)] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return files


def offline_files(site_dir: Path, manifest: dict[str, str]) -> list[str]:
    """The offline page and the files it loads (its href and src), which a service worker keeps from the start."""
    html = (site_dir / OFFLINE_PAGE).read_text(encoding="utf-8")
    used = {posixpath.normpath(url.split("#")[0].split("?")[0])
            for url in re.findall(r'(?:href|src)="([^":#?][^":]*)"', html)}
    return [OFFLINE_PAGE, *sorted(url for url in used if url in manifest and not url.endswith("/"))]


def seal(site_dir: Path, root: Path) -> list[Path]:
    """The build's last step, also after a later step added a file (cards_pdf):
    the manifest and sw.js, with their compressed siblings."""
    manifest = build_manifest(site_dir)
    version = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]
    (site_dir / MANIFEST).write_text(json.dumps({"version": version, "files": manifest}, indent=0, sort_keys=True),
                                     encoding="utf-8")
    template = jinja2.Template((root / SW_TEMPLATE).read_text(encoding="utf-8"))
    (site_dir / SERVICE_WORKER).write_text(template.render(
        version=version, manifest=manifest, offline=offline_files(site_dir, manifest), manifest_file=MANIFEST), encoding="utf-8")
    written = [site_dir / MANIFEST, site_dir / SERVICE_WORKER]
    for path in written:
        compress.write_siblings(path, compress.Cache(root / "build" / "compressed"))
    return written


# The keuzehulp page's own ES modules (main.mjs and what it imports).
PAGE_MODULES = "docs/assets/js/keuzehulp"


def page_modules(root: Path = ROOT) -> list[str]:
    """Every module of the keuzehulp page, for its <link rel=modulepreload>: the browser
    fetches them side by side instead of import by import (main -> render-advice ->
    render-outcome -> early -> numbers), so a shared link's answer comes sooner."""
    return sorted(path.name for path in (root / PAGE_MODULES).glob("*.mjs"))


def engine_version(data: dict, root: Path = ROOT) -> str:
    """What the keuzehulp's data.json, early.json and wizard.zip are made from:
    its page puts this in their URLs, so that no cache gives a page the engine
    data of another build. Also from the enriched data of the page build: it
    holds the engine's data unchanged, plus fields derived from it."""
    digest = hashlib.sha256(json.dumps({stem: data[stem] for stem in ENGINE_DATA if stem in data},
                                       sort_keys=True, default=str).encode())
    digest.update(wizard_zip(root / "wizard"))
    lock = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))
    digest.update(lock["packages"]["node_modules/pyodide"]["version"].encode())  # early.json's runtime sizes
    return digest.hexdigest()[:12]


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

