"""Method and module ranking: each rule moves the right entries up, with a reason tied to the answers."""
from wizard import advise

from wizard_helpers import profile


def _ids(entries):
    return [e["id"] for e in entries]


def _method(advice, method_id):
    return next(m for m in advice["methods"] if m["id"] == method_id)


def test_every_method_is_ranked_once(data):
    advice = advise(profile(), data)
    assert sorted(_ids(advice["methods"])) == sorted(m["id"] for m in data["methods"]["methods"])
    scores = [m["score"] for m in advice["methods"]]
    assert scores == sorted(scores, reverse=True)


def test_without_optional_answers_methods_keep_the_data_order(data):
    advice = advise(profile(verblijf="geen"), data)
    assert _ids(advice["methods"]) == [m["id"] for m in data["methods"]["methods"]]
    assert all(m["reasons"] == [] for m in advice["methods"])


def test_doelgroep_puts_suited_methods_first_and_says_why(data):
    advice = advise(profile(doelgroep=["dementie"]), data)
    suited = [m["id"] for m in data["methods"]["methods"] if "dementie" in (m.get("suited_for") or [])]
    assert suited and _ids(advice["methods"])[: len(suited)] == suited
    label = data["vocabulary"]["doelgroep"]["dementie"]["label"]
    assert any(label in reason for reason in advice["methods"][0]["reasons"])


def test_new_to_inspraak_starts_with_begin_direct(data):
    advice = advise(profile(ervaring="nieuw"), data)
    top = advice["methods"][0]
    assert top["group"] == "begin-direct"
    assert any("begint net" in reason for reason in top["reasons"])
    # methods that need a facilitator are marked as harder to start with
    needs = [m for m in data["methods"]["methods"] if m.get("facilitator")]
    assert all(_method(advice, m["id"])["score"] < top["score"] for m in needs)


def test_already_busy_moves_to_breid_het_uit(data):
    advice = advise(profile(ervaring="bezig"), data)
    assert advice["methods"][0]["group"] == "breid-het-uit"


def test_no_council_yet_favours_reaching_the_achterban(data):
    advice = advise(profile(clientenraad="nee"), data)
    listed = data["wizard"]["ranking"]["methods"]["reach_achterban"]
    assert set(_ids(advice["methods"])[: len(listed)]) == set(listed)


def test_long_stay_favours_daily_life(data):
    advice = advise(profile(verblijf="langdurig"), data)
    listed = data["wizard"]["ranking"]["methods"]["daily_life"]
    assert set(_ids(advice["methods"])[: len(listed)]) == set(listed)
    assert "langdurig verblijf" in advice["methods"][0]["reasons"][0]


def test_starting_council_gets_the_basics_first(data):
    starter = data["wizard"]["ranking"]["modules"]["starter"]
    for answers in (dict(clientenraad="opstarten"), dict(clientenraad="ja", ervaring="nieuw"),
                    dict(clientenraad="nee", zorgverleners=40)):
        advice = advise(profile(**answers), data)
        assert set(_ids(advice["modules"])[: len(starter)]) == set(starter), answers


def test_long_stay_brings_building_subjects_up(data):
    langdurig = advise(profile(verblijf="langdurig", clientenraad="ja"), data)
    geen = advise(profile(verblijf="geen", clientenraad="ja"), data)
    building = [o["id"] for o in data["modules"]["offerings"] if "art7-h" in (o.get("related_items") or [])]
    assert building
    for offering_id in building:
        score = next(m["score"] for m in langdurig["modules"] if m["id"] == offering_id)
        assert score > next((m["score"] for m in geen["modules"] if m["id"] == offering_id), 0)
    reasons = next(m["reasons"] for m in langdurig["modules"] if m["id"] == building[0])
    assert any("langdurig verblijf" in r and "onderdeel h" in r for r in reasons)


def test_no_council_needed_suggests_choosing_a_form(data):
    advice = advise(profile(zorgverleners=5), data)
    topics = set(data["wizard"]["ranking"]["modules"]["choose_form_topics"])
    assert advice["modules"], "expected at least one offering about choosing a form"
    for module in advice["modules"]:
        offering = next(o for o in data["modules"]["offerings"] if o["id"] == module["id"])
        assert topics & set(offering.get("related_topics") or [])


def test_modules_only_with_a_positive_score_and_a_reason(data):
    advice = advise(profile(verblijf="langdurig", clientenraad="ja", ervaring="bezig"), data)
    assert advice["modules"]
    for module in advice["modules"]:
        assert module["score"] > 0 and module["reasons"]
        assert set(module) == {"id", "title", "kind", "score", "reasons"}


def test_ranking_copes_with_missing_methods_and_modules(data):
    del data["methods"], data["modules"]
    advice = advise(profile(clientenraad="opstarten"), data)
    assert advice["methods"] == [] and advice["modules"] == []
