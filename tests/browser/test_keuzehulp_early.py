"""Before the engine: a shared link shows what the law asks at once, from the
build's table (early.json), while the Python runtime loads with visible
progress; then the engine takes over without a flash.

The server holds the runtime's wasm (holding.py), so "before the engine" lasts
as long as a test needs; nothing here waits on a clock.
"""
from __future__ import annotations

import json
import random

import pytest
from playwright.sync_api import expect

from scripts.bench import cls as layout_shift  # CLS as Chrome counts it, the same count the benchmark reports

from holding import Holding
import wizard
from inspraakwijzer import early_advice, early_links
from wizard import contract
from wizard.plan import answer
from keuzehulp_page import ENGINE_BOOT, start_engine

LINK = ("verblijf=kort&sector=ggz&zorgverleners=18&doelgroep=naasten,jongeren&ervaring=nieuw"
        "&plan=ideeenbord&terug=Op+het+bord&onbekend=1")
ROOT = "[data-wizard]"


@pytest.fixture
def holding(built_site):
    server = Holding(built_site)
    yield server
    server.close()


@pytest.fixture(scope="module")
def early(built_site) -> dict:
    return json.loads((built_site / "assets" / "keuzehulp" / early_advice.FILE).read_text(encoding="utf-8"))


def megabytes(n: float) -> str:
    return f"{n / 1e6:.1f}".replace(".", ",") + " MB"


def shown_obligations(page) -> list[dict]:
    """What the page shows of each obligation, as text, in order."""
    return page.evaluate("""() => [...document.querySelectorAll("[data-wizard-obligations] [data-obligation]")].map((d) => ({
        id: d.dataset.obligation, status: d.dataset.status,
        title: d.querySelector("[data-slot=title]").textContent,
        why: d.querySelector("[data-slot=why]").textContent,
        articles: [...d.querySelectorAll("[data-slot=articles] a")].map((a) => a.href),
        items: [...d.querySelectorAll("[data-item]")].map((li) => li.dataset.item),
        summary: ((line) => line.querySelector("[data-slot=link]").textContent + " " +
          line.querySelector("[data-slot=status]").textContent)(document.querySelector(`[data-summary-for="${d.dataset.obligation}"]`)),
    }))""")


def expected_obligations(fragment: str, data: dict) -> list[dict]:
    """The same, from the engine under CPython."""
    pairs = dict(part.split("=", 1) for part in fragment.replace("+", " ").split("&"))
    labels = data["wizard"]["result"]["status"]
    return [{"id": o["id"], "status": o["status"], "title": o["title"], "why": o["why"],
             "articles": [a["url"] for a in o["articles"]], "items": [i["id"] for i in o.get("items", [])],
             "summary": f"{o['title']} {labels[o['status']]}"}
            for o in answer(pairs, data)["advice"]["obligations"]]


# Where an element is on the page (not in the viewport, which may scroll).
IN_PAGE = """const inPage = (el) => { const r = el.getBoundingClientRect();
  return JSON.stringify({ top: r.top + scrollY, left: r.left, width: r.width, height: r.height }); };"""
# Marks every element of the outcome's top (headline, steps, the law's two lists) and
# watches them for any change (new or removed elements, changed text) while the engine takes over.
WATCH = """() => {
  """ + IN_PAGE + """
  const lists = ["[data-outcome-headline]", "[data-wizard-actions]", "[data-wizard-summary]", "[data-wizard-obligations]"]
    .map((s) => document.querySelector(s));
  const elements = lists.flatMap((list) => [...list.children]);
  elements.forEach((el) => { el.__beforeEngine = true; });
  window.__lawChanges = [];
  const observer = new MutationObserver((records) => window.__lawChanges.push(...records.map((r) => r.type)));
  lists.forEach((list) => observer.observe(list, { childList: true, subtree: true, characterData: true }));
  window.__lawBefore = { count: elements.length,
    boxes: elements.map(inPage) };
}"""
COMPARE = """() => {
  """ + IN_PAGE + """
  const lists = ["[data-outcome-headline]", "[data-wizard-actions]", "[data-wizard-summary]", "[data-wizard-obligations]"]
    .map((s) => document.querySelector(s));
  const elements = lists.flatMap((list) => [...list.children]);
  return { count: elements.length, allFromBefore: elements.every((el) => el.__beforeEngine === true),
           changes: window.__lawChanges, before: window.__lawBefore,
           boxes: elements.map(inPage) };
}"""


def test_a_shared_link_shows_the_law_before_the_engine_which_then_takes_over_without_a_flash(
        page, holding, early, site_data, assert_accessible):
    page.goto(holding.url + "keuzehulp/#" + LINK)
    root = page.locator(ROOT)
    expect(root).to_have_attribute("data-state", "obligations")
    assert root.get_attribute("data-engine") is None  # the runtime is still held on the server
    expect(root).to_have_attribute("data-layout", "outcome-first")
    assert shown_obligations(page) == expected_obligations(LINK, site_data)
    expect(page.locator("[data-wizard-answers]")).to_contain_text("Geestelijke gezondheidszorg (ggz)")

    # Where the methods will come: what is happening, and how much of what size has arrived.
    pending = page.locator("[data-wizard-pending]")
    expect(pending).to_contain_text("Welke manieren van inspraak en welke opleidingen bij u passen, ziet u hier zo.")
    status = pending.locator("[data-wizard-status]")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_contain_text("Stap 1 van 3: het rekenprogramma van de keuzehulp wordt gedownload.")
    total = sum(f["wire"] for f in early["runtime"])
    assert 4e6 < total < 5e6, total
    expect(status.locator("[data-wizard-bytes]")).to_contain_text(f" van {megabytes(total)}")
    expect(status).to_contain_text(f"U downloadt dit één keer ({megabytes(total)}).")
    bar = page.get_by_role("progressbar", name="De keuzehulp wordt geladen…")
    expect(bar).to_be_visible()
    assert 0 < float(bar.evaluate("(p) => p.value")) < float(bar.evaluate("(p) => p.max")) == pytest.approx(total)
    # The headline and the steps are the engine's too (the build's table holds them).
    expect(page.locator("[data-outcome-headline]")).to_be_visible()
    expect(page.locator("[data-wizard-actions] [data-action]").first).to_be_visible()
    # Only what the engine computes is left out for now.
    expect(page.locator("[data-wizard-more-methods]")).to_be_hidden()
    expect(page.locator(".iw-to-plan")).to_be_hidden()
    assert_accessible("with the law shown before the engine")

    page.evaluate(WATCH)
    holding.release()
    expect(root).to_have_attribute("data-state", "advice", timeout=ENGINE_BOOT)
    expect(page.locator("[data-wizard-recommended] [data-recommended]").first).to_be_visible()
    after = page.evaluate(COMPARE)
    assert after["allFromBefore"] and after["count"] == after["before"]["count"], "obligation elements were re-created"
    assert after["changes"] == [], "the engine changed what the table had shown"
    assert after["count"] > len(contract.OBLIGATIONS), "the steps were not watched"
    assert_law_stayed_in_place(page, after)
    expect(page.locator("[data-outcome-headline]")).to_be_visible()
    assert shown_obligations(page) == expected_obligations(LINK, site_data)
    # The status went back under the intro, saying the keuzehulp is ready; the link notice is there.
    expect(pending).to_be_hidden()
    expect(page.locator("[data-wizard-intro] + [data-wizard-status]")).to_have_attribute("data-status", "ready")
    expect(page.locator("[data-wizard-link-notice]")).to_have_text(
        "Een deel van de link begrepen wij niet: ‘onbekend’. Dat deel hebben wij overgeslagen.")


def assert_law_stayed_in_place(page, after: dict) -> None:
    """The table shows the headline and "Wat moet u nu doen" too (the engine's, from the build),
    so the engine's answer moves nothing of them or of the law that was on the first screen.
    (What lies below the first screen moves down as the methods fill in; a reader who
    scrolled keeps their place by the browser's scroll anchoring.)"""
    height = page.viewport_size["height"]
    before = [json.loads(box) for box in after["before"]["boxes"]]
    on_screen = [i for i, box in enumerate(before) if box["top"] + box["height"] <= height]
    assert len(on_screen) >= 5, "the outcome's top was not on the first screen"
    moved = [(before[i], json.loads(after["boxes"][i])) for i in on_screen if after["boxes"][i] != after["before"]["boxes"][i]]
    assert moved == [], "what was on the first screen moved when the engine took over"


def test_the_loading_status_reports_its_steps_and_leaves_without_moving_the_questions(page, holding,
                                                                                       assert_accessible):
    page.goto(holding.url + "keuzehulp/")
    status = page.locator("[data-wizard-status]")
    expect(status).to_have_attribute("data-status", "fallback")  # the engine starts when the reader does
    start_engine(page)
    expect(status).to_have_attribute("data-status", "loading")
    question = page.locator("[data-wizard-form] [data-question]").first
    before = in_page(question)
    expect(status).to_contain_text("Stap 1 van 3")
    expect(status.get_by_role("progressbar", name="De keuzehulp wordt geladen…")).to_be_visible()
    assert_accessible("while the engine loads")
    # Answering before the engine is there: the table answers, below the questions.
    page.get_by_label("Ja, cliënten wonen langdurig bij ons").check()
    page.get_by_label("Gehandicaptenzorg").check()
    page.get_by_label("Hoeveel mensen verlenen bij u gewoonlijk zorg?").fill("30")
    expect(page.locator(ROOT)).to_have_attribute("data-state", "obligations")
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(page.locator(ROOT)).not_to_have_attribute("data-layout", "outcome-first")
    # The number of locations is in the table too (decisions/0012).
    page.get_by_label("Op hoeveel locaties geeft u zorg?").fill("2")
    expect(page.locator("[data-obligation=raad-per-locatie]")).to_have_attribute("data-status", "ja")
    expect(page.locator(ROOT)).to_have_attribute("data-state", "obligations")
    # Legal v3's questions are in the table too (decisions/0012).
    page.locator("[data-question=toezicht] input[value=ja]").check()
    expect(page.locator("[data-obligation=bindende-voordracht]")).to_have_attribute("data-status", "ja")
    expect(page.locator(ROOT)).to_have_attribute("data-state", "obligations")
    # Answers the engine refuses (alone, with 30 care providers) take the early result away until it answers.
    page.locator("[data-question=zelfstandig] input[value=ja]").check()
    expect(page.locator(ROOT)).to_have_attribute("data-state", "waiting")
    expect(page.locator("[data-wizard-result]")).to_be_hidden()
    page.locator("[data-question=zelfstandig] input[value=nee]").check()
    holding.release()
    expect(status).to_have_attribute("data-status", "ready", timeout=ENGINE_BOOT)
    expect(status).to_contain_text("De keuzehulp is klaar.")
    expect(status.get_by_role("progressbar")).to_be_hidden()
    assert in_page(question) == before, "the questions moved when the status changed"
    expect(page.locator(ROOT)).to_have_attribute("data-state", "advice")
    expect(page.locator("[data-obligation=raad-per-locatie]")).to_have_attribute("data-status", "ja")


def in_page(locator) -> dict:
    """Where an element is on the page (not in the viewport, which scrolls)."""
    return locator.evaluate("""(el) => { const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height }; }""")


# Sets each fragment in turn and reads what the page shows right after its hashchange
# (the table is looked up synchronously; the engine is held, so it never answers).
EACH = """async (fragments) => {
  const root = document.querySelector("[data-wizard]");
  const seen = [];
  for (const fragment of fragments) {
    await new Promise((resolve) => { addEventListener("hashchange", resolve, { once: true }); location.hash = fragment; });
    const shown = root.dataset.state === "obligations" && !document.querySelector("[data-wizard-result]").hidden;
    seen.push(shown ? [...root.querySelectorAll("[data-wizard-obligations] [data-obligation]")].map((d) =>
      [d.dataset.obligation, d.dataset.status, d.querySelector("[data-slot=why]").textContent]) : null);
  }
  return seen;
}"""


def path_fragment(links: dict, path: dict[int, int], turn: int) -> str:
    """A link that goes `path`'s way: per axis a member of its class (in turn, so merged answers
    are tried too; numbers at either end of their band), any answer off the path."""
    parts = []
    for a, axis in enumerate(links["axes"]):
        members = [p for p, c in enumerate(axis["classes"]) if a not in path or c == path[a]]
        position = members[turn % len(members)]
        if axis["optional"] and position == len(axis["classes"]) - 1:
            continue  # unanswered
        value = str(axis["bands"][position][turn % 2]) if "bands" in axis else axis["values"][position]
        parts.append(f"{axis['id']}={value}")
    return "&".join(parts)


def test_the_page_looks_every_class_up_as_the_engine_answers_and_waits_for_anything_else(
        page, holding, site_data, early):
    """keuzehulp/early.mjs's lookup, for every way through the table's diagram (every class of
    every question that changes an obligation), against the engine under CPython; and links the
    table does not cover show nothing early."""
    links = early["links"]
    rng = random.Random(11)
    fragments, expected = [], []
    for turn, path in enumerate(early_links.paths(links)):
        extra = rng.choice(["", "&plan=ideeenbord", "&__proto__=1&constructor=x"])
        answers = path_fragment(links, path, turn)
        fragments.append(answers + extra)
        # The engine's obligations for the answers (the extra keys are no answers; wizard.outcome_for
        # is the advice's own code without the ranking, which this test does not need).
        try:
            shown = wizard.outcome_for(dict(p.split("=", 1) for p in answers.split("&")), site_data)["obligations"]
        except wizard.ProfileError:  # the engine refuses some combinations: the page shows nothing early
            shown = None
        expected.append([[o["id"], o["status"], o["why"]] for o in shown] if shown is not None else None)
    assert sum(e is not None for e in expected) > 100
    waiting = ["verblijf=kort&sector=ggz&zorgverleners=012", "verblijf=Kort&sector=ggz&zorgverleners=12",
               "verblijf=kort&sector=ggz&zorgverleners=12&locaties=02",
               "verblijf=kort&sector=ggz&zorgverleners=12&financiering=zvw,wlz",
               "verblijf=kort&sector=ggz&zorgverleners=12&zelfstandig=",
               "verblijf=kort&sector=ggz&zorgverleners=12&toezicht=Ja",
               "verblijf=kort&sector=ggz&zorgverleners=12&doelgroep=Dementie", "verblijf=kort&sector=ggz",
               "verblijf=kort&sector=ggz&zorgverleners=1000001", "verblijf=kort&sector=ggz&zorgverleners=1e3",
               # Hostile values wait as well, and neither break the page nor get into it.
               "verblijf=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&sector=ggz&zorgverleners=12",
               "verblijf=kort&sector=%E0%A4%A&zorgverleners=12", "verblijf=kort%00&sector=ggz%0A&zorgverleners=12",
               "verblijf=kort&sector=ggz&zorgverleners=" + "9" * 5000, "verblijf=kort&sector=toString&zorgverleners=12"]
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(holding.url + "keuzehulp/")
    page.wait_for_function("() => window.__iwEngine && window.__iwEngine.early")
    page.evaluate("() => window.__iwEngine.early")  # the table has arrived
    # Each waiting link follows a link the table answers, whose result must then go.
    probes = [f for w in waiting for f in ("verblijf=geen&sector=overig&zorgverleners=3", w)]
    seen = page.evaluate(EACH, fragments + probes)
    wrong = [(f, s, e) for f, s, e in zip(fragments, seen, expected) if s != e]
    assert wrong == [], f"{len(wrong)} of {len(fragments)} links shown otherwise than the engine answers: {wrong[:3]}"
    assert seen[len(fragments):] == [x for _ in waiting for x in (seen[len(fragments)], None)]
    assert seen[len(fragments)] is not None
    assert page.evaluate("() => window.__pwned") is None and errors == []


# --- when the engine starts (keuzehulp-boot.js) -------------------------------------------

def wasm_requested(request) -> bool:
    return request.url.split("?")[0].endswith("/pyodide.asm.wasm")


def test_an_empty_keuzehulp_starts_the_engine_at_the_first_focus_in_the_form(page, holding):
    wasm = []
    page.context.on("request", lambda request: wasm.append(request.url) if wasm_requested(request) else None)
    page.goto(holding.url + "keuzehulp/")
    expect(page.locator(ROOT)).to_have_attribute("data-ready", "1")
    page.wait_for_function("() => window.__iwEngine && window.__iwEngine.early")
    page.evaluate("() => window.__iwEngine.early")  # the table has come; the runtime has not been asked for
    page.wait_for_load_state("networkidle")
    assert wasm == [] and page.evaluate("() => window.__iwEngine.worker") is None
    expect(page.locator("[data-wizard-status]")).to_have_attribute("data-status", "fallback")
    page.get_by_role("link").first.focus()  # focus outside the form starts nothing
    assert page.evaluate("() => window.__iwEngine.worker") is None
    with page.context.expect_event("request", wasm_requested, timeout=ENGINE_BOOT):
        start_engine(page)
    expect(page.locator("[data-wizard-status]")).to_have_attribute("data-status", "loading")
    assert wasm  # (the service worker's own request for it, if it passes it on, is recorded too)


def test_a_shared_link_starts_the_engine_at_once(page, holding):
    with page.context.expect_event("request", wasm_requested, timeout=ENGINE_BOOT):
        page.goto(holding.url + "keuzehulp/#" + LINK)
    expect(page.locator("[data-wizard-status]")).to_have_attribute("data-status", "loading")


# --- nothing moves on a shared link (issue 21: CLS <= 0.1) ----------------------------------

# The nine answers of a plan link (issue 21; legal v3's three the table leaves to the engine).
FULL_LINK = ("verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&zelfstandig=nee&financiering=wlz,zvw"
             "&locaties=3&doelgroep=dementie&ervaring=nieuw&clientenraad=ja")

# Layout shifts not caused by the reader's input, from before the first paint (an init script).
SHIFTS = """window.__shifts = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
  if (!entry.hadRecentInput) window.__shifts.push([entry.startTime, entry.value]);
})).observe({ type: "layout-shift", buffered: true });"""


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 720}],
                         ids=["390", "1280"])
def test_a_link_with_all_answers_shows_its_obligations_before_the_wasm_and_nothing_moves(
        browser, holding, site_data, viewport):
    context = browser.new_context(viewport=viewport)
    context.add_init_script(SHIFTS)
    try:
        page = context.new_page()
        page.goto(holding.url + "keuzehulp/#" + FULL_LINK)
        root = page.locator(ROOT)
        expect(root).to_have_attribute("data-state", "obligations")  # the wasm is still held on the server
        assert root.get_attribute("data-engine") is None
        assert shown_obligations(page) == expected_obligations(FULL_LINK, site_data)
        early_shifts = page.evaluate("window.__shifts")
        holding.release()
        expect(root).to_have_attribute("data-state", "advice", timeout=ENGINE_BOOT)
        expect(page.locator("[data-wizard-recommended] [data-method]").first).to_be_attached()
        shifts = page.evaluate("window.__shifts")
        assert layout_shift(early_shifts) <= 0.1, early_shifts
        assert layout_shift(shifts) <= 0.1, shifts
    finally:
        context.close()
