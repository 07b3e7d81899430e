"""Structure advice: which profiles get how other organisations arranged medezeggenschap."""
import pytest

from wizard import advise
from wizard.facts import LARGE_ORGANISATION as LARGE_AMBULANT
from wizard.structure import SITUATIONS

from wizard_helpers import profile


def _ids(advice):
    return [s["id"] for s in advice["structure"]]


@pytest.mark.parametrize("answers, expected", [
    (dict(sector="jeugdhulp", verblijf="langdurig", zorgverleners=60), ["jongeren-en-ouders"]),
    (dict(sector="ggz", verblijf="langdurig", zorgverleners=60, doelgroep=["jongeren"]), ["jongeren-en-ouders"]),
    (dict(sector="ggz", verblijf="geen", zorgverleners=LARGE_AMBULANT), ["groot-ambulant"]),
    (dict(sector="jeugdbescherming", verblijf="geen", zorgverleners=250), ["jongeren-en-ouders", "groot-ambulant"]),
    (dict(sector="ggz", verblijf="geen", zorgverleners=LARGE_AMBULANT - 1), []),
    (dict(sector="ouderenzorg", verblijf="langdurig", zorgverleners=500), []),
    # Several locations: where the law's starting point is a council per location, how to join them up...
    (dict(sector="ouderenzorg", verblijf="langdurig", zorgverleners=120, locaties=4), ["raad-per-locatie"]),
    # ...elsewhere, the ways other organisations chose.
    (dict(sector="ggz", verblijf="kort", zorgverleners=60, locaties=3), ["meerdere-locaties"]),
    (dict(sector="ggz", verblijf="kort", zorgverleners=60, locaties=1), []),
])
def test_situations_follow_the_profile(data, answers, expected):
    advice = advise(profile(**answers), data)
    assert _ids(advice) == expected
    per_location = next(o["status"] for o in advice["obligations"] if o["id"] == "raad-per-locatie")
    assert ("raad-per-locatie" in expected) == (per_location == "ja")


def test_no_structure_advice_without_a_council(data):
    # Youth care with 5 people needs no council: how to arrange councils does not arise...
    assert _ids(advise(profile(sector="jeugdhulp", zorgverleners=5), data)) == []
    # ...unless the reader is starting one anyway.
    assert _ids(advise(profile(sector="jeugdhulp", zorgverleners=5, clientenraad="opstarten"), data)) == [
        "jongeren-en-ouders"]


def test_structure_advice_is_marked_as_advice_and_links_the_topic(data):
    advice = advise(profile(sector="jeugdhulp", verblijf="geen", zorgverleners=300), data)
    assert advice["structure"]
    for entry in advice["structure"]:
        assert set(entry) == {"id", "title", "text", "link"}
        assert entry["link"]["topic"] == "raad-of-panel"
    assert data["wizard"]["structure"]["label"] == "Advies, geen wet"


def test_every_situation_has_a_text_and_a_predicate(data):
    assert {s["id"] for s in data["wizard"]["structure"]["situations"]} == set(SITUATIONS)
