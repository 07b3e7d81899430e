"""Condition strings in data/law.yaml: every one valid, and typos caught with a clear message."""
import pytest

from wizard import validate_condition
from wizard.conditions import holds
from wizard.predicates import PREDICATES

from wizard_helpers import profile

VALID = [
    ("long_stay", None),
    ("not long_stay", None),
    ("  not   above_general_threshold ", None),
    ("wmcz is nee", ["wmcz"]),
    ("clientenraad is onzeker", ["wmcz", "clientenraad"]),
    ("clientenraad is ja", None),  # None: any obligation of the contract
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


def test_every_predicate_is_used_by_the_data(data):
    # An unused predicate is dead law: either the data forgot a rule or the code is stale.
    law = data["law"]
    used = {c.split()[-1] for o in law["obligations"] for r in o["rules"] for c in r["when"]}
    used |= {c.split()[-1] for i in law["items"] for c in i.get("when", [])}
    assert set(PREDICATES) <= used


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
