"""Browser-test helpers: the site's servers, every request recorded and kept on
127.0.0.1, one keuzehulp page shared by the run.
(Tests that use a page or browser get the `browser` marker from tests/conftest.py.)

Stub or real engine, chosen by the fixture a test takes (decisions/0017-test-pyramid.md):
    site_url, keuzehulp                  the stub engine: wizard.plan.answer under CPython in this
                                         process, no Pyodide (rendering tests: the default)
    pyodide_site_url, keuzehulp_pyodide  the real worker: boots Pyodide (seconds), only for what
                                         only it proves (parity, delivery, CSP, hostile links, the
                                         early table's takeover)
"""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from a11y import accessible
from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import boot
from stub_engine import StubEngineServer


@pytest.fixture(scope="session")
def stub_engine(built_site):
    """The site with the stub engine; nothing may go wrong in the engine over the whole run."""
    server = StubEngineServer(built_site)
    yield server
    server.close()
    assert server.failures == [], "the engine failed on the stub's requests:\n" + "\n".join(server.failures)


@pytest.fixture(scope="session")
def site_url(stub_engine) -> str:
    """The built site; its keuzehulp runs the stub engine (see the module docstring)."""
    return stub_engine.url


@pytest.fixture(scope="session")
def pyodide_site_url(built_site) -> str:
    """The built site as inspraakwijzer.serve serves it: its keuzehulp boots real Pyodide."""
    server, url = serve_in_background(built_site)
    yield url
    server.shutdown()


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


def shared_page(browser, url: str):
    """A keuzehulp page shared by the tests that only open links on it. A test that changes
    the viewport or the media puts it back. page.problems collects what went wrong on it
    over the whole run, and the teardown checks it after the last test that used it."""
    context, page = boot(browser, url)
    yield page
    problems = list(page.problems)
    context.close()
    assert problems == [], f"the shared keuzehulp page at {url} reported problems: {problems}"


@pytest.fixture(scope="session")
def keuzehulp(browser, site_url):
    """The run's keuzehulp page (1280 x 720) with the stub engine."""
    yield from shared_page(browser, site_url)


@pytest.fixture(scope="session")
def keuzehulp_pyodide(browser, pyodide_site_url):
    """The run's keuzehulp page (1280 x 720) with the real engine: boots Pyodide once."""
    yield from shared_page(browser, pyodide_site_url)


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
