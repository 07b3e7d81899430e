"""Rule by rule: for this profile, this obligation gets this status, decided by THIS rule.

Each row: (answers, expected status, id of the rule in data/law.yaml that
must decide). Asserting the rule id, not Dutch wording, shows which legal
distinction was applied; test_language.py reads the wording. Thresholds are
tested on both sides.
"""
import pytest

from wizard import advise
from wizard.contract import OBLIGATIONS

from wizard_helpers import obligation, profile

RIGHTS = ("medezeggenschapsregeling", "adviesrecht", "instemmingsrecht", "commissie-van-vertrouwenslieden")


def decided(answers: dict, obligation_id: str, data: dict) -> tuple[str, str]:
    entry = obligation(advise(answers, data), obligation_id)
    return entry["status"], entry["rule"]


WMCZ = [
    (profile(sector="justitie", zorgverleners=300), "nee", "wmcz-excluded"),
    (profile(sector="ggd-jgz", zorgverleners=50), "nee", "wmcz-excluded"),
    (profile(sector="defensie", zorgverleners=50), "nee", "wmcz-excluded"),
    (profile(sector="defensie", zorgverleners=50, financiering="anders"), "nee", "wmcz-excluded"),
    # Pharmacies: one source (KNMP) says excluded; never a confident answer.
    (profile(sector="apotheek", zorgverleners=30), "onzeker", "wmcz-pharmacy"),
    # Only a natural person who works alone is out of scope; the count never decides it.
    (profile(sector="ouderenzorg", zorgverleners=1, zelfstandig="ja"), "nee", "wmcz-zelfstandig"),
    (profile(sector="eerstelijn", zorgverleners=1, zelfstandig="ja"), "nee", "wmcz-zelfstandig"),
    (profile(sector="ouderenzorg", zorgverleners=1), "ja", "wmcz-small-instelling"),
    (profile(sector="ouderenzorg", zorgverleners=1, zelfstandig="nee"), "ja", "wmcz-small-instelling"),
    (profile(sector="ouderenzorg", zorgverleners=0), "ja", "wmcz-small-instelling"),
    # the gezinshuis run as a bv with one care provider
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=1), "ja", "wmcz-youth"),
    # Funding: Wmo 2015 alone is most likely out of scope; Wlz, Zvw or Jeugdwet keep it in.
    (profile(verblijf="langdurig", sector="ggz", financiering="wmo"), "onzeker", "wmcz-wmo-only"),
    (profile(sector="huishoudelijke-hulp", financiering=["wmo"]), "onzeker", "wmcz-wmo-only"),
    (profile(sector="jeugdhulp", financiering="wmo"), "onzeker", "wmcz-wmo-only"),
    (profile(sector="gehandicaptenzorg", financiering="wmo,particulier"), "onzeker", "wmcz-wmo-and-other"),
    (profile(sector="gehandicaptenzorg", financiering="wmo,anders"), "onzeker", "wmcz-wmo-and-other"),
    (profile(sector="gehandicaptenzorg", financiering="wmo,wlz"), "ja", "wmcz-instelling"),
    (profile(sector="ggz", financiering="wmo,zvw"), "ja", "wmcz-instelling"),
    (profile(sector="jeugdhulp", financiering="wmo,jeugdwet"), "ja", "wmcz-youth"),
    (profile(sector="ouderenzorg", financiering="particulier"), "ja", "wmcz-instelling"),
    (profile(sector="ouderenzorg", zorgverleners=1, financiering="wmo"), "onzeker", "wmcz-wmo-only"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "wmcz-household-help"),
    (profile(sector="huishoudelijke-hulp", financiering="particulier"), "onzeker", "wmcz-household-help"),
    (profile(sector="huishoudelijke-hulp", financiering="wlz"), "ja", "wmcz-instelling"),
    (profile(sector="jeugdhulp", zorgverleners=5), "ja", "wmcz-youth"),
    (profile(sector="jeugdbescherming", zorgverleners=40), "ja", "wmcz-youth"),
    (profile(sector="ouderenzorg", zorgverleners=2), "ja", "wmcz-instelling"),
    (profile(sector="overig", zorgverleners=12, zelfstandig="nee"), "ja", "wmcz-instelling"),
]

CLIENTENRAAD = [
    # general threshold: more than 10
    (profile(sector="ouderenzorg", zorgverleners=10), "nee", "raad-up-to-10"),
    (profile(sector="ouderenzorg", zorgverleners=11, verblijf="langdurig"), "ja", "raad-over-10"),
    (profile(sector="ggz", zorgverleners=11, verblijf="kort"), "ja", "raad-over-10"),
    (profile(sector="ziekenhuis", zorgverleners=5000), "ja", "raad-maybe-primary-care-over-25"),
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=1), "nee", "raad-up-to-10"),
    # ambulante eerstelijnszorg (no stay): more than 25
    (profile(sector="eerstelijn", zorgverleners=11), "nee", "raad-primary-care-up-to-25"),
    (profile(sector="eerstelijn", zorgverleners=25), "nee", "raad-primary-care-up-to-25"),
    (profile(sector="eerstelijn", zorgverleners=26), "ja", "raad-primary-care-over-25"),
    # any stay means more than 10, eerstelijn included (an eerstelijnsverblijf unit)
    (profile(verblijf="kort", sector="eerstelijn", zorgverleners=10), "nee", "raad-up-to-10"),
    (profile(verblijf="kort", sector="eerstelijn", zorgverleners=11), "ja", "raad-primary-care-stay"),
    (profile(verblijf="kort", sector="eerstelijn", zorgverleners=20), "ja", "raad-primary-care-stay"),
    (profile(verblijf="langdurig", sector="eerstelijn", zorgverleners=25), "ja", "raad-primary-care-stay"),
    (profile(verblijf="kort", sector="wijkverpleging", zorgverleners=11), "ja", "raad-over-10"),
    (profile(verblijf="langdurig", sector="ggz", zorgverleners=20), "ja", "raad-over-10"),
    # no stay, and the care may or may not be designated (wijkverpleging, basis-ggz,
    # kraamzorg...): 11-25 is open, never guessed from the sector
    (profile(sector="wijkverpleging", zorgverleners=10), "nee", "raad-up-to-10"),
    (profile(sector="wijkverpleging", zorgverleners=11), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="wijkverpleging", zorgverleners=25), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="wijkverpleging", zorgverleners=26), "ja", "raad-maybe-primary-care-over-25"),
    (profile(sector="ggz", zorgverleners=11), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="ggz", zorgverleners=26), "ja", "raad-maybe-primary-care-over-25"),
    (profile(sector="overig", zorgverleners=18), "onzeker", "raad-maybe-primary-care-up-to-25"),
    # ...while other care without stay is not first-line care: more than 10
    (profile(sector="ouderenzorg", zorgverleners=11), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="ziekenhuis", zorgverleners=20), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="gehandicaptenzorg", zorgverleners=20), "onzeker", "raad-maybe-primary-care-up-to-25"),
    # youth through the Jeugdwet
    (profile(sector="jeugdhulp", zorgverleners=10), "nee", "raad-up-to-10"),
    (profile(sector="jeugdhulp", zorgverleners=11), "onzeker", "raad-maybe-primary-care-up-to-25"),
    (profile(sector="jeugdbescherming", zorgverleners=11), "onzeker", "raad-maybe-primary-care-up-to-25"),
    # law does not apply, or only household help
    (profile(sector="justitie", zorgverleners=300), "nee", "raad-no-law"),
    (profile(sector="apotheek", zorgverleners=300), "onzeker", "raad-law-unsure"),
    (profile(sector="defensie", zorgverleners=300), "nee", "raad-no-law"),
    (profile(sector="ouderenzorg", zorgverleners=1, zelfstandig="ja"), "nee", "raad-no-law"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "raad-household-help"),
    (profile(sector="ggz", financiering="wmo"), "onzeker", "raad-law-unsure"),
    (profile(verblijf="kort", sector="ggz", zorgverleners=11, financiering="wmo,particulier"), "onzeker",
     "raad-law-unsure"),
    (profile(sector="ggz", zorgverleners=10, financiering="wmo,particulier"), "nee", "raad-up-to-10"),
    (profile(sector="huishoudelijke-hulp", zorgverleners=5), "nee", "raad-up-to-10"),
]

INSPRAAK = [
    (profile(verblijf="langdurig", zorgverleners=2), "ja", "inspraak-long-stay"),
    (profile(verblijf="langdurig", zorgverleners=1), "ja", "inspraak-long-stay"),
    (profile(verblijf="langdurig", zorgverleners=500), "ja", "inspraak-long-stay"),
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=1), "ja", "inspraak-long-stay"),
    # ouderenzorg short stay (GRZ, hospice, logeerzorg): "langdurig" is open, so never nee
    (profile(verblijf="kort", zorgverleners=500), "onzeker", "inspraak-short-stay-open"),
    (profile(verblijf="geen", zorgverleners=500), "nee", "inspraak-no-stay"),
    (profile(verblijf="geen", sector="revalidatie", zorgverleners=50), "nee", "inspraak-no-stay"),
    # "langdurig" is not defined: for revalidatie the short-stay answer is open
    (profile(verblijf="kort", sector="revalidatie", zorgverleners=80), "onzeker", "inspraak-short-stay-open"),
    (profile(verblijf="langdurig", zorgverleners=1, zelfstandig="ja"), "nee", "inspraak-no-law"),
    (profile(verblijf="langdurig", sector="justitie", zorgverleners=300), "nee", "inspraak-no-law"),
    (profile(verblijf="langdurig", sector="ggd-jgz", zorgverleners=300), "nee", "inspraak-no-law"),
    (profile(verblijf="langdurig", sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "inspraak-law-unsure"),
    (profile(verblijf="kort", sector="huishoudelijke-hulp", zorgverleners=30), "nee", "inspraak-short-stay"),
    (profile(verblijf="langdurig", sector="ggz", financiering="wmo"), "onzeker", "inspraak-law-unsure"),
    (profile(verblijf="langdurig", sector="ggz", financiering="wmo,particulier"), "onzeker", "inspraak-law-unsure"),
    (profile(verblijf="langdurig", sector="ggz", financiering="wmo,wlz"), "ja", "inspraak-long-stay"),
]

PER_LOCATIE = [
    # under the threshold: no council, so none per location either
    (profile(zorgverleners=10, verblijf="langdurig", locaties=8), "nee", "per-locatie-no-raad"),
    (profile(sector="wijkverpleging", zorgverleners=20, locaties=3), "onzeker", "per-locatie-raad-unsure"),
    # one location: one council
    (profile(verblijf="langdurig", zorgverleners=40, locaties=1), "nee", "per-locatie-one-location"),
    (profile(verblijf="geen", sector="wijkverpleging", zorgverleners=40, locaties=1), "nee", "per-locatie-one-location"),
    # ...also when it is open whether a council is needed: one location never needs one per location
    (profile(sector="wijkverpleging", zorgverleners=20, locaties=1), "nee", "per-locatie-one-location"),
    # a hospital, and other care that is neither long stay nor thuiszorg: the level is free
    (profile(verblijf="kort", sector="ziekenhuis", zorgverleners=4000, locaties=6), "nee", "per-locatie-own-level"),
    (profile(verblijf="kort", sector="ziekenhuis", zorgverleners=4000), "nee", "per-locatie-own-level"),
    (profile(verblijf="geen", sector="jeugdhulp", zorgverleners=40, locaties=5), "nee", "per-locatie-own-level"),
    (profile(verblijf="geen", sector="ouderenzorg", zorgverleners=40, locaties=5), "onzeker",
     "per-locatie-maybe-home-care"),
    # ...also when it is open whether a council is needed (basis-ggz, 11-25): the rule does not apply
    (profile(verblijf="geen", sector="ggz", zorgverleners=20, locaties=3), "nee", "per-locatie-own-level"),
    (profile(verblijf="kort", sector="ggz", zorgverleners=20, financiering="wmo,particulier"), "nee",
     "per-locatie-own-level"),
    # long stay or thuiszorg from several locations: "meerdere, tenzij"
    (profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=900, locaties=8), "ja", "per-locatie-several"),
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=40, locaties=2), "ja", "per-locatie-several"),
    (profile(verblijf="geen", sector="wijkverpleging", zorgverleners=40, locaties=3), "ja", "per-locatie-several"),
    # ...and without the number: an honest "not sure", asking for it
    (profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=40), "onzeker", "per-locatie-number-unknown"),
    (profile(verblijf="geen", sector="wijkverpleging", zorgverleners=40), "onzeker", "per-locatie-number-unknown"),
]

# Short names of the rights' rules in data/law.yaml: <prefix>-no-law, -raad, -raad-unsure, -no-raad.
# The bindende voordracht has its own table (VOORDRACHT): it also turns on toezicht.
RIGHT_PREFIX = {"medezeggenschapsregeling": "regeling", "adviesrecht": "advies", "instemmingsrecht": "instemming",
                "commissie-van-vertrouwenslieden": "commissie"}
RIGHTS_CASES = [
    (profile(verblijf="langdurig", zorgverleners=11), "ja", "raad"),
    (profile(zorgverleners=10), "nee", "no-raad"),
    (profile(sector="eerstelijn", zorgverleners=25), "nee", "no-raad"),
    (profile(sector="wijkverpleging", zorgverleners=20), "onzeker", "raad-unsure"),
    (profile(sector="justitie", zorgverleners=300), "nee", "no-law"),
    (profile(sector="ouderenzorg", zorgverleners=1, zelfstandig="ja"), "nee", "no-law"),
    # Household help: one source says no council; the Besluit's list was not read, so never "nee".
    (profile(sector="huishoudelijke-hulp", zorgverleners=30), "onzeker", "raad-unsure"),
]

# Legal model v3 (issue 17): the voordracht presupposes an internal supervisor, asked as `toezicht`.
VOORDRACHT = [
    (profile(verblijf="langdurig", zorgverleners=40, toezicht="ja"), "ja", "voordracht-toezicht"),
    (profile(sector="eerstelijn", zorgverleners=40, toezicht="ja"), "ja", "voordracht-toezicht"),
    (profile(verblijf="langdurig", zorgverleners=40, toezicht="nee"), "nee", "voordracht-no-toezicht"),
    (profile(sector="eerstelijn", zorgverleners=40, toezicht="nee"), "nee", "voordracht-no-toezicht"),
    (profile(sector="wijkverpleging", zorgverleners=20, toezicht="nee"), "nee", "voordracht-no-toezicht"),
    # unanswered or weet-niet: ja only where supervision is certain (stay, above 25)
    (profile(verblijf="langdurig", zorgverleners=26), "ja", "voordracht-toezicht-certain"),
    (profile(verblijf="kort", zorgverleners=300, toezicht="weet-niet"), "ja", "voordracht-toezicht-certain"),
    (profile(verblijf="langdurig", zorgverleners=25), "onzeker", "voordracht-toezicht-unknown"),
    # without stay: medisch-specialistische zorg or verpleging above 25 is the unchanged
    # Wtza group (Stb. 2025, 147 changed only small first-line care) (legal-audit)
    (profile(sector="ziekenhuis", zorgverleners=26), "ja", "voordracht-toezicht-certain-care"),
    (profile(sector="wijkverpleging", zorgverleners=40, toezicht="weet-niet"), "ja", "voordracht-toezicht-certain-care"),
    (profile(sector="wijkverpleging", zorgverleners=40, toezicht="nee"), "nee", "voordracht-no-toezicht"),
    (profile(sector="ziekenhuis", zorgverleners=25, toezicht="nee", eerstelijnszorg="nee"), "nee", "voordracht-no-toezicht"),
    (profile(sector="ziekenhuis", zorgverleners=25, eerstelijnszorg="nee"), "onzeker", "voordracht-toezicht-unknown"),
    (profile(sector="ggz", zorgverleners=40), "onzeker", "voordracht-toezicht-unknown"),
    (profile(sector="eerstelijn", zorgverleners=40), "onzeker", "voordracht-toezicht-unknown"),
    (profile(sector="eerstelijn", zorgverleners=40, toezicht="weet-niet"), "onzeker", "voordracht-toezicht-unknown"),
    (profile(sector="wijkverpleging", zorgverleners=20), "onzeker", "voordracht-raad-unsure"),
    (profile(zorgverleners=10, toezicht="ja"), "nee", "voordracht-no-raad"),
    (profile(sector="justitie", zorgverleners=300, toezicht="ja"), "nee", "voordracht-no-law"),
]

PLEEGOUDERRAAD = [
    (profile(verblijf="langdurig", sector="pleegzorg", zorgverleners=30), "onzeker", "pleegouderraad-pleegzorg"),
    (profile(sector="pleegzorg", zorgverleners=3), "onzeker", "pleegouderraad-pleegzorg"),
    (profile(sector="jeugdhulp", zorgverleners=30), "nee", "pleegouderraad-no-pleegzorg"),
    (profile(sector="justitie", zorgverleners=30), "nee", "pleegouderraad-no-law"),
]


# Legal model v3 rows, per new question or case of issue 17.
WMCZ += [
    (profile(verblijf="langdurig", sector="gehandicaptenzorg", zorgverleners=15, ouderinitiatief="ja"), "onzeker",
     "wmcz-ouderinitiatief"),
    (profile(verblijf="langdurig", sector="gehandicaptenzorg", zorgverleners=15, ouderinitiatief="nee"), "ja",
     "wmcz-instelling"),
    (profile(verblijf="langdurig", sector="pleegzorg", zorgverleners=5), "ja", "wmcz-youth"),
]
CLIENTENRAAD += [
    (profile(verblijf="langdurig", sector="jeugdhulp", zorgverleners=11), "ja", "raad-youth"),
    # eerstelijnszorg decides the >25 test without stay; never the sector label.
    # ...but only the sector eerstelijn's care is known to be designated (SEC); whether the
    # Besluit designates wijkverpleging, basis-ggz or kraamzorg is OPEN (legal README v3):
    # a "ja" outside that sector gives onzeker, never nee (legal-audit).
    (profile(sector="wijkverpleging", zorgverleners=20, eerstelijnszorg="ja"), "onzeker", "raad-primary-care-open-kind"),
    (profile(sector="ggz", zorgverleners=20, eerstelijnszorg="ja"), "onzeker", "raad-primary-care-open-kind"),
    (profile(sector="ggz", zorgverleners=26, eerstelijnszorg="ja"), "ja", "raad-primary-care-over-25"),
    (profile(sector="eerstelijn", zorgverleners=20, eerstelijnszorg="ja"), "nee", "raad-primary-care-up-to-25"),
    (profile(sector="ouderenzorg", zorgverleners=20, eerstelijnszorg="ja"), "onzeker", "raad-primary-care-open-kind"),
    (profile(sector="overig", zorgverleners=20, eerstelijnszorg="ja"), "onzeker", "raad-primary-care-open-kind"),
    (profile(sector="eerstelijn", zorgverleners=20, eerstelijnszorg="nee"), "ja", "raad-over-10"),
    (profile(sector="overig", zorgverleners=20, eerstelijnszorg="nee"), "ja", "raad-over-10"),
    (profile(sector="eerstelijn", zorgverleners=20, eerstelijnszorg="weet-niet"), "onzeker",
     "raad-maybe-primary-care-up-to-25"),
    (profile(sector="eerstelijn", zorgverleners=20), "nee", "raad-primary-care-up-to-25"),
    # any stay means > 10, whatever is answered
    (profile(verblijf="kort", sector="overig", zorgverleners=20, eerstelijnszorg="ja"), "ja", "raad-primary-care-stay"),
    (profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=20, eerstelijnszorg="ja"), "ja",
     "raad-primary-care-stay"),
]
INSPRAAK += [
    (profile(verblijf="kort", sector="gehandicaptenzorg", zorgverleners=30), "onzeker", "inspraak-short-stay-open"),
    (profile(verblijf="kort", sector="ziekenhuis", zorgverleners=3000), "nee", "inspraak-short-stay"),
]
TABLES = {"wmcz": WMCZ, "clientenraad": CLIENTENRAAD, "raad-per-locatie": PER_LOCATIE, "inspraak": INSPRAAK,
          "bindende-voordracht": VOORDRACHT, "pleegouderraad": PLEEGOUDERRAAD}


@pytest.mark.parametrize(("obligation_id", "answers", "status", "rule"),
                         [(o, *row) for o, table in TABLES.items() for row in table])
def test_the_right_rule_decides(data, obligation_id, answers, status, rule):
    assert decided(answers, obligation_id, data) == (status, rule)


@pytest.mark.parametrize("right", RIGHTS)
@pytest.mark.parametrize(("answers", "status", "rule"), RIGHTS_CASES)
def test_rights_follow_the_council(data, right, answers, status, rule):
    assert decided(answers, right, data) == (status, f"{RIGHT_PREFIX[right]}-{rule}")


def test_every_rule_is_tested(data):
    """A rule no table row reaches is either dead law or untested law."""
    reached = {rule for table in TABLES.values() for _, _, rule in table}
    reached |= {f"{prefix}-{rule}" for prefix in RIGHT_PREFIX.values() for _, _, rule in RIGHTS_CASES}
    in_data = {rule["id"] for o in data["law"]["obligations"] for rule in o["rules"]}
    assert in_data <= reached, sorted(in_data - reached)


@pytest.mark.parametrize("sector", ["justitie", "ggd-jgz", "defensie"])
def test_excluded_sector_is_out_of_the_whole_law_whatever_the_size_or_stay(data, sector):
    for verblijf in ("langdurig", "kort", "geen"):
        for zorgverleners in (0, 11, 26, 100_000):
            advice = advise(profile(verblijf=verblijf, sector=sector, zorgverleners=zorgverleners), data)
            assert {o["status"] for o in advice["obligations"]} == {"nee"}
            # Besluit art. 2 rests on art. 1 lid 2 of the law, for the whole law (inspraak included).
            assert [a["id"] for a in obligation(advice, "wmcz")["articles"]] == ["besluit-art-2", "wmcz-art-1"]


def test_excluded_sector_rests_on_the_law_text(data):
    advice = advise(profile(sector="justitie", zorgverleners=300, verblijf="langdurig"), data)
    assert {o["certainty"]["id"] for o in advice["obligations"]} == {"law"}


def test_pharmacy_rests_on_one_source(data):
    advice = advise(profile(sector="apotheek", zorgverleners=30), data)
    certainty = {o["id"]: o["certainty"]["id"] for o in advice["obligations"]}
    assert certainty.pop("inspraak") == "law"  # no long stay settles inspraak by the law text alone
    assert certainty.pop("pleegouderraad") == "sec"  # no pleegzorg, whatever the scope
    assert certainty.pop("raad-per-locatie") == "sec"  # no stay, no home care: own level, whatever the scope
    assert set(certainty.values()) == {"single"}


def test_household_help_is_never_a_confident_yes(data):
    for verblijf in ("langdurig", "kort", "geen"):
        for zorgverleners in (2, 11, 26, 500):
            advice = advise(profile(verblijf=verblijf, sector="huishoudelijke-hulp", zorgverleners=zorgverleners), data)
            assert "ja" not in {o["status"] for o in advice["obligations"]}
            assert obligation(advice, "wmcz")["certainty"]["id"] == "unread"  # the Besluit's list was not read


def test_household_help_council_answer_is_marked_unsure(data):
    raad = obligation(advise(profile(sector="huishoudelijke-hulp", zorgverleners=30), data), "clientenraad")
    assert (raad["status"], raad["certainty"]["id"]) == ("onzeker", "unread")


@pytest.mark.parametrize("sector", ["wijkverpleging", "ggz", "overig", "ouderenzorg", "ziekenhuis"])
def test_without_stay_11_to_25_is_settled_by_the_question_eerstelijnszorg(data, sector):
    raad = obligation(advise(profile(verblijf="geen", sector=sector, zorgverleners=18), data), "clientenraad")
    assert (raad["status"], raad["certainty"]["id"], raad["settled_by"]) == ("onzeker", "unread", "eerstelijnszorg")
    assert "eerstelijnszorg" in raad["why"]


def test_wijkverpleging_and_ouderenzorg_without_stay_get_the_same_answer(data):
    """The same home care entered under two sector labels (issue 17)."""
    for extra in ({}, {"eerstelijnszorg": "ja"}, {"eerstelijnszorg": "nee"}, {"eerstelijnszorg": "weet-niet"}):
        answers = [decided(profile(sector=sector, zorgverleners=18, **extra), "clientenraad", data)
                   for sector in ("wijkverpleging", "ouderenzorg")]
        assert answers[0] == answers[1], extra


@pytest.mark.parametrize("sector", ["ouderenzorg", "gehandicaptenzorg", "ggz", "jeugdhulp", "wijkverpleging",
                                    "ziekenhuis", "revalidatie", "eerstelijn", "overig"])
@pytest.mark.parametrize("verblijf", ["kort", "langdurig"])
def test_any_stay_means_more_than_10_for_every_sector(data, sector, verblijf):
    for zorgverleners, status in ((10, "nee"), (11, "ja"), (25, "ja")):
        raad = obligation(advise(profile(verblijf=verblijf, sector=sector, zorgverleners=zorgverleners), data),
                          "clientenraad")
        assert raad["status"] == status, (sector, verblijf, zorgverleners, raad["rule"])


def test_unsure_council_makes_every_right_unsure_and_open(data):
    advice = advise(profile(sector="wijkverpleging", zorgverleners=18), data)
    for right in RIGHTS:
        assert (obligation(advice, right)["status"], obligation(advice, right)["certainty"]["id"]) == ("onzeker", "unread")


def test_without_funding_the_why_says_where_funding_could_change_the_answer(data):
    unanswered = obligation(advise(profile(sector="ggz"), data), "wmcz")
    answered = obligation(advise(profile(sector="ggz", financiering="zvw"), data), "wmcz")
    assert unanswered["status"] == answered["status"] == "ja"
    assert "Wmo 2015" in unanswered["why"] and "Wmo 2015" not in answered["why"]


def test_wmo_only_cites_its_sources_and_is_not_a_confident_no(data):
    wmcz = obligation(advise(profile(verblijf="langdurig", sector="gehandicaptenzorg", financiering="wmo"), data), "wmcz")
    assert "20-005" in wmcz["why"] and "waarschijnlijk" in wmcz["why"]
    assert wmcz["certainty"]["id"] != "law"


def test_short_stay_says_langdurig_is_open_for_revalidatie_grz_hospice_and_logeerzorg(data):
    revalidatie = obligation(advise(profile(verblijf="kort", sector="revalidatie"), data), "inspraak")
    assert revalidatie["certainty"]["id"] == "open"
    other = obligation(advise(profile(verblijf="kort", sector="ouderenzorg"), data), "inspraak")
    assert all(word in other["why"] for word in ("geriatrische revalidatie", "hospice", "logeerzorg"))


@pytest.mark.parametrize("right", ["adviesrecht", "instemmingsrecht", "medezeggenschapsregeling"])
def test_a_voluntary_council_cites_art_6_but_never_art_3_lid_2(data, right):
    # Legal README v3: the lid numbers for a voluntary council are OPEN; do not cite them.
    entry = obligation(advise(profile(zorgverleners=8), data), right)
    assert entry["status"] == "nee"
    assert "art. 3 lid 2" not in entry["why"]
    assert "wmcz-art-6" in [a["id"] for a in entry["articles"]]


def test_bindende_voordracht_says_it_depends_on_a_raad_van_toezicht(data):
    for zorgverleners in (11, 5):
        why = obligation(advise(profile(verblijf="langdurig", zorgverleners=zorgverleners), data), "bindende-voordracht")["why"]
        assert "raad van toezicht" in why
    entry = obligation(advise(profile(verblijf="langdurig", zorgverleners=11), data), "bindende-voordracht")
    assert entry["settled_by"] == "toezicht" and "vraag over toezicht" in entry["why"]


def test_youth_cites_the_jeugdwet(data):
    advice = advise(profile(sector="jeugdhulp", zorgverleners=30), data)
    assert "jeugdwet" in [a["id"] for a in obligation(advice, "wmcz")["articles"]]
    assert "jeugdwet" in [a["id"] for a in obligation(advice, "clientenraad")["articles"]]


def test_small_instelling_asks_about_working_alone_only_when_not_answered(data):
    unanswered = obligation(advise(profile(zorgverleners=1), data), "wmcz")["why"]
    answered = obligation(advise(profile(zorgverleners=1, zelfstandig="nee"), data), "wmcz")["why"]
    assert "Werkt u alleen?" in unanswered and "Werkt u alleen?" not in answered


def test_an_answer_is_never_surer_than_what_it_rests_on(data):
    # inspraak rests on art. 2 (law text) but also on "the Wmcz applies" (sec).
    inspraak = obligation(advise(profile(verblijf="langdurig", zorgverleners=40), data), "inspraak")
    assert inspraak["certainty"]["id"] == "sec"
    # "not long stay" settles inspraak by the law text alone.
    inspraak = obligation(advise(profile(verblijf="kort", sector="huishoudelijke-hulp"), data), "inspraak")
    assert inspraak["certainty"]["id"] == "law"


@pytest.mark.parametrize(("zorgverleners", "certainty"), [(8, "sec"), (150, "unread")])
def test_rights_are_as_sure_as_the_council_answer(data, zorgverleners, certainty):
    # Household help: whether the law applies is open, but 8 care providers
    # never need a council (sec); for 150 the Besluit's list decides, which we have not read.
    advice = advise(profile(sector="huishoudelijke-hulp", zorgverleners=zorgverleners), data)
    for obligation_id in ("clientenraad",) + RIGHTS:
        assert obligation(advice, obligation_id)["certainty"]["id"] == certainty, obligation_id


def test_raad_per_locatie_explains_who_may_decide_otherwise(data):
    entry = obligation(advise(profile(verblijf="langdurig", zorgverleners=900, locaties=8), data), "raad-per-locatie")
    assert entry["certainty"]["id"] == "sec" and "8 locaties" in entry["why"]
    unknown = obligation(advise(profile(verblijf="langdurig", zorgverleners=900), data), "raad-per-locatie")
    assert "aantal locaties" in unknown["why"]


def test_raad_per_locatie_comes_right_after_clientenraad_and_links_the_raad_of_panel_page(data):
    advice = advise(profile(), data)
    ids = [o["id"] for o in advice["obligations"]]
    assert ids.index("raad-per-locatie") == ids.index("clientenraad") + 1
    assert obligation(advice, "raad-per-locatie")["topic"] == "raad-of-panel"


def test_the_page_raad_per_locatie_links_to_states_meerdere_tenzij(data):
    """'Meer uitleg over deze regel' must lead to a page that says the rule, not only the scenarios."""
    topic_id = obligation(advise(profile(), data), "raad-per-locatie")["topic"]
    topic = next(t for t in data["topics"]["topics"] if t["id"] == topic_id)
    text = " ".join(section.get("body", "") for section in topic["sections"])
    assert "cliëntenraad per locatie" in text and "niet nodig" in text


def test_obligations_come_in_the_contract_order_with_articles(data):
    advice = advise(profile(), data)
    assert [o["id"] for o in advice["obligations"]] == list(OBLIGATIONS)
    for entry in advice["obligations"]:
        assert entry["articles"], entry["id"]
        for article in entry["articles"]:
            assert set(article) == {"id", "label", "url"}
            assert article["url"].startswith("https://wetten.overheid.nl/")
        assert set(entry["certainty"]) == {"id", "label", "note"}


def test_a_taken_over_certainty_points_at_where_the_doubt_starts(data):
    """Issue #10: the long note of a weak level once, under the answer it starts at."""
    advice = advise(profile(sector="apotheek", zorgverleners=30), data)
    by_id = {o["id"]: o["certainty"] for o in advice["obligations"]}
    own = data["vocabulary"]["certainty"]["single"]["note"].strip()
    assert "follows" not in by_id["wmcz"] and by_id["wmcz"]["note"].strip() == own
    taken_over = {o: c for o, c in by_id.items() if c["id"] == "single" and o != "wmcz"}
    assert taken_over and {c.get("follows") for c in taken_over.values()} == {"wmcz"}
    assert all(c["note"] != own and obligation(advice, "wmcz")["title"] in c["note"] for c in taken_over.values())


@pytest.mark.parametrize("answers", [
    profile(sector="apotheek", zorgverleners=30),
    profile(sector="huishoudelijke-hulp", zorgverleners=40),
    profile(verblijf="langdurig", sector="ggz", financiering="wmo"),
    profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=900, locaties=8),
    profile(verblijf="geen", sector="eerstelijn", zorgverleners=20),
])
def test_certainty_follows_an_earlier_answer_that_is_as_weak_and_its_own_source(data, answers):
    obligations = advise(answers, data)["obligations"]
    seen = {}
    for o in obligations:
        source = o["certainty"].get("follows")
        if source is not None:
            assert source in seen, f"{o['id']} follows {source}, which is not earlier"
            assert seen[source]["id"] == o["certainty"]["id"] and "follows" not in seen[source]
        seen[o["id"]] = o["certainty"]
