"""Browser-test helpers: every request is recorded and must stay on 127.0.0.1; one
booted keuzehulp page is shared by the run.
(Tests that use a page or browser get the `browser` marker from tests/conftest.py.)"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from a11y import accessible
from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import boot


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
        accessible(axe, page, context)
    return check


@pytest.fixture(scope="session")
def keuzehulp(browser, site_url):
    """The run's booted keuzehulp page (1280 x 720), shared by every test that only
    opens links on it: Pyodide boots once per run, not once per module. A test that
    changes the viewport or the media puts it back; page.problems collects what went
    wrong on it over the whole run."""
    context, page = boot(browser, site_url)
    yield page
    context.close()


@pytest.fixture
def on(browser):
    """A page in a fresh context with the given viewport (screens.PHONE, screens.LAPTOP)."""
    contexts = []

    def open_page(screen: dict):
        context = browser.new_context(viewport=screen)
        contexts.append(context)
        return context.new_page()
    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def other_origin(tmp_path_factory):
    """A second server (another port, so another origin) for an intranet page that frames the site."""
    folder = tmp_path_factory.mktemp("intranet")
    # Not our policy: with default-src 'self' the intranet page could frame no other site.
    server, url = serve_in_background(folder, policy=None)
    yield folder, url
    server.shutdown()
