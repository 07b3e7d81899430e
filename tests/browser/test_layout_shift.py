"""The finders do not move when their filters appear (issue 21: CLS 0.11-0.12 before)."""
from __future__ import annotations

import pytest

# Google's threshold for a good Cumulative Layout Shift.
GOOD_CLS = 0.1
# Every layout shift of the page so far, without those right after input (as CLS counts them).
CLS = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""


@pytest.mark.parametrize("path", ["methoden/", "opleidingen/"])
@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_a_finder_does_not_move_when_its_filters_appear(browser, site_url, path, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(site_url + path)
        page.wait_for_selector("[data-filter-form]:not([hidden])")
        page.wait_for_function("document.readyState === 'complete' && document.fonts.status === 'loaded'")
        shift = page.evaluate(CLS)
        assert shift <= GOOD_CLS, f"{path} at {width}px shifts {shift:.3f}"
    finally:
        context.close()


def test_without_scripts_the_filters_take_no_room(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + "methoden/")
        assert page.locator(".iw-finder").evaluate("e => getComputedStyle(e).display") != "grid"
        assert page.locator("[data-filter-form]").evaluate("e => getComputedStyle(e).display") == "none"
    finally:
        context.close()
