"""The build: the site has every page where intranets expect it and nothing in it
points at another host; a build that fails says why in one message and leaves no site."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from inspraakwijzer import build, render

ROOT = Path(__file__).resolve().parent.parent

# Public contract: these URLs are linked from intranets (issue: site foundation).
METHOD_IDS = [
    "ideeenbord", "pizza-gesprekken", "inspraakhuis", "feedback-in-1-minuut",
    "photovoice", "toekomstmethode", "versterkend-begeleiden", "werkboek-laat-je-horen",
    "inspraakplatform", "clientenpanel", "spiegelgesprekken", "dialoogtafels", "energiedag",
    "partner-benadering",
]


def test_data_has_exactly_the_contracted_methods(dataset):
    assert list(dataset.ids["methods"]) == METHOD_IDS


def test_method_page_exists(built_site, method):
    page = built_site / "methoden" / method["id"] / "index.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "<h1" in html and method["name"] in html


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


# --- failed builds --------------------------------------------------------------

def _break_data(work: Path) -> None:
    methods = work / "data" / "methods.yaml"
    text = methods.read_text(encoding="utf-8")
    text = text.replace("group: begin-direct", "group: begin-meteen", 1).replace("effort: laag", "effort: weinig", 1)
    methods.write_text(text, encoding="utf-8")


def _break_template(work: Path) -> None:
    template = work / "templates" / "pages" / "topic.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace("{{ t.title }}", "{{ t.titel }}", 1), encoding="utf-8")


def _break_link(work: Path) -> None:
    with open(work / "docs" / "index.md", "a", encoding="utf-8") as page:
        page.write("\n[Een kapotte link](bestaat-niet.md)\n")


NOT_COPIED = {".venv", "node_modules", "site", ".git", "test-results", "bench-results", ".pytest_cache", ".hypothesis"}
# Two real builds, each in a copy of the repository, side by side: a content error shows the
# whole chain our hooks add to a failure we name (one message, no traceback, a non-zero exit,
# the site removed); MkDocs' own strict abort comes after our last hook. The other failures
# we name (missing runtime, template error) take the same chain, build._plugin_errors, and
# are checked in-process below.
# name -> (how to break a copy of the repository, has the Pyodide runtime, what the build must say)
FAILURES = {
    "content error": (_break_data, False, [
        "2 content errors in data/",
        r"data/methods\.yaml:\d+: ideeenbord\.group: unknown value 'begin-meteen'",
        r"data/methods\.yaml:\d+: \S+\.effort: unknown value 'weinig'"]),
    "broken link (strict abort after the last hook)": (_break_link, True, [
        "bestaat-niet.md", "Aborted with 1 warnings in strict mode"]),
}


@pytest.fixture(scope="module")
def failed_builds(tmp_path_factory) -> dict[str, tuple[str, int, Path]]:
    """Each failure in its own copy of the repository, built side by side (they take a few seconds each)."""
    running = {}
    for name, (breaks, with_runtime, _) in FAILURES.items():
        work = tmp_path_factory.mktemp("repo")
        shutil.copytree(ROOT, work, dirs_exist_ok=True, ignore=lambda folder, names: [
            n for n in names if n == "__pycache__" or (Path(folder) == ROOT and n in NOT_COPIED)])
        if with_runtime:
            (work / "node_modules").symlink_to(ROOT / "node_modules")
        breaks(work)
        previous = work / "site"  # a previous good build
        previous.mkdir()
        (previous / "index.html").write_text("<!doctype html><title>Oud</title>\n", encoding="utf-8")
        (previous / build.MARKER).write_text("built\n", encoding="utf-8")
        running[name] = (subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=work, text=True,
                                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT), work)
    return {name: (process.communicate()[0], process.returncode, work) for name, (process, work) in running.items()}


@pytest.mark.parametrize("failure", FAILURES)
def test_failed_build_says_why_and_leaves_no_site(failed_builds, failure):
    """Every failure: a message, no traceback, a non-zero exit, and no site, not even the previous one."""
    output, returncode, work = failed_builds[failure]
    assert returncode != 0
    for pattern in FAILURES[failure][2]:
        assert re.search(pattern, output), f"{pattern!r} not in:\n{output}"
    assert "Traceback" not in output
    assert not (work / "site" / "index.html").exists(), "a stale site must not look like the result of this build"


@pytest.fixture(scope="module")
def mkdocs_extra() -> dict:
    return load_config(str(ROOT / "mkdocs.yml")).extra


def test_a_missing_runtime_stops_the_build_with_a_message(tmp_path, mkdocs_extra):
    for folder in ("data", "schemas"):  # a checkout without node_modules
        (tmp_path / folder).symlink_to(ROOT / folder)
    with pytest.raises(PluginError) as failure:
        build.start(str(tmp_path / "site"), mkdocs_extra, root=tmp_path)
    assert re.search(r"Pyodide runtime not found in \S+node_modules/pyodide", str(failure.value)), failure.value
    assert "npm ci" in str(failure.value)


def test_a_template_error_stops_the_build_naming_template_line_and_page(tmp_path, monkeypatch, mkdocs_extra):
    templates = tmp_path / "templates"
    shutil.copytree(render.TEMPLATE_DIR, templates / "pages")
    _break_template(tmp_path)
    monkeypatch.setattr(render, "TEMPLATE_DIR", templates / "pages")
    state = build.start(str(tmp_path / "site"), mkdocs_extra)
    with pytest.raises(PluginError) as failure:
        list(build.generated_files(state, lambda src_uri: True))
    assert re.search(r"topic\.md\.j2:\d+: 'dict object' has no attribute 'titel' \(while making wet-en-regels/",
                     str(failure.value)), failure.value
