"""Legal audit of issue 17 (legal README v3): what the legal pages say about how sure they are.

Table-driven: each row is one finding of the audit, and fails without its fix.
"""
import re

import pytest

CHECK_TEXT = "Controleer dit in de wettekst of vraag advies."


def _section(site_data: dict, topic_id: str, section_id: str) -> dict:
    topic = next(t for t in site_data["topics"]["topics"] if t["id"] == topic_id)
    return next(s for s in topic["sections"] if s["id"] == section_id)


def _sections(site_data: dict):
    for topic in site_data["topics"]["topics"]:
        for section in topic.get("sections", []):
            yield topic["id"], section


# Pages of issue 17 where the badge's note is the one place that says "Controleer dit ...".
# (Older legal pages still repeat it in the body; test_law_citations wants "Controleer"
# next to an unconfirmed art. 8 letter, so those are left to a content pass.)
SAID_ONCE = ["geschillen"]


@pytest.mark.parametrize("topic_id", SAID_ONCE)
def test_a_section_does_not_repeat_the_check_sentence_its_grade_badge_already_says(site_data, topic_id):
    notes = site_data["vocabulary"]["certainty"]
    repeated = [section["id"] for topic, section in _sections(site_data) if topic == topic_id
                and "certainty" in section and CHECK_TEXT in notes[section["certainty"]].get("note", "")
                and CHECK_TEXT in " ".join(section.get("body", "").split())]
    assert repeated == []


# (topic, section, grade): what the legal README v3 grades it.
GRADED = [
    # Nietigheid "not found" and vervangende toestemming "secondary summary only": the site
    # has not read it; that is not "the law is unclear".
    ("geschillen", "wat-open-is", "unread"),
    ("geschillen", "beroep", "single"),
    ("geschillen", "ongevraagd-advies", "law"),
]


@pytest.mark.parametrize(("topic", "section", "grade"), GRADED)
def test_open_points_on_the_disputes_page_have_the_readme_grade(site_data, topic, section, grade):
    assert _section(site_data, topic, section)["certainty"] == grade


def test_the_wtza_change_on_the_legal_page_is_not_said_to_be_in_force(site_data):
    body = " ".join(_section(site_data, "overige-rechten-en-plichten", "bindende-voordracht")["body"].split())
    assert "Wanneer dat is, weten wij niet" in body
    assert "hoeven nu pas" not in body and "Sinds 2025" not in body
    # the unchanged group of the README, all of it
    for kind in ("etmaal", "medisch-specialistische zorg", "persoonlijke verzorging", "begeleiding", "verpleging"):
        assert kind in body, kind


def test_the_article_list_shows_grade_labels_as_written(built_site, site_data):
    """"Eén bron" lower-cased by the template read "eén bron"."""
    text = (built_site / "wet-en-regels" / "over-deze-informatie" / "index.html").read_text(encoding="utf-8")
    labels = {c["label"] for c in site_data["vocabulary"]["certainty"].values()}
    shown = set(re.findall(r"\(([^()<>]{3,40})\)</li>", text))
    graded = {s for s in shown if s.lower() in {label.lower() for label in labels}}
    assert graded and graded <= labels, graded - labels


def test_the_wijkverpleging_section_states_the_open_designation_rule_and_no_unsourced_claim(site_data):
    """The Wtza's unchanged group (verzorging, begeleiding, verpleging) is about intern toezicht;
    the page had it as an advocatenkantoor's word on the council's >10 threshold, which no source
    in the legal README says."""
    section = _section(site_data, "wanneer-een-clientenraad", "wijkverpleging")
    assert "raad-primary-care-open-kind" in section["rules"]
    assert "advocatenkantoor" not in section["body"]
