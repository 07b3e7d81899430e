"""The obligations table the keuzehulp shows before its engine runs says what the
engine says, for every class of answers, so the two can never drift apart.

`look_up` below does what keuzehulp/early.mjs does with the table (earlyObligations):
tests/browser/test_keuzehulp_early.py checks the JavaScript itself against
the engine for every class as well.
"""
from __future__ import annotations

import json

import brotli
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspraakwijzer import early_advice, early_links, publish
from wizard import contract
from wizard.plan import answer

# The table travels to every keuzehulp visitor: keep it small (brotli bytes).
# 14 kB with legal model v3 (ten obligations, sixteen sectors), more since
# each link's headline and steps are in it too: against the engine's 4.6 MB it
# is still nothing, but it must not grow unnoticed.
BUDGET = 18_000


@pytest.fixture(scope="module")
def table(site_data) -> dict:
    return early_advice.table(site_data)


def look_up(table: dict, fragment: dict[str, str]) -> list[dict] | None:
    """The obligations for a link, or None: wait for the engine (as keuzehulp/early.mjs)."""
    if any(key in fragment for key in table["wait"]):
        return None
    for free in table["free"]:
        if free["id"] in fragment:
            given = fragment[free["id"]].split(",") if free["list"] else [fragment[free["id"]]]
            if not all(value in free["values"] for value in given):
                return None
    cell, fills = 0, []
    for axis in table["axes"]:
        value = fragment.get(axis["id"])
        if value is None:
            return None
        if "values" in axis:
            if value not in axis["values"]:
                return None
            position = axis["values"].index(value)
        else:
            number = int(value) if value.isdigit() and str(int(value)) == value else None
            position = next((i for i, (low, high) in enumerate(axis["bands"])
                             if number is not None and low <= number <= high), None)
            if position is None:
                return None
            fills.append((axis["fill"], value))
        cell = cell * len(axis.get("values") or axis["bands"]) + position
    obligations = [table["obligations"][i] for i in table["cells"][cell]]
    for placeholder, text in fills:
        obligations = early_advice.fill(obligations, placeholder, text)
    return obligations


def engine(fragment: dict[str, str], data: dict) -> list[dict] | None:
    advice = answer(dict(fragment), data)["advice"]
    return advice["obligations"] if advice else None


def outcome(fragment: dict[str, str], data: dict) -> dict | None:
    """What the engine's advice says above the methods: headline, obligations, steps."""
    advice = answer(dict(fragment), data)["advice"]
    return {key: advice[key] for key in ("headline", "obligations", "actions")} if advice else None


def test_every_class_at_both_ends_and_inside_its_band_is_what_the_engine_answers(table, site_data):
    checked = 0
    for verblijf in contract.VERBLIJF:
        for sector in contract.SECTORS:
            for low, high in early_advice.bands():
                for number in {low, high, (low + high) // 2}:
                    fragment = {"verblijf": verblijf, "sector": sector, "zorgverleners": str(number)}
                    assert look_up(table, fragment) == engine(fragment, site_data), fragment
                    checked += 1
    assert checked > 3 * 15 * 4 * 2


ANSWERS = st.fixed_dictionaries({
    "verblijf": st.sampled_from([*contract.VERBLIJF, "Langdurig", " kort", "", "altijd"]),
    "sector": st.sampled_from([*contract.SECTORS, "GGZ", "ggz ", "constructor"]),
    "zorgverleners": st.one_of(st.integers(0, contract.MAX_ZORGVERLENERS + 10).map(str),
                               st.sampled_from(["05", "1e3", " 7", "-0", "5.0", "0x10", "", "11,5", "١٢"])),
})
OPTIONAL = st.dictionaries(
    st.sampled_from([q.id for q in contract.QUESTIONS if not q.required] + ["plan", "terug", "__proto__", "x"]),
    st.one_of(st.sampled_from(["ja", "nee", "nieuw", "bezig", "opstarten", "wlz", "3", "dementie,nah", "nah,",
                               "Dementie", "naasten,jongeren,weinig-taal", ""]), st.text(max_size=8)),
    max_size=4)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=ANSWERS, optional=OPTIONAL)
def test_whatever_the_table_shows_the_engine_confirms(table, site_data, answers, optional):
    """Where the table answers, the engine gives advice with exactly those obligations;
    where the link holds anything the table does not list, the page waits."""
    fragment = {**answers, **optional}
    shown = look_up(table, fragment)
    if shown is not None:
        assert shown == engine(fragment, site_data), fragment


def test_the_questions_that_decide_nothing_are_free_the_legal_ones_wait(table):
    # Subsets, not exact lists: a new question is one entry in contract.QUESTIONS,
    # and the build sorts it by what the engine does with it (issue #9: adding a
    # question touches no other file); the property test above checks that sorting.
    free = [f["id"] for f in table["free"]]
    assert {"doelgroep", "ervaring", "clientenraad"} <= set(free)
    assert {"zelfstandig", "financiering", "locaties"} <= set(table["wait"])
    assert sorted(free + table["wait"]) == sorted(q.id for q in contract.QUESTIONS if not q.required)
    assert [axis["id"] for axis in table["axes"]] == list(contract.REQUIRED)


def test_the_table_is_small(table):
    packed = brotli.compress(json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode(), quality=11)
    assert len(packed) <= BUDGET, f"early.json is {len(packed)} bytes compressed; the budget is {BUDGET}"
    # One cell per class of the required answers: verblijf x sector x band (a new sector adds cells).
    classes = len(contract.VERBLIJF) * len(contract.SECTORS) * len(early_advice.bands())
    assert len(table["obligations"]) < 300 and len(table["cells"]) == classes


def test_the_built_file_lists_what_the_engine_downloads_with_its_real_sizes(built_site, site_data):
    built = json.loads((built_site / "assets" / "keuzehulp" / early_advice.FILE).read_text(encoding="utf-8"))
    assert {key: value for key, value in built.items() if key != "runtime"} == early_advice.table(site_data)
    assert [f["path"] for f in built["runtime"]] == list(publish.ENGINE_DOWNLOAD)
    for entry in built["runtime"]:
        path = built_site / "assets" / entry["path"]
        assert entry["bytes"] == path.stat().st_size
        sibling = path.with_name(path.name + ".br")
        assert entry["wire"] == (sibling.stat().st_size if sibling.is_file() else entry["bytes"])
    wasm = next(f for f in built["runtime"] if f["path"].endswith(".wasm"))
    assert wasm["wire"] < wasm["bytes"] / 2  # the wasm travels compressed


# --- every complete link (early.json `links`, inspraakwijzer/early_links.py) -------------------

def _written(axis: dict, position: int, high: bool) -> str | None:
    """The answer at `position` of an axis as a link writes it (None: unanswered)."""
    if position == len(axis["classes"]) - 1 and axis["optional"]:
        return None
    if "bands" in axis:
        return str(axis["bands"][position][1 if high else 0])
    return axis["values"][position]


def test_every_way_through_the_link_table_at_both_ends_of_its_bands_is_what_the_engine_answers(table, site_data):
    links = table["links"]
    checked, seen = 0, set()
    for number, path in enumerate(early_links.paths(links)):
        for high in (False, True):
            fragment = {}
            for a, axis in enumerate(links["axes"]):
                # A class's members in turn, so merged answers are tried too; off the path, any answer.
                members = [p for p, c in enumerate(axis["classes"]) if a not in path or c == path[a]]
                value = _written(axis, members[(number + high) % len(members)], high)
                if value is not None:
                    fragment[axis["id"]] = value
                if a in path:
                    seen.add((axis["id"], path[a]))
            shown = early_links.look_up(table, fragment)
            expected = outcome(fragment, site_data)
            assert shown == expected or (shown is None and expected is None), fragment
            checked += shown is not None
    assert checked > 1000
    # Every class of every question the diagram branches on is on some way walked, legal v3's too.
    assert seen == {(axis["id"], c) for axis in links["axes"] for c in set(axis["classes"])}
    assert {"toezicht", "eerstelijnszorg", "ouderinitiatief"} <= {question for question, _ in seen}


def test_a_complete_link_is_answered_from_the_table(table, site_data):
    # The case: a plan link carries zelfstandig, financiering and locaties.
    fragment = {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": "120", "zelfstandig": "nee",
                "financiering": "wlz,zvw", "locaties": "3", "doelgroep": "dementie", "ervaring": "nieuw",
                "clientenraad": "ja", "toezicht": "ja", "eerstelijnszorg": "nee", "ouderinitiatief": "nee"}
    assert early_links.look_up(table, fragment) == outcome(fragment, site_data) is not None
    assert early_links.look_up(table, {**fragment, "financiering": "wmo"}) == outcome(
        {**fragment, "financiering": "wmo"}, site_data)
    # Not as the engine writes it back: wait.
    assert early_links.look_up(table, {**fragment, "financiering": "zvw,wlz"}) is None
    assert early_links.look_up(table, {**fragment, "locaties": "03"}) is None


def test_the_link_table_covers_every_question(table, site_data):
    links = table["links"]
    covered = [a["id"] for a in links["axes"]] + [f["id"] for f in links["free"]] + links["wait"]
    assert sorted(covered) == sorted(contract.FIELDS)
    assert links["wait"] == [q for q in contract.FIELDS if q in early_links.WAIT_FOR_ENGINE] == []
    assert {"zelfstandig", "financiering", "locaties", "toezicht", "eerstelijnszorg", "ouderinitiatief"} <= {
        a["id"] for a in links["axes"]}
    financiering = next(a for a in links["axes"] if a["id"] == "financiering")
    assert 2 < len(set(financiering["classes"])) < len(financiering["classes"]) / 4  # classes, not answer sets
    # In parts: each obligation after the first ones has its own diagram below each of their leaves.
    later = len(contract.OBLIGATIONS) - early_links.core_size(site_data)
    assert 0 < later < len(contract.OBLIGATIONS)
    assert {len(refs) for refs in links["then"]} == {0, later}


def test_legal_v3_answers_are_answered_from_the_table_and_a_refused_link_waits(table, site_data):
    complete = {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": "40"}
    for extra in ({"toezicht": "ja"}, {"toezicht": "nee"}, {"toezicht": "weet-niet"}, {"eerstelijnszorg": "ja"},
                  {"eerstelijnszorg": "weet-niet"}, {"ouderinitiatief": "ja"},
                  {"toezicht": "nee", "eerstelijnszorg": "nee", "ouderinitiatief": "nee", "locaties": "2"}):
        fragment = {**complete, **extra}
        assert early_links.look_up(table, fragment) == outcome(fragment, site_data) is not None, extra
    # Answers the engine refuses (working alone with 40 care providers): the page waits for its message.
    refused = {**complete, "zelfstandig": "ja", "toezicht": "ja"}
    assert outcome(refused, site_data) is None and early_links.look_up(table, refused) is None


LINK_OPTIONAL = st.fixed_dictionaries({}, optional={
    "zelfstandig": st.sampled_from(["ja", "nee", "Ja", ""]),
    "financiering": st.sampled_from(["wlz", "wmo", "wmo,particulier", "zvw,wmo", "wlz,wmo", "particulier",
                                     "anders", "jeugdwet", "wmo,wlz", "wlz,zvw,jeugdwet,wmo,particulier,anders"]),
    "locaties": st.sampled_from(["1", "2", "10000", "10001", "0", "01", "7"]),
    "doelgroep": st.sampled_from(["dementie", "nah,jongeren", "x"]),
    "toezicht": st.sampled_from(["ja", "nee", "weet-niet", "Ja", ""]),
    "eerstelijnszorg": st.sampled_from(["ja", "nee", "weet-niet", "x"]),
    "ouderinitiatief": st.sampled_from(["ja", "nee", "weet-niet"]),
})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=ANSWERS, optional=LINK_OPTIONAL)
def test_whatever_the_link_table_shows_the_engine_confirms(table, site_data, answers, optional):
    fragment = {**answers, **optional}
    shown = early_links.look_up(table, fragment)
    if shown is not None:
        assert shown == outcome(fragment, site_data), fragment
