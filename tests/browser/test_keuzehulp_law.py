"""The keuzehulp's legal model v2 in the browser: the new questions, shared links with and
without them, and Dutch messages beside the field for answers that cannot be used.

All on one booted page (keuzehulp_page.py): each test opens its link by changing the fragment."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from a11y import accessible
from keuzehulp_page import advice_shown, open_link




def status(page, obligation: str):
    return page.locator(f"[data-obligation='{obligation}']")


# What the reader sees on each obligation's badge.
BADGE = {"ja": "Ja", "nee": "Nee", "onzeker": "Niet zeker"}


# The examples at the top of issue #9, opened from a shared link.
EXAMPLES = [
    ("verblijf=langdurig&sector=jeugdhulp&zorgverleners=1", {"wmcz": "ja", "clientenraad": "nee", "inspraak": "ja"}),
    ("verblijf=kort&sector=eerstelijn&zorgverleners=20", {"clientenraad": "ja"}),
    # Legal model v3: Wmo-only and a pharmacy rest on one source, so "niet zeker", never "nee".
    ("verblijf=langdurig&sector=ggz&zorgverleners=40&financiering=wmo", {"wmcz": "onzeker", "inspraak": "onzeker"}),
    ("verblijf=geen&sector=apotheek&zorgverleners=30", {"wmcz": "onzeker"}),
    ("verblijf=kort&sector=defensie&zorgverleners=200", {"wmcz": "nee"}),
    ("verblijf=langdurig&sector=ouderenzorg&zorgverleners=900&locaties=8", {"raad-per-locatie": "ja"}),
    # links made before the new questions existed still work
    ("verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&doelgroep=dementie,nah&ervaring=nieuw&clientenraad=opstarten",
     {"wmcz": "ja", "clientenraad": "ja", "raad-per-locatie": "onzeker", "inspraak": "ja"}),
]


@pytest.mark.parametrize(("fragment", "expected"), EXAMPLES)
def test_shared_link_gives_the_readme_answer(keuzehulp, fragment, expected):
    page = keuzehulp
    open_link(page, fragment)
    advice_shown(page)
    for obligation, value in expected.items():
        expect(status(page, obligation)).to_have_attribute("data-status", value)
        expect(status(page, obligation).locator(".iw-badge")).to_have_text(BADGE[value])


def test_new_answers_from_a_link_fill_the_form(keuzehulp):
    page = keuzehulp
    open_link(page, "verblijf=langdurig&sector=ggz&zorgverleners=40&zelfstandig=nee&financiering=wlz,wmo&locaties=3")
    advice_shown(page)
    expect(page.get_by_label("Nee, wij zijn een organisatie, of ik heb mensen in dienst")).to_be_checked()
    expect(page.get_by_label("Wet langdurige zorg (Wlz), bijvoorbeeld via het zorgkantoor")).to_be_checked()
    expect(page.get_by_label("Cliënten betalen zelf")).not_to_be_checked()
    expect(page.get_by_label("Op hoeveel locaties geeft u zorg?")).to_have_value("3")
    expect(status(page, "raad-per-locatie")).to_have_attribute("data-status", "ja")


def test_answering_the_new_questions_updates_advice_and_link(keuzehulp, axe):
    page = keuzehulp
    open_link(page, "verblijf=geen&sector=eerstelijn&zorgverleners=1")
    advice_shown(page)
    # One care provider is an instelling, unless the reader works alone.
    expect(status(page, "wmcz")).to_have_attribute("data-status", "ja")
    page.get_by_label("Ja, ik werk alleen en geef alle zorg zelf").check()
    expect(status(page, "wmcz")).to_have_attribute("data-status", "nee")
    expect(page).to_have_url(re.compile(r"zelfstandig=ja"))
    # The question says why it is asked, folded away until the reader wants it.
    why = page.locator("[data-question=zelfstandig] details")
    expect(why).to_contain_text("Waarom vragen wij dit?")
    accessible(axe, page, "with the new questions")


def test_funding_checkboxes_change_the_answer(keuzehulp):
    page = keuzehulp
    open_link(page, "verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=30")
    advice_shown(page)
    page.get_by_label(re.compile(r"Wmo 2015, via de gemeente")).check()
    expect(status(page, "wmcz")).to_have_attribute("data-status", "onzeker")
    expect(page).to_have_url(re.compile(r"financiering=wmo$"))
    page.get_by_label("Wet langdurige zorg (Wlz), bijvoorbeeld via het zorgkantoor").check()
    expect(status(page, "wmcz")).to_have_attribute("data-status", "ja")
    expect(page).to_have_url(re.compile(r"financiering=wlz,wmo$"))


def test_invalid_new_answers_get_a_dutch_message_beside_the_field(keuzehulp, axe):
    page = keuzehulp
    open_link(page, "verblijf=kort&sector=ggz&zorgverleners=4&zelfstandig=soms&financiering=gemeente&locaties=0")
    expect(page.locator("[data-wizard][data-state=invalid]")).to_be_attached()
    expect(page.locator("[data-error-for=zelfstandig]")).to_contain_text("‘soms’ kennen wij niet")
    expect(page.locator("[data-error-for=financiering]")).to_contain_text("‘gemeente’ kennen wij niet")
    expect(page.locator("[data-error-for=locaties]")).to_contain_text("niet kleiner zijn dan 1")
    expect(page.locator("[data-wizard-result]")).to_be_hidden()
    accessible(axe, page, "with errors on the new questions")


def test_answers_that_contradict_each_other_are_explained_beside_the_field(keuzehulp):
    page = keuzehulp
    open_link(page, "verblijf=geen&sector=ggz&zorgverleners=12&zelfstandig=ja")
    expect(page.locator("[data-wizard][data-state=invalid]")).to_be_attached()
    expect(page.locator("[data-error-for=zelfstandig]")).to_contain_text("u vulde 12 zorgverleners in")
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("1")
    advice_shown(page)
    expect(page.locator("[data-error-for=zelfstandig]")).to_be_hidden()


def test_a_weak_answer_says_so_on_its_outcome_line_and_its_note_comes_once(keuzehulp):
    page = keuzehulp
    # A pharmacy: whether the law applies rests on one source, and every right follows from it.
    open_link(page, "verblijf=geen&sector=apotheek&zorgverleners=30")
    advice_shown(page)
    line = page.locator("[data-wizard-summary] [data-summary-for=wmcz]")
    expect(line).to_contain_text("Niet zeker")
    expect(line.locator("[data-grade]")).to_have_text("Eén bron")  # the short grade, once per answer
    details = page.locator("[data-wizard-obligations]")
    expect(details.get_by_text("Eén betrouwbare bron zegt dit", exact=False)).to_have_count(1)
    expect(status(page, "adviesrecht").locator("[data-slot=certainty-note]")).to_have_text(
        re.compile(r"volgt uit ‘Wmcz 2018 van toepassing’"))
    # A nursing home: nothing weak to say, so no line carries a weak grade.
    open_link(page, "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40")
    advice_shown(page)
    expect(page.locator("[data-wizard-summary] [data-summary-for=wmcz]")).to_be_visible()
    weak = ", ".join(f"[data-wizard-summary] [data-grade={grade}]" for grade in ("single", "seed", "open", "unread"))
    expect(page.locator(weak)).to_have_count(0)
