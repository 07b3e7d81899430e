"""Browser-test helpers: every request is recorded and must stay on 127.0.0.1.
(Tests that use a page or browser get the `browser` marker from tests/conftest.py.)"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe


@pytest.fixture
def requests_seen(page):
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.on("websocket", lambda ws: seen.append(ws.url))
    return seen


@pytest.fixture
def assert_local(requests_seen):
    """Call at the end of a test: no request may have gone anywhere but 127.0.0.1."""
    def check():
        outside = [u for u in requests_seen
                   if urlsplit(u).scheme not in ("data", "blob", "about") and urlsplit(u).hostname != "127.0.0.1"]
        assert requests_seen, "no requests were recorded"
        assert outside == [], f"requests left the site: {outside}"
    return check


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


@pytest.fixture
def assert_accessible(page, axe):
    def check(context: str = ""):
        results = axe.run(page)
        assert results.violations_count == 0, f"axe violations {context}:\n{results.generate_report()}"
    return check
