"""wizard.browser.answer: what the page gets while the reader answers (never an exception)."""
import pytest

from wizard import advise
from wizard.browser import answer

from wizard_helpers import profile


def test_complete_answers_give_the_same_advice_as_advise(data):
    raw = {"verblijf": "langdurig", "sector": "ggz", "zorgverleners": "30", "doelgroep": "nah"}
    assert answer(raw, data) == {"advice": advise(raw, data), "errors": [], "missing": []}


def test_unanswered_questions_are_incomplete_not_errors(data):
    assert answer({"verblijf": "kort"}, data) == {"advice": None, "errors": [], "missing": ["sector", "zorgverleners"]}
    assert answer({}, data)["errors"] == []


@pytest.mark.parametrize(("raw", "field"), [
    (profile(zorgverleners="abc"), "zorgverleners"),
    ({"verblijf": "kort", "zorgverleners": "-1"}, "zorgverleners"),
    (profile(doelgroep="kinderen"), "doelgroep"),
])
def test_wrong_answers_are_errors_naming_the_field(data, raw, field):
    result = answer(raw, data)
    assert result["advice"] is None
    assert [e["field"] for e in result["errors"]] == [field]
