"""Shared fixtures: the built site, a local server for it, and Chromium settings."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspraakwijzer import chromium  # noqa: E402
from inspraakwijzer.serve import serve_in_background  # noqa: E402



@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site, built once per test run as `make build` does: `mkdocs build --strict`,
    then the PDF of the method cards."""
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


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    server, url = serve_in_background(built_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": chromium.EXECUTABLE, "args": chromium.ARGS}
