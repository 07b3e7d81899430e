"""The keuzehulp's form as a reader meets it (issue 18): numbered questions with the
optional ones marked, a notice in view once the outcome is ready, an error summary at
the top for a damaged link, loading that shows each real step, and a phone's comfort
(no text under 16 px, answer options of at least 44 px). At 390 and 1280 px."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from a11y import accessible
from holding import Holding
from keuzehulp_page import advice_shown, open_link
from wizard.contract import QUESTIONS

ROOT = "[data-wizard]"
NUMBER = "Hoeveel mensen verlenen bij u gewoonlijk zorg?"
WIDTHS = [pytest.param((390, 844), id="phone"), pytest.param((1280, 720), id="desktop")]
IN_VIEW = """(el) => { const r = el.getBoundingClientRect();
  return r.height > 0 && r.top > -1 && r.bottom < innerHeight + 1; }"""  # within a pixel: scrolling is subpixel


@pytest.fixture
def holding(built_site):
    server = Holding(built_site)
    yield server
    server.close()


@pytest.mark.parametrize("size", WIDTHS)
def test_numbered_questions_and_a_ready_notice_in_view_that_leads_to_the_outcome(page, site_url, size,
                                                                                 assert_accessible):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(site_url + "keuzehulp/")
    labels = page.locator("[data-wizard-form] .iw-question-label")
    expect(labels).to_have_count(len(QUESTIONS))
    for number, (question, label) in enumerate(zip(QUESTIONS, labels.all(), strict=True), start=1):
        expect(label).to_contain_text(f"Vraag {number} van {len(QUESTIONS)}")
        assert ("(niet verplicht)" in label.text_content()) == (not question.required), question.id
    ready = page.locator("[data-outcome-ready]")
    page.get_by_label("Ja, cliënten wonen langdurig bij ons").check()
    page.get_by_label("Gehandicaptenzorg").check()
    expect(ready).to_be_hidden()  # two of the three required answers: nothing to show yet
    page.get_by_label(NUMBER).fill("1.200" if size[0] < 600 else "30")  # as a Dutch reader writes it
    expect(ready).to_be_visible()
    expect(ready).to_contain_text("Uw uitkomst staat klaar.")
    assert ready.evaluate(IN_VIEW), "the notice is not on screen where the reader answered"
    assert re.search(r"zorgverleners=(1200|30)(&|$)", page.evaluate("location.hash"))
    assert_accessible(f"outcome ready at {size[0]} px")
    ready.get_by_role("link").click()
    title = page.locator("#uitkomst-titel")
    expect(title).to_be_focused()
    assert title.evaluate(IN_VIEW), title.evaluate("(el) => JSON.stringify(el.getBoundingClientRect())")


def test_a_shared_link_opens_on_the_outcome_without_the_notice(page, site_url):
    page.goto(site_url + "keuzehulp/#verblijf=langdurig&sector=gehandicaptenzorg&zorgverleners=30")
    expect(page.locator(ROOT)).to_have_attribute("data-layout", "outcome-first")
    expect(page.locator(ROOT)).to_have_attribute("data-state", re.compile("^(obligations|advice)$"))
    expect(page.locator("[data-outcome-ready]")).to_be_hidden()


@pytest.mark.parametrize("size", WIDTHS)
def test_a_damaged_link_gets_an_error_summary_at_the_top_in_plain_words(keuzehulp, size, axe):
    page = keuzehulp
    page.set_viewport_size({"width": size[0], "height": size[1]})
    try:
        open_link(page, "verblijf=langdurig&sector=ouderen")  # cut off after the sector, and that mistyped
        summary = page.locator("[data-error-summary]")
        expect(summary).to_be_visible()
        expect(summary).to_be_focused()
        expect(summary).to_have_attribute("role", "alert")
        assert summary.evaluate("(el) => el.getBoundingClientRect().top") < 200
        items = summary.locator("li")
        expect(items).to_have_text(["Sector: ‘ouderen’ kennen wij niet.",
                                    "Aantal zorgverleners: dit antwoord ontbreekt."])
        # No internal value list anywhere: the options themselves are one link away.
        for shown in (summary, page.locator("[data-error-for=sector]")):
            assert "huishoudelijke-hulp" not in shown.text_content()
        expect(page.locator("[data-error-for=sector]")).to_have_text("Sector: ‘ouderen’ kennen wij niet.")
        accessible(axe, page, f"error summary at {size[0]} px")
        items.nth(0).get_by_role("link").click()
        expect(page.locator("#vraag-sector input").first).to_be_focused()
        items.nth(1).get_by_role("link").click()
        expect(page.get_by_label(NUMBER)).to_be_focused()
        # A complete link takes the summary away.
        open_link(page, "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40")
        expect(summary).to_be_hidden()
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})


@pytest.mark.parametrize("size", WIDTHS)
def test_loading_shows_each_real_step_and_bytes_only_while_they_travel(page, holding, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(holding.url + "keuzehulp/#verblijf=kort&sector=ggz&zorgverleners=18")
    status = page.locator("[data-wizard-status]")
    expect(status).to_have_attribute("data-step", "runtime")
    expect(status.locator("[data-wizard-bytes]")).to_contain_text(" MB van ")
    page.evaluate("""() => {
      const status = document.querySelector("[data-wizard-status]");
      window.__steps = [[status.dataset.step, status.querySelector("[data-wizard-bytes]").textContent]];
      new MutationObserver(() => window.__steps.push([status.dataset.step,
        status.querySelector("[data-wizard-bytes]").textContent])).observe(status,
        { attributes: true, attributeFilter: ["data-step"] });
    }""")
    holding.release()
    advice_shown(page)
    steps = page.evaluate("window.__steps")
    assert len({step for step, _ in steps}) >= 2, steps
    assert [step for step, _ in steps] == sorted({step for step, _ in steps},
                                                 key=["runtime", "start", "engine"].index), steps
    assert all(bytes_ == "" for step, bytes_ in steps if step != "runtime"), steps


def test_on_a_phone_no_text_is_under_16px_and_each_option_is_a_44px_target(keuzehulp):
    page = keuzehulp
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        open_link(page, "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&doelgroep=dementie&ervaring=nieuw")
        advice_shown(page)
        page.locator("[data-wizard-obligations] details").first.evaluate("(d) => { d.open = true; }")
        small = page.evaluate("""() => {
          const walker = document.createTreeWalker(document.querySelector("[data-wizard]"), NodeFilter.SHOW_TEXT);
          const small = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el.checkVisibility() || el.closest("template, svg")) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 16) small.push(`${size}px ${el.tagName}.${el.className}: ${node.textContent.trim().slice(0, 40)}`);
          }
          return small;
        }""")
        assert small == [], "\n".join(small)
        heights = page.locator("[data-wizard-form] .iw-option").evaluate_all(
            "(labels) => labels.map((l) => [l.textContent.trim().slice(0, 30), l.getBoundingClientRect().height])")
        assert heights and all(h >= 44 for _, h in heights), [x for x in heights if x[1] < 44]
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})
