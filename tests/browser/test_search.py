"""Search finds the same pages with or without the diaeresis (issue 21, decisions/0013)."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from inspraakwijzer.serve import serve_in_background


@pytest.fixture(scope="module")
def plain_url(built_site):
    """The site from the project's own server: search needs no keuzehulp engine, stub or real."""
    server, url = serve_in_background(built_site)
    yield url
    server.shutdown()


def _found(page, query: str) -> int:
    """How many pages the theme's search finds for `query`, typed key by key as a reader does
    (the theme reads the box on keyup: a value set without keys is never searched)."""
    box = page.locator(".md-search__input")
    box.click()
    box.select_text()
    box.press("Backspace")
    meta = page.locator(".md-search-result__meta")
    expect(meta).not_to_contain_text("gevonden")  # the last query's results are gone
    box.press_sequentially(query)
    # The results are for the whole query (not a prefix typed on the way) when a link
    # highlights it: the theme puts the query in each result's address (?h=...).
    expect(page.locator(f'.md-search-result__item > a[href*="h={quote(query)}"]').first).to_be_attached()
    expect(meta).to_contain_text("gevonden")
    return int(meta.inner_text().split()[0])


@pytest.mark.parametrize("plain, accented", [("clientenraad", "cliëntenraad"), ("clienten", "cliënten"),
                                             ("ideeenbord", "ideeënbord")])
def test_a_word_typed_without_its_diaeresis_finds_the_same_pages(page, plain_url, plain, accented, assert_local):
    page.goto(plain_url)
    expected = _found(page, accented)
    assert expected > 1
    # The same pages: the count is what the theme shows (its order may differ, as a
    # folded word is a second token of the page).
    assert _found(page, plain) == expected
    # The folded words are there for the index only: the result list never shows them.
    # (clientenraad.nl, a web address in the content, is spelled that way.)
    shown = page.locator(".md-search-result").inner_text().lower()
    assert not re.search(rf"\b{plain}\b(?!\.nl)", shown), shown
    assert_local()
