"""Linking and embedding from an intranet: embed mode, framing, sub-path hosting,
offline use, old URLs, "Link kopiëren"."""
from __future__ import annotations

import re

import pytest
from keuzehulp_page import ENGINE_BOOT
from playwright.sync_api import expect

from stub_engine import StubEngineServer



@pytest.fixture(scope="module")
def subpath_url(built_site):
    """The site under a sub-path, with the stub engine (the real one boots under a sub-path in test_csp.py)."""
    stub = StubEngineServer(built_site, prefix="/intranet/inspraak/")
    yield stub.url
    stub.close()
    assert stub.failures == []


def test_embed_mode_hides_navigation(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "methoden/photovoice/?embed=1")
    expect(page.locator("h1")).to_contain_text("Photovoice")
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    # Sharing is the host page's business: no share tools, nor their heading and card line.
    expect(page.get_by_role("heading", name="Printen en delen")).to_be_hidden()
    expect(page.locator("[data-share]")).to_be_hidden()
    back = page.get_by_role("link", name="Bekijk op Inspraakwijzer")
    expect(back).to_be_visible()
    expect(back).to_have_attribute("href", site_url + "methoden/photovoice/")
    assert_accessible("in embed mode")
    assert_local()


def test_keuzehulp_under_a_sub_path_framed_by_another_origin(page, subpath_url, other_origin, requests_seen,
                                                             assert_local):
    """An intranet page frames the keuzehulp of a copy hosted under a sub-path: the engine's
    worker and data come from the sub-path, it answers inside the frame, and embed mode hides
    the menus. (The stub engine; Pyodide itself boots under a sub-path in test_csp.py.)"""
    folder, intranet = other_origin
    (folder / "index.html").write_text(
        '<!doctype html><html lang="nl"><title>Intranet</title><h1>Intranet</h1>'
        f'<iframe title="Inspraakwijzer" src="{subpath_url}keuzehulp/?embed=1#verblijf=geen&sector=eerstelijn&zorgverleners=26"'
        ' width="900" height="700"></iframe>',
        encoding="utf-8")
    page.goto(intranet)
    frame = page.frame_locator("iframe")
    expect(frame.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    expect(frame.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(frame.locator(".md-header")).to_be_hidden()
    for engine_file in ("assets/js/keuzehulp-worker.mjs", "assets/keuzehulp/data.json"):
        assert subpath_url + engine_file in requests_seen, engine_file
    assert_local()


def test_embed_snippet_and_copy_link(browser, site_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "methoden/energiedag/")
    page.get_by_text("Insluiten op uw eigen site").click()
    snippet = page.get_by_label("Code om in te sluiten")
    expect(snippet).to_have_value(re.compile(r'^<iframe src="' + re.escape(site_url) + r'methoden/energiedag/\?embed=1"'))
    page.get_by_role("button", name="Link kopiëren").click()
    expect(page.locator("[data-copy-status]")).to_have_text("De link is gekopieerd.")
    assert page.evaluate("navigator.clipboard.readText()") == site_url + "methoden/energiedag/"
    context.close()


def test_old_url_redirects(page, site_url):
    page.goto(site_url + "methoden/partner/")
    expect(page).to_have_url(site_url + "methoden/partner-benadering/")
    expect(page.locator("h1")).to_contain_text("PARTNER")


def test_site_works_under_a_sub_path(page, subpath_url, assert_local):
    page.goto(subpath_url)
    expect(page.locator("h1")).to_contain_text("Inspraakwijzer")
    # Navigation, generated pages and assets resolve under the sub-path.
    page.get_by_role("link", name=re.compile(r"\d+ inspraakmethoden")).click()
    expect(page).to_have_url(subpath_url + "methoden/")
    expect(page.locator("[data-filter-item]")).to_have_count(14)
    # Search (a web worker with its own index) works there too.
    page.locator(".md-search__input").click()
    page.keyboard.type("photovoice")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=20_000)
    assert_local()  # the keuzehulp under a sub-path: see the framing test above


def test_keuzehulp_works_offline_after_one_visit(page, pyodide_site_url):
    """The real engine: offline, the stub could not reach the test process."""
    page.goto(pyodide_site_url + "keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=8")
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    expect(page.locator("html[data-offline-keuzehulp=ready]")).to_be_attached(timeout=60_000)
    expect(page.locator("html[data-offline-page=ready]")).to_be_attached(timeout=60_000)
    page.context.set_offline(True)
    try:
        page.reload()
        expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
        expect(page.locator("[data-obligation=inspraak]")).to_have_attribute("data-status", "ja")
        expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "nee")
        # A change of answer is still answered by the engine, offline.
        page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("30")
        expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    finally:
        page.context.set_offline(False)
