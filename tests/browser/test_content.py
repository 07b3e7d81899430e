"""Legal pages and the LOC catalogue in the browser."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

TOPICS = [
    "inspraak-in-de-wet", "wanneer-een-clientenraad", "adviesrecht", "instemmingsrecht",
    "overige-rechten-en-plichten", "zeggenschap-inspraak-medezeggenschap", "raad-of-panel",
    "contact-met-de-achterban", "over-deze-informatie",
]


@pytest.mark.parametrize("topic", TOPICS)
def test_legal_page_loads_accessibly(page, site_url, topic, assert_local, assert_accessible):
    page.goto(site_url + f"wet-en-regels/{topic}/")
    expect(page.locator(f"[data-topic='{topic}']")).to_be_attached()
    assert_accessible(f"on wet-en-regels/{topic}/")
    assert_local()


def test_verbouwing_question_answered_with_article_and_certainty(page, site_url):
    """'Hebben wij adviesrecht over de verbouwing?' — the page says which article and how sure."""
    page.goto(site_url + "wet-en-regels/adviesrecht/")
    section = page.locator("#verbouwing")
    expect(section).to_be_attached()
    table_row = page.locator("tr", has_text="art. 7 lid 1 onder h Wmcz 2018")
    expect(table_row).to_contain_text("langdurig")
    expect(table_row).to_contain_text("Eén bron")
    link = page.locator("a[data-article='wmcz-art-7']").first
    expect(link).to_have_attribute("href", re.compile(r"^https://wetten\.overheid\.nl/.*BWBR0042065"))


def test_catalogue_filter_by_kind_survives_reload(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "opleidingen/")
    expect(page.locator("[data-filter-item]")).to_have_count(36)
    expect(page.locator("[data-filter-item] > a[href]")).to_have_count(36)
    page.locator("[data-filter-item] > a").first.click()
    expect(page.locator("[data-offering]")).to_be_attached()
    page.go_back()
    assert_accessible("on the catalogue")
    page.get_by_role("checkbox", name="Coachingstraject").check()
    expect(page).to_have_url(re.compile(r"\?soort=coachingstraject$"))
    shown = page.locator("[data-filter-item]:visible")
    expect(shown).not_to_have_count(36)
    count = shown.count()
    assert count > 0
    for item in shown.element_handles():
        assert item.get_attribute("data-soort") == "coachingstraject"
    page.reload()
    expect(page.get_by_role("checkbox", name="Coachingstraject")).to_be_checked()
    expect(page.locator("[data-filter-item]:visible")).to_have_count(count)
    assert_local()


def test_offering_page_links_law_and_methods(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "opleidingen/traject-spiegelgesprekken/")
    expect(page.locator("[data-offering=traject-spiegelgesprekken]")).to_be_attached()
    expect(page.get_by_role("link", name="Spiegelgesprekken").first).to_be_visible()
    assert_accessible("on an offering page")
    # The method page shows the offering back ("Training hierover").
    page.goto(site_url + "methoden/spiegelgesprekken/")
    expect(page.locator("dt", has_text="Training hierover")).to_be_visible()
    assert_local()
