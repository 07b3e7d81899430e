"""A chosen doelgroep that no method is made for is named plainly on the result, with the closest fit;
one the sources make only one method for gets one plain line that says so.

Today every doelgroep has a method tagged for it (data/methods.yaml `suited_for`),
so the real data never reaches this part of the page. The test serves the
engine's data with one group's tags taken away (the engine is unchanged), as an
editor's change would do, and reads what the reader then sees.
"""
from __future__ import annotations

import json

from playwright.sync_api import expect

from a11y import accessible
from keuzehulp_page import ENGINE_BOOT, open_link, start_engine

GROUP = "verstandelijke-beperking"
ANSWERS = f"verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=120&doelgroep={GROUP}&ervaring=bezig"


def without_tags_for(group: str):
    """A route handler: the engine's data.json with no method tagged for `group`."""
    def handle(route):
        data = json.loads(route.fetch().text())
        for method in data["methods"]["methods"]:
            method["suited_for"] = [g for g in method.get("suited_for") or [] if g != group]
        route.fulfill(json=data)
    return handle


def test_a_doelgroep_without_a_method_is_named_with_the_closest_fit(browser, site_url, site_data, axe):
    closest = [m for m in site_data["methods"]["methods"] if GROUP in ((m.get("fit") or {}).get("doelgroep") or {})]
    assert closest, "some method's fit must say what in it comes close to this group"
    context = browser.new_context(service_workers="block")  # the engine's requests go through the route
    context.route("**/assets/keuzehulp/data.json", without_tags_for(GROUP))
    try:
        page = context.new_page()
        page.goto(site_url + "keuzehulp/")
        start_engine(page)
        expect(page.locator("[data-wizard][data-engine=ready]")).to_be_attached(timeout=ENGINE_BOOT)
        open_link(page, ANSWERS)
        expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached()
        label = site_data["vocabulary"]["doelgroep"][GROUP]["label"]
        note = page.locator(f"[data-doelgroep-note={GROUP}]")
        expect(note).to_be_visible()
        expect(note).to_contain_text(f"Geen van deze manieren is speciaal gemaakt voor ‘{label}’")
        for method in closest:
            expect(note).to_contain_text(method["name"])
        # The closest fit is among the recommended methods, and its reason says why for this group.
        recommended = page.locator("[data-wizard-recommended] [data-recommended]")
        ids = [el.get_attribute("data-method") for el in recommended.element_handles()]
        near = [m["id"] for m in closest if m["id"] in ids]
        assert near, (ids, [m["id"] for m in closest])
        reasons = page.locator(f"[data-wizard-recommended] [data-method={near[0]}] .iw-reasons").first
        expect(reasons).to_contain_text(f"‘{label}’")
        accessible(axe, page, "with the doelgroep note")
        # A group the sources make only one method for (issue 18): one plain line says so.
        thin = next(g for g in site_data["vocabulary"]["doelgroep"] if g != GROUP and len(
            [m for m in site_data["methods"]["methods"] if g in (m.get("suited_for") or [])]) == 1)
        open_link(page, ANSWERS.replace(f"doelgroep={GROUP}", f"doelgroep={thin}"))
        few = page.locator(f"[data-doelgroep-note={thin}]")
        expect(few).to_be_visible()
        expect(few).to_contain_text("noemen de bronnen weinig manieren")
        expect(page.locator(f"[data-doelgroep-note={GROUP}]")).to_have_count(0)
    finally:
        context.close()
