"""The built site: strict build passes, every generated page is where intranets expect it,
and nothing in it points at another host."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from inspraakwijzer.loader import load_data

ROOT = Path(__file__).resolve().parent.parent
DATA = load_data(ROOT / "data")

# Public contract: these URLs are linked from intranets (issue: site foundation).
METHOD_IDS = [
    "ideeenbord", "pizza-gesprekken", "inspraakhuis", "feedback-in-1-minuut",
    "photovoice", "toekomstmethode", "versterkend-begeleiden", "werkboek-laat-je-horen",
    "inspraakplatform", "clientenpanel", "spiegelgesprekken", "dialoogtafels", "energiedag",
    "partner-benadering",
]


def test_data_has_exactly_the_contracted_methods():
    assert [m["id"] for m in DATA["methods"]["methods"]] == METHOD_IDS


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_method_page_exists(built_site, method_id):
    page = built_site / "methoden" / method_id / "index.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    name = next(m["name"] for m in DATA["methods"]["methods"] if m["id"] == method_id)
    assert f"<h1" in html and name in html


def test_methods_overview_lists_all_methods(built_site):
    html = (built_site / "methoden" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<li [^>]*data-filter-item", html)) == len(METHOD_IDS)


EXTERNAL_ASSET = re.compile(
    r"<(?:script|link|img|iframe|source|audio|video)\b[^>]*?\b(?:src|href)=\"(?:https?:)?//", re.I)


def test_no_page_loads_assets_from_another_host(built_site):
    offenders = []
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if EXTERNAL_ASSET.search(html) or "fonts.googleapis" in html or "fonts.gstatic" in html:
            offenders.append(str(page.relative_to(built_site)))
    assert offenders == []


def test_no_generator_link(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'name="generator"' not in html
    assert "squidfunk" not in html


def test_broken_data_fails_the_build_with_every_error(tmp_path):
    """A content error stops `mkdocs build` with file:line messages and a non-zero exit."""
    import shutil
    work = tmp_path / "repo"
    shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(
        ".venv", "node_modules", "site", ".git", "test-results", ".pytest_cache", ".hypothesis"))
    methods = work / "data" / "methods.yaml"
    text = methods.read_text(encoding="utf-8")
    text = text.replace("group: begin-direct", "group: begin-meteen", 1)
    text = text.replace("effort: laag", "effort: weinig", 1)
    methods.write_text(text, encoding="utf-8")
    (work / "site").mkdir()
    (work / "site" / ".inspraakwijzer-build").write_text("built\n")  # a previous good build
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"],
                            cwd=work, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "2 content errors in data/" in output
    assert re.search(r"data/methods\.yaml:\d+: ideeenbord\.group: unknown value 'begin-meteen'", output)
    assert re.search(r"data/methods\.yaml:\d+: \S+\.effort: unknown value 'weinig'", output)
    assert "Traceback" not in output
    assert not (work / "site").exists(), "a stale site must not look like the result of this build"
