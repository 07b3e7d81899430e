"""Property-based: for any valid answers the engine answers fully; for invalid ones it says why, in Dutch."""
import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wizard import ProfileError, advise, parse_profile
from wizard.profile import CONFLICT, answer_labels
from wizard.contract import CHOICE, FIELDS, GRADES, NUMBER, OBLIGATIONS, QUESTIONS, REQUIRED, STATUSES, WEAK_GRADES

# The data fixture is read-only in these tests, so sharing it across examples is fine.
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# Strategies per question kind, built from the contract's typed question table:
# a new question is covered by these tests without touching them.
def valid_answer(question):
    if question.kind == NUMBER:
        numbers = st.integers(min_value=question.minimum, max_value=question.maximum)
        # Also the forms a URL or form sends: "40", " 40 ".
        return numbers | numbers.map(str) | numbers.map(lambda n: f" {n} ")
    values = st.sampled_from(question.values)
    if question.kind == CHOICE:
        return values | values.map(lambda v: f" {v.upper()} ")
    chosen = st.lists(values, unique=True)
    return chosen | chosen.map(",".join)


def invalid_answer(question):
    if question.kind == NUMBER:
        return (st.integers(max_value=question.minimum - 1) | st.integers(min_value=question.maximum + 1)
                | st.text().filter(lambda s: s.strip() and not s.strip().lstrip("+").isdecimal())
                | st.floats(allow_nan=False).filter(lambda f: not f.is_integer()))
    if question.kind == CHOICE:
        return st.text(min_size=1).filter(lambda s: s.strip() and s.strip().lower() not in question.values)
    return st.text(alphabet="abcxyz-", min_size=1).filter(
        lambda s: s.strip(" ,") and not {p.strip() for p in s.split(",") if p.strip()} <= set(question.values))


valid_profiles = st.fixed_dictionaries(
    {q.id: valid_answer(q) for q in QUESTIONS if q.required},
    optional={q.id: valid_answer(q) for q in QUESTIONS if not q.required},
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=8,
)

# Invalid answers per field, with the field the error must name.
invalid_answers = st.one_of(*(st.tuples(st.just(q.id), invalid_answer(q)) for q in QUESTIONS))


def consistent(answers: dict, data: dict) -> dict:
    """Valid answers that do not contradict each other (wizard.profile CONFLICTS has its own tests)."""
    _, errors = parse_profile(answers, data)
    assume(not any(e["kind"] == CONFLICT for e in errors))
    return answers


@SETTINGS
@given(answers=valid_profiles)
def test_valid_answers_always_give_complete_advice(data, answers):
    advice = advise(consistent(answers, data), data)
    assert [o["id"] for o in advice["obligations"]] == list(OBLIGATIONS)
    assert {o["status"] for o in advice["obligations"]} <= set(STATUSES)
    assert json.loads(json.dumps(advice)) == advice
    assert len(advice["methods"]) == len(data["methods"]["methods"])


@SETTINGS
@given(answers=valid_profiles)
def test_every_why_names_an_answer(data, answers):
    # ...or rests on an earlier outcome, whose own why names the answers.
    advice = advise(consistent(answers, data), data)
    named = list(answer_labels(advice["profile"], data).values())
    rules = {r["id"]: r for o in data["law"]["obligations"] for r in o["rules"]}
    for decided in advice["obligations"]:
        assert "{" not in decided["why"], decided["why"]
        rule = rules[decided["rule"]]
        if rule.get("as_sure_as") or any(" is " in condition for condition in rule["when"]):
            continue
        assert any(word in decided["why"] for word in named), (decided["id"], decided["why"])


@SETTINGS
@given(answers=valid_profiles)
def test_rights_never_exceed_the_council(data, answers):
    status = {o["id"]: o["status"] for o in advise(consistent(answers, data), data)["obligations"]}
    for right in ("medezeggenschapsregeling", "adviesrecht", "instemmingsrecht", "commissie-van-vertrouwenslieden"):
        assert status[right] == status["clientenraad"]
    # The voordracht also needs an internal supervisor: never surer than the council.
    assert status["bindende-voordracht"] == "nee" or status["clientenraad"] != "nee"
    if status["bindende-voordracht"] == "ja":
        assert status["clientenraad"] == "ja"
    if status["raad-per-locatie"] == "ja":
        assert status["clientenraad"] == "ja"
    if status["wmcz"] == "nee":
        assert set(status.values()) == {"nee"}


@SETTINGS
@given(answers=valid_profiles)
def test_never_nee_on_one_source_or_an_open_point(data, answers):
    """Legal README v3: an answer whose deciding rule is graded ONE or OPEN is onzeker, never nee."""
    rules = {r["id"]: r for o in data["law"]["obligations"] for r in o["rules"]}
    for decided in advise(consistent(answers, data), data)["obligations"]:
        if decided["status"] == "nee":
            assert GRADES[rules[decided["rule"]]["certainty"]] not in WEAK_GRADES, decided["rule"]


@SETTINGS
@given(answers=valid_profiles)
def test_actions_follow_the_statuses(data, answers):
    advice = advise(consistent(answers, data), data)
    acting = {}
    for action in advice["actions"]:
        acting.setdefault(action["obligation"], []).append(action)
        assert action["text"] and "{" not in action["text"]
    assert len({a["id"] for a in advice["actions"]}) == len(advice["actions"])
    for decided in advice["obligations"]:
        steps = acting.get(decided["id"], [])
        if decided["status"] == "ja":
            assert steps, decided["id"]
        elif decided["status"] == "nee":
            assert not steps, decided["id"]
        else:
            assert len(steps) == 1, decided["id"]
            if "settled_by" in decided:
                assert steps[0]["id"].endswith(f"-vraag-{decided['settled_by']}")
                assert decided["settled_by"] in advice["headline"]["settled_by"]


@SETTINGS
@given(answers=valid_profiles)
def test_wmo_only_or_an_unsure_law_is_never_a_yes(data, answers):
    advice = advise(consistent(answers, data), data)
    status = {o["id"]: o["status"] for o in advice["obligations"]}
    if advice["profile"].get("financiering") == ["wmo"]:
        assert status["wmcz"] != "ja"
    if status["wmcz"] != "ja":
        assert "ja" not in status.values(), status


@SETTINGS
@given(answers=valid_profiles, field_and_value=invalid_answers)
def test_invalid_answers_raise_profile_error_naming_the_field(data, answers, field_and_value):
    field, value = field_and_value
    consistent(answers, data)
    try:
        advise({**answers, field: value}, data)
    except ProfileError as error:
        assert [e["field"] for e in error.errors] == [field]
        name = next(q["name"] for q in data["wizard"]["questions"] if q["id"] == field)
        assert error.errors[0]["message"].startswith(name)
    else:
        raise AssertionError(f"{field}={value!r} was accepted")


@SETTINGS
@given(raw=json_values | st.dictionaries(st.sampled_from([*FIELDS, "x"]), json_values))
def test_any_json_is_parsed_or_explained_never_crashes(data, raw):
    clean, errors = parse_profile(raw, data)
    if not errors:
        assert set(REQUIRED) <= set(clean)
    for error in errors:
        assert error["message"] and error["field"]
