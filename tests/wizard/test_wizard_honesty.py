"""What the site says about its own sources (shared/legal/README.md, "What this file is,
honestly"): the law text itself was not read, the sources reach into 2025, and no text
may claim the law was checked or brought up to a date. The keuzehulp's disclaimer and
the page "Over deze informatie" are held to the same words."""
import re

import pytest

# "gecontroleerd tot 23-11-2026", "bijgewerkt tot de peildatum", "gecheckt t/m": a claim
# that the law was followed up to a date, which nobody did.
CHECKED_UP_TO = re.compile(r"\b(gecontroleerd|gecheckt|bijgewerkt|nagekeken|getoetst)\s+(tot|t/m|tot en met)\b",
                           re.IGNORECASE)
SOURCES_YEAR = "2025"  # the legal README: "Sources reach into 2025."


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _about_page(data: dict) -> str:
    topic = next(t for t in data["topics"]["topics"] if t["id"] == "over-deze-informatie")
    return "\n".join(_strings(topic))


@pytest.mark.parametrize("stem", ["topics", "law", "wizard", "vocabulary"])
def test_no_text_claims_the_law_was_checked_up_to_a_date(site_data, stem):
    claims = [text for text in _strings(site_data[stem]) if CHECKED_UP_TO.search(text)]
    assert claims == []


@pytest.mark.parametrize("text", ["De informatie is bijgewerkt tot de peildatum.", "Gecontroleerd tot 23-11-2026."])
def test_the_claim_pattern_catches_what_it_is_for(text):
    assert CHECKED_UP_TO.search(text)


def test_over_deze_informatie_says_what_the_site_rests_on(site_data):
    page = _about_page(site_data)
    assert "niet gelezen" in page  # the consolidated law text
    assert f"tot en met **{SOURCES_YEAR}**" in page or f"tot en met {SOURCES_YEAR}" in page
    # the secondary sources the legal points rest on
    for source in ("Landelijke Commissie van Vertrouwenslieden", "Kamerstukken", "advocatenkantoren",
                   "brancheorganisaties", "KNMP"):
        assert source in page, source


def test_the_keuzehulp_disclaimer_says_the_law_text_was_not_read(site_data):
    disclaimer = site_data["wizard"]["result"]["disclaimer"]
    assert "{peildatum}" in disclaimer and "De wettekst zelf hebben wij niet gezien" in disclaimer
    assert "juridische bronnen tot en met medio 2025" in disclaimer and "peildatum" not in disclaimer.replace("{peildatum}", "")


def test_one_peildatum_in_data(site_data):
    """The peildatum lives in data/law.yaml only; pages, open data and the keuzehulp read it there."""
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(site_data["law"]["peildatum"]))
    elsewhere = [stem for stem, data in site_data.items() if stem != "law" and isinstance(data, dict)
                 and any(re.search(r"\b\d{1,2}-\d{1,2}-20\d\d\b|\b20\d\d-\d{2}-\d{2}\b", s) for s in _strings(data))]
    assert elsewhere == []


# How sure each cited article is, as shared/legal/README.md grades it. An article the
# README grades twice is cited twice: art. 5 lid 4 was seen (LAW), the rest of art. 5
# (the huishoudelijk reglement) is SEED. "LAW-near" (art. 3: the Nader rapport's
# wording, the bill text) is not the law text itself, so it is sec.
README_GRADE = {
    "wmcz-art-1": "law", "wmcz-art-2": "law", "wmcz-art-3": "sec", "wmcz-art-5": "seed",
    "wmcz-art-5-lid-4": "law", "wmcz-art-6": "sec", "wmcz-art-7": "sec", "wmcz-art-8": "sec",
    "wmcz-art-10": "sec", "wmcz-art-14": "sec", "besluit-art-2": "law", "jeugdwet": "sec",
    "wkkgz-art-1": "sec", "wkkgz-art-15": "seed",
    "wmo-art-2-1-3": "law",  # the Wmo 2015 text of 2015 (legal README v3)
    "wmcz-art-9": "law",  # lid 4-5 in the bill text after 34858-7 (LAW bill)
}


def test_every_article_is_as_sure_as_the_legal_readme_grades_it(site_data):
    graded = {a["id"]: a["certainty"] for a in site_data["law"]["articles"]}
    assert graded == README_GRADE


def test_what_is_law_about_art_5_cites_lid_4(site_data):
    inspraak = next(o for o in site_data["law"]["obligations"] if o["id"] == "inspraak")
    assert "wmcz-art-5-lid-4" in inspraak["articles"] and "wmcz-art-5" not in inspraak["articles"]
