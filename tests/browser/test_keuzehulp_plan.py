"""The inspraakplan: built from the result, kept in the URL fragment, printed on A4.

The first test reopens a plan in a fresh page; the others share one booted page
and open their link by changing the fragment (keuzehulp_page.py)."""
from __future__ import annotations

import io
import re
from datetime import date
from urllib.parse import urlencode

from playwright.sync_api import expect

from a11y import accessible
from keuzehulp_page import advice_shown, open_link
from wizard.contract import OBLIGATIONS
from pypdf import PdfReader

ANSWERS = "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&clientenraad=ja&doelgroep=dementie"
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()



def plan_rows(page) -> list[str]:
    return [el.get_attribute("data-method") for el in page.locator("[data-plan] tr[data-method]").element_handles()]



def recommended(page) -> list[str]:
    return [el.get_attribute("data-method") for el in page.locator("[data-recommended]").element_handles()]


def test_a_plan_is_built_from_the_result_and_a_link_reopens_it(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "keuzehulp/#" + ANSWERS)
    advice_shown(page)
    # The recommended methods are pre-selected, and nothing is written to the link yet.
    first = recommended(page)
    assert 1 <= len(first) <= 3
    expect(page.locator("[data-plan] tr[data-method]")).to_have_count(len(first))
    assert plan_rows(page) == first
    assert "plan=" not in page.url
    assert_accessible("with the plan on screen")

    plan = page.locator("[data-plan]")
    plan.get_by_label("Cliëntenpanel", exact=True).check()
    expect(page).to_have_url(re.compile(r"plan=" + ",".join(first + ["clientenpanel"]) + r"(&|$)"))
    plan.get_by_label("Wie organiseert het? Cliëntenpanel").fill("Ans, coördinator <b>zorg</b>")
    plan.get_by_label("Hoe vaak? Cliëntenpanel").select_option(label="Elk kwartaal")
    plan.get_by_label("Hoe horen cliënten en naasten wat u met hun inbreng doet?").fill("Actielijst op het bord")
    plan.get_by_label("Wanneer bekijkt u samen of het plan werkt?").select_option(label="Over een half jaar")
    expect(page).to_have_url(re.compile(r"evaluatie=6"))
    expect(page).to_have_url(re.compile(r"door\.clientenpanel=Ans"))
    shared = page.url

    page.goto("about:blank")
    page.goto(shared)
    advice_shown(page)
    expect(page.locator("[data-plan] tr[data-method]")).to_have_count(len(first) + 1)
    assert plan_rows(page) == first + ["clientenpanel"]
    expect(plan.get_by_label("Wie organiseert het? Cliëntenpanel")).to_have_value("Ans, coördinator <b>zorg</b>")
    expect(plan.get_by_label("Hoe vaak? Cliëntenpanel")).to_have_value("per-kwartaal")
    expect(plan.get_by_label("Wanneer bekijkt u samen of het plan werkt?")).to_have_value("6")
    # Free text is text: the tags stay characters, no element is made from them.
    expect(plan.locator("b")).to_have_count(0)
    # An emptied choice stays empty (the panel's suggestion "Doorlopend" does not come back).
    plan.get_by_label("Hoe vaak? Cliëntenpanel").select_option("")
    expect(page).to_have_url(re.compile(r"vaak\.clientenpanel=(&|$)"))
    expect(page.locator("tr[data-method=clientenpanel] [data-print-value=often]")).to_have_text("")

    # Unchecking a method takes its row away.
    plan.get_by_label(page.locator("[data-recommended] h4").first.inner_text(), exact=True).uncheck()
    expect(page.locator("[data-plan] tr[data-method]")).to_have_count(len(first))
    assert_local()


def test_invalid_ids_in_the_plan_get_a_dutch_notice_and_are_dropped(keuzehulp, axe):
    page = keuzehulp
    fragment = ANSWERS + "&plan=ideeenbord,__proto__,constructor,bestaat-niet&vaak.ideeenbord=soms&toString=1"
    open_link(page, fragment)
    advice_shown(page)
    assert plan_rows(page) == ["ideeenbord"]
    notices = page.locator("[data-plan-notices] p")
    expect(notices).to_have_count(4)
    expect(notices.nth(0)).to_have_text(re.compile(r"^‘__proto__’ kennen wij niet als manier van inspraak"))
    expect(notices.nth(2)).to_contain_text("‘bestaat-niet’")
    expect(notices.nth(3)).to_contain_text("‘soms’ kennen wij niet")
    assert page.evaluate("() => Object.prototype.polluted === undefined && typeof ({}).toString === 'function'")
    # The key the engine does not read is named once, under the answers.
    expect(page.locator("[data-wizard-link-notice]")).to_have_text(
        "Een deel van de link begrepen wij niet: ‘toString’. Dat deel hebben wij overgeslagen.")
    accessible(axe, page, "with plan notices")
    # The next change writes a clean plan back to the link, and the notices go.
    page.locator("[data-plan]").get_by_label("Pizzagesprekken", exact=True).check()
    expect(notices).to_have_count(0)
    expect(page).to_have_url(re.compile(r"plan=ideeenbord,pizza-gesprekken(&|$)"))


def _plan_fragment(methods, **texts) -> str:
    pairs = [("plan", ",".join(methods))]
    for method_id in methods:
        pairs += [(f"vaak.{method_id}", "per-half-jaar"), (f"door.{method_id}", texts.get("door", "")),
                  (f"met.{method_id}", texts.get("met", ""))]
    pairs += [("terug", texts.get("terug", "")), ("raad", texts.get("raad", "")), ("evaluatie", "12"),
              ("organisatie", texts.get("organisatie", ""))]
    return ANSWERS + "&" + urlencode([p for p in pairs if p[1]]).replace("%2C", ",")


def test_the_plan_prints_without_form_controls(keuzehulp, axe):
    page = keuzehulp
    open_link(page, _plan_fragment(["ideeenbord", "spiegelgesprekken"], door="Teamleider De Linde",
                                   terug="Actielijst op het bord"))
    advice_shown(page)
    page.emulate_media(media="print")
    for hidden in ("[data-wizard-form]", ".md-header", "[data-plan-form] input", "[data-plan-form] select",
                   "[data-plan-form] textarea", "[data-plan-choices]", "[data-wizard-recommended]",
                   "[data-wizard-obligations]", "[data-wizard-print]", ".iw-share"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.get_by_role("link", name="Wijzig").first).to_be_hidden()
    expect(page.locator("[data-wizard-date]")).to_have_text(re.compile(r"\d{4}$"))
    expect(page.locator("[data-wizard-answers] dd").first).to_be_visible()
    expect(page.locator("[data-wizard-summary] > li")).to_have_count(len(OBLIGATIONS))
    expect(page.locator("[data-wizard-summary] > li").first).to_be_visible()
    row = page.locator("[data-plan] tr[data-method=ideeenbord]")
    expect(row).to_be_visible()
    expect(row.locator("svg")).to_be_visible()  # the method card's QR code
    expect(row).to_contain_text("inspraakwijzer.nl/methoden/ideeenbord/")
    expect(row).to_contain_text("Elk half jaar")
    expect(row).to_contain_text("Teamleider De Linde")
    expect(page.locator("[data-print-value=feedback]")).to_have_text("Actielijst op het bord")
    expect(page.locator("[data-print-value=evaluation]")).to_contain_text("Over een jaar (rond ")
    expect(page.locator("[data-wizard-disclaimer]")).to_contain_text("geen juridisch advies")
    accessible(axe, page, "on the plan in print media")
    page.emulate_media(media="null")  # back to the browser's own (page.pdf then prints as print)


def _pdf_text(page) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    texts = [p.extract_text() for p in reader.pages]
    blank = [number for number, text in enumerate(texts, 1) if not text.strip()]
    assert not blank, f"sheet {blank} of {len(texts)} prints blank"
    return len(reader.pages), "\n".join(texts)


def test_the_plan_is_a_one_or_two_page_a4_document(keuzehulp):
    page = keuzehulp
    open_link(page, _plan_fragment(["inspraakhuis", "photovoice"], door="Teamleider De Linde", met="Bewoners De Linde",
                                   organisatie="Zorggroep De Linde"))
    advice_shown(page)
    articles = page.evaluate("""() => [...document.querySelectorAll("[data-wizard-obligations] [data-slot=articles] a")]
        .map((a) => a.textContent)""")
    pages, text = _pdf_text(page)
    assert 1 <= pages <= 2
    flat = " ".join(text.split())
    today = date.today()
    assert f"{today.day} {MONTHS[today.month - 1]} {today.year}" in flat  # the date
    for expected in ("Uw antwoorden", "Ouderenzorg", "Wat de wet van u vraagt", "Cliëntenraad verplicht",
                     "Uw inspraakplan", "Inspraakhuis", "Photovoice", "Teamleider De Linde", "Bewoners De Linde",
                     "Over een jaar", "Naam van uw organisatie", "Zorggroep De Linde"):
        assert expected in flat, expected
    # The articles of each obligation, on paper too (the screen folds them under "Uitleg per regel").
    assert articles and all(" ".join(label.split()) in flat for label in articles), articles
    # The card's address under its QR code (a narrow cell may break it over lines).
    assert "inspraakwijzer.nl/methoden/photovoice/" in "".join(text.split())
    assert "Wijzig" not in flat and "Link kopiëren" not in flat


def test_every_method_with_the_longest_texts_still_prints_on_two_pages(keuzehulp):
    page = keuzehulp
    open_link(page, ANSWERS)
    advice_shown(page)
    methods = [el.get_attribute("data-plan-choice") for el in page.locator("[data-plan-choice]").element_handles()]
    assert len(methods) == 14
    limits = {"door": 80, "met": 120, "terug": 400, "raad": 400, "organisatie": 80}  # wizard/plan.py LIMITS
    long = {key: ("Een lange tekst van een lezer die veel wil zeggen " * 10)[:size] for key, size in limits.items()}
    open_link(page, _plan_fragment(methods, **long))
    advice_shown(page)
    expect(page.locator("[data-plan] tr[data-method]")).to_have_count(14)
    pages, text = _pdf_text(page)
    assert pages <= 2
    assert "PARTNER-benadering" in text


# The printable box of the keuzehulp's A4 page (inspraakwijzer.css `@page iw-plan`:
# margins 12 mm top and bottom, 14 mm left and right), in CSS pixels.
PRINTABLE = {"width": round((210 - 2 * 14) / 25.4 * 96), "height": round((297 - 2 * 12) / 25.4 * 96)}
# How far the page's content box reaches below the last thing printed on it.
SPACE_AFTER_THE_TEXT = """() => {
    const content = document.querySelector('.md-content');
    const printed = [...content.querySelectorAll('*')].filter((el) => el.getClientRects().length > 0);
    const end = Math.max(...printed.map((el) => el.getBoundingClientRect().bottom));
    return content.getBoundingClientRect().bottom - end;
}"""
# A plan whose text just fills the first sheet (found by printing plans as a reader would): with
# space after its last line, Chromium printed a second, blank sheet.
FULL_SHEET = "&".join([
    "verblijf=langdurig&sector=ouderenzorg&zorgverleners=400&zelfstandig=nee&financiering=wlz&locaties=8",
    "doelgroep=dementie&ervaring=bezig&clientenraad=ja",
    urlencode([
        ("plan", "photovoice,partner-benadering,clientenpanel,inspraakplatform"),
        ("door.photovoice", "Activiteitenbegeleiding locatie De Linde"), ("vaak.clientenpanel", "per-kwartaal"),
        ("door.clientenpanel", "Kwaliteitsadviseur, met de centrale cliëntenraad"),
        ("met.clientenpanel", "Per locatie vijf bewoners en vijf familieleden"),
        ("terug", "Na elke ronde een actielijst op het prikbord per afdeling.\nIn de nieuwsbrief voor familie."),
        ("raad", "Elk kwartaal een samenvatting in de vergadering van de centrale cliëntenraad."),
        ("evaluatie", "6"),
    ]).replace("%2C", ","),
])


def test_the_printed_plan_ends_where_its_text_ends(keuzehulp):
    """No blank sheet after the plan: nothing but text makes the printed document longer."""
    page = keuzehulp
    open_link(page, FULL_SHEET)
    advice_shown(page)
    page.set_viewport_size(PRINTABLE)
    page.emulate_media(media="print")
    try:
        assert page.evaluate(SPACE_AFTER_THE_TEXT) < 1
    finally:
        page.emulate_media(media="null")
        page.set_viewport_size({"width": 1280, "height": 720})
    pages, text = _pdf_text(page)  # no blank sheet (checked there)
    assert pages <= 2 and "Over een half jaar" in " ".join(text.split())


def test_a_plan_without_methods_prints_no_empty_table(keuzehulp):
    page = keuzehulp
    open_link(page, ANSWERS + "&plan=&terug=Actielijst+op+het+bord")
    advice_shown(page)
    expect(page.locator("[data-plan-empty]")).to_be_visible()  # on screen: "choose a method above"
    page.emulate_media(media="print")
    try:
        # On paper that line means nothing, and a table of headers only is no plan: both go.
        expect(page.locator("[data-plan-empty]")).to_be_hidden()
        expect(page.locator("[data-plan-table]")).to_be_hidden()
        expect(page.locator("[data-print-value=feedback]")).to_have_text("Actielijst op het bord")
    finally:
        page.emulate_media(media="null")
