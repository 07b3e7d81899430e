"""The top of the outcome (issues 17 and 18): one headline with its reason, linking the
question that settles an open answer; "Wat moet u nu doen" as [data-action] items with
their articles and grade; a short grade per answer linking to "Over deze informatie";
the follow-up line under an open answer; "De wettekst zelf hebben wij niet gezien" at
most once, on screen and on paper; and "Link kopiëren" without the defaults.

What the page shows is compared with wizard.plan.answer under CPython (the stub
engine runs the same), so nothing here is a hard-coded result."""
from __future__ import annotations

import io
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from a11y import accessible
from keuzehulp_page import advice_shown, open_link
from wizard.plan import answer

WIDTHS = [pytest.param((390, 844), id="phone"), pytest.param((1280, 720), id="desktop")]
NURSING_HOME = "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&doelgroep=dementie"
OPEN_ON_TOEZICHT = "verblijf=geen&sector=overig&zorgverleners=30"
UNSEEN = "De wettekst zelf hebben wij niet gezien"


def engine(fragment: str, data: dict) -> dict:
    return answer(dict(parse_qsl(fragment)), data)["advice"]


def shown_with_headline(page, fragment: str, data: dict) -> dict:
    """Opens the link; the page shows the engine's headline. Returns the engine's advice."""
    open_link(page, fragment)
    advice_shown(page)
    advice = engine(fragment, data)
    expect(page.locator("[data-outcome-headline]")).to_have_text(advice["headline"]["text"])
    return advice


@pytest.fixture
def sized(keuzehulp, request):
    """The shared page at a width; put back afterwards for the other tests."""
    width, height = request.param
    keuzehulp.set_viewport_size({"width": width, "height": height})
    yield keuzehulp
    keuzehulp.set_viewport_size({"width": 1280, "height": 720})


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_a_nursing_home_gets_a_headline_what_to_do_now_and_short_grades(sized, site_data, axe):
    page = sized
    open_link(page, OPEN_ON_TOEZICHT)  # another answer first: the same one again keeps a list the reader unfolded
    advice = shown_with_headline(page, NURSING_HOME, site_data)
    expect(page.locator("[data-outcome-headline]")).to_be_visible()
    # Headline, then what to do, then the badges: in this order on the page.
    tops = [page.locator(s).evaluate("(el) => el.getBoundingClientRect().top")
            for s in ("[data-outcome-headline]", "[data-wizard-actions]", "[data-wizard-summary]")]
    assert tops == sorted(tops), tops
    actions = page.locator("[data-action]")
    expect(actions).to_have_count(len(advice["actions"]))
    expect(actions.locator("[data-slot=text]")).to_have_text([a["text"] for a in advice["actions"]])
    weak = site_data["wizard"]["page"]["action_grades"]
    for item, expected in zip(actions.all(), advice["actions"], strict=True):
        assert item.get_attribute("data-action") == expected["id"]
        hrefs = item.locator("[data-slot=articles] a").evaluate_all("(links) => links.map((a) => a.href)")
        assert hrefs == [a["url"] for a in expected["articles"]]
        # A step repeats its answer's grade only where that grade is weak.
        grade = next(o["grade"] for o in advice["obligations"] if o["id"] == expected["obligation"])
        expect(item.locator("[data-grade]:not([hidden])")).to_have_count(1 if grade["id"] in weak else 0)
    # The first three steps show; the others behind one button, which then moves focus to the fourth.
    assert len(advice["actions"]) > 3  # the case this part is about
    expect(page.locator("[data-action]:visible")).to_have_count(3)
    page.locator("[data-wizard-actions-more]").click()
    expect(page.locator("[data-action]:visible")).to_have_count(len(advice["actions"]))
    expect(actions.nth(3)).to_be_focused()
    for obligation in advice["obligations"]:
        grade = page.locator(f"[data-summary-for='{obligation['id']}'] [data-grade]")
        expect(grade).to_have_text(obligation["grade"]["label"])
        href = grade.get_attribute("href")
        assert href.endswith(f"wet-en-regels/{obligation['grade']['topic']}/#{obligation['grade']['section']}"), href
    text = page.locator("[data-wizard-result]").text_content() + page.locator("[data-plan]").text_content()
    assert text.count(UNSEEN) <= 1
    accessible(axe, page, "headline, actions and grades")


@pytest.mark.parametrize("sized", WIDTHS, indirect=True)
def test_an_open_answer_links_the_question_that_settles_it(sized, site_data, axe):
    page = sized
    advice = shown_with_headline(page, OPEN_ON_TOEZICHT, site_data)
    assert advice["headline"]["settled_by"] == ["toezicht"]  # the case this test is about
    headline_link = page.locator("[data-outcome-headline] a")
    expect(headline_link).to_have_text("‘Toezicht’")
    follow_up = page.locator("[data-obligation=bindende-voordracht] [data-settled-by=toezicht]")
    page.locator("[data-obligation=bindende-voordracht]").evaluate("(d) => { d.open = true; }")
    expect(follow_up).to_be_visible()
    expect(follow_up.get_by_role("link")).to_have_text("Toezicht")
    accessible(axe, page, "an open answer with its follow-up")
    follow_up.get_by_role("link").click()
    expect(page.locator("#vraag-toezicht input").first).to_be_focused()
    open_link(page, OPEN_ON_TOEZICHT)
    advice_shown(page)
    page.evaluate("() => window.scrollTo(0, 0)")
    headline_link.click()
    expect(page.locator("#vraag-toezicht input").first).to_be_focused()


def test_the_printed_result_has_the_headline_and_the_actions_and_says_unseen_once(keuzehulp, site_data):
    page = keuzehulp
    fragment = NURSING_HOME + "&organisatie=Zorggroep+De+Linde"
    open_link(page, fragment)
    advice_shown(page)
    advice = engine(fragment, site_data)
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert 1 <= len(reader.pages) <= 2
    flat = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for expected in [advice["headline"]["text"], "Wat moet u nu doen?", "Zorggroep De Linde",
                     *(a["text"] for a in advice["actions"])]:
        assert " ".join(expected.split()) in flat, expected
    assert flat.count(UNSEEN) <= 1


@pytest.mark.parametrize("size", WIDTHS)
def test_link_kopieren_leaves_out_what_equals_the_default(page, site_url, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "keuzehulp/#" + NURSING_HOME + "&zelfstandig=nee&ervaring=nieuw")
    advice_shown(page)
    page.locator("[data-plan] [data-copy-link]").click()
    expect(page.locator("[data-plan] [data-copy-status]")).not_to_be_empty()
    copied = urlsplit(page.evaluate("navigator.clipboard.readText()"))
    pairs = parse_qsl(copied.fragment)
    assert ("zelfstandig", "nee") not in pairs  # the engine reads "nee" when it is left out
    assert ("ervaring", "nieuw") in pairs and ("sector", "ouderenzorg") in pairs
    assert copied.path.endswith("/keuzehulp/")
