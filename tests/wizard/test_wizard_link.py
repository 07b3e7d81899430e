"""A shared link is untrusted input: the engine reads its own keys, names the
others in one Dutch notice, and echoes no control characters or essays."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard import shapes
from wizard.contract import FIELDS
from wizard.plan import NAMED_KEYS, answer, unknown_keys

from test_wizard_shapes import check

ANSWERS = {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": "40"}
PLAN_KEYS = {"plan": "ideeenbord", "vaak.ideeenbord": "jaarlijks", "door.ideeenbord": "Ans",
             "met.clientenpanel": "Bewoners", "terug": "x", "raad": "y", "evaluatie": "6"}
HOSTILE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "<script>alert(1)</script>",
                "vaak.bestaat-niet", "vaak.", ".ideeenbord", "Verblijf", "zorgverleners ", ""]


def test_questions_and_plan_keys_are_known(data):
    assert unknown_keys({**ANSWERS, **PLAN_KEYS, **dict.fromkeys(FIELDS, "")}, data) == []
    result = answer({**ANSWERS, **PLAN_KEYS}, data)
    assert result["unknown_keys"] == [] and result["link_notice"] == ""
    assert result["advice"] is not None


@pytest.mark.parametrize("key", HOSTILE_KEYS)
def test_any_other_key_is_ignored_and_named_in_the_notice(data, key):
    result = answer({**ANSWERS, key: "x"}, data)
    assert result["unknown_keys"] == [key]
    assert result["link_notice"].startswith("Een deel van de link begrepen wij niet: ‘")
    assert "overgeslagen" in result["link_notice"]
    # Ignored: the answers give the same advice as without the key.
    assert result["advice"] == answer(ANSWERS, data)["advice"]
    check(result, shapes.PlanAnswer, "answer")


def test_the_notice_names_a_few_keys_and_counts_the_rest(data):
    extra = {f"onbekend{i}": "1" for i in range(NAMED_KEYS + 4)}
    notice = answer({**ANSWERS, **extra}, data)["link_notice"]
    assert notice == ("Een deel van de link begrepen wij niet: ‘onbekend0’, ‘onbekend1’, ‘onbekend2’ en nog 4 "
                      "andere. Dat deel hebben wij overgeslagen.")


def test_an_incomplete_or_invalid_link_still_reports_its_unknown_keys(data):
    result = answer({"verblijf": "altijd", "foo": "1"}, data)
    assert result["advice"] is None and result["errors"]
    assert result["unknown_keys"] == ["foo"] and result["link_notice"]


def test_echoed_answers_lose_control_characters_and_length(data):
    """A field message repeats what was wrong, but as visible text of at most 40 characters."""
    raw = {**ANSWERS, "verblijf": "lang\x00dur\u202eig\x1b[31m", "sector": "x" * 10_000, "zorgverleners": "4\x07"}
    errors = {e["field"]: e["message"] for e in answer(raw, data)["errors"]}
    assert set(errors) == {"verblijf", "sector", "zorgverleners"}
    for message in errors.values():
        assert not any(ord(c) < 32 or c in "\u202e\x7f" for c in message), message
    assert "x" * 38 not in errors["sector"] and "‘" + "x" * 37 + "...’" in errors["sector"]
    notice = answer({**ANSWERS, "a\x00b" + "y" * 5000: "1"}, data)["link_notice"]
    assert "\x00" not in notice and len(notice) < 200


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(link=st.dictionaries(st.one_of(st.sampled_from([*FIELDS, *PLAN_KEYS, *HOSTILE_KEYS]), st.text(max_size=30)),
                            st.one_of(st.text(max_size=60), st.sampled_from(["langdurig", "ggz", "12", "ja"]))))
def test_any_link_gets_an_answer_of_the_right_shape(data, link):
    result = answer(link, data)
    check(result, shapes.PlanAnswer, "answer")
    assert result["unknown_keys"] == [k for k in link if k not in FIELDS and k not in PLAN_KEYS
                                      and not _plan_key_of_a_method(k, data)]
    assert bool(result["link_notice"]) == bool(result["unknown_keys"])


def _plan_key_of_a_method(key: str, data) -> bool:
    prefix, _, method = key.partition(".")
    return prefix in ("vaak", "door", "met") and method in {m["id"] for m in data["methods"]["methods"]}
