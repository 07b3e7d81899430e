"""The inspraakplan read from the URL fragment: defaults, order, and every kind
of bad input dropped with a Dutch notice, never an exception."""
import pytest

from wizard import advise, shapes
from wizard.plan import LIMITS, answer, method_key, parse_plan

from test_wizard_shapes import check

from wizard_helpers import profile

ANSWERS = dict(verblijf="langdurig", sector="ouderenzorg", zorgverleners=40, clientenraad="ja")


@pytest.fixture
def advice(data):
    return advise(profile(**ANSWERS), data)


def _plan(data, advice, **fragment):
    return parse_plan({**profile(**ANSWERS), **fragment}, advice, data)


def test_without_a_plan_key_the_recommended_methods_are_chosen(data, advice):
    plan = _plan(data, advice)
    recommended = [m["id"] for m in advice["methods"] if m["recommended"]]
    assert recommended and [m["id"] for m in plan["methods"]] == recommended
    assert plan["chosen_by"] == "recommendation" and plan["notices"] == []


def test_the_reader_chooses_and_orders_the_methods(data, advice):
    plan = _plan(data, advice, plan="spiegelgesprekken, Ideeenbord,spiegelgesprekken")
    assert [m["id"] for m in plan["methods"]] == ["spiegelgesprekken", "ideeenbord"]
    assert plan["chosen_by"] == "reader" and plan["notices"] == []


def test_an_empty_plan_key_means_none_chosen(data, advice):
    assert _plan(data, advice, plan="")["methods"] == []


@pytest.mark.parametrize("bad", ["bogus", "__proto__", "constructor", "<img src=x onerror=alert(1)>", "x" * 500])
def test_unknown_methods_are_dropped_with_a_dutch_notice(data, advice, bad):
    plan = _plan(data, advice, plan=f"ideeenbord,{bad}")
    assert [m["id"] for m in plan["methods"]] == ["ideeenbord"]
    assert len(plan["notices"]) == 1
    notice = plan["notices"][0]
    assert "kennen wij niet als manier van inspraak" in notice and "weggelaten" in notice
    assert len(notice) < 200  # a long value is shortened in the notice


def test_per_method_answers_are_read_under_their_keys(data, advice):
    plan = _plan(data, advice, plan="ideeenbord", **{
        "vaak.ideeenbord": "per-kwartaal", "door.ideeenbord": "  De   teamleider ", "met.ideeenbord": "Bewoners"})
    row = plan["methods"][0]
    assert (row["often"], row["organiser"], row["participants"]) == ("per-kwartaal", "De teamleider", "Bewoners")
    assert row["keys"] == {"often": "vaak.ideeenbord", "organiser": "door.ideeenbord", "participants": "met.ideeenbord"}
    assert method_key("often", "ideeenbord") == "vaak.ideeenbord"


def test_how_often_starts_from_what_the_sources_say(data, advice):
    plan = _plan(data, advice, plan="spiegelgesprekken,inspraakhuis")
    often = {m["id"]: m["often"] for m in plan["methods"]}
    assert often == {"spiegelgesprekken": "per-half-jaar", "inspraakhuis": ""}


def test_unknown_choice_values_are_dropped_with_a_notice(data, advice):
    plan = _plan(data, advice, plan="ideeenbord", evaluatie="morgen", **{"vaak.ideeenbord": "soms"})
    assert plan["evaluation"] == "" and plan["methods"][0]["often"] == ""
    assert len(plan["notices"]) == 2
    assert any("‘soms’ kennen wij niet" in n and "Ideeënbord" in n for n in plan["notices"])


def test_a_notice_quotes_the_question_it_is_about(data, advice):
    # The questions end in "?": "Hoe vaak? (Ideeënbord): ..." read as broken punctuation.
    plan = _plan(data, advice, plan="ideeenbord", evaluatie="morgen", terug="a" * 500,
                 **{"vaak.ideeenbord": "soms", "door.ideeenbord": 5})
    assert len(plan["notices"]) == 4
    for notice in plan["notices"]:
        assert "?:" not in notice and "?)" not in notice, notice
        assert notice.startswith("Bij ‘"), notice


def test_an_emptied_choice_is_not_an_error(data, advice):
    plan = _plan(data, advice, plan="ideeenbord", evaluatie="", **{"vaak.ideeenbord": ""})
    assert plan["notices"] == []


@pytest.mark.parametrize("field, key", [("feedback", "terug"), ("council", "raad"), ("organisation", "organisatie")])
def test_long_free_text_is_cut_with_a_notice(data, advice, field, key):
    plan = _plan(data, advice, **{key: "a" * (LIMITS[field] + 50)})
    assert len(plan[field]) == LIMITS[field]
    assert any(f"langer dan {LIMITS[field]} tekens" in n for n in plan["notices"])


def test_free_text_keeps_its_characters_but_loses_control_characters(data, advice):
    text = "Actielijst <b>op</b> het bord\r\n\r\n\r\n\r\nen \x00\u202ein de huiskamer"
    plan = _plan(data, advice, terug=text, plan="ideeenbord", **{"door.ideeenbord": "Ans\nde Vries\t"})
    assert plan["feedback"] == "Actielijst <b>op</b> het bord\n\nen in de huiskamer"  # text, never HTML
    assert plan["methods"][0]["organiser"] == "Ans de Vries"  # one line


def test_the_organisation_name_is_one_line_of_text_under_its_own_key(data, advice):
    plan = _plan(data, advice, organisatie="  Zorggroep\nDe Linde <b>  ")
    assert plan["organisation"] == "Zorggroep De Linde <b>"  # text, never HTML
    assert plan["keys"]["organisation"] == "organisatie"
    assert _plan(data, advice)["organisation"] == ""
    assert answer({"organisatie": "De Linde"}, data)["unknown_keys"] == []


def test_answers_of_the_wrong_type_get_a_notice(data, advice):
    plan = _plan(data, advice, plan=["ideeenbord"], terug=5)
    assert plan["methods"] == [] and plan["feedback"] == ""
    assert len(plan["notices"]) == 2


def test_the_council_question_only_where_a_council_is_or_must_be(data):
    small = advise(profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=5), data)
    assert parse_plan({}, small, data)["asks_council"] is False
    starting = advise(profile(verblijf="langdurig", sector="ouderenzorg", zorgverleners=5, clientenraad="opstarten"), data)
    assert parse_plan({}, starting, data)["asks_council"] is True
    assert parse_plan({}, advise(profile(**ANSWERS), data), data)["asks_council"] is True


def test_the_browser_entry_point_adds_the_plan_and_never_raises(data):
    result = answer({**profile(**ANSWERS), "plan": "ideeenbord,nope"}, data)
    assert result["advice"] == advise(profile(**ANSWERS), data)
    assert [m["id"] for m in result["plan"]["methods"]] == ["ideeenbord"]
    assert answer({"verblijf": "altijd"}, data)["plan"] is None
    assert answer("not a mapping", data)["plan"] is None


@pytest.mark.parametrize("raw", [
    {**profile(**ANSWERS), "plan": "ideeenbord,x", "vaak.ideeenbord": "soms", "terug": "y" * 999, "evaluatie": "6"},
    profile(**ANSWERS), {"verblijf": "kort"}, "geen object",
])
def test_the_plan_answer_fits_its_shape(data, raw):
    check(answer(raw, data), shapes.PlanAnswer, "answer")


def test_plan_keys_do_not_disturb_the_answers(data):
    """The plan keys share the fragment with the answers; the engine ignores them there."""
    fragment = {**profile(**ANSWERS), "plan": "ideeenbord", "vaak.ideeenbord": "jaarlijks", "terug": "x"}
    assert advise(fragment, data) == advise(profile(**ANSWERS), data)
