"""`python -m wizard '<json>'`: JSON advice and exit 0, or a Dutch message naming the field and exit 2.

The tests call main(argv) in-process with the session's data; one smoke test
runs the real command, so the module entry point and the data loading are
covered too.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import __main__ as cli
from wizard.contract import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(site_data, monkeypatch, capsys):
    monkeypatch.setattr(cli, "load_site_data", lambda: site_data)

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = cli.main(list(argv))
        except SystemExit as exit_:  # argparse: --help, or a missing argument
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_smoke_the_real_command():
    result = subprocess.run([sys.executable, "-m", "wizard", '{"verblijf": "kort", "sector": "ggz", "zorgverleners": 12}'],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profile"]["zorgverleners"] == 12
    assert "cliëntenraad" in result.stdout  # UTF-8, not \u00eb escapes


def test_valid_profile_prints_the_advice(run):
    code, out, err = run('{"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": "40", "doelgroep": "dementie"}')
    assert code == 0, err
    advice = json.loads(out)
    assert advice["profile"]["zorgverleners"] == 40
    status = {o["id"]: o["status"] for o in advice["obligations"]}
    assert (status["wmcz"], status["clientenraad"], status["inspraak"]) == ("ja", "ja", "ja")


# The examples at the top of issue #9, as a reader would type them: (answers, {obligation: (status, rule)}).
ISSUE_EXAMPLES = [
    # a gezinshuis run as a bv with one care provider and long-stay clients
    ({"verblijf": "langdurig", "sector": "jeugdhulp", "zorgverleners": 1},
     {"wmcz": ("ja", "wmcz-youth"), "clientenraad": ("nee", "raad-up-to-10"), "inspraak": ("ja", "inspraak-long-stay")}),
    # an eerstelijnsverblijf unit with 20 care providers
    ({"verblijf": "kort", "sector": "eerstelijn", "zorgverleners": 20},
     {"wmcz": ("ja", "wmcz-instelling"), "clientenraad": ("ja", "raad-primary-care-stay")}),
    # a beschermd-wonen provider funded only by the Wmo 2015
    ({"verblijf": "langdurig", "sector": "ggz", "zorgverleners": 40, "financiering": "wmo"},
     {"wmcz": ("onzeker", "wmcz-wmo-only"), "clientenraad": ("onzeker", "raad-law-unsure"),
      "inspraak": ("onzeker", "inspraak-law-unsure")}),
    # a pharmacy, and a military medical unit
    ({"verblijf": "geen", "sector": "apotheek", "zorgverleners": 30},
     {"wmcz": ("onzeker", "wmcz-pharmacy"), "clientenraad": ("onzeker", "raad-law-unsure")}),
    ({"verblijf": "kort", "sector": "defensie", "zorgverleners": 200},
     {"wmcz": ("nee", "wmcz-excluded"), "clientenraad": ("nee", "raad-no-law")}),
    # an organisation with eight nursing homes
    ({"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 900, "locaties": 8},
     {"clientenraad": ("ja", "raad-over-10"), "raad-per-locatie": ("ja", "per-locatie-several")}),
    # an excluded institution: the whole law, inspraak included
    ({"verblijf": "langdurig", "sector": "justitie", "zorgverleners": 300},
     {"wmcz": ("nee", "wmcz-excluded"), "inspraak": ("nee", "inspraak-no-law")}),
]


@pytest.mark.parametrize("field", ["toezicht", "eerstelijnszorg", "ouderinitiatief"])
def test_an_invalid_new_answer_exits_2_naming_the_field_in_dutch(run, field):
    code, out, err = run(json.dumps({"verblijf": "geen", "sector": "overig", "zorgverleners": 12, field: "misschien"}))
    assert code == 2 and out == ""
    assert f"- {field}:" in err and "kennen wij niet" in err


@pytest.mark.parametrize(("answers", "expected"), ISSUE_EXAMPLES)
def test_the_examples_of_issue_9_in_the_cli(run, answers, expected):
    code, out, err = run(json.dumps(answers))
    assert code == 0, err
    decided = {o["id"]: (o["status"], o["rule"]) for o in json.loads(out)["obligations"]}
    assert {key: decided[key] for key in expected} == expected


@pytest.mark.parametrize(("argument", "words"), [
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": "abc"}', ["zorgverleners", "Aantal zorgverleners", "abc"]),
    ('{"verblijf": "kort", "sector": "tandarts", "zorgverleners": 4}', ["sector", "tandarts"]),
    ('{"sector": "ggz", "zorgverleners": 4}', ["verblijf", "ontbreekt"]),
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": 4, "zelfstandig": "soms"}', ["zelfstandig", "soms"]),
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": 4, "financiering": "gemeente"}', ["financiering", "gemeente"]),
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": 4, "locaties": 0}', ["locaties", "kleiner zijn dan 1"]),
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": 12, "zelfstandig": "ja"}', ["zelfstandig", "alleen"]),
    ('[1, 2]', ["profiel", "goede vorm"]),
    ('{verblijf: kort}', ["geen geldige JSON"]),
    ('', ["geen geldige JSON"]),
])
def test_invalid_input_exits_2_with_a_dutch_message(run, argument, words):
    code, out, err = run(argument)
    assert code == 2
    assert out == ""
    for word in words:
        assert word in err


def test_help_is_dutch_and_lists_every_question_from_the_contract(run):
    code, out, _ = run("--help")
    assert code == 0
    assert "Antwoorden" in out
    for question in QUESTIONS:
        line = next(line for line in out.splitlines() if line.strip().startswith(question.id + " "))
        assert all(value in line for value in question.values), line
        assert ("(verplicht)" in line) is question.required, line


def test_missing_argument_exits_2(run):
    assert run()[0] == 2


def test_data_that_cannot_be_loaded_exits_1(run, monkeypatch):
    def broken():
        raise ValueError("data/law.yaml:3: kapot")
    monkeypatch.setattr(cli, "load_site_data", broken)
    code, out, err = run('{"verblijf": "kort", "sector": "ggz", "zorgverleners": 4}')
    assert (code, out) == (1, "")
    assert "data/law.yaml:3: kapot" in err
