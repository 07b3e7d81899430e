"""The site under the strict Content-Security-Policy the README gives intranets.

Every page type is opened with its scripts at work (search, filters, the
keuzehulp's Python engine, a redirect, embed mode) on a server that sends the
policy (inspraakwijzer.serve) under a sub-path, as an intranet hosts the site,
and asks the browser to report violations. A test
fails on any violation, seen three ways: the page's `securitypolicyviolation`
event, a console error, and the browser's report (which also covers workers,
where no page event fires, e.g. an eval in the engine's worker).
"""
from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from holding import Holding
from inspraakwijzer.serve import POLICY, serve_in_background
from keuzehulp_page import ENGINE_BOOT
from stub_engine import StubEngineServer

pytestmark = pytest.mark.browser

REPORT_WAIT_S = 30
ADVICE = "[data-wizard][data-state=advice]"

# In every frame, before the page's own scripts: pass each violation to the test
# (a binding, so a violation on a page that then navigates away still counts).
LISTENER = """document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation({ directive: event.effectiveDirective, blocked: event.blockedURI,
                          source: event.sourceFile, line: event.lineNumber, page: location.href });
});"""

# A violation on purpose after each page: it shows that the policy is enforced
# (the script must not run) and, once its report has arrived, that the reports
# of what the page did before have arrived too.
CANARY = """() => {
  const script = document.createElement("script");
  script.textContent = "window.__canaryRan = true";
  document.head.appendChild(script);
  return window.__canaryRan === true;
}"""


# As an intranet hosts it: under a sub-path (the other browser tests use the root).
PREFIX = "/intranet/inspraak/"


@pytest.fixture(scope="module")
def csp_server(built_site):
    """The page sweep runs the stub engine; the real one runs under the policy in
    test_every_keuzehulp_state_runs_under_strict_csp (one Pyodide boot, not one per page)."""
    stub = StubEngineServer(built_site, prefix=PREFIX, reports=True)
    assert stub.url.endswith(PREFIX)
    yield stub.server, stub.url
    stub.close()
    assert stub.failures == []


class Watch:
    """Collects violations from a page, its frames and its workers."""

    def __init__(self, page, server):
        self.page, self.server = page, server
        self.events: list[dict] = []
        self.console: list[str] = []
        self.reports_before = len(server.csp_reports)
        page.context.expose_binding("__cspViolation", lambda _source, v: self.events.append(v))
        page.context.add_init_script(LISTENER)
        page.on("console", self.on_console)
        page.on("worker", lambda worker: worker.on("console", self.on_console))

    def on_console(self, message) -> None:
        if message.type == "error" and re.search(r"Content Security Policy|Refused to", message.text):
            self.console.append(message.text)

    def reports(self) -> list[dict]:
        return [r.get("csp-report", r) for r in self.server.csp_reports[self.reports_before:]]

    def assert_clean(self) -> None:
        assert self.page.evaluate(CANARY) is False, "an inline script ran: the policy is not enforced"
        deadline = time.monotonic() + REPORT_WAIT_S
        # Report and event travel on their own ways (server, Playwright); poll for both.
        while not (any(r.get("blocked-uri") == "inline" for r in self.reports())
                   and any(e["blocked"] == "inline" for e in self.events)):
            assert time.monotonic() < deadline, (
                f"the canary was not seen: reports {self.reports()}, events {self.events}")
            self.page.wait_for_timeout(50)
        others, events, console = without_one_inline(self.reports(), "blocked-uri"), \
            without_one_inline(self.events, "blocked"), without_one_inline(self.console)
        assert (events, console, others) == ([], [], []), (
            f"CSP violations:\n events {events}\n console {console}\n reports {others}")


def without_one_inline(found: list, key: str | None = None) -> list:
    """All but the canary: the first blocked inline script (a page's own would be a second)."""
    is_inline = (lambda item: item.get(key) == "inline") if key else (lambda text: "inline script" in text)
    first = next((i for i, item in enumerate(found) if is_inline(item)), None)
    return [item for i, item in enumerate(found) if i != first]


@pytest.fixture
def watch(page, csp_server):
    server, _ = csp_server
    return Watch(page, server)


def use_search(page):
    page.locator(".md-search__input").click()
    page.keyboard.type("photovoice")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=20_000)


def use_filters(page):
    page.get_by_role("checkbox", name="Begin direct").check()
    expect(page.locator("[data-filter-count]")).to_have_text("4 van 14 getoond")
    expect(page.locator("[data-filter-item]:visible")).to_have_count(4)
    expect(page).to_have_url(re.compile(r"\?groep=begin-direct$"))


def see_advice(page):
    expect(page.locator(ADVICE)).to_be_attached(timeout=ENGINE_BOOT)
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    # The service worker has stored the runtime (its traffic counts as well).
    expect(page.locator("html[data-offline-keuzehulp=ready]")).to_be_attached(timeout=ENGINE_BOOT)


def see_empty_form(page):
    """The keuzehulp without answers: the engine boots and asks for the three answers."""
    expect(page.locator("[data-wizard][data-engine=ready]")).to_be_attached(timeout=ENGINE_BOOT)
    expect(page.locator("[data-wizard]")).to_have_attribute("data-state", "incomplete")
    expect(page.locator("[data-wizard-result]")).to_be_hidden()


def see_embed(page):
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.get_by_role("link", name="Bekijk op Inspraakwijzer")).to_be_visible()


def heading(text):
    return lambda page: expect(page.locator("h1")).to_contain_text(text)


SHARED = "#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
PAGES = {
    "home-and-search": ("", use_search),
    "docs-page": ("inspraak/wat-is-inspraak/", heading("inspraak")),
    "methods-overview-filtered": ("methoden/", use_filters),
    "method-page": ("methoden/photovoice/", heading("Photovoice")),
    "method-cards": ("methodekaarten/", heading("methodekaarten")),
    "catalogue": ("opleidingen/", heading("Opleidingen")),
    "offering": ("opleidingen/module-adviseren/", heading("Adviseren")),
    "legal-topic": ("wet-en-regels/adviesrecht/", heading("Adviesrecht")),
    "open-data": ("open-data/", heading("Open data")),
    "keuzehulp-overview": ("keuzehulp/overzicht/", heading("Overzicht")),
    "keuzehulp-empty": ("keuzehulp/", see_empty_form),
    "redirect-to-keuzehulp": ("wizard/" + SHARED, see_advice),
    "embed-method": ("methoden/photovoice/?embed=1", see_embed),
    "embed-keuzehulp": ("keuzehulp/?embed=1" + SHARED, lambda page: (see_embed(page), see_advice(page))),
}


@pytest.mark.parametrize("path, use", PAGES.values(), ids=PAGES.keys())
def test_page_runs_under_strict_csp(page, csp_server, watch, path, use):
    _, url = csp_server
    response = page.goto(url + path)
    assert response.headers["content-security-policy"].startswith(POLICY)
    use(page)
    watch.assert_clean()


def test_every_keuzehulp_state_runs_under_strict_csp(page, built_site):
    """One page through every state of the keuzehulp: a shared link before the engine
    (the runtime held on the server), with the engine's advice, with a plan, an invalid
    link, and printed; then the canary, so a violation in any state fails."""
    holding = Holding(built_site, prefix=PREFIX, reports=True)
    try:
        watch = Watch(page, holding.server)
        response = page.goto(holding.url + "keuzehulp/" + SHARED + "&doelgroep=dementie&onbekend=1")
        assert response.headers["content-security-policy"].startswith(POLICY)
        root = page.locator("[data-wizard]")
        expect(root).to_have_attribute("data-state", "obligations")  # before the engine
        expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
        expect(page.locator("[data-wizard-pending] [data-wizard-status]")).to_contain_text("Stap 1 van 3")
        holding.release()
        see_advice(page)
        expect(page.locator("[data-wizard-link-notice]")).to_contain_text("‘onbekend’")
        page.evaluate("(f) => { location.hash = f; }", SHARED[1:] + "&plan=ideeenbord,clientenpanel&door.ideeenbord=Ans"
                      "&evaluatie=6&terug=%3Cb%3Ebord%3C%2Fb%3E")
        expect(page.locator("[data-plan] tr[data-method]")).to_have_count(2)
        page.evaluate("(f) => { location.hash = f; }", "verblijf=altijd&sector=ggz&zorgverleners=-3&__proto__=1")
        expect(root).to_have_attribute("data-state", "invalid")
        expect(page.locator("[data-error-for=verblijf]")).to_be_visible()
        page.evaluate("(f) => { location.hash = f; }", SHARED[1:] + "&plan=ideeenbord")
        expect(root).to_have_attribute("data-state", "advice")
        page.emulate_media(media="print")
        expect(page.locator("[data-plan] tr[data-method=ideeenbord]")).to_be_visible()
        expect(page.locator("[data-wizard-form]")).to_be_hidden()
        page.pdf(format="A4")
        page.emulate_media(media="null")
        watch.assert_clean()
    finally:
        holding.close()


def test_watch_catches_an_eval_in_a_worker(page, tmp_path):
    """The test above can fail: an eval in a module worker, where no page event
    fires, reaches it as a report."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><title>t</title><script src="page.js"></script></html>', encoding="utf-8")
    (tmp_path / "page.js").write_text(
        'new Worker("worker.mjs", { type: "module" }).onmessage = (e) => { document.title = e.data; };',
        encoding="utf-8")
    (tmp_path / "worker.mjs").write_text(
        'let result = "ran"; try { eval("1"); } catch (error) { result = "blocked"; } postMessage(result);',
        encoding="utf-8")
    server, url = serve_in_background(tmp_path, reports=True)
    try:
        watch = Watch(page, server)
        page.goto(url)
        expect(page).to_have_title("blocked")
        with pytest.raises(AssertionError, match="'blocked-uri': 'eval'"):
            watch.assert_clean()
    finally:
        server.shutdown()
