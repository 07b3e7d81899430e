"""Node by node: for this profile, this obligation gets this status, because of this answer.

Each row: (profile, obligation, expected status, words the `why` must contain
to show which answer decided). Thresholds are tested on both sides.
"""
import pytest

from wizard import advise
from wizard.contract import OBLIGATIONS

from wizard_helpers import obligation, profile

RIGHTS = ("medezeggenschapsregeling", "adviesrecht", "instemmingsrecht", "bindende-voordracht",
          "commissie-van-vertrouwenslieden")

WMCZ = [
    (profile(sector="justitie", zorgverleners=300), "nee", "justitie"),
    (profile(sector="ggd-jgz", zorgverleners=50), "nee", "GGD"),
    (profile(sector="ouderenzorg", zorgverleners=1), "nee", "1"),
    (profile(sector="ouderenzorg", zorgverleners=0), "nee", "geen instelling"),
    (profile(sector="eerstelijn", zorgverleners=1), "nee", "geen instelling"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "huishoudelijke hulp"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=5), "onzeker", "Wmo 2015"),
    (profile(sector="jeugdhulp", zorgverleners=5), "ja", "Jeugdwet"),
    (profile(sector="jeugdbescherming", zorgverleners=40), "ja", "gecertificeerde instellingen"),
    (profile(sector="ouderenzorg", zorgverleners=2), "ja", "2 zorgverleners"),
    (profile(sector="eerstelijn", zorgverleners=3), "ja", "ambulante eerstelijnszorg"),
    (profile(sector="overig", zorgverleners=12), "ja", "andere zorg"),
]

CLIENTENRAAD = [
    # general threshold: more than 10
    (profile(sector="ouderenzorg", zorgverleners=10), "nee", "10"),
    (profile(sector="ouderenzorg", zorgverleners=11), "ja", "11"),
    (profile(sector="ggz", zorgverleners=11), "ja", "meer dan 10"),
    (profile(sector="ziekenhuis", zorgverleners=5000), "ja", "5000"),
    # ambulante eerstelijnszorg: more than 25
    (profile(sector="eerstelijn", zorgverleners=11), "nee", "meer dan 25"),
    (profile(sector="eerstelijn", zorgverleners=25), "nee", "25"),
    (profile(sector="eerstelijn", zorgverleners=26), "ja", "26"),
    # wijkverpleging: open whether it is eerstelijnszorg, so 11-25 is unsure
    (profile(sector="wijkverpleging", zorgverleners=10), "nee", "10"),
    (profile(sector="wijkverpleging", zorgverleners=11), "onzeker", "wijkverpleging"),
    (profile(sector="wijkverpleging", zorgverleners=25), "onzeker", "meer dan 25"),
    (profile(sector="wijkverpleging", zorgverleners=26), "ja", "26"),
    # youth through the Jeugdwet
    (profile(sector="jeugdhulp", zorgverleners=10), "nee", "10"),
    (profile(sector="jeugdhulp", zorgverleners=11), "ja", "Jeugdwet"),
    (profile(sector="jeugdbescherming", zorgverleners=11), "ja", "Jeugdwet"),
    # law does not apply, or only household help
    (profile(sector="justitie", zorgverleners=300), "nee", "justitie"),
    (profile(sector="ggd-jgz", zorgverleners=300), "nee", "300"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=30), "nee", "huishoudelijke hulp"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=5), "nee", "5"),
    (profile(sector="ouderenzorg", zorgverleners=1), "nee", "1"),
]

INSPRAAK = [
    (profile(verblijf="langdurig", zorgverleners=2), "ja", "langdurig verblijf"),
    (profile(verblijf="langdurig", zorgverleners=10), "ja", "langdurig verblijf"),
    (profile(verblijf="langdurig", zorgverleners=500), "ja", "langdurig verblijf"),
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=6), "ja", "langdurig verblijf"),
    (profile(verblijf="kort", zorgverleners=500), "nee", "kort verblijf"),
    (profile(verblijf="geen", zorgverleners=500), "nee", "geen verblijf"),
    (profile(verblijf="langdurig", zorgverleners=1), "nee", "aantal zorgverleners 1"),
    (profile(verblijf="langdurig", sector="justitie", zorgverleners=300), "nee", "justitie"),
    (profile(verblijf="langdurig", sector="ggd-jgz", zorgverleners=300), "nee", "GGD"),
    (profile(verblijf="langdurig", sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "huishoudelijke hulp"),
    (profile(verblijf="kort", sector="huishoudelijke-hulp", zorgverleners=30), "nee", "kort verblijf"),
]


def rights_cases():
    for right in RIGHTS:
        yield right, profile(zorgverleners=11), "ja", "aantal zorgverleners 11"
        yield right, profile(zorgverleners=10), "nee", "vrijwillig"
        yield right, profile(sector="eerstelijn", zorgverleners=25), "nee", "vrijwillig"
        yield right, profile(sector="wijkverpleging", zorgverleners=20), "onzeker", "wijkverpleging"
        yield right, profile(sector="justitie", zorgverleners=300), "nee", "vrijwillig"
        yield right, profile(sector="ouderenzorg", zorgverleners=1), "nee", "vrijwillig"
        yield right, profile(sector="huishoudelijke-hulp", zorgverleners=30), "nee", "vrijwillig"


@pytest.mark.parametrize(("answers", "status", "because"), WMCZ)
def test_wmcz(data, answers, status, because):
    decided = obligation(advise(answers, data), "wmcz")
    assert (decided["status"], because in decided["why"]) == (status, True), decided["why"]


@pytest.mark.parametrize(("answers", "status", "because"), CLIENTENRAAD)
def test_clientenraad(data, answers, status, because):
    decided = obligation(advise(answers, data), "clientenraad")
    assert (decided["status"], because in decided["why"]) == (status, True), decided["why"]


@pytest.mark.parametrize(("answers", "status", "because"), INSPRAAK)
def test_inspraak(data, answers, status, because):
    decided = obligation(advise(answers, data), "inspraak")
    assert (decided["status"], because in decided["why"]) == (status, True), decided["why"]


@pytest.mark.parametrize(("right", "answers", "status", "because"), list(rights_cases()))
def test_rights_follow_the_council(data, right, answers, status, because):
    decided = obligation(advise(answers, data), right)
    assert (decided["status"], because in decided["why"]) == (status, True), decided["why"]


@pytest.mark.parametrize("sector", ["justitie", "ggd-jgz"])
def test_excluded_sector_is_never_covered_whatever_the_size_or_stay(data, sector):
    for verblijf in ("langdurig", "kort", "geen"):
        for zorgverleners in (0, 11, 26, 100_000):
            advice = advise(profile(verblijf=verblijf, sector=sector, zorgverleners=zorgverleners), data)
            assert {o["status"] for o in advice["obligations"]} == {"nee"}
            assert obligation(advice, "wmcz")["articles"][0]["id"] == "besluit-art-2"


def test_excluded_sector_rests_on_the_law_text(data):
    advice = advise(profile(sector="justitie", zorgverleners=300, verblijf="langdurig"), data)
    assert {o["certainty"]["id"] for o in advice["obligations"]} == {"law"}


def test_household_help_is_never_a_confident_yes(data):
    for verblijf in ("langdurig", "kort", "geen"):
        for zorgverleners in (2, 11, 26, 500):
            advice = advise(profile(verblijf=verblijf, sector="huishoudelijke-hulp", zorgverleners=zorgverleners), data)
            assert "ja" not in {o["status"] for o in advice["obligations"]}
            assert obligation(advice, "wmcz")["certainty"]["id"] == "open"


def test_household_help_council_answer_is_marked_unsure(data):
    raad = obligation(advise(profile(sector="huishoudelijke-hulp", zorgverleners=30), data), "clientenraad")
    assert raad["certainty"]["id"] in ("seed", "open")
    assert "niet kunnen bevestigen" in raad["why"]


def test_wijkverpleging_explains_both_readings(data):
    raad = obligation(advise(profile(sector="wijkverpleging", zorgverleners=18), data), "clientenraad")
    assert raad["status"] == "onzeker"
    assert raad["certainty"]["id"] == "open"
    assert "meer dan 25" in raad["why"] and "meer dan 10" in raad["why"]


def test_unsure_council_makes_every_right_unsure_and_open(data):
    advice = advise(profile(sector="wijkverpleging", zorgverleners=18), data)
    for right in RIGHTS:
        assert (obligation(advice, right)["status"], obligation(advice, right)["certainty"]["id"]) == ("onzeker", "open")


def test_bindende_voordracht_says_it_depends_on_a_raad_van_toezicht(data):
    for zorgverleners in (11, 5):
        why = obligation(advise(profile(zorgverleners=zorgverleners), data), "bindende-voordracht")["why"]
        assert "raad van toezicht" in why


def test_youth_cites_the_jeugdwet(data):
    advice = advise(profile(sector="jeugdhulp", zorgverleners=30), data)
    assert "jeugdwet" in [a["id"] for a in obligation(advice, "wmcz")["articles"]]
    assert "jeugdwet" in [a["id"] for a in obligation(advice, "clientenraad")["articles"]]


def test_an_answer_is_never_surer_than_what_it_rests_on(data):
    # inspraak rests on art. 2 (law text) but also on "the Wmcz applies" (sec).
    inspraak = obligation(advise(profile(verblijf="langdurig", zorgverleners=40), data), "inspraak")
    assert inspraak["certainty"]["id"] == "sec"
    # "not long stay" settles inspraak by the law text alone.
    inspraak = obligation(advise(profile(verblijf="kort", sector="huishoudelijke-hulp"), data), "inspraak")
    assert inspraak["certainty"]["id"] == "law"


@pytest.mark.parametrize(("zorgverleners", "certainty"), [(8, "sec"), (150, "seed")])
def test_rights_are_as_sure_as_the_council_answer(data, zorgverleners, certainty):
    # Household help: whether the law applies is open, but 8 care providers
    # never need a council (sec); 150 need none only according to one source (seed).
    advice = advise(profile(sector="huishoudelijke-hulp", zorgverleners=zorgverleners), data)
    for obligation_id in ("clientenraad",) + RIGHTS:
        assert obligation(advice, obligation_id)["certainty"]["id"] == certainty, obligation_id


def test_obligations_come_in_the_contract_order_with_articles(data):
    advice = advise(profile(), data)
    assert [o["id"] for o in advice["obligations"]] == list(OBLIGATIONS)
    for decided in advice["obligations"]:
        assert decided["articles"], decided["id"]
        for article in decided["articles"]:
            assert set(article) == {"id", "label", "url"}
            assert article["url"].startswith("https://wetten.overheid.nl/")
        assert set(decided["certainty"]) == {"id", "label", "note"}
