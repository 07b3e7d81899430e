"""Condition strings in data/law.yaml and in the engine's `when` lists: every one valid, typos caught
with a clear message, and each predicate (law distinction or advice fact) true exactly where it should be."""
import pytest

from wizard import validate_condition
from wizard.conditions import CHECKED, checked, holds, obligation_named
from wizard.context import Context
from wizard.facts import LARGE_ORGANISATION, SMALL_ORGANISATION
from wizard.predicates import PREDICATES

from wizard_helpers import profile

VALID = [
    ("long_stay", None),
    ("not long_stay", None),
    ("  not   above_general_threshold ", None),
    ("wmcz is nee", ["wmcz"]),
    ("clientenraad is onzeker", ["wmcz", "clientenraad"]),
    ("clientenraad is ja", None),  # None: any obligation of the contract
    ("council_matters", ["wmcz", "clientenraad"]),
    ("council_matters", None),
]

INVALID = [
    ("long_sty", None, "unknown predicate 'long_sty'"),
    ("not long_sty", None, "unknown predicate"),
    ("not", None, "unknown predicate 'not'"),
    ("", None, "cannot read condition"),
    ("long_stay and kort", None, "cannot read condition"),
    ("is long_stay", None, "cannot read condition"),
    ("clientenraad is ja", ["wmcz"], "not decided before this rule"),
    ("clientenraad is ja", [], "not decided before this rule"),
    ("clientenrad is ja", ["wmcz", "clientenraad"], "unknown obligation 'clientenrad'"),
    ("wmcz is misschien", ["wmcz"], "unknown status 'misschien'"),
    ("wmcz is Ja", ["wmcz"], "unknown status"),
    # A fact that reads an outcome counts as naming it.
    ("council_matters", ["wmcz"], "reads the outcome of clientenraad"),
    ("not council_per_location", [], "reads the outcome of raad-per-locatie"),
]


@pytest.mark.parametrize(("expr", "before"), VALID)
def test_valid_conditions(expr, before):
    assert validate_condition(expr, before) is None


@pytest.mark.parametrize(("expr", "before", "message"), INVALID)
def test_invalid_conditions_say_what_is_wrong(expr, before, message):
    assert message in validate_condition(expr, before)


def test_every_condition_in_the_data_is_valid(data):
    law = data["law"]
    for index, obligation in enumerate(law["obligations"]):
        before = [o["id"] for o in law["obligations"][:index]]
        for rule in obligation["rules"]:
            for condition in rule["when"]:
                assert validate_condition(condition, before) is None, (obligation["id"], condition)
    for item in law["items"]:
        for condition in item.get("when", []):
            assert validate_condition(condition, []) is None, (item["id"], condition)


def test_every_predicate_is_used_by_the_data_or_a_rule_of_the_engine(data):
    # An unused predicate is dead law: either the data forgot a rule or the code is stale.
    law = data["law"]
    used = {c.split()[-1] for o in law["obligations"] for r in o["rules"] for c in r["when"]}
    used |= {c.split()[-1] for i in law["items"] for c in i.get("when", [])}
    used |= {c.split()[-1] for when in CHECKED for c in when}
    assert set(PREDICATES) <= used, set(PREDICATES) - used


@pytest.mark.parametrize(("expr", "named"), [
    ("clientenraad is ja", "clientenraad"), ("council_matters", "clientenraad"),
    ("not council_per_location", "raad-per-locatie"), ("long_stay", None), ("has_council", None),
])
def test_a_condition_names_the_outcome_it_reads(expr, named):
    # A law rule's certainty follows the outcomes it rests on, also when a fact reads them.
    assert obligation_named(expr) == named


def test_a_when_list_in_code_with_a_typo_fails_when_it_is_loaded():
    with pytest.raises(ValueError, match="unknown predicate 'long_sty'"):
        checked("long_stay", "long_sty")
    with pytest.raises(ValueError, match="cannot read condition"):
        checked("long_stay and kort")


def _context(outcomes=None, **answers):
    return Context(profile(**answers), outcomes=outcomes or {})


# One row per advice fact (wizard/facts.py) and per predicate whose default matters.
FACTS = [
    ("council_matters", _context(clientenraad="ja"), True),
    ("council_matters", _context(clientenraad="opstarten"), True),
    ("council_matters", _context(clientenraad="nee", outcomes={"clientenraad": "nee"}), False),
    ("council_matters", _context(clientenraad="nee", outcomes={"clientenraad": "ja"}), True),
    ("council_matters", _context(outcomes={"clientenraad": "onzeker"}), True),
    ("council_matters", _context(outcomes={"clientenraad": "nee"}), False),
    ("council_per_location", _context(outcomes={"raad-per-locatie": "ja"}), True),
    ("council_per_location", _context(outcomes={"raad-per-locatie": "onzeker"}), False),
    ("has_council", _context(clientenraad="ja"), True),
    ("has_council", _context(), False),
    ("no_council", _context(clientenraad="nee"), True),
    ("no_council", _context(), False),  # unanswered is not "no council"
    ("starting_council", _context(clientenraad="opstarten"), True),
    ("starting_council", _context(clientenraad="ja"), False),
    ("new_to_inspraak", _context(ervaring="nieuw"), True),
    ("new_to_inspraak", _context(), False),
    ("doing_inspraak", _context(ervaring="bezig"), True),
    ("doing_inspraak", _context(ervaring="nieuw"), False),
    ("large_organisation", _context(zorgverleners=LARGE_ORGANISATION), True),
    ("large_organisation", _context(zorgverleners=LARGE_ORGANISATION - 1), False),
    ("small_organisation", _context(zorgverleners=SMALL_ORGANISATION), True),
    ("small_organisation", _context(zorgverleners=SMALL_ORGANISATION + 1), False),
    ("exactly_one_care_provider", _context(zorgverleners=1), True),
    ("exactly_one_care_provider", _context(zorgverleners=0), False),
    ("youth_or_young_clients", _context(sector="jeugdhulp"), True),
    ("youth_or_young_clients", _context(sector="ggz", doelgroep=["nah", "jongeren"]), True),
    ("youth_or_young_clients", _context(sector="ggz", doelgroep=["nah"]), False),
    ("youth_or_young_clients", _context(sector="ggz"), False),
    ("military_sector", _context(sector="defensie"), True),
    ("military_sector", _context(sector="justitie"), False),
    ("funded_by_wlz_or_zvw", _context(financiering=["wmo", "zvw"]), True),
    ("funded_by_wlz_or_zvw", _context(financiering=["jeugdwet"]), False),
    ("funded_by_wlz_or_zvw", _context(), False),
    # locaties: unanswered is neither one location nor several, for every rule alike.
    ("one_location", _context(locaties=1), True),
    ("one_location", _context(locaties=2), False),
    ("one_location", _context(), False),
    ("several_locations", _context(locaties=2), True),
    ("several_locations", _context(locaties=1), False),
    ("several_locations", _context(), False),
    ("no_stay", _context(verblijf="geen"), True),
    ("no_stay", _context(verblijf="kort"), False),
]


@pytest.mark.parametrize(("name", "context", "expected"), FACTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(FACTS)])
def test_each_fact(name, context, expected):
    assert holds(name, context) is expected
    assert holds(f"not {name}", context) is (not expected)


def test_every_advice_fact_has_a_row():
    names = {name for name, function in PREDICATES.items() if function.__module__ == "wizard.facts"}
    assert names
    assert names <= {row[0] for row in FACTS}, names - {row[0] for row in FACTS}


@pytest.mark.parametrize(("expr", "answers", "outcomes", "expected"), [
    ("long_stay", profile(verblijf="langdurig"), {}, True),
    ("not long_stay", profile(verblijf="langdurig"), {}, False),
    ("day_and_night_stay", profile(verblijf="kort"), {}, True),
    ("day_and_night_stay", profile(verblijf="geen"), {}, False),
    ("works_alone", profile(zorgverleners=1, zelfstandig="ja"), {}, True),
    ("works_alone", profile(zorgverleners=1, zelfstandig="nee"), {}, False),
    ("works_alone", profile(zorgverleners=1), {}, False),  # the default: not alone
    ("at_most_one_care_provider", profile(zorgverleners=1), {}, True),
    ("at_most_one_care_provider", profile(zorgverleners=2), {}, False),
    ("above_general_threshold", profile(zorgverleners=10), {}, False),
    ("above_general_threshold", profile(zorgverleners=11), {}, True),
    ("above_primary_care_threshold", profile(zorgverleners=25), {}, False),
    ("above_primary_care_threshold", profile(zorgverleners=26), {}, True),
    ("sector_excluded", profile(sector="ggd-jgz"), {}, True),
    ("youth_sector", profile(sector="jeugdbescherming"), {}, True),
    ("wmcz is nee", profile(), {"wmcz": "nee"}, True),
    ("wmcz is nee", profile(), {"wmcz": "onzeker"}, False),
])
def test_holds(expr, answers, outcomes, expected):
    assert holds(expr, answers, outcomes) is expected
