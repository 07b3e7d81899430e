"""Legal model v3 (issue 17): the headline, "wat moet u nu doen", the grade badge,
the question that settles an open answer, and the disclaimer said once."""
import json

import pytest

from wizard import advise

from wizard_helpers import obligation, profile

NURSING_HOME_GROUP = profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=900, locaties=8)
NOT_SEEN = "De wettekst zelf hebben wij niet gezien"


def test_a_nursing_home_group_gets_one_headline_with_its_reason_and_steps_for_every_ja(data):
    advice = advise(NURSING_HOME_GROUP, data)
    headline = advice["headline"]
    assert headline["settled_by"] == []
    assert "cliëntenraad" in headline["text"] and "inspraak" in headline["text"] and "900" in headline["text"]
    ja = {o["id"] for o in advice["obligations"] if o["status"] == "ja"}
    assert ja <= {a["obligation"] for a in advice["actions"]}
    assert "regeling-vaststellen" in {a["id"] for a in advice["actions"]}
    assert "voordracht-statuten" in {a["id"] for a in advice["actions"]}


def test_the_not_seen_sentence_appears_at_most_once_per_result(data):
    for answers in (NURSING_HOME_GROUP, profile(sector="apotheek"), profile(verblijf="kort", sector="revalidatie"),
                    profile(sector="huishoudelijke-hulp", financiering="wmo")):
        text = json.dumps(advise(answers, data), ensure_ascii=False)
        assert text.count(NOT_SEEN) <= 1, answers


def test_an_open_answer_that_a_question_settles_says_so_in_why_action_and_headline(data):
    advice = advise(profile(sector="eerstelijn", zorgverleners=40), data)
    voordracht = obligation(advice, "bindende-voordracht")
    assert (voordracht["status"], voordracht["settled_by"]) == ("onzeker", "toezicht")
    assert advice["headline"]["settled_by"] == ["toezicht"]
    assert "Toezicht" in advice["headline"]["text"]
    step = next(a for a in advice["actions"] if a["obligation"] == "bindende-voordracht")
    assert step["id"] == "bindende-voordracht-vraag-toezicht"
    assert "raad van toezicht" in step["text"]
    answered = advise(profile(sector="eerstelijn", zorgverleners=40, toezicht="nee"), data)
    assert "settled_by" not in obligation(answered, "bindende-voordracht")
    assert answered["headline"]["settled_by"] == []


@pytest.mark.parametrize(("certainty", "label"), [
    ("law", "Wettekst"), ("sec", "Meerdere bronnen"), ("single", "Eén bron"), ("seed", "Eén bron"),
    ("open", "Open: wet onduidelijk"), ("unread", "Open: niet gelezen")])
def test_grade_labels_are_short_and_split_open_into_unclear_and_unread(data, certainty, label):
    assert data["vocabulary"]["certainty"][certainty]["label"] == label


def test_every_answer_has_a_grade_linked_to_the_one_explanation(data):
    for answers in (NURSING_HOME_GROUP, profile(verblijf="kort", sector="ouderenzorg"), profile(sector="apotheek")):
        for entry in advise(answers, data)["obligations"]:
            grade = entry["grade"]
            assert grade["id"] == entry["certainty"]["id"]
            assert (grade["topic"], grade["section"]) == ("over-deze-informatie", "labels")
    sections = next(t for t in data["topics"]["topics"] if t["id"] == "over-deze-informatie")["sections"]
    assert "labels" in {s["id"] for s in sections}


def test_wmo_only_points_to_the_municipality(data):
    advice = advise(profile(verblijf="langdurig", sector="gehandicaptenzorg", financiering="wmo"), data)
    wmcz = obligation(advice, "wmcz")
    assert wmcz["status"] == "onzeker" and "waarschijnlijk niet" in wmcz["why"]
    assert "wmo-art-2-1-3" in [a["id"] for a in wmcz["articles"]]
    step = next(a for a in advice["actions"] if a["obligation"] == "wmcz")
    assert step["id"] == "wmcz-wmo-gemeente" and "gemeente" in step["text"]


def test_pleegouderraad_is_always_present_and_open_for_pleegzorg(data):
    for sector, status in (("pleegzorg", "onzeker"), ("jeugdhulp", "nee"), ("ouderenzorg", "nee")):
        entry = obligation(advise(profile(verblijf="langdurig", sector=sector), data), "pleegouderraad")
        assert entry["status"] == status, sector


def test_the_youth_council_speaks_for_jeugdigen_and_ouders(data):
    why = obligation(advise(profile(sector="jeugdhulp", zorgverleners=30), data), "wmcz")["why"]
    assert "jeugdigen" in why and "ouders" in why


# Legal README v3: Stb. 2025, 147 (intern toezicht above 50 for small first-line care)
# has a date in force that is OPEN, so no text may say it applies "since 2025" (legal-audit).
@pytest.mark.parametrize("answers", [profile(sector="eerstelijn", zorgverleners=40),
                                     profile(sector="ggz", zorgverleners=30, toezicht="weet-niet")])
def test_the_wtza_change_is_not_said_to_be_in_force(data, answers):
    why = obligation(advise(answers, data), "bindende-voordracht")["why"]
    assert "Staatsblad 2025, 147" in why and "Wanneer dat ingaat, weten wij niet" in why
    assert "Sinds 2025" not in why
