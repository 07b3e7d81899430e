"""Shared fixtures: the data (loaded once), the built site, a local server for it,
Chromium settings, and the markers that split the suite:

    pytest -m "not browser and not site"   the fast loop: no build, no browser
    pytest -m browser                      the tests that drive Chromium
"""
from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspraakwijzer import chromium
from inspraakwijzer.loader import Dataset, load_dataset

ROOT = Path(__file__).resolve().parent.parent
# Fixtures that mean "this test drives Chromium" (pytest-playwright's).
BROWSER_FIXTURES = {"page", "context", "browser"}
# Tests in tests/*.py taking one of these arguments run once per item of the real data.
EACH = {"method": "methods", "offering": "offerings", "article": "articles", "obligation": "obligations"}


def pytest_collection_modifyitems(items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if used & {"built_site", "reporting_site"}:
            item.add_marker(pytest.mark.site)


@functools.cache
def real_dataset() -> Dataset:
    """The real data/, loaded once per test run (collection included)."""
    return load_dataset()


def pytest_generate_tests(metafunc):
    if metafunc.definition.path.parent != ROOT / "tests":
        return  # other folders' tests name their own fixtures
    explicit = {name for marker in metafunc.definition.iter_markers("parametrize") for name in _names(marker)}
    for name, kind in EACH.items():
        if name in metafunc.fixturenames and name not in explicit:
            items = list(real_dataset().ids[kind].values())
            metafunc.parametrize(name, items, ids=[item["id"] for item in items])


def _names(marker) -> list[str]:
    names = marker.args[0]
    return [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return real_dataset()


@pytest.fixture(scope="session")
def site_data(dataset) -> dict:
    """The real data as the engine takes it: {stem: parsed data/<stem>.yaml}. Do not change it."""
    return dataset.data


@pytest.fixture(scope="session")
def card_order(site_data) -> list[str]:
    """The method ids in the order of the printed cards: group order of
    data/vocabulary.yaml, then data order."""
    methods = site_data["methods"]["methods"]
    return [m["id"] for group in site_data["vocabulary"]["group"] for m in methods if m["group"] == group]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site as `make build` makes it (`mkdocs build --strict`, then the PDF of
    the method cards): the one named by $BUILT_SITE (`make test` sets it after
    `make build`), or built once for this run."""
    if os.environ.get("BUILT_SITE"):
        given = ROOT / os.environ["BUILT_SITE"]
        if not (given / "index.html").is_file():
            pytest.fail(f"BUILT_SITE={given}: no index.html; run `make build` first")
        return given
    out = tmp_path_factory.mktemp("site")
    steps = [
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        [sys.executable, "-m", "inspraakwijzer.cards_pdf", str(out)],
    ]
    for step in steps:
        result = subprocess.run(step, cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(step[1:3])} failed:\n{result.stdout}\n{result.stderr}")
    return out


REPORT_TO = "fouten@example.org"


@pytest.fixture(scope="session")
def reporting_site(tmp_path_factory) -> Path:
    """The site as a publisher who set `extra.report_error.to` builds it (the shipped
    placeholder shows no "Meld een fout" link): mkdocs.yml with only `to` changed,
    written beside it for the build (its paths are relative to it), then removed."""
    out = tmp_path_factory.mktemp("reporting-site")
    shipped = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    placeholder = "    to: meld-een-fout@nog-instellen.invalid\n"
    assert shipped.count(placeholder) == 1, "mkdocs.yml: extra.report_error.to is no longer the placeholder"
    config = ROOT / f".mkdocs-reporting-{os.getpid()}.yml"
    config.write_text(shipped.replace(placeholder, f"    to: {REPORT_TO}\n"), encoding="utf-8")
    try:
        step = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "--site-dir", str(out)]
        result = subprocess.run(step, cwd=ROOT, capture_output=True, text=True)
    finally:
        config.unlink()
    if result.returncode != 0:
        pytest.fail(f"mkdocs build (report route set) failed:\n{result.stdout}\n{result.stderr}")
    return out


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(chromium.EXECUTABLE).is_file():
        pytest.fail(f"no Chromium at {chromium.EXECUTABLE}: install Debian's chromium or set CHROMIUM to its path")
    return {**browser_type_launch_args, "executable_path": chromium.EXECUTABLE, "args": chromium.ARGS}
