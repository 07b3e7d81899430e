"""Method pages, the methods overview and the training catalogue as a reader sees
them on a phone (390 px) and a laptop (1280 px): what is in the first screen, the
folded filters and their count, and axe at both widths."""
from __future__ import annotations

import re

import pytest
from a11y import accessible
from playwright.sync_api import expect
from screens import LAPTOP, PHONE, SCREENS, in_first_screen

FINDERS = pytest.mark.parametrize("path, items", [("methoden/", 14), ("opleidingen/", 36)])


# --- a method page ------------------------------------------------------------

@SCREENS
def test_method_page_leads_with_the_method_and_shares_at_the_end(on, site_url, site_data, axe, screen):
    page = on(screen)
    page.goto(site_url + "methoden/photovoice/")
    method = next(m for m in site_data["methods"]["methods"] if m["id"] == "photovoice")
    vocabulary = site_data["vocabulary"]
    expect(page.locator("[data-method=photovoice]")).to_have_text(" ".join(method["summary"].split()))

    # The facets: one compact block, the editors' estimate labelled as such.
    facets = page.locator("[data-facets]")
    expect(facets).to_be_visible()
    expect(facets.locator("[data-facet=groep] dd")).to_have_text(vocabulary["group"][method["group"]]["label"])
    for p in method["participants"]:
        expect(facets.locator("[data-facet=deelnemers] dd")).to_contain_text(vocabulary["participants"][p]["label"])
    estimate = facets.locator("[data-estimate]")
    expect(estimate.locator("[data-facet=moeite] dd")).to_have_text(vocabulary["effort"][method["effort"]]["label"])
    expect(estimate).to_contain_text(site_data["methods"]["ratings"]["label"])
    # What it is comes before the share tools, which follow the content.
    what = page.get_by_role("heading", name="Wat is het?")
    share = page.locator("[data-share]")
    assert what.bounding_box()["y"] < share.bounding_box()["y"]
    assert page.get_by_role("heading", name="Bronnen").bounding_box()["y"] < share.bounding_box()["y"]
    accessible(axe, page, f"on a method page at {screen['width']} px")


@SCREENS
def test_every_method_page_shows_its_facets_and_what_it_is_in_the_first_screen(on, site_url, site_data, screen):
    """The facets are compact enough that the description starts in the first screen, also on a phone."""
    page = on(screen)
    late = []
    for method in site_data["methods"]["methods"]:
        page.goto(site_url + f"methoden/{method['id']}/")
        if not (in_first_screen(page.locator("[data-facets]"), screen)
                and in_first_screen(page.get_by_role("heading", name="Wat is het?"), screen)):
            late.append(method["id"])
    assert late == [], f"at {screen['width']}x{screen['height']} the description starts below the first screen"


# --- the overviews: methods and training ----------------------------------------

@FINDERS
def test_on_a_phone_the_filters_fold_and_the_list_starts_in_the_first_screen(on, site_url, axe, path, items):
    page = on(PHONE)
    page.goto(site_url + path)
    panel = page.locator("[data-filter-panel]")
    expect(page.locator("[data-filter-form]")).to_be_visible()
    expect(panel).not_to_have_attribute("open", "")
    expect(page.locator("[data-filter-form] input[type=checkbox]").first).to_be_hidden()
    expect(page.locator("[data-filter-count]")).to_have_text(f"{items} van {items} getoond")
    first = page.locator("[data-filter-item] > a").first
    expect(first).to_be_visible()
    assert in_first_screen(first, PHONE), f"the first item of {path} is below the first screen"
    accessible(axe, page, f"on {path} at 390 px, filters folded")


def test_the_folded_filters_work_from_the_keyboard_and_count_the_matches(on, site_url, axe):
    page = on(PHONE)
    page.goto(site_url + "methoden/")
    summary = page.locator("[data-filter-panel] > summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-filter-panel]")).to_have_attribute("open", "")
    box = page.get_by_role("checkbox", name="Begin direct")
    box.focus()
    page.keyboard.press("Space")
    expect(box).to_be_checked()
    expect(page.locator("[data-filter-count]")).to_have_text("4 van 14 getoond")
    expect(page.locator("[data-filter-item]:visible")).to_have_count(4)
    expect(page).to_have_url(re.compile(r"\?groep=begin-direct$"))
    expect(page.locator("[data-filter-active]")).to_have_text("1 gekozen")
    accessible(axe, page, "on methoden/ at 390 px, filters open")

    # "Toon de methoden" folds the filters; the summary still says a filter is on.
    page.get_by_role("button", name="Toon de methoden").click()
    expect(page.locator("[data-filter-panel]")).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("1 gekozen")
    assert in_first_screen(page.locator("[data-filter-item]:visible > a").first, PHONE)

    # A shared link opens with the filter applied, folded, and says so.
    page.goto(site_url + "methoden/?groep=begin-direct,breid-het-uit&moeite=laag")
    expect(page.locator("[data-filter-panel]")).not_to_have_attribute("open", "")
    expect(page.locator("[data-filter-active]")).to_have_text("3 gekozen")
    shown = page.locator("[data-filter-item]:visible").count()
    expect(page.locator("[data-filter-count]")).to_have_text(f"{shown} van 14 getoond")


@FINDERS
def test_on_a_laptop_the_filters_stand_beside_the_list(on, site_url, axe, path, items):
    page = on(LAPTOP)
    page.goto(site_url + path)
    expect(page.locator("[data-filter-panel]")).to_have_attribute("open", "")
    form = page.locator("[data-filter-form]").bounding_box()
    first = page.locator("[data-filter-item] > a").first
    assert form["x"] + form["width"] <= first.bounding_box()["x"], "the filters are not beside the list"
    assert in_first_screen(first, LAPTOP)
    expect(page.locator("[data-filter-count]")).to_have_text(f"{items} van {items} getoond")
    # The count follows the ticks; Alle filters wissen brings every item back.
    page.locator("[data-filter-form] input[type=checkbox]").first.check()
    expect(page.locator("[data-filter-count]")).not_to_have_text(f"{items} van {items} getoond")
    expect(page.locator("[data-filter-count]")).to_have_text(
        f"{page.locator('[data-filter-item]:visible').count()} van {items} getoond")
    page.get_by_role("button", name="Alle filters wissen").click()
    expect(page.locator("[data-filter-count]")).to_have_text(f"{items} van {items} getoond")
    accessible(axe, page, f"on {path} at 1280 px")


# --- slips ----------------------------------------------------------------------

def test_instemmingsrecht_table_says_who_in_the_voor_wie_column(page, site_url, site_data):
    """Art. 8 c's explanation (the klachtenfunctionaris of art. 15 Wkkgz) once stood under "Voor wie"."""
    law = site_data["law"]
    audience = law["item_applies_to"]
    page.goto(site_url + "wet-en-regels/instemmingsrecht/")

    table = page.locator("table", has=page.locator("th", has_text="Voor wie"))
    columns = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    who, subject = columns.index("Voor wie"), columns.index("Onderwerp")
    items = [i for i in law["items"] if i["article"] == "wmcz-art-8"]
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(len(items))
    for row, item in zip(rows.all(), items):
        cells = row.locator("th, td")
        expected = " ".join(audience[c] for c in item.get("when", [])) or audience["all"]
        expect(cells.nth(who)).to_have_text(expected)
        if item.get("explanation"):
            expect(cells.nth(subject)).to_contain_text(" ".join(item["explanation"].split()))


@pytest.mark.parametrize("topic", ["adviesrecht", "instemmingsrecht"])
def test_items_tables_scroll_by_keyboard_on_a_phone(on, site_url, axe, topic):
    page = on(PHONE)
    page.goto(site_url + f"wet-en-regels/{topic}/")
    region = page.locator("[data-law-items]")
    expect(region).to_have_attribute("tabindex", "0")
    expect(region).to_have_accessible_name(re.compile(r"\S"))
    assert region.evaluate("e => e.scrollWidth > e.clientWidth")
    accessible(axe, page, f"on wet-en-regels/{topic}/ at 390 px")


@SCREENS
def test_keuzehulp_overview_names_sectors_properly_and_scrolls_by_keyboard(on, site_url, site_data, axe, screen):
    page = on(screen)
    page.goto(site_url + "keuzehulp/overzicht/")
    sector = next(q for q in site_data["wizard"]["questions"] if q["id"] == "sector")
    regions = page.locator("[data-overview]")
    expect(regions).to_have_count(3)
    for region in regions.all():
        expect(region).to_have_attribute("tabindex", "0")
        expect(region).to_have_accessible_name(re.compile(r"\S"))
        labels = [" ".join(t.split()) for t in region.locator("th[scope=rowgroup]").all_inner_texts()]
        assert labels == [" ".join(o["label"].split()) for o in sector["options"]]
    if screen is PHONE:  # the table is wider than a phone: its box scrolls, by keyboard too
        region = regions.first
        assert region.evaluate("e => e.scrollWidth > e.clientWidth")
        region.focus()
        page.keyboard.press("ArrowRight")
        expect(region).not_to_have_js_property("scrollLeft", 0)
    accessible(axe, page, f"on keuzehulp/overzicht/ at {screen['width']} px")


def test_raad_of_panel_marks_the_unconfirmed_letter_it_cites(page, site_url):
    page.goto(site_url + "wet-en-regels/raad-of-panel/")
    paragraph = page.locator("p", has_text="art. 8 lid 1 onder k")
    expect(paragraph).to_contain_text("letter")
    expect(paragraph).to_contain_text("niet bevestigd")
    expect(paragraph).to_contain_text("Controleer dit in de wettekst")
