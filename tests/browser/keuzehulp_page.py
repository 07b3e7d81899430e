"""One booted keuzehulp page for many tests (the `keuzehulp` fixture in conftest.py):
Pyodide boots once (15 to 20 s under load), and each test opens its link by
changing the fragment, as a reader who pastes another shared link into the
address bar of the open page does.

The page answers a changed fragment exactly as a freshly opened link (the same
parsing, form filling and rendering); what only a fresh load shows (the
outcome-first layout, what is on screen before the engine runs) is tested on
fresh pages.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

ENGINE_BOOT = 120_000  # ms: Pyodide boots in seconds; the limit only stops a hung test

# Both hash changes are answered in order; the page shows the last (data-answered == data-asked).
OPEN = """(fragment) => { location.hash = ""; location.hash = fragment; }"""
ANSWERED = """() => { const root = document.querySelector("[data-wizard]");
  return root.dataset.asked !== undefined && root.dataset.answered === root.dataset.asked; }"""


def boot(browser, url: str, **context_options):
    """A context and its keuzehulp page, the engine ready. page.problems collects what went
    wrong on it: page errors, console errors, requests that left 127.0.0.1."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"page error: {error}"))
    page.on("console", lambda message: page.problems.append(f"console: {message.text}")
            if message.type == "error" else None)
    # Every request, the workers' and the service worker's included, must stay on the site.
    context.on("request", lambda request: page.problems.append(f"request left the site: {request.url}")
               if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
               and urlsplit(request.url).hostname != "127.0.0.1" else None)
    page.goto(url + "keuzehulp/")
    start_engine(page)
    expect(page.locator("[data-wizard][data-engine=ready]")).to_be_attached(timeout=ENGINE_BOOT)
    return context, page


def start_engine(page) -> None:
    """On an empty keuzehulp the engine starts at the reader's first focus in the form
    (keuzehulp-boot.js): focus its first field, as a reader who starts answering."""
    page.locator("[data-wizard-form] input").first.focus()


def open_link(page, fragment: str) -> None:
    """Open `fragment` (without '#') on the booted page and wait until the page shows its answer."""
    page.evaluate(OPEN, fragment)
    page.wait_for_function(ANSWERED, timeout=ENGINE_BOOT)


def advice_shown(page) -> None:
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
