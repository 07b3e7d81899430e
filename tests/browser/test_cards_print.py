"""Method cards in Chromium: printing a method page gives its card, the page with all
cards prints one card per sheet, and every QR code on them scans to the method's URL."""
from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

PUBLIC_URL = "https://inspraakwijzer.nl/"
A5_LANDSCAPE_PX = (210 / 25.4 * 96, 148 / 25.4 * 96)

# How far a card's content reaches past its padding box (negative: it overflows).
ROOM_LEFT = """card => {
  const box = card.getBoundingClientRect();
  const bottom = box.bottom - parseFloat(getComputedStyle(card).paddingBottom);
  const leaves = [...card.querySelectorAll('p, li, h2, h3, svg')];
  return Math.min(...leaves.map(e => bottom - e.getBoundingClientRect().bottom));
}"""


def assert_cards_fit_their_sheet(page):
    for card in page.locator(".iw-card").all():
        box = card.bounding_box()
        assert (box["width"], box["height"]) == pytest.approx(A5_LANDSCAPE_PX, abs=1)
        assert card.evaluate(ROOM_LEFT) >= 0, f"{card.get_attribute('data-card')} does not fit on its sheet"


def test_printing_a_method_page_gives_only_its_card(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "methoden/photovoice/")
    card = page.locator(".iw-card[data-card=photovoice]")
    expect(card).to_be_hidden()  # on screen the page is the page
    assert_accessible("on a method page with its print card")

    page.emulate_media(media="print")
    expect(card).to_be_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", "h1#photovoice"):
        expect(page.locator(chrome)).to_be_hidden()
    expect(page.get_by_role("heading", name="Wat is het?")).to_be_hidden()
    assert_cards_fit_their_sheet(page)
    assert_local()


def test_all_cards_page_prints_every_card_in_group_order(page, site_url, card_order, assert_local, assert_accessible):
    page.goto(site_url + "methodekaarten/")
    cards = page.locator(".iw-card")
    expect(cards).to_have_count(14)
    assert [c.get_attribute("data-card") for c in cards.all()] == card_order
    expect(page.locator(".iw-card:visible")).to_have_count(14)
    assert_accessible("on the page with all method cards")

    pdf_link = page.get_by_role("link", name="download alle kaarten als pdf")
    response = page.request.get(pdf_link.evaluate("a => a.href"))
    assert response.ok and response.body().startswith(b"%PDF")

    page.emulate_media(media="print")
    expect(page.locator(".iw-card:visible")).to_have_count(14)
    expect(page.locator("h1")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    breaks = {c.evaluate("e => getComputedStyle(e).breakAfter") for c in cards.all()[:-1]}
    assert breaks == {"page"}
    assert_cards_fit_their_sheet(page)
    assert_local()


def test_every_qr_code_scans_to_its_method_page(browser, site_url, card_order):
    # A sharp screenshot of the built inline SVG, decoded by a real QR reader.
    context = browser.new_context(device_scale_factor=4)
    try:
        page = context.new_page()
        page.goto(site_url + "methodekaarten/")
        page.emulate_media(media="print")
        decoded = {}
        for card in page.locator(".iw-card").all():
            png = card.locator(".iw-card__qr-image").screenshot()
            results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
            decoded[card.get_attribute("data-card")] = [r.text for r in results]
        assert decoded == {method_id: [f"{PUBLIC_URL}methoden/{method_id}/"] for method_id in card_order}
    finally:
        context.close()
