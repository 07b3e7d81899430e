"""The engine bundle the browser gets: runtime modules only, and they import on their own."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from inspraakwijzer import publish

ROOT = Path(__file__).resolve().parent.parent
BUILD_ONLY = {"__main__", "checks", "result_checks"}  # the command line and the build-time data checks


def test_zip_holds_exactly_the_runtime_modules():
    names = zipfile.ZipFile(io.BytesIO(publish.wizard_zip(ROOT / "wizard"))).namelist()
    assert names == [f"wizard/{name}.py" for name in publish.WIZARD_RUNTIME]
    assert not {"wizard/__main__.py", "wizard/checks.py"} & set(names)


def test_every_engine_module_is_either_shipped_or_build_only():
    modules = {path.stem for path in (ROOT / "wizard").glob("*.py")}
    assert modules - BUILD_ONLY == set(publish.WIZARD_RUNTIME), "add a new engine module to publish.WIZARD_RUNTIME"


def test_the_engine_runs_from_the_zip_alone(tmp_path, site_data):
    """As under Pyodide: only the zip on the path, the engine data as JSON."""
    bundle = tmp_path / "wizard.zip"
    bundle.write_bytes(publish.wizard_zip(ROOT / "wizard"))
    (tmp_path / "data.json").write_text(json.dumps({stem: site_data[stem] for stem in publish.ENGINE_DATA}), encoding="utf-8")
    script = ("import json, wizard, wizard.browser; "
              "print(wizard.__file__); "
              "data = json.load(open('data.json')); "
              "print(wizard.browser.answer({'verblijf': 'langdurig', 'sector': 'ggz', 'zorgverleners': '30'}, data)['errors'])")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(bundle)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(bundle / "wizard" / "__init__.py"), "[]"]



def test_the_keuzehulp_page_preloads_exactly_the_modules_main_imports(built_site):
    """modulepreload for every module main.mjs reaches, and for nothing it does not."""
    import re
    folder = publish.ROOT / publish.PAGE_MODULES
    reached, todo = set(), ["main.mjs"]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo += re.findall(r'^import [^;]*? from "\./([\w-]+\.mjs)";', (folder / name).read_text(encoding="utf-8"), re.M)
    page = (built_site / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    preloaded = re.findall(r'<link rel="modulepreload" href="\.\./assets/js/keuzehulp/([\w-]+\.mjs)">', page)
    assert sorted(preloaded) == sorted(reached) == publish.page_modules()
