"""check_data: the build-time checks JSON Schema cannot express. A typo must fail the build."""
import pytest

from wizard import check_data
from wizard.contract import OBLIGATIONS


INSPRAAK = OBLIGATIONS.index("inspraak")


def question_at(data, question_id) -> int:
    return next(i for i, q in enumerate(data["wizard"]["questions"]) if q["id"] == question_id)


def article_at(data, article_id) -> int:
    return next(i for i, a in enumerate(data["law"]["articles"]) if a["id"] == article_id)


def last_rule_at(data, index) -> int:
    return len(data["law"]["obligations"][index]["rules"]) - 1


def test_the_site_data_passes(data):
    assert check_data(data) == []


def _break_why(data):
    data["law"]["obligations"][1]["rules"][0]["why"] += " {sektor}"


def _break_brace(data):
    data["law"]["obligations"][0]["rules"][0]["why"] += " {sector"


def _swap_obligations(data):
    obligations = data["law"]["obligations"]
    obligations[0], obligations[1] = obligations[1], obligations[0]


def _drop_catch_all(data):
    data["law"]["obligations"][INSPRAAK]["rules"].pop()


def _early_catch_all(data):
    data["law"]["obligations"][INSPRAAK]["rules"][0]["when"] = []


def _late_as_sure_as(data):
    data["law"]["obligations"][1]["rules"][-1]["as_sure_as"] = ["inspraak"]


def _duplicate_rule_id(data):
    data["law"]["obligations"][INSPRAAK]["rules"][1]["id"] = data["law"]["obligations"][0]["rules"][0]["id"]


def _unanswered_required(data):
    data["law"]["obligations"][0]["rules"][-1]["unanswered"] = {"sector": "Kies een sector."}


def _unanswered_placeholder(data):
    data["law"]["obligations"][0]["rules"][-1]["unanswered"] = {"doelgroep": "Voor {doelgroepen}."}


def _section(data, topic_id, section_id):
    topic = next(t for t in data["topics"]["topics"] if t["id"] == topic_id)
    return next(s for s in topic["sections"] if s["id"] == section_id)


def section_at(data, topic_id, section_id) -> tuple:
    i, topic = next((i, t) for i, t in enumerate(data["topics"]["topics"]) if t["id"] == topic_id)
    return ("topics", "topics", i, "sections", next(j for j, s in enumerate(topic["sections"]) if s["id"] == section_id))


def _page_surer_than_rule(data):
    # The old disagreement: the page and the keuzehulp gave the same point different certainty.
    _section(data, "wanneer-een-clientenraad", "wmo")["certainty"] = "law"


def _page_weaker_than_rule(data):
    _section(data, "wanneer-een-clientenraad", "uitzonderingen-besluit")["certainty"] = "open"


def _page_cites_other_article(data):
    _section(data, "wanneer-een-clientenraad", "uitzonderingen-besluit")["articles"] = ["besluit-art-2", "wmcz-art-3"]


def _page_unknown_rule(data):
    _section(data, "wanneer-een-clientenraad", "grens-10")["rules"] = ["raad-over-11"]


def _page_surer_than_article(data):
    _section(data, "adviesrecht", "onderwerpen")["certainty"] = "law"


def _obligation_surer_than_article(data):
    data["law"]["obligations"][0]["certainty"] = "law"


def _wrong_url(data):
    article = next(a for a in data["law"]["articles"] if a["id"] == "wmcz-art-7")
    article["url"] = article["url"].replace("lid=1", "lid=2")


def _wrong_law_url(data):
    article = next(a for a in data["law"]["articles"] if a["id"] == "besluit-art-2")
    article["url"] = article["url"].replace("BWBR0043098", "BWBR0042065")


def _drop_item(data):
    data["law"]["items"] = [i for i in data["law"]["items"] if i["id"] != "art8-g"]


def _mislabel_item(data):
    data["law"]["items"][0]["letter"] = "z"


def _item_audience_missing(data):
    del data["law"]["item_applies_to"]["day_and_night_stay"]


def item_at(data, item_id) -> int:
    return next(i for i, item in enumerate(data["law"]["items"]) if item["id"] == item_id)


def _drop_option(data):
    sector = next(q for q in data["wizard"]["questions"] if q["id"] == "sector")
    sector["options"].pop()


def _rename_option(data):
    verblijf = next(q for q in data["wizard"]["questions"] if q["id"] == "verblijf")
    verblijf["options"][0]["value"] = "lang"


def _options_for_number(data):
    # The contract says zorgverleners is a number: a list of options for it is a text for nothing.
    next(q for q in data["wizard"]["questions"] if q["id"] == "zorgverleners")["options"] = [
        {"value": "veel", "label": "Veel", "short": "veel"}]


def _text_for_unknown_value(data):
    ervaring = next(q for q in data["wizard"]["questions"] if q["id"] == "ervaring")
    ervaring["options"].append({"value": "expert", "label": "Expert", "short": "expert"})


def _listed_options_for_vocabulary_question(data):
    doelgroep = next(q for q in data["wizard"]["questions"] if q["id"] == "doelgroep")
    del doelgroep["options_from"]
    doelgroep["options"] = [{"value": "dementie", "label": "Dementie", "short": "dementie"}]


def _rule_at(data, rule_id):
    for i, o in enumerate(data["law"]["obligations"]):
        for j, r in enumerate(o["rules"]):
            if r["id"] == rule_id:
                return i, j, r
    raise KeyError(rule_id)


def _nee_on_one_source(data):
    _rule_at(data, "wmcz-pharmacy")[2]["status"] = "nee"


def _settled_by_required(data):
    _rule_at(data, "voordracht-toezicht-unknown")[2]["settled_by"] = "sector"


def _settled_by_on_ja(data):
    _rule_at(data, "voordracht-toezicht")[2]["settled_by"] = "toezicht"


def _no_actions(data):
    del data["law"]["obligations"][0]["actions"]


def _action_id_twice(data):
    data["law"]["obligations"][1]["actions"]["ja"][0]["id"] = data["law"]["obligations"][0]["actions"]["ja"][0]["id"]


def _grade_link_nowhere(data):
    data["wizard"]["result"]["grade_link"]["section"] = "bestaat-niet"


def _drop_question(data):
    data["wizard"]["questions"].pop()


def _drop_error_text(data):
    del data["wizard"]["errors"]["too_large"]


def _bad_error_placeholder(data):
    data["wizard"]["errors"]["missing"] = "{veld} ontbreekt."


def _bad_reason_placeholder(data):
    data["wizard"]["reasons"]["methods"]["first_step"] = "Een begin in de {sector}: {feit}"


def _unknown_reason(data):
    data["wizard"]["reasons"]["modules"]["extra"] = "Iets."


def _missing_reason(data):
    del data["wizard"]["reasons"]["modules"]["achterban"]


def _bad_disclaimer(data):
    data["wizard"]["result"]["disclaimer"] += " {datum}"


def _vocabulary_doelgroep(data):
    del data["vocabulary"]["doelgroep"]["nah"]


def _vocabulary_certainty(data):
    del data["vocabulary"]["certainty"]["open"]


@pytest.mark.parametrize(("breaks", "location", "words"), [
    (_break_why, ("law", "obligations", 1, "rules", 0, "why"), "unknown placeholder {sektor}"),
    (_break_brace, ("law", "obligations", 0, "rules", 0, "why"), "not part of a {placeholder}"),
    (_swap_obligations, ("law", "obligations"), "in this order"),
    (_drop_catch_all, lambda d: ("law", "obligations", INSPRAAK, "rules", last_rule_at(d, INSPRAAK) - 1, "when"), "last rule must have `when: []`"),
    (_early_catch_all, ("law", "obligations", INSPRAAK, "rules", 0, "when"), "only the last rule"),
    (_late_as_sure_as, lambda d: ("law", "obligations", 1, "rules", last_rule_at(d, 1), "as_sure_as"), "'inspraak' is not an obligation decided before"),
    (_duplicate_rule_id, ("law", "obligations", INSPRAAK, "rules", 1, "id"), "used twice"),
    (_unanswered_required, lambda d: ("law", "obligations", 0, "rules", last_rule_at(d, 0), "unanswered", "sector"),
     "not an optional question"),
    (_unanswered_placeholder, lambda d: ("law", "obligations", 0, "rules", last_rule_at(d, 0), "unanswered", "doelgroep"),
     "{doelgroepen}"),
    (_page_surer_than_rule, lambda d: (*section_at(d, "wanneer-een-clientenraad", "wmo"), "certainty"),
     "rules it states (wmcz-wmo-only) are 'open'"),
    (_page_weaker_than_rule, lambda d: (*section_at(d, "wanneer-een-clientenraad", "uitzonderingen-besluit"), "certainty"),
     "are 'law'"),
    (_page_cites_other_article, lambda d: (*section_at(d, "wanneer-een-clientenraad", "uitzonderingen-besluit"), "articles"),
     "cite wmcz-art-1"),
    (_page_unknown_rule, lambda d: (*section_at(d, "wanneer-een-clientenraad", "grens-10"), "rules"), "'raad-over-11'"),
    (_page_surer_than_article, lambda d: (*section_at(d, "adviesrecht", "onderwerpen"), "certainty"),
     "'law' is surer than 'wmcz-art-7'"),
    (_obligation_surer_than_article, ("law", "obligations", 0, "certainty"), "surer than 'wkkgz-art-1'"),
    (_wrong_url, lambda d: ("law", "articles", article_at(d, "wmcz-art-7"), "url"), "lid=2"),
    (_wrong_law_url, lambda d: ("law", "articles", article_at(d, "besluit-art-2"), "url"), "BWBR0043098"),
    (_drop_item, ("law", "items"), "art8-g"),
    (_mislabel_item, ("law", "items", 0), "does not fit"),
    (_item_audience_missing, lambda d: ("law", "items", item_at(d, "art8-g"), "when"), "'day_and_night_stay'"),
    (_drop_option, ("wizard", "questions", 1, "options"), "overig"),
    (_rename_option, ("wizard", "questions", 0, "options"), "no text for 'langdurig'"),
    (_rename_option, ("wizard", "questions", 0, "options", 0, "value"), "'lang', which is no value of verblijf"),
    (_options_for_number, lambda d: ("wizard", "questions", question_at(d, "zorgverleners"), "options"), "no options"),
    (_text_for_unknown_value, lambda d: ("wizard", "questions", question_at(d, "ervaring"), "options", 2, "value"),
     "'expert', which is no value of ervaring"),
    (_listed_options_for_vocabulary_question, lambda d: ("wizard", "questions", question_at(d, "doelgroep"), "options"),
     "weinig-taal"),
    (_drop_question, ("wizard", "questions"), "one per profile key"),
    (_nee_on_one_source, lambda d: ("law", "obligations", *_rule_at(d, "wmcz-pharmacy")[:1], "rules",
                                    _rule_at(d, "wmcz-pharmacy")[1], "status"), "never says 'nee'"),
    (_settled_by_required, lambda d: ("law", "obligations", *_rule_at(d, "voordracht-toezicht-unknown")[:1], "rules",
                                      _rule_at(d, "voordracht-toezicht-unknown")[1], "settled_by"), "not an optional"),
    (_settled_by_on_ja, lambda d: ("law", "obligations", *_rule_at(d, "voordracht-toezicht")[:1], "rules",
                                   _rule_at(d, "voordracht-toezicht")[1], "settled_by"), "only an onzeker"),
    (_no_actions, ("law", "obligations", 0), "no `actions`"),
    (_action_id_twice, ("law", "obligations", 1, "actions", "ja", 0, "id"), "used twice"),
    (_grade_link_nowhere, ("wizard", "result", "grade_link", "section"), "no section 'bestaat-niet'"),
    (_drop_error_text, ("wizard", "errors"), "too_large"),
    (_bad_error_placeholder, ("wizard", "errors", "missing"), "{veld}"),
    (_bad_reason_placeholder, ("wizard", "reasons", "methods", "first_step"), "allowed here: {ervaring}, {feit}"),
    (_unknown_reason, ("wizard", "reasons", "modules", "extra"), "does not use"),
    (_missing_reason, ("wizard", "reasons", "modules"), "achterban"),
    (_bad_disclaimer, ("wizard", "result", "disclaimer"), "{datum}"),
    (_vocabulary_doelgroep, ("vocabulary", "doelgroep"), "doelgroep"),
    (_vocabulary_certainty, ("vocabulary", "certainty"), "open"),
])
def test_broken_data_is_reported_with_its_location(data, breaks, location, words):
    if callable(location):
        location = location(data)
    breaks(data)
    problems = check_data(data)
    assert any(where == location and words in message for where, message in problems), problems


def test_missing_files_do_not_crash_the_check():
    assert check_data({}) == []
