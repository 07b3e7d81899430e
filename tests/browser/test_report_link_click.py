"""A reader can report an error from any page in two clicks: the link is on the page,
and it opens an e-mail that already names the page and the address the reader has open."""
from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from playwright.sync_api import expect

from inspraakwijzer.serve import serve_in_background

REPORT_TO = "fouten@example.org"  # what the reporting_site fixture (tests/conftest.py) sets

LABEL = "Meld een fout op deze pagina"
# One page of every kind the site has (the built-page test checks the link is on all of them).
PAGES = [
    "", "inspraak/wat-is-inspraak/", "methoden/", "methoden/photovoice/", "methodekaarten/",
    "opleidingen/", "opleidingen/module-werkplan/", "wet-en-regels/", "wet-en-regels/adviesrecht/",
    "keuzehulp/overzicht/", "open-data/", "404.html",
]

# Stop the mail client from opening, and keep what the click would have opened.
RECORD_CLICK = """() => document.addEventListener("click", event => {
  const link = event.target.closest("a[data-report-error]");
  if (link) { window.reported = link.href; event.preventDefault(); }
})"""


def report_after_click(page) -> dict:
    """Click the report link as a reader does; the e-mail it opens, as a dict."""
    page.evaluate(RECORD_CLICK)
    link = page.get_by_role("link", name=LABEL)
    expect(link).to_have_count(1)
    link.scroll_into_view_if_needed()
    expect(link).to_be_visible()
    link.click()
    parts = urlsplit(page.evaluate("window.reported"))
    assert parts.scheme == "mailto"
    return {"to": unquote(parts.path), **{k: v[0] for k, v in parse_qs(parts.query).items()}}


@pytest.fixture(scope="module")
def site_url(reporting_site):
    """The site with `extra.report_error.to` set: the shipped placeholder shows no link."""
    server, url = serve_in_background(reporting_site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("path", PAGES)
def test_report_names_the_page_and_its_address(page, site_url, path, assert_local):
    page.goto(site_url + path)
    mail = report_after_click(page)
    assert mail["to"] == REPORT_TO
    assert mail["subject"].startswith("Fout op Inspraakwijzer: ")
    assert mail["subject"].split(": ", 1)[1] in (page.title() + " " + page.locator("h1").first.inner_text())
    assert f"Adres: {site_url + path}\r\n" in mail["body"]
    assert_local()


def test_report_from_the_keuzehulp_carries_the_answers(page, site_url):
    answers = "#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
    page.goto(site_url + "keuzehulp/" + answers)
    mail = report_after_click(page)
    assert mail["subject"] == "Fout op Inspraakwijzer: Keuzehulp"
    assert f"Adres: {site_url}keuzehulp/{answers}\r\n" in mail["body"]


def test_report_from_an_intranet_copy_names_the_intranet_address(page, reporting_site):
    server, url = serve_in_background(reporting_site, prefix="/intranet/inspraak/")
    try:
        page.goto(url + "methoden/ideeenbord/?embed=1")
        mail = report_after_click(page)
        assert f"Adres: {url}methoden/ideeenbord/\r\n" in mail["body"]  # the page, not its embedded view
    finally:
        server.shutdown()


def test_without_javascript_the_report_names_the_public_address(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "methoden/photovoice/")
        link = page.get_by_role("link", name=LABEL)
        expect(link).to_be_visible()
        body = parse_qs(urlsplit(link.get_attribute("href")).query)["body"][0]
        assert "Adres: https://inspraakwijzer.nl/methoden/photovoice/\r\n" in body
    finally:
        context.close()
