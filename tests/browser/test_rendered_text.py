"""No code text leaks into what a reader sees: not on any built page, not in any keuzehulp result
(where each obligation also states its certainty once, and only where it adds something).

The visible text (innerText, with every <details> opened) must hold no Python or
JS leftovers, no template tags and no raw Markdown.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from keuzehulp_page import ENGINE_BOOT, start_engine

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "profiles.json"
LEFTOVERS = {
    "a Python repr": re.compile(r"built-in method|<function |object at 0x"),
    "a JS object": re.compile(r"\[?object Object\]?"),
    "undefined": re.compile(r"\bundefined\b"),
    "NaN": re.compile(r"\bNaN\b"),
    "None": re.compile(r"\bNone\b"),
    "a template tag": re.compile(r"\{\{|\{%|%\}|\}\}"),
    "Markdown bold": re.compile(r"\*\*"),
    "a Markdown link": re.compile(r"\]\("),
}
OPEN_ALL_AND_READ = """(selector) => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    return document.querySelector(selector).innerText;
}"""


def leaks(text: str) -> list[str]:
    found = []
    for what, pattern in LEFTOVERS.items():
        match = pattern.search(text)
        if match:
            found.append(f"{what}: …{text[max(0, match.start() - 60):match.end() + 60]}…")
    return found


def built_pages(site: Path) -> list[str]:
    """Every page of the built site, as a path under it; redirect stubs only forward and are skipped."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("assets/") or 'http-equiv="refresh"' in path.read_text(encoding="utf-8"):
            continue
        pages.append(relative.removesuffix("index.html"))
    return pages


def test_no_code_text_on_any_built_page(page, site_url, built_site):
    pages = built_pages(built_site)
    assert len(pages) > 60 and "methoden/photovoice/" in pages and "keuzehulp/" in pages
    problems = {}
    for path in pages:
        page.goto(site_url + path)
        found = leaks(page.evaluate(OPEN_ALL_AND_READ, "body"))
        if found:
            problems[path] = found
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)


def _fragment(profile: dict) -> str:
    pairs = [(k, ",".join(v) if isinstance(v, list) else str(v)) for k, v in profile.items()]
    return urlencode(pairs).replace("%2C", ",")


# Per obligation: the certainty levels the result states, once (data/wizard.yaml result.certainty_shown).
CERTAINTY_SHOWN = """() => Object.fromEntries([...document.querySelectorAll('[data-wizard-obligations] [data-obligation]')]
    .map((o) => [o.dataset.obligation, [...o.querySelectorAll('[data-certainty]')]
        .filter((box) => !box.hidden).map((box) => box.dataset.certainty)]))"""


def test_no_code_text_in_any_golden_result(page, site_url, site_data):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    worth_saying = site_data["wizard"]["result"]["certainty_shown"]
    assert "law" not in worth_saying  # "Wettekst gezien" adds nothing to an answer that cites the article
    page.goto(site_url + "keuzehulp/")
    start_engine(page)
    root = page.locator("[data-wizard]")
    expect(root).to_have_attribute("data-answered", re.compile(r"\d"), timeout=ENGINE_BOOT)  # the engine runs
    problems = {}
    for case in golden:
        answered = root.get_attribute("data-answered")
        page.evaluate("(hash) => { location.hash = hash; }", _fragment(case["profile"]))
        expect(root).not_to_have_attribute("data-answered", answered or "")
        expect(root).to_have_attribute("data-state", "advice")
        expect(page.locator("[data-wizard-summary] > li")).to_have_count(len(case["advice"]["obligations"]))
        found = leaks(page.evaluate(OPEN_ALL_AND_READ, "[data-wizard]"))
        # The certainty: once per obligation, and only where it adds something.
        expected = {o["id"]: [o["certainty"]["id"]] if o["certainty"]["id"] in worth_saying else []
                    for o in case["advice"]["obligations"]}
        shown = page.evaluate(CERTAINTY_SHOWN)
        if shown != expected:
            found.append(f"certainty shown {shown}, expected {expected}")
        if found:
            problems[case["name"]] = found
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("text, expected", [
    ("<built-in method items of dict object at 0x7f>", ["a Python repr"]),
    ("Reden: undefined", ["undefined"]), ("Score NaN", ["NaN"]), ("[object Object]", ["a JS object"]),
    ("Waarde: None", ["None"]), ("{{ w.page.intro }}", ["a template tag"]), ("**vet**", ["Markdown bold"]),
    ("[link](../x/)", ["a Markdown link"]), ("Gewone tekst, geen code. Nonetheless.", []),
])
def test_the_leak_check_itself(text, expected):
    assert [found.split(":")[0] for found in leaks(text)] == expected
