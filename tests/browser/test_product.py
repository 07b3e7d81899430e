"""Issue 18, the keuzehulp and the cards as a product, at 390 and 1280 px: the home
page starts the keuzehulp in one tap, a method card prints with one tap (and as a
PDF), embed mode stays embedded and sizes its iframe, filters and form options are
44 px tap targets, the keuzehulp has no text under 16 px, no page offers a report
link to nowhere, and the overview says so when the sources name few methods."""
from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from a11y import accessible
from keuzehulp_page import open_link
from screens import LAPTOP, PHONE, SCREENS, in_first_screen
from wizard.contract import QUESTIONS

TAP = 44  # px: the smallest tap target


# --- start: the home page ------------------------------------------------------

@SCREENS
def test_home_page_starts_the_keuzehulp_in_the_first_screen(on, site_url, axe, screen):
    page = on(screen)
    page.goto(site_url)
    start = page.locator("[data-start-keuzehulp]")
    expect(start).to_be_visible()
    assert in_first_screen(start, screen), f"the start link is below the first screen at {screen['width']} px"
    box = start.bounding_box()
    assert box["height"] >= TAP
    # What it gives and how long it takes, with the number of questions the engine has.
    intro = page.locator(".iw-start")
    expect(intro).to_contain_text(f"{len(QUESTIONS)} vragen, ± ")
    assert in_first_screen(intro, screen)
    accessible(axe, page, f"on the home page at {screen['width']} px")
    start.click()
    expect(page).to_have_url(site_url + "keuzehulp/")


@SCREENS
def test_home_cards_are_links_and_open_data_is_in_the_footer(on, site_url, screen):
    page = on(screen)
    page.goto(site_url)
    for name in ("Ik zit in een cliëntenraad", "Ik werk bij een zorgorganisatie", "Ik zoek een methode"):
        link = page.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        assert link.bounding_box()["height"] >= TAP, name
    # Open data is not in the main menu, but every page's footer links to it.
    expect(page.locator(".md-nav--primary").get_by_role("link", name="Open data", exact=True)).to_have_count(0)
    footer = page.locator("footer [data-footer-open-data]")
    expect(footer).to_be_visible()
    footer.click()
    expect(page).to_have_url(site_url + "open-data/")


@SCREENS
def test_organisation_page_links_to_the_keuzehulp_near_the_top(on, site_url, axe, screen):
    page = on(screen)
    page.goto(site_url)
    page.get_by_role("link", name="Ik werk bij een zorgorganisatie", exact=True).click()
    start = page.locator("[data-start-keuzehulp]")
    expect(start).to_be_visible()
    assert in_first_screen(start, screen)
    assert start.bounding_box()["y"] < page.locator("h2").first.bounding_box()["y"]
    accessible(axe, page, f"on the organisation's page at {screen['width']} px")
    start.click()
    expect(page).to_have_url(site_url + "keuzehulp/")


# --- method cards ------------------------------------------------------------------

@SCREENS
def test_print_card_button_near_the_top_prints_the_page(on, site_url, axe, screen):
    page = on(screen)
    page.goto(site_url + "methoden/photovoice/")
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    button = page.locator("[data-print-card]")
    expect(button).to_be_visible()
    expect(button).to_have_text("Print deze kaart")
    assert button.bounding_box()["height"] >= TAP
    # Near the top: right after what the method is, before how it works.
    assert button.bounding_box()["y"] > page.get_by_role("heading", name="Wat is het?").bounding_box()["y"]
    assert button.bounding_box()["y"] < page.get_by_role("heading", name="Zo werkt het").bounding_box()["y"]
    assert button.bounding_box()["y"] < 2 * screen["height"]
    accessible(axe, page, f"on a method page with its print button at {screen['width']} px")
    button.click()
    assert page.evaluate("window.printed") == 1


def test_every_method_page_offers_its_card_as_a_pdf(page, site_url, site_data):
    for method in site_data["methods"]["methods"]:
        page.goto(site_url + f"methoden/{method['id']}/")
        link = page.locator("[data-card-pdf]")
        expect(link).to_be_visible()
        href = link.evaluate("a => a.href")
        assert href == f"{site_url}methoden/{method['id']}/{method['id']}-kaart.pdf"
        response = page.request.get(href)
        assert response.ok, href
        pdf = PdfReader(io.BytesIO(response.body()))
        assert len(pdf.pages) == 1, f"{method['id']}: the card is not one sheet"
        sheet = pdf.pages[0]
        assert (float(sheet.mediabox.width), float(sheet.mediabox.height)) == pytest.approx((595, 420), abs=2)
        assert method["name"] in " ".join(sheet.extract_text().split())


# How far down its sheet a card's content reaches (1 = the bottom of the padding box).
FILLED = """card => {
  const box = card.getBoundingClientRect();
  const style = getComputedStyle(card);
  const top = box.top + parseFloat(style.paddingTop), bottom = box.bottom - parseFloat(style.paddingBottom);
  const leaves = [...card.querySelectorAll('p, li, h2, h3, svg')];
  return (Math.max(...leaves.map(e => e.getBoundingClientRect().bottom)) - top) / (bottom - top);
}"""


def test_printed_cards_say_whom_the_method_suits_and_use_their_sheet(page, site_url, site_data):
    vocabulary = site_data["vocabulary"]
    page.goto(site_url + "methodekaarten/")
    page.emulate_media(media="print")
    headings = set()
    for method in site_data["methods"]["methods"]:
        card = page.locator(f".iw-card[data-card='{method['id']}']")
        suits = card.locator("[data-card-suits]")
        expect(suits).to_be_visible()
        expected = [vocabulary["doelgroep"][d]["label"] for d in method.get("suited_for") or []]
        text = suits.inner_text()
        assert all(label in text for label in expected), method["id"]
        if not expected and not method.get("suited_for_note"):
            assert " ".join(site_data["methods"]["card_suits_all"].split()) in text
        headings.add(tuple(card.locator("h3").all_inner_texts()))
        assert card.evaluate(FILLED) >= 0.75, f"{method['id']}: the bottom quarter of the card is empty"
        # The address under the QR code breaks only after a "/".
        for line in line_texts(card.locator(".iw-card__url")):
            assert line.endswith("/"), f"{method['id']}: the address breaks inside a word: {line!r}"
    # One heading scheme: every card has the same headings, in the same order.
    assert len({tuple(h.upper() for h in scheme) for scheme in headings}) == 1, headings


def line_texts(locator) -> list[str]:
    """The text of each rendered line of an element (by the y of each character's box)."""
    return locator.evaluate("""el => {
      const range = document.createRange(), lines = new Map();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i); range.setEnd(node, i + 1);
          const y = Math.round(range.getBoundingClientRect().top);
          lines.set(y, (lines.get(y) || "") + node.data[i]);
        }
      }
      return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]);
    }""")


def test_cards_print_two_per_a4(page, site_url, card_order, axe):
    page.goto(site_url + "methodekaarten/")
    page.get_by_role("link", name="twee kaarten per A4").click()
    expect(page).to_have_url(site_url + "methodekaarten/a4/")
    accessible(axe, page, "on the page with two cards per A4")
    link = page.get_by_role("link", name=re.compile("download alle kaarten als pdf"))
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok
    pdf = PdfReader(io.BytesIO(response.body()))
    assert len(pdf.pages) == (len(card_order) + 1) // 2
    for sheet in pdf.pages:
        assert (float(sheet.mediabox.width), float(sheet.mediabox.height)) == pytest.approx((595, 842), abs=2)
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in pdf.pages[:1])
    first, second = (page.locator(f".iw-card[data-card='{i}'] .iw-card__name").inner_text() for i in card_order[:2])
    assert first in text and second in text  # two cards on the first sheet
    page.emulate_media(media="print")
    cards = page.locator(".iw-card").all()
    breaks = [c.evaluate("e => getComputedStyle(e).breakAfter") for c in cards]
    assert breaks[1::2][:-1] == ["page"] * len(breaks[1::2][:-1]) and set(breaks[0::2]) == {"auto"}


# --- embed ------------------------------------------------------------------------

@SCREENS
def test_links_in_embed_mode_stay_embedded(on, site_url, axe, screen):
    page = on(screen)
    page.goto(site_url + "methoden/?embed=1")
    origin = page.get_by_role("link", name="Bekijk op Inspraakwijzer")
    expect(origin).to_be_visible()
    assert origin.bounding_box()["y"] < page.locator("h1").bounding_box()["y"]  # at the top
    site_pages = page.evaluate("""base => [...document.querySelectorAll('a[href]')]
      .filter(a => !a.hasAttribute('data-embed-origin') && !a.getAttribute('href').startsWith('#'))
      .map(a => ({href: a.href, target: a.target}))""", site_url)
    assert site_pages
    for link in site_pages:
        if link["href"].startswith(site_url) and link["href"].split("?")[0].split("#")[0].endswith("/"):
            assert "embed=1" in link["href"], link
        else:
            assert link["target"] == "_blank", link
    # A filter keeps embed=1 in the address; a method link opens the method, still embedded.
    if screen is PHONE:
        page.locator("[data-filter-panel] > summary").click()
    page.get_by_label("Mensen met dementie").check()
    expect(page).to_have_url(re.compile(r"embed=1"))
    page.get_by_role("link", name="Photovoice", exact=True).click()
    expect(page).to_have_url(site_url + "methoden/photovoice/?embed=1")
    expect(page.locator(".md-header")).to_be_hidden()
    accessible(axe, page, f"on a method page in embed mode at {screen['width']} px")


def test_embed_snippet_resizes_its_iframe_to_the_page(on, site_url, other_origin):
    folder, host_url = other_origin
    page = on(LAPTOP)
    page.goto(site_url + "methoden/energiedag/")
    page.locator(".iw-embed-snippet summary").click()
    snippet = page.locator("[data-embed-snippet]").input_value()
    assert 'data-inspraakwijzer' in snippet and f'<script src="{site_url}assets/js/embed-host.js" async></script>' in snippet
    (folder / "intranet.html").write_text(
        f"<!doctype html><html lang=nl><title>Intranet</title><h1>Intranet</h1>{snippet}<p id=after>Onder</p></html>",
        encoding="utf-8")
    page.goto(host_url + "intranet.html")
    frame = page.locator("iframe[data-inspraakwijzer]")
    expect(frame).to_have_attribute("data-inspraakwijzer-sized", "")
    content = page.frame_locator("iframe[data-inspraakwijzer]").locator(".md-content__inner")
    expect(content).to_be_visible()
    # The frame is as tall as its page (far taller than the snippet's 700 px): no scroll inside.
    page.wait_for_function("() => document.querySelector('iframe[data-inspraakwijzer]').getBoundingClientRect().height > 1000")
    inner = frame.evaluate("f => f.getBoundingClientRect().height")
    scroll = page.frame_locator("iframe[data-inspraakwijzer]").locator("html").evaluate(
        "html => [html.scrollHeight, html.clientHeight]")
    assert scroll[0] <= scroll[1] + 1, f"the frame still scrolls inside: {scroll}"
    # A message from anything but the framed site is ignored (here: the host page itself).
    page.evaluate("""() => new Promise(done => {
      window.addEventListener('message', () => setTimeout(done, 0), {once: true});
      window.postMessage({type: 'inspraakwijzer:height', height: 200}, '*');
    })""")
    assert frame.evaluate("f => f.getBoundingClientRect().height") == inner
    # The frame follows its page when the page grows.
    page.frame_locator("iframe[data-inspraakwijzer]").locator(".md-content__inner").evaluate(
        "article => { const more = document.createElement('div'); more.style.height = '500px'; article.append(more); }")
    page.wait_for_function("h => document.querySelector('iframe[data-inspraakwijzer]').getBoundingClientRect().height >= h + 499",
                           arg=inner)


# --- phone comfort -------------------------------------------------------------------

@SCREENS
@pytest.mark.parametrize("path", ["methoden/", "opleidingen/"])
def test_filter_options_are_tap_targets(on, site_url, screen, path):
    page = on(screen)
    page.goto(site_url + path)
    panel = page.locator("[data-filter-panel]")
    if not panel.evaluate("d => d.open"):
        panel.locator("summary").click()
    labels = page.locator("[data-filter-form] label")
    assert labels.count() > 5
    small = [(label.inner_text(), label.bounding_box()["height"]) for label in labels.all()
             if label.bounding_box()["height"] < TAP]
    assert small == [], f"filter options under {TAP} px at {screen['width']} px"


# Every element with its own visible text, and its computed font size.
TEXT_SIZES = """root => [...root.querySelectorAll('*')].filter(e =>
    [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim()) && e.getClientRects().length &&
    getComputedStyle(e).visibility !== 'hidden')
  .map(e => [e.tagName + '.' + e.className, parseFloat(getComputedStyle(e).fontSize), e.textContent.trim().slice(0, 30)])"""


@SCREENS
def test_keuzehulp_options_are_tap_targets_and_no_text_is_under_16px(keuzehulp, screen):
    page = keuzehulp
    page.set_viewport_size(screen)
    try:
        open_link(page, "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&doelgroep=dementie")
        options = page.locator(".iw-option")
        assert options.count() > 10
        small = [(o.inner_text(), o.bounding_box()["height"]) for o in options.all() if o.bounding_box()["height"] < TAP]
        assert small == [], f"form options under {TAP} px at {screen['width']} px"
        tiny = [t for t in page.locator(".md-content").evaluate(TEXT_SIZES) if t[1] < 16]
        assert tiny == [], f"text under 16 px in the keuzehulp at {screen['width']} px: {tiny[:10]}"
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})


# --- no dead ends ---------------------------------------------------------------------

@SCREENS
def test_no_report_link_to_a_placeholder(on, site_url, screen):
    page = on(screen)
    for path in ("", "methoden/photovoice/", "keuzehulp/"):
        page.goto(site_url + path)
        expect(page.locator("[data-report-error]")).to_have_count(0)
        assert "nog-instellen" not in page.content()


# --- few methods for a doelgroep ---------------------------------------------------------

@SCREENS
def test_overview_says_when_the_sources_name_few_methods_for_a_group(on, site_url, site_data, axe, screen):
    page = on(screen)
    few = page.locator("[data-filter-few]")
    page.goto(site_url + "methoden/?geschikt-voor=dementie")
    expect(page.locator("[data-filter-count]")).to_have_text("1 van 14 getoond")
    expect(few).to_be_visible()
    expect(few).to_have_text(" ".join(site_data["methods"]["few_for_doelgroep"]["text"].split()))
    accessible(axe, page, f"on methoden/ with few methods for a group at {screen['width']} px")
    page.goto(site_url + "methoden/")
    expect(page.locator("[data-filter-count]")).to_have_text("14 van 14 getoond")
    expect(few).to_be_hidden()
    # Few matches from another facet alone say nothing about the sources per group.
    page.goto(site_url + "methoden/?moeite=hoog&groep=doe-het-creatief")
    expect(page.locator("[data-filter-count]")).to_have_text("1 van 14 getoond")
    expect(few).to_be_hidden()
