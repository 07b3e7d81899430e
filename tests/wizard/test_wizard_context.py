"""The Context: every rule reads the answers through it, with one default per question."""
import pytest

from wizard.context import Context, as_context
from wizard.contract import MULTIPLE, QUESTIONS

from wizard_helpers import profile


def test_an_unanswered_question_reads_as_its_one_default():
    context = Context(profile())
    for question in QUESTIONS:
        if question.required:
            continue
        expected = tuple(question.default or ()) if question.kind == MULTIPLE else question.default
        assert context.answer(question.id) == expected, question.id
        assert not context.given(question.id)


def test_an_answer_wins_over_the_default():
    context = Context(profile(zelfstandig="ja", locaties=3, doelgroep=["nah"]))
    assert context.answer("zelfstandig") == "ja"
    assert context.answer("locaties") == 3
    assert context.answer("doelgroep") == ("nah",)
    assert context.given("locaties")


def test_a_misspelt_question_is_an_error_not_a_silent_default():
    with pytest.raises(KeyError):
        Context(profile()).answer("locatie")


@pytest.mark.parametrize(("question", "value", "expected"), [
    ("doelgroep", "nah", True), ("doelgroep", "dementie", False), ("ervaring", "nieuw", True),
    ("ervaring", "bezig", False),
])
def test_chose(question, value, expected):
    context = Context(profile(doelgroep=["nah", "jongeren"], ervaring="nieuw"))
    assert context.chose(question, value) is expected


def test_read_like_a_profile_it_applies_the_same_defaults():
    # Predicates written as profile["x"] / profile.get("x") read what answer() reads.
    context = Context(profile(sector="ggz"))
    assert context["sector"] == "ggz"
    assert context.get("zelfstandig") == context.answer("zelfstandig")  # a question with a default
    assert context.get("locaties", "fallback") == "fallback"  # no default, not answered
    with pytest.raises(KeyError):
        context["locaties"]


def test_as_context_wraps_a_profile_with_its_outcomes_and_keeps_a_context():
    wrapped = as_context(profile(), {"wmcz": "ja"})
    assert wrapped.outcomes == {"wmcz": "ja"} and wrapped.profile == profile()
    assert as_context(wrapped) is wrapped
