"""Printable method cards: what the card template needs besides the data.

The card's markup and fixed labels live in templates/pages/_card.md.j2; this
module gives it the method's permanent URL, that URL as a QR code (inline SVG
made by segno at build time), and the card's text as HTML. The card is raw HTML
in the page, so its headings stay out of the page's table of contents; that is
why its Markdown fields are rendered here rather than by MkDocs.
"""
from __future__ import annotations

import re

import markdown
import segno

from . import routes

LIST_ITEM = re.compile(r"\s*([-*+]|\d+[.)])\s")
# A card without steps tells "how it works" from the opening of the description:
# whole paragraphs, until at least this many words.
HOW_IT_WORKS_WORDS = 20
# Steps longer than this (characters, all together) get a smaller type size in
# print, so the card stays one sheet.
DENSE_STEPS = 420
# Likewise for the side column: what the method asks plus the first tip.
DENSE_SIDE = 270
# The page with all cards; the build puts the PDF of all cards next to it (cards_pdf.py).
CARDS_PAGE = "methodekaarten/index.md"
PDF_NAME = "inspraakwijzer-methodekaarten.pdf"
# The same cards two to an A4 sheet (portrait: two A5 landscape cards, one above the other).
CARDS_A4_PAGE = "methodekaarten/a4.md"
PDF_A4_NAME = "inspraakwijzer-methodekaarten-a4.pdf"


def card_pdf_name(method_id: str) -> str:
    """The file name of one method's card as PDF, beside its page: methoden/<id>/<id>-kaart.pdf."""
    return f"{method_id}-kaart.pdf"


class PublicUrlError(ValueError):
    pass


def public_url(extra: dict) -> str:
    """`extra.public_url` of the MkDocs config: the address a printed card points to.

    The site itself has no site_url (every link is relative, so it works under any
    sub-path); only a QR code on paper needs an absolute address.
    """
    url = (extra or {}).get("public_url")
    if not url or not str(url).startswith(("https://", "http://")):
        raise PublicUrlError(f"mkdocs.yml: extra.public_url must be an absolute http(s) URL, got {url!r}")
    return str(url).rstrip("/") + "/"


def method_url(base_url: str, method_id: str) -> str:
    """The permanent URL of a method page, e.g. https://inspraakwijzer.nl/methoden/ideeenbord/."""
    return base_url + routes.url_of(routes.item_page("methods", method_id))


def qr_svg(url: str) -> str:
    """The URL as a QR code: inline SVG that scales with its box (no width/height)."""
    return segno.make(url, error="m").svg_inline(omitsize=True, dark="#000", light="#fff", svgclass="iw-card__qr-code")


def markdown_html(text: str, block: bool = False) -> str:
    """A Markdown field as HTML. Unless `block`, a single paragraph loses its <p>
    so it can sit inside a <p> or <li> of the template."""
    html = markdown.markdown(str(text)).strip()
    if not block and html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def how_it_works(description: str, min_words: int = HOW_IT_WORKS_WORDS) -> str:
    """The opening paragraphs of a description (no lists), at least `min_words` long."""
    chosen: list[str] = []
    for paragraph in str(description).split("\n\n"):
        if LIST_ITEM.match(paragraph) or paragraph.rstrip().endswith(":"):
            break
        chosen.append(paragraph)
        if len(" ".join(chosen).split()) >= min_words:
            break
    return "\n\n".join(chosen)


def card_fields(method: dict) -> dict:
    """What a method's card shows beyond its data fields (an enriched field, see enrich.py)."""
    return {
        "how_it_works": "" if method.get("steps") else how_it_works(method["description"]),
        "dense": len(" ".join(method.get("steps", []))) > DENSE_STEPS,
        "dense_side": len(method["asks"]) + len(method["tips"][0]) > DENSE_SIDE,
    }


def in_group_order(data: dict) -> list[dict]:
    """All methods, grouped in the order of the `group` vocabulary, then in data order."""
    methods = data["methods"]["methods"]
    return [m for group in data["vocabulary"]["group"] for m in methods if m["group"] == group]


def helpers(base_url: str) -> dict:
    """Template context for any page that shows a card."""
    return {
        "card_url": lambda method_id: method_url(base_url, method_id),
        "qr_svg": qr_svg,
        "md": markdown_html,
        "card_pdf_name": card_pdf_name,
    }


def context(data: dict) -> dict:
    """Template context for the page with all cards, one to an A5 sheet."""
    return {"cards": in_group_order(data), "pdf_name": PDF_NAME, "sheet": "a5"}


def context_a4(data: dict) -> dict:
    """Template context for the page with all cards, two to an A4 sheet."""
    return {"cards": in_group_order(data), "pdf_name": PDF_A4_NAME, "sheet": "a4"}
