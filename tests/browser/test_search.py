"""Search finds the same pages with or without the diaeresis (issue 21, decisions/0013)."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect


def _results(page, query: str) -> list[str]:
    box = page.locator(".md-search__input")
    box.click()
    box.fill(query)
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_contain_text("gevonden", timeout=20_000)
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    # The list is complete when the count in the heading matches the items shown.
    count = int(meta.inner_text().split()[0])
    expect(page.locator(".md-search-result__item")).to_have_count(min(count, 10))
    return [a.get_attribute("href") for a in page.locator(".md-search-result__item > a").all()] + [str(count)]


@pytest.mark.parametrize("plain, accented", [("clientenraad", "cliëntenraad"), ("clienten", "cliënten"),
                                             ("ideeenbord", "ideeënbord")])
def test_a_word_typed_without_its_diaeresis_finds_the_same_pages(page, site_url, plain, accented, assert_local):
    page.goto(site_url)
    expected = _results(page, accented)
    assert _results(page, plain) == expected
    assert int(expected[-1]) > 1
    # The folded words are there for the index only: the result list never shows them.
    assert plain not in page.locator(".md-search-result").inner_text().lower()
    assert_local()
