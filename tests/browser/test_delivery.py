"""How the keuzehulp's runtime travels: compressed, and once.

The server records what it sends; Playwright shows what the browser received.
A first visit must fetch each runtime file once (the engine's worker downloads
it; the service worker's copy for offline use comes from the browser's HTTP
cache, or streams through it once it controls the page, instead of fetching
the 9.6 MB wasm again), and the wasm must come brotli-compressed.
"""
from __future__ import annotations

from collections import Counter

import pytest
from playwright.sync_api import expect

from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import ENGINE_BOOT

pytestmark = pytest.mark.browser

SHARED_LINK = "keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
RUNTIME = ("/assets/pyodide/", "/assets/keuzehulp/", "/assets/js/keuzehulp-worker.mjs")
WASM = "/assets/pyodide/pyodide.asm.wasm"


@pytest.fixture
def recording_server(built_site):
    server, url = serve_in_background(built_site, record=True)
    yield server, url
    server.shutdown()


def runtime_sent(server) -> list[tuple[str, str, str, int]]:
    return [entry for entry in server.sent if entry[1].startswith(RUNTIME)]


def test_first_visit_fetches_the_runtime_once_and_compressed_and_the_second_none_of_it(
        page, recording_server, built_site):
    """One reader, two visits (a cold boot is the slow part of a test, so both visits are one test)."""
    server, url = recording_server
    received = []
    page.context.on("requestfinished", lambda request: received.append(request) if request.url.endswith(".wasm") else None)

    page.goto(url + SHARED_LINK)
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(page.locator("html[data-offline-keuzehulp=ready]")).to_be_attached(timeout=ENGINE_BOOT)

    sent = runtime_sent(server)
    twice = [path for path, n in Counter(entry[1] for entry in sent).items() if n > 1]
    assert twice == [], f"downloaded more than once: {twice}"
    wasm_br = built_site / (WASM.lstrip("/") + ".br")
    assert [entry for entry in sent if entry[1] == WASM] == [("GET", WASM, "br", wasm_br.stat().st_size)]

    # In the browser: one wasm response came over the network, brotli-encoded,
    # its body the compressed size. (Another may be the service worker's copy from
    # the HTTP cache, no body on the wire, or the engine's, from the service worker.)
    from_network = [r for r in received if not r.response().from_service_worker and r.sizes()["responseBodySize"] > 0]
    assert len(from_network) == 1
    assert from_network[0].response().header_value("content-encoding") == "br"
    assert from_network[0].sizes()["responseBodySize"] == wasm_br.stat().st_size

    # The second visit takes the whole runtime from the service worker.
    before = len(runtime_sent(server))
    page.goto("about:blank")
    page.goto(url + SHARED_LINK)
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    assert runtime_sent(server)[before:] == []


# --- offline: an unvisited page says so (decisions/0011) --------------------------

@pytest.fixture
def subpath_url(built_site):
    server, url = serve_in_background(built_site, prefix="/inspraak/")
    yield url
    server.shutdown()


def test_offline_an_unvisited_page_says_so_styled_with_links_to_the_kept_pages(page, subpath_url, assert_accessible):
    url = subpath_url
    page.goto(url + "inspraak/links/")
    expect(page.locator("html[data-offline-page=ready]")).to_be_attached(timeout=60_000)
    title = page.title().removesuffix(" - Inspraakwijzer")
    page.context.set_offline(True)
    try:
        response = page.goto(url + "wet-en-regels/")
        assert response.status == 503
        expect(page).to_have_url(url + "wet-en-regels/")  # reloading it online gives the page
        expect(page.locator("h1")).to_have_text("Deze pagina is niet beschikbaar zonder internet")
        # Styled: the theme's stylesheet applies (unstyled, the header is static).
        assert page.locator(".md-header").evaluate("(e) => getComputedStyle(e).position") == "sticky"
        kept = page.locator("[data-offline-list] a")
        expect(kept).to_have_text([title])
        expect(kept).to_have_attribute("href", url + "inspraak/links/")
        assert_accessible("offline page")
        kept.click()
        expect(page).to_have_url(url + "inspraak/links/")
        expect(page.locator("h1")).to_contain_text(title)
    finally:
        page.context.set_offline(False)
