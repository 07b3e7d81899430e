"""`python -m wizard '<json>'`: JSON advice and exit 0, or a Dutch message naming the field and exit 2."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.contract import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wizard", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


def test_valid_profile_prints_the_advice():
    result = run('{"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": "40", "doelgroep": "dementie"}')
    assert result.returncode == 0, result.stderr
    advice = json.loads(result.stdout)
    assert advice["profile"]["zorgverleners"] == 40
    status = {o["id"]: o["status"] for o in advice["obligations"]}
    assert (status["wmcz"], status["clientenraad"], status["inspraak"]) == ("ja", "ja", "ja")
    assert "cliëntenraad" in result.stdout  # UTF-8, not \u00eb escapes


@pytest.mark.parametrize(("argument", "words"), [
    ('{"verblijf": "kort", "sector": "ggz", "zorgverleners": "abc"}', ["zorgverleners", "Aantal zorgverleners", "abc"]),
    ('{"verblijf": "kort", "sector": "tandarts", "zorgverleners": 4}', ["sector", "tandarts"]),
    ('{"sector": "ggz", "zorgverleners": 4}', ["verblijf", "ontbreekt"]),
    ('[1, 2]', ["profiel", "goede vorm"]),
    ('{verblijf: kort}', ["geen geldige JSON"]),
    ('', ["geen geldige JSON"]),
])
def test_invalid_input_exits_2_with_a_dutch_message(argument, words):
    result = run(argument)
    assert result.returncode == 2
    assert result.stdout == ""
    for word in words:
        assert word in result.stderr


def test_help_is_dutch_and_lists_every_question_from_the_contract():
    result = run("--help")
    assert result.returncode == 0
    assert "Antwoorden" in result.stdout
    for question in QUESTIONS:
        line = next(line for line in result.stdout.splitlines() if line.strip().startswith(question.id + " "))
        assert all(value in line for value in question.values), line
        assert ("(verplicht)" in line) is question.required, line


def test_missing_argument_exits_2():
    assert run().returncode == 2
