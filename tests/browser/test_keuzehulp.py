"""The keuzehulp in the browser: the engine's answer rendered, its result outcome first.

Tests of what a freshly opened page does load their own page; the others share
one booted page and open their link by changing the fragment (keuzehulp_page.py).
All of them use the stub engine (conftest.py); test_engine_parity.py shows that
Pyodide gives the same answers."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from a11y import accessible
from keuzehulp_page import advice_shown, open_link
from wizard.contract import OBLIGATIONS
from wizard.recommend import FEW_METHODS

CARE_MANAGER = ("keuzehulp/#verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=120"
                "&doelgroep=verstandelijke-beperking,weinig-taal&ervaring=bezig&clientenraad=ja")


def _recommended(page) -> list[str]:
    return [el.get_attribute("data-method") for el in page.locator("[data-recommended]").element_handles()]




def statuses(page) -> dict:
    return {el.get_attribute("data-obligation"): el.get_attribute("data-status")
            for el in page.locator("[data-obligation]").element_handles()}


def test_answer_from_scratch(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "keuzehulp/")
    # The form is usable at once; the overview link is there while the engine loads, and after.
    overview = page.locator("[data-wizard-status]").get_by_role("link", name="overzicht van alle uitkomsten")
    expect(overview.filter(visible=True)).to_have_count(1)
    page.get_by_label("Ja, cliënten wonen langdurig bij ons").check()
    page.get_by_label("Gehandicaptenzorg").check()
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("30")
    advice_shown(page)
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    assert statuses(page) == {
        # The number of locations was not asked: whether a council per location is needed is open.
        "wmcz": "ja", "clientenraad": "ja", "raad-per-locatie": "onzeker", "inspraak": "ja",
        "medezeggenschapsregeling": "ja",
        "adviesrecht": "ja", "instemmingsrecht": "ja", "bindende-voordracht": "ja",
        "commissie-van-vertrouwenslieden": "ja", "pleegouderraad": "nee",
    }
    # Answering from scratch keeps the questions on top; the outcome follows them.
    expect(page.locator("[data-wizard]")).not_to_have_attribute("data-layout", "outcome-first")
    # The summary line links to the details, which open in place.
    page.locator("[data-wizard-summary]").get_by_role("link", name="Adviesrecht voor de cliëntenraad").click()
    expect(page.locator("[data-obligation=adviesrecht]")).to_have_attribute("open", "")
    # Long stay: art. 7 h (huisvesting) is among the adviesrecht items, with its article link.
    expect(page.locator("[data-obligation=adviesrecht] [data-item=art7-h]")).to_be_visible()
    expect(page.locator("[data-obligation=adviesrecht] a[href^='https://wetten.overheid.nl/']").first).to_be_visible()
    # ...and a link to the page that explains the rule.
    expect(page.get_by_role("link", name="Meer uitleg over deze regel: Adviesrecht voor de cliëntenraad")).to_have_attribute(
        "href", re.compile(r"wet-en-regels/adviesrecht/$"))
    expect(page).to_have_url(re.compile(r"#verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=30$"))
    expect(page.locator("[data-wizard-recommended] [data-recommended]").first).to_be_visible()
    assert_accessible("on the keuzehulp with advice")
    assert_local()


def test_shared_link_opens_on_the_outcome_and_reacts_to_changes(page, site_url, assert_local):
    page.goto(site_url + "keuzehulp/#verblijf=kort&sector=ziekenhuis&zorgverleners=11")
    advice_shown(page)
    expect(page.locator("[data-wizard]")).to_have_attribute("data-layout", "outcome-first")
    assert page.evaluate("""() => {
        const result = document.querySelector('[data-wizard-result]');
        const form = document.querySelector('[data-wizard-form]');
        return !!(result.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    expect(page.get_by_label("Ziekenhuis")).to_be_checked()
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(page.locator("[data-obligation=inspraak]")).to_have_attribute("data-status", "nee")
    expect(page.locator("[data-summary-for=inspraak] .iw-badge")).to_have_text("Nee")
    # Short stay: art. 8 g (day and night) applies, art. 7 h (long stay only) does not.
    expect(page.locator("[data-item=art8-g]")).to_be_attached()
    expect(page.locator("[data-item=art7-h]")).to_have_count(0)

    # "Wijzig" moves to the question; a change there updates the outcome above it.
    page.locator("[data-wizard-answers]").get_by_role("link", name="Wijzig: Aantal zorgverleners").click()
    expect(page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?")).to_be_focused()
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("10")
    # 10 people is the boundary: no council required any more, and the rights that hang on it go.
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "nee")
    expect(page.locator("[data-obligation=adviesrecht]")).to_have_attribute("data-status", "nee")
    expect(page).to_have_url(re.compile(r"zorgverleners=10$"))
    expect(page.get_by_role("link", name="Terug naar uw uitkomst")).to_be_visible()
    assert_local()


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 800)])
def test_first_screen_shows_what_the_law_asks_and_which_methods_fit(keuzehulp, width, height):
    """A care manager opening a shared link sees the answer in one sentence and the first steps
    to take (issue 18 orders the outcome: headline, "Wat moet u nu doen", the answer per rule,
    the methods); the answers per rule and two or three methods with why follow at once."""
    page = keuzehulp
    page.set_viewport_size({"width": width, "height": height})
    open_link(page, CARE_MANAGER.split("#", 1)[1])
    advice_shown(page)
    expect(page.locator("[data-wizard]")).to_have_attribute("data-layout", "outcome-first")
    page.evaluate("() => window.scrollTo(0, 0)")

    def in_first_screen(locator) -> bool:
        box = locator.bounding_box()
        return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height

    assert in_first_screen(page.locator("[data-outcome-headline]")), "the headline is below the first screen"
    assert in_first_screen(page.locator("[data-action]").first), "the first step is below the first screen"
    expect(page.locator("[data-action]:visible")).to_have_count(3)  # the other steps fold behind a button
    summary = page.locator("[data-wizard-summary] > li")
    expect(summary).to_have_count(len(OBLIGATIONS))
    methods = page.locator("[data-wizard-recommended] > li[data-recommended]")
    expect(methods).to_have_count(3)
    page.set_viewport_size({"width": 1280, "height": 720})


def test_reasons_are_the_methods_own_and_groups_without_a_method_are_named(keuzehulp, axe, site_data):
    page, methods = keuzehulp, site_data["methods"]["methods"]
    open_link(page, CARE_MANAGER.split("#", 1)[1])
    advice_shown(page)
    recommended = page.locator("[data-wizard-recommended] [data-recommended]")
    reasons = [recommended.nth(i).locator(".iw-reasons li").first.inner_text() for i in range(recommended.count())]
    assert len(set(reasons)) == len(reasons), reasons
    # verstandelijke-beperking: a method made for it is recommended (where the sources make only
    # one, a line says so); without one, the page says so plainly and names the closest fit (which
    # methods are tagged is content, so ask the data).
    tagged = {m["id"] for m in methods if "verstandelijke-beperking" in (m.get("suited_for") or [])}
    note = page.locator("[data-doelgroep-note=verstandelijke-beperking]")
    if tagged:
        expect(note).to_have_count(1 if len(tagged) <= FEW_METHODS else 0)
        assert tagged & set(_recommended(page))
    else:
        expect(note).to_contain_text("Geen van deze manieren is speciaal gemaakt voor")
        closest = [m for m in methods if "verstandelijke-beperking" in ((m.get("fit") or {}).get("doelgroep") or {})]
        assert closest and all(m["name"] in note.inner_text() for m in closest)
        assert {m["id"] for m in closest} & set(_recommended(page))
    # The others follow compactly; every method is on the page once.
    expect(page.locator("[data-wizard-more-methods] > li[data-method]")).to_have_count(11)
    expect(page.locator("[data-wizard-result] [data-method]")).to_have_count(14)
    # Training: the best few, the rest folded away.
    expect(page.locator("[data-wizard-modules] > li")).to_have_count(3)
    expect(page.locator("[data-wizard-more-modules]")).to_be_hidden()
    page.get_by_text("Meer opleidingen").click()
    expect(page.locator("[data-wizard-more-modules] > li").first).to_be_visible()
    accessible(axe, page, "with the folds closed")
    page.evaluate("() => document.querySelectorAll('[data-wizard-result] details').forEach(d => d.open = true)")
    accessible(axe, page, "with every details open")
    page.evaluate("() => document.querySelectorAll('[data-wizard-result] details').forEach(d => d.open = false)")


def test_structure_advice_for_youth_care_is_marked_as_advice(keuzehulp, axe):
    page = keuzehulp
    open_link(page, "verblijf=geen&sector=jeugdhulp&zorgverleners=150&doelgroep=jongeren")
    advice_shown(page)
    structure = page.locator("[data-wizard-structure]")
    expect(structure).to_be_visible()
    expect(structure).to_contain_text("Advies, geen wet")
    youth = structure.locator("[data-structure=jongeren-en-ouders]")
    expect(youth).to_contain_text("jongerenraad")
    expect(youth.get_by_role("link")).to_have_attribute("href", re.compile(r"wet-en-regels/raad-of-panel/#jongeren-en-ouders$"))
    expect(structure.locator("[data-structure=groot-ambulant]")).to_be_visible()
    accessible(axe, page, "with structure advice")
    # A profile that does not call for it gets none.
    open_link(page, "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40")
    advice_shown(page)
    expect(structure).to_be_hidden()


def test_bad_fragment_gets_a_dutch_message_next_to_the_field(keuzehulp, axe):
    page = keuzehulp
    open_link(page, "verblijf=altijd&sector=ouderenzorg&zorgverleners=-3")
    expect(page.locator("[data-wizard][data-state=invalid]")).to_be_attached()
    verblijf_error = page.locator("[data-error-for=verblijf]")
    expect(verblijf_error).to_be_visible()
    expect(verblijf_error).to_contain_text("‘altijd’ kennen wij niet")
    expect(page.locator("[data-error-for=zorgverleners]")).to_contain_text("niet kleiner zijn dan 0")
    expect(page.locator("[data-wizard-result]")).to_be_hidden()
    expect(page.locator("[data-plan]")).to_be_hidden()
    accessible(axe, page, "with field errors")
    # Fixing the answer clears the message and shows advice.
    page.get_by_label("Nee, cliënten verblijven niet bij ons").check()
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("5")
    advice_shown(page)
    expect(verblijf_error).to_be_hidden()


def test_static_overview_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "keuzehulp/")
    expect(page.get_by_role("link", name="overzicht van alle uitkomsten").first).to_be_visible()
    page.get_by_role("link", name="overzicht van alle uitkomsten").first.click()
    expect(page.locator("h1")).to_contain_text("Overzicht van de keuzehulp")
    expect(page.locator("table").first).to_be_visible()
    context.close()

