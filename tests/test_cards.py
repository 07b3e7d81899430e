"""Printable method cards: the helpers, the cards in the built site, and the PDF."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mkdocs.config import load_config

from inspraakwijzer import cards

ROOT = Path(__file__).resolve().parent.parent
MM = 72 / 25.4  # PDF points per millimetre


def test_public_url_comes_from_the_mkdocs_config():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert cards.public_url(config.extra) == "https://inspraakwijzer.nl/"
    assert cards.method_url("https://inspraakwijzer.nl/", "photovoice") == "https://inspraakwijzer.nl/methoden/photovoice/"


@pytest.mark.parametrize("extra, expected", [
    ({"public_url": "https://intranet.example/inspraak"}, "https://intranet.example/inspraak/"),
    ({"public_url": "/inspraak/"}, cards.PublicUrlError),
    ({}, cards.PublicUrlError),
])
def test_public_url_must_be_absolute(extra, expected):
    if expected is cards.PublicUrlError:
        with pytest.raises(cards.PublicUrlError, match="extra.public_url"):
            cards.public_url(extra)
    else:
        assert cards.public_url(extra) == expected


def test_cards_follow_group_order_then_data_order(site_data, card_order):
    data = {
        "vocabulary": {"group": {"b": {}, "a": {}}},
        "methods": {"methods": [{"id": "a1", "group": "a"}, {"id": "b1", "group": "b"}, {"id": "a2", "group": "a"}]},
    }
    assert [m["id"] for m in cards.in_group_order(data)] == ["b1", "a1", "a2"]
    assert [m["id"] for m in cards.in_group_order(site_data)] == card_order


@pytest.mark.parametrize("description, expected", [
    ("Een twee drie.\n\nVier vijf.", "Een twee drie.\n\nVier vijf."),
    ("Een twee drie vier vijf.\n\nZes.", "Een twee drie vier vijf."),
    ("Kort.\n\nBijvoorbeeld:\n\n- een\n- twee", "Kort."),
    ("Kort.\n\n- een\n- twee", "Kort."),
    ("Kort.\n\n*Wat is jouw droom?* Vraag het.", "Kort.\n\n*Wat is jouw droom?* Vraag het."),
])
def test_how_it_works_takes_opening_prose_paragraphs(description, expected):
    assert cards.how_it_works(description, min_words=4) == expected


def test_markdown_html_is_inline_for_one_paragraph():
    assert cards.markdown_html("Het werkboek *Laat je horen*.") == "Het werkboek <em>Laat je horen</em>."
    assert cards.markdown_html("Een.", block=True) == "<p>Een.</p>"
    assert cards.markdown_html("- een\n- twee").startswith("<ul>")


def test_qr_svg_scales_with_its_box():
    svg = cards.qr_svg("https://inspraakwijzer.nl/methoden/photovoice/")
    assert svg.startswith("<svg") and "viewBox" in svg
    assert not re.search(r"<svg[^>]*\b(width|height)=", svg)


def _cards_in(page_html: str) -> list[tuple[str, str]]:
    """(method id, card HTML) for every card on a page."""
    parts = re.split(r'(?=<div class="iw-card[ "])', page_html)
    return [(re.search(r'data-card="([^"]+)"', p).group(1), p) for p in parts[1:]]


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _plain(markdown_text: str) -> str:
    return " ".join(re.sub(r"[*_]", "", markdown_text).split())


def test_cards_page_shows_every_card_in_group_order(built_site, card_order):
    page_html = (built_site / "methodekaarten" / "index.html").read_text(encoding="utf-8")
    assert [card_id for card_id, _ in _cards_in(page_html)] == card_order
    assert f'href="{cards.PDF_NAME}"' in page_html


def test_method_page_carries_its_own_card(built_site, site_data, method):
    page_html = (built_site / "methoden" / method["id"] / "index.html").read_text(encoding="utf-8")
    assert 'class="iw-cards iw-cards--print-only"' in page_html
    (card_id, card_html), = _cards_in(page_html)
    assert card_id == method["id"]
    text = _text(card_html)
    labels = site_data["vocabulary"]
    for expected in [method["name"], labels["group"][method["group"]]["label"], _plain(method["summary"]),
                     labels["effort"][method["effort"]]["label"], _plain(method["tips"][0]),
                     *(labels["participants"][p]["label"] for p in method["participants"])]:
        assert expected in text
    if method.get("steps"):
        assert all(_plain(step) in text for step in method["steps"])
        assert "Zo werkt het" in text
    else:
        assert _plain(method["description"].split("\n\n")[0]) in text
    url = f"https://inspraakwijzer.nl/methoden/{method['id']}/"
    assert f'aria-label="QR-code naar {url}"' in card_html and "<svg" in card_html
    assert "../../methodekaarten/" in page_html  # the "print all cards" link


def test_methods_overview_links_to_the_cards(built_site):
    page_html = (built_site / "methoden" / "index.html").read_text(encoding="utf-8")
    assert 'href="../methodekaarten/"' in page_html


def test_pdf_has_one_a5_landscape_sheet_per_card_in_group_order(built_site, dataset, card_order):
    pdf = PdfReader(built_site / "methodekaarten" / cards.PDF_NAME)
    assert len(pdf.pages) == len(card_order)
    for sheet, method_id in zip(pdf.pages, card_order):
        # Chromium rounds the sheet to whole CSS pixels: allow a point.
        assert float(sheet.mediabox.width) == pytest.approx(210 * MM, abs=1)
        assert float(sheet.mediabox.height) == pytest.approx(148 * MM, abs=1)
        assert dataset.by_id("methods", method_id)["name"] in " ".join(sheet.extract_text().split())


def test_search_finds_each_method_once_not_its_cards(built_site, site_data):
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for method in site_data["methods"]["methods"]:
        tip = _plain(method["tips"][0])
        hits = [doc["location"] for doc in docs if tip in _text(doc["text"])]
        assert hits == [f"methoden/{method['id']}/#tips"], method["id"]
