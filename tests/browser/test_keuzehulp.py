"""The keuzehulp in the browser: the same Python engine under Pyodide."""
from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "profiles.json"
ENGINE_BOOT = 120_000  # ms: Pyodide boots in seconds; the limit only stops a hung test


def advice_shown(page):
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)


def statuses(page) -> dict:
    return {el.get_attribute("data-obligation"): el.get_attribute("data-status")
            for el in page.locator("[data-obligation]").element_handles()}


def test_answer_from_scratch(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "keuzehulp/")
    # The form is usable at once; the overview link is there until the engine is ready.
    expect(page.get_by_role("link", name="overzicht van alle uitkomsten").first).to_be_visible()
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
        "commissie-van-vertrouwenslieden": "ja",
    }
    # Long stay: art. 7 h (huisvesting) is among the adviesrecht items, with its article link.
    expect(page.locator("[data-obligation=adviesrecht] [data-item=art7-h]")).to_be_visible()
    expect(page.locator("[data-obligation=adviesrecht] a[href^='https://wetten.overheid.nl/']").first).to_be_visible()
    expect(page).to_have_url(re.compile(r"#verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=30$"))
    expect(page.locator("[data-wizard-methods] li[data-suggestion]").first).to_be_visible()
    assert_accessible("on the keuzehulp with advice")
    assert_local()


def test_shared_link_shows_same_advice_and_reacts_to_changes(page, site_url, assert_local):
    page.goto(site_url + "keuzehulp/#verblijf=kort&sector=ziekenhuis&zorgverleners=11")
    advice_shown(page)
    expect(page.get_by_label("Ziekenhuis")).to_be_checked()
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(page.locator("[data-obligation=inspraak]")).to_have_attribute("data-status", "nee")
    # Short stay: art. 8 g (day and night) applies, art. 7 h (long stay only) does not.
    expect(page.locator("[data-item=art8-g]")).to_be_attached()
    expect(page.locator("[data-item=art7-h]")).to_have_count(0)

    # 10 people is the boundary: no council required any more, and the rights that hang on it go.
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("10")
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "nee")
    expect(page.locator("[data-obligation=adviesrecht]")).to_have_attribute("data-status", "nee")
    expect(page).to_have_url(re.compile(r"zorgverleners=10$"))
    assert_local()


def test_bad_fragment_gets_a_dutch_message_next_to_the_field(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "keuzehulp/#verblijf=altijd&sector=ouderenzorg&zorgverleners=-3")
    expect(page.locator("[data-wizard][data-state=invalid]")).to_be_attached(timeout=ENGINE_BOOT)
    verblijf_error = page.locator("[data-error-for=verblijf]")
    expect(verblijf_error).to_be_visible()
    expect(verblijf_error).to_contain_text("‘altijd’ kennen wij niet")
    expect(page.locator("[data-error-for=zorgverleners]")).to_contain_text("niet kleiner zijn dan 0")
    expect(page.locator("[data-wizard-result]")).to_be_hidden()
    assert_accessible("with field errors")
    # Fixing the answer clears the message and shows advice.
    page.get_by_label("Nee, cliënten verblijven niet bij ons").check()
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("5")
    advice_shown(page)
    expect(verblijf_error).to_be_hidden()
    assert_local()


def test_golden_file_under_pyodide_matches_cpython(page, site_url):
    """Every golden profile, run by the engine under Pyodide in Chromium, gives the golden advice."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    page.goto(site_url + "keuzehulp/")
    results = page.evaluate(
        """async (profiles) => {
            const worker = new Worker(new URL("../assets/js/keuzehulp-worker.mjs", location.href), {type: "module"});
            const answers = new Map();
            const done = new Promise((resolve, reject) => {
                worker.onerror = (e) => reject(new Error(e.message));
                worker.onmessage = (event) => {
                    const m = event.data;
                    if (m.type === "failed") reject(new Error(m.detail));
                    if (m.type !== "advice") return;
                    answers.set(m.id, m.result);
                    if (answers.size === profiles.length) resolve();
                };
            });
            profiles.forEach((profile, i) => worker.postMessage({id: i, answers: profile}));
            await done;
            worker.terminate();
            return profiles.map((_, i) => JSON.stringify(answers.get(i)));
        }""",
        [case["profile"] for case in golden],
    )
    assert len(results) == len(golden) >= 40
    for case, text in zip(golden, results):
        result = json.loads(text)
        assert result["errors"] == [], case["name"]
        assert result["advice"] == case["advice"], case["name"]


def test_static_overview_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "keuzehulp/")
    expect(page.get_by_role("link", name="overzicht van alle uitkomsten").first).to_be_visible()
    page.get_by_role("link", name="overzicht van alle uitkomsten").first.click()
    expect(page.locator("h1")).to_contain_text("Overzicht van de keuzehulp")
    expect(page.locator("table").first).to_be_visible()
    context.close()


def test_result_prints_without_the_form(page, site_url):
    page.goto(site_url + "keuzehulp/#verblijf=geen&sector=ggz&zorgverleners=50")
    advice_shown(page)
    page.emulate_media(media="print")
    expect(page.locator("[data-wizard-form]")).to_be_hidden()
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator("[data-wizard-result]")).to_be_visible()
    expect(page.locator("[data-wizard-date]")).not_to_be_empty()
    expect(page.locator("[data-wizard-answers] dd").first).to_be_visible()
    expect(page.locator("[data-obligation=adviesrecht] a[href^='https://wetten.overheid.nl/']").first).to_be_visible()
    expect(page.locator("[data-wizard-disclaimer]")).to_contain_text("geen juridisch advies")
    expect(page.get_by_role("link", name="Wijzig").first).to_be_hidden()
