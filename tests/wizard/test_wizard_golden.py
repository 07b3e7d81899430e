"""Golden file: profiles -> full advice, checked here under CPython and by a browser test under Pyodide.

The file is a JSON list of {"name", "profile", "advice"}. When the advice
changes on purpose (new rule, new text), regenerate it and review the diff:

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


def _regenerate(data) -> None:
    entries = [{"name": name, "profile": raw, "advice": advise(raw, data)} for name, raw in PROFILES.items()]
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _entries() -> list[dict]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def golden(site_data) -> list[dict]:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        _regenerate(site_data)
    return _entries()


def test_golden_file_lists_every_profile(golden):
    assert len(golden) >= 40
    assert [e["name"] for e in golden] == list(PROFILES)
    assert [e["profile"] for e in golden] == list(PROFILES.values())


def test_advice_matches_the_golden_file(site_data, golden):
    mismatched = [e["name"] for e in golden if advise(e["profile"], site_data) != e["advice"]]
    assert not mismatched, f"advice changed for {mismatched}; if on purpose: UPDATE_GOLDEN=1 (see module docstring)"
