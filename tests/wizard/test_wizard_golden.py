"""Golden file: profiles -> the structure of their advice, checked here under CPython.

The file is a JSON list of {"name", "profile", "advice"}, where "advice" is only
what decides (statuses, rule ids, method and module ids with score and rank,
certainty ids, article and item ids, action ids): `structure` below. The Dutch
wording is not pinned here, so a copy edit in data/ changes no test file; the
wording is checked where it matters (test_language.py reads every sentence the
engine writes for these profiles, the browser tests read a few rendered texts).
Pyodide gives the same answers as CPython: tests/browser/test_engine_parity.py.

When the advice changes on purpose (a new rule, another ranking), regenerate the
file and review the diff; the golden tests then report themselves skipped:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/wizard/test_wizard_golden.py
"""
import json
import os
from pathlib import Path

import pytest

from wizard import advise

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "profiles.json"

# name -> raw answers, as a link or script would send them (some as strings on purpose).
PROFILES = {
    "ouderenzorg-groot-langdurig-start": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 40,
                                          "doelgroep": ["dementie"], "ervaring": "nieuw", "clientenraad": "opstarten"},
    "ouderenzorg-klein-langdurig": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 6},
    "ouderenzorg-10-langdurig": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 10},
    "ouderenzorg-11-langdurig": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 11},
    "ouderenzorg-solo": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 1},
    "ouderenzorg-nul": {"verblijf": "geen", "sector": "ouderenzorg", "zorgverleners": 0},
    "gehandicaptenzorg-langdurig-vb": {"verblijf": "langdurig", "sector": "gehandicaptenzorg", "zorgverleners": 120,
                                       "doelgroep": "verstandelijke-beperking,weinig-taal", "ervaring": "bezig",
                                       "clientenraad": "ja"},
    "gehandicaptenzorg-nah-klein": {"verblijf": "langdurig", "sector": "gehandicaptenzorg", "zorgverleners": "9",
                                    "doelgroep": "nah", "clientenraad": "nee"},
    "ggz-kort": {"verblijf": "kort", "sector": "ggz", "zorgverleners": 300, "clientenraad": "ja", "ervaring": "nieuw"},
    "ggz-ambulant-10": {"verblijf": "geen", "sector": "ggz", "zorgverleners": 10},
    "ggz-ambulant-11": {"verblijf": "geen", "sector": "ggz", "zorgverleners": 11, "ervaring": "bezig"},
    "jeugdhulp-langdurig-jongeren": {"verblijf": "langdurig", "sector": "jeugdhulp", "zorgverleners": 60,
                                     "doelgroep": ["jongeren", "naasten"], "clientenraad": "opstarten"},
    "jeugdhulp-ambulant-10": {"verblijf": "geen", "sector": "jeugdhulp", "zorgverleners": 10},
    "jeugdhulp-ambulant-11": {"verblijf": "geen", "sector": "jeugdhulp", "zorgverleners": 11},
    "jeugdbescherming": {"verblijf": "geen", "sector": "jeugdbescherming", "zorgverleners": 250,
                         "doelgroep": "jongeren", "clientenraad": "ja", "ervaring": "bezig"},
    "jeugdbescherming-solo": {"verblijf": "geen", "sector": "jeugdbescherming", "zorgverleners": 1},
    "wijkverpleging-10": {"verblijf": "geen", "sector": "wijkverpleging", "zorgverleners": 10},
    "wijkverpleging-11": {"verblijf": "geen", "sector": "wijkverpleging", "zorgverleners": 11},
    "wijkverpleging-25": {"verblijf": "geen", "sector": "wijkverpleging", "zorgverleners": 25, "clientenraad": "nee"},
    "wijkverpleging-26": {"verblijf": "geen", "sector": "wijkverpleging", "zorgverleners": 26, "clientenraad": "nee"},
    "ziekenhuis": {"verblijf": "kort", "sector": "ziekenhuis", "zorgverleners": 4000, "clientenraad": "ja",
                   "ervaring": "bezig", "doelgroep": ["naasten"]},
    "revalidatie-langdurig": {"verblijf": "langdurig", "sector": "revalidatie", "zorgverleners": 80,
                              "doelgroep": "nah"},
    "revalidatie-kort": {"verblijf": "kort", "sector": "revalidatie", "zorgverleners": 80},
    "eerstelijn-solo": {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": 1},
    "eerstelijn-11": {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": 11},
    "eerstelijn-25": {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": 25},
    "eerstelijn-26": {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": 26, "clientenraad": "nee"},
    "huishoudelijke-hulp-klein": {"verblijf": "geen", "sector": "huishoudelijke-hulp", "zorgverleners": 8},
    "huishoudelijke-hulp-groot": {"verblijf": "geen", "sector": "huishoudelijke-hulp", "zorgverleners": 150},
    "huishoudelijke-hulp-langdurig": {"verblijf": "langdurig", "sector": "huishoudelijke-hulp", "zorgverleners": 30},
    "justitie-langdurig": {"verblijf": "langdurig", "sector": "justitie", "zorgverleners": 300},
    "justitie-kort": {"verblijf": "kort", "sector": "justitie", "zorgverleners": 12, "clientenraad": "nee"},
    "ggd-jgz": {"verblijf": "geen", "sector": "ggd-jgz", "zorgverleners": 90, "doelgroep": ["jongeren"]},
    "ggd-jgz-klein": {"verblijf": "geen", "sector": "ggd-jgz", "zorgverleners": 4},
    "overig-langdurig": {"verblijf": "langdurig", "sector": "overig", "zorgverleners": 15, "ervaring": "nieuw"},
    "overig-geen": {"verblijf": "geen", "sector": "overig", "zorgverleners": 2},
    "strings-uit-url": {"verblijf": " Kort ", "sector": "GGZ", "zorgverleners": " 040 ", "doelgroep": "nah, dementie",
                        "ervaring": "", "clientenraad": ""},
    "alle-doelgroepen": {"verblijf": "langdurig", "sector": "gehandicaptenzorg", "zorgverleners": 500,
                         "doelgroep": ["dementie", "verstandelijke-beperking", "nah", "jongeren", "naasten",
                                       "weinig-taal"], "ervaring": "nieuw", "clientenraad": "ja"},
    "raad-ja-nieuw": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 200, "ervaring": "nieuw",
                      "clientenraad": "ja"},
    "raad-nee-verplicht": {"verblijf": "kort", "sector": "ouderenzorg", "zorgverleners": 30, "clientenraad": "nee",
                           "ervaring": "nieuw"},
    "raad-opstarten-klein": {"verblijf": "geen", "sector": "gehandicaptenzorg", "zorgverleners": 7,
                             "clientenraad": "opstarten"},
    "groot-maximaal": {"verblijf": "geen", "sector": "ziekenhuis", "zorgverleners": 1000000},
    "onbekende-sleutel": {"verblijf": "geen", "sector": "ggz", "zorgverleners": 20, "stap": "3"},
    # The gezinshuis run as a bv with one care provider: an instelling, whatever its size.
    "gezinshuis-bv": {"verblijf": "langdurig", "sector": "jeugdhulp", "zorgverleners": 1},
    "zelfstandig-ja": {"verblijf": "geen", "sector": "eerstelijn", "zorgverleners": "1", "zelfstandig": "ja"},
    "zelfstandig-nee-1": {"verblijf": "geen", "sector": "ggz", "zorgverleners": 1, "zelfstandig": "nee"},
    # A beschermd-wonen provider funded only by the Wmo 2015, and mixed funding.
    "beschermd-wonen-wmo": {"verblijf": "langdurig", "sector": "ggz", "zorgverleners": 40, "financiering": "wmo"},
    "wmo-en-particulier": {"verblijf": "geen", "sector": "gehandicaptenzorg", "zorgverleners": 30,
                           "financiering": ["wmo", "particulier"]},
    "wmo-en-wlz": {"verblijf": "langdurig", "sector": "gehandicaptenzorg", "zorgverleners": 30,
                   "financiering": "wlz,wmo", "clientenraad": "ja"},
    # An eerstelijnsverblijf unit with 20 care providers: any stay means more than 10.
    "eerstelijnsverblijf-20": {"verblijf": "kort", "sector": "eerstelijn", "zorgverleners": 20},
    "overig-ambulant-18": {"verblijf": "geen", "sector": "overig", "zorgverleners": 18},
    # An organisation with eight nursing homes: a council per location, unless...
    "acht-verpleeghuizen": {"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 900, "locaties": "8"},
    "wijkverpleging-een-locatie": {"verblijf": "geen", "sector": "wijkverpleging", "zorgverleners": 60, "locaties": 1},
    "ziekenhuis-locaties": {"verblijf": "kort", "sector": "ziekenhuis", "zorgverleners": 3000, "locaties": 4,
                            "financiering": "zvw"},
    "apotheek": {"verblijf": "geen", "sector": "apotheek", "zorgverleners": 30},
    "defensie": {"verblijf": "kort", "sector": "defensie", "zorgverleners": 200, "financiering": "anders"},
    "huishoudelijke-hulp-wlz": {"verblijf": "geen", "sector": "huishoudelijke-hulp", "zorgverleners": 30,
                                "financiering": ["wlz"]},
}


# What the golden file keeps of an advice, key by key: True keeps the value, a dict
# keeps those keys of it (of each element of a list), a function keeps what it
# returns. Keys an advice lacks are left out, so a field can be named here before
# the engine has it. Wording (title, why, text, label, note, summary, ...) is not kept.
CERTAINTY = {"id": True, "follows": True}
KEPT = {
    "profile": True,
    "obligations": {"id": True, "status": True, "rule": True, "topic": True, "certainty": CERTAINTY,
                    "articles": {"id": True}, "items": {"id": True, "certainty": CERTAINTY}},
    "methods": {"id": True, "group": True, "score": True, "recommended": True, "reasons": len, "caveats": len},
    "doelgroep_notes": {"doelgroep": True, "closest": True},
    "structure": {"id": True, "link": {"topic": True, "section": True}},
    "modules": {"id": True, "kind": True, "score": True, "recommended": True, "reasons": len},
    "actions": {"id": True},
}


def project(value, kept=KEPT):
    """`value` as far as `kept` names it (see KEPT)."""
    if kept is True:
        return value
    if callable(kept):
        return kept(value)
    if isinstance(value, list):
        return [project(item, kept) for item in value]
    return {key: project(value[key], inner) for key, inner in kept.items() if key in value}


def structure(raw, data) -> dict:
    return project(advise(raw, data))


def _regenerate(data) -> None:
    entries = [{"name": name, "profile": raw, "advice": structure(raw, data)} for name, raw in PROFILES.items()]
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def golden(site_data) -> list[dict]:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        _regenerate(site_data)
        pytest.skip(f"UPDATE_GOLDEN=1: {GOLDEN.name} regenerated, nothing checked; review its diff, run again without")
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_golden_file_lists_every_profile(golden):
    assert len(golden) >= 40
    assert [e["name"] for e in golden] == list(PROFILES)
    assert [e["profile"] for e in golden] == list(PROFILES.values())


def test_advice_matches_the_golden_file(site_data, golden):
    changed = {e["name"]: _first_difference(structure(e["profile"], site_data), e["advice"]) for e in golden}
    changed = {name: where for name, where in changed.items() if where}
    assert not changed, f"advice changed (if on purpose: UPDATE_GOLDEN=1, see module docstring): {changed}"


def _first_difference(now, was, where: str = "advice") -> str:
    """Where `now` first differs from `was` ("" when equal), e.g. advice.obligations[2].status: 'nee' != 'ja'."""
    if isinstance(now, dict) and isinstance(was, dict) and now.keys() == was.keys():
        return next((d for key in now if (d := _first_difference(now[key], was[key], f"{where}.{key}"))), "")
    if isinstance(now, list) and isinstance(was, list) and len(now) == len(was):
        return next((d for i, pair in enumerate(zip(now, was)) if (d := _first_difference(*pair, f"{where}[{i}]"))), "")
    return "" if now == was else f"{where}: {now!r} != {was!r}"


def test_the_projection_keeps_structure_and_drops_wording(site_data):
    """What `structure` keeps: the deciding ids and values, none of the Dutch text around them."""
    advice = advise(PROFILES["ouderenzorg-groot-langdurig-start"], site_data)
    kept = project(advice)
    assert [o["status"] for o in kept["obligations"]] == [o["status"] for o in advice["obligations"]]
    assert kept["obligations"][0].keys() >= {"id", "status", "rule", "certainty", "articles"}
    assert [m["id"] for m in kept["methods"]] == [m["id"] for m in advice["methods"]]
    wording = {o["why"] for o in advice["obligations"]} | {m["summary"] for m in advice["methods"]}
    assert not wording & set(_strings(kept)), "Dutch wording leaked into the golden file"
    # A field the engine adds later is kept as soon as KEPT names it: here `actions`, by id.
    assert project({**advice, "actions": [{"id": "a", "text": "Doe iets"}]})["actions"] == [{"id": "a"}]


def _strings(value):
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []
