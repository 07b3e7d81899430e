"""User journeys on the built site, in headless Chromium."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def test_home_page_routes_the_three_visitors(page, site_url, assert_local, assert_accessible):
    page.goto(site_url)
    expect(page.locator("h1")).to_contain_text("Inspraakwijzer")
    cards = page.locator(".grid.cards li")
    expect(cards).to_have_count(3)
    assert_accessible("on the home page")
    assert_local()


def test_method_page_loads(page, site_url, requests_seen, assert_local, assert_accessible):
    page.goto(site_url + "methoden/photovoice/")
    expect(page.locator("h1")).to_contain_text("Photovoice")
    expect(page.locator("[data-method=photovoice]")).to_be_visible()
    assert_accessible("on a method page")
    assert_local()
    # Content pages never pay for the keuzehulp's Python runtime.
    assert [u for u in requests_seen if "/assets/pyodide/" in u or "/assets/keuzehulp/" in u] == []


def test_overview_filter_narrows_and_lives_in_url(page, site_url, assert_local, assert_accessible):
    page.goto(site_url + "methoden/")
    items = page.locator("[data-filter-item]")
    expect(items).to_have_count(14)
    expect(page.locator("[data-filter-item] > a[href]")).to_have_count(14)  # real links, not Markdown text
    expect(page.locator("[data-filter-item]", has_text="](")).to_have_count(0)
    expect(page.locator("[data-filter-item]:visible")).to_have_count(14)
    assert_accessible("on the methods overview")

    page.get_by_role("checkbox", name="Begin direct").check()
    expect(page.locator("[data-filter-item]:visible")).to_have_count(4)
    expect(page).to_have_url(re.compile(r"\?groep=begin-direct$"))
    expect(page.locator("[data-filter-count]")).to_have_text("4 van 14 getoond")

    # A second facet narrows further (AND across facets).
    page.get_by_role("checkbox", name="Weinig moeite").check()
    expect(page).to_have_url(re.compile(r"groep=begin-direct&moeite=laag"))
    narrowed = page.locator("[data-filter-item]:visible").count()
    assert 0 < narrowed <= 4

    # Opening the linked URL restores the same filter.
    url = page.url
    page.goto("about:blank")
    page.goto(url)
    expect(page.get_by_role("checkbox", name="Begin direct")).to_be_checked()
    expect(page.locator("[data-filter-item]:visible")).to_have_count(narrowed)
    assert_local()


def test_overview_without_javascript_shows_everything(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "methoden/?groep=begin-direct")
    expect(page.locator("[data-filter-item]:visible")).to_have_count(14)
    expect(page.locator("[data-filter-form]")).to_be_hidden()
    context.close()
