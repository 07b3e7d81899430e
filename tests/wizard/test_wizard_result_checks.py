"""Build-time checks of what the result and the plan read from data: each break is reported where it is."""
import pytest

from wizard import check_data


def test_the_site_data_passes(data):
    assert check_data(data) == []


def _method(data, method_id):
    return next(m for m in data["methods"]["methods"] if m["id"] == method_id)


def _tag_without_sentence(data):
    _method(data, "ideeenbord")["suited_for"].append("dementie")


def _group_nobody_serves(data):
    for method in data["methods"]["methods"]:
        method.get("fit", {}).get("doelgroep", {}).pop("verstandelijke-beperking", None)
        if "verstandelijke-beperking" in method.get("suited_for", []):
            method["suited_for"].remove("verstandelijke-beperking")


def _unknown_sector(data):
    _method(data, "photovoice")["fit"]["sectors"] = {"tandarts": "een feit."}


def _unknown_frequency(data):
    _method(data, "energiedag")["fit"]["often"] = "soms"


def _situation_without_predicate(data):
    data["wizard"]["structure"]["situations"][0]["id"] = "grote-stad"


def _missing_section(data):
    data["wizard"]["structure"]["situations"][1]["link"]["section"] = "bestaat-niet"


def _caveat_placeholder(data):
    data["wizard"]["reasons"]["method_caveats"]["facilitator"] = "Let op: {sector}."


def _notice_placeholder(data):
    data["wizard"]["plan"]["notices"]["too_long"] = "{veld} is te lang ({lengte})."


def _note_brace(data):
    data["wizard"]["result"]["no_method_for"] = "Niets voor {doelgroep}}."


@pytest.mark.parametrize("breaks, location, words", [
    (_tag_without_sentence, ("methods", "methods", 0, "fit"), "'dementie'"),
    (_group_nobody_serves, ("vocabulary", "doelgroep", "verstandelijke-beperking"), "no method"),
    (_unknown_sector, ("methods", "methods", 4, "fit", "sectors", "tandarts"), "unknown sector"),
    (_unknown_frequency, ("methods", "methods", 12, "fit", "often"), "plan.often"),
    (_situation_without_predicate, ("wizard", "structure", "situations", 0, "id"), "no predicate"),
    (_situation_without_predicate, ("wizard", "structure", "situations"), "raad-per-locatie"),
    (_missing_section, ("wizard", "structure", "situations", 1, "link", "section"), "bestaat-niet"),
    (_caveat_placeholder, ("wizard", "reasons", "method_caveats", "facilitator"), "{sector}"),
    (_notice_placeholder, ("wizard", "plan", "notices", "too_long"), "{lengte}"),
    (_note_brace, ("wizard", "result", "no_method_for"), "'}'"),
])
def test_broken_data_is_reported_with_its_location(data, breaks, location, words):
    breaks(data)
    problems = check_data(data)
    assert any(where == location and words in message for where, message in problems), problems
