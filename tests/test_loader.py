"""The data loader: the real data loads, and each broken fixture yields its file:line message."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inspraakwijzer.loader import DataError, load_data, load_dataset

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "methods"


def test_real_data_loads():
    data = load_data(ROOT / "data")
    assert {"vocabulary", "methods"} <= set(data)
    assert len(data["methods"]["methods"]) == 14


def load_fixture(name: str, tmp_path: Path) -> list[str]:
    """Load a data dir holding the real vocabulary and one methods fixture."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(ROOT / "data" / "vocabulary.yaml", data_dir)
    shutil.copy(FIXTURES / f"{name}.yaml", data_dir / "methods.yaml")
    try:
        load_dataset(data_dir, ROOT / "schemas")
    except DataError as error:
        return error.errors
    return []


def test_valid_fixture_loads(tmp_path):
    assert load_fixture("valid", tmp_path) == []


# fixture -> the exact message(s) the build must print, `file:line: <id>.<field>: <what>`
CASES = {
    "missing_field": ["data/methods.yaml:2: eerste.summary: missing required field"],
    "wrong_type": ["data/methods.yaml:11: eerste.facilitator: expected true/false, got text"],
    "unknown_group": [
        "data/methods.yaml:17: tweede.group: unknown value 'breid-uit'; "
        "allowed: begin-direct, doe-het-creatief, breid-het-uit"
    ],
    "unknown_facet": [
        "data/methods.yaml:20: tweede.participants[1]: unknown value 'buren'; "
        "allowed: clienten, naasten, medewerkers, management, clientenraad"
    ],
    "duplicate_id": ["data/methods.yaml:15: eerste.id: duplicate id 'eerste' (first at line 2)"],
    "dangling_related": ["data/methods.yaml:13: eerste.related[0]: 'derde' is not a known id in methods"],
    "invalid_yaml": ["data/methods.yaml:22: invalid YAML: expected ',' or ']', but got ':'"],
    "html_in_text": ["data/methods.yaml:6: eerste.description: contains HTML (<em>); write Markdown instead"],
    "unknown_field": ["data/methods.yaml:9: eerste.kosten: unknown field"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_fixture_reports_file_line_field(name, tmp_path):
    assert load_fixture(name, tmp_path) == CASES[name]


def test_all_errors_are_reported_at_once(tmp_path):
    errors = load_fixture("many_errors", tmp_path)
    assert errors == [
        "data/methods.yaml:2: eerste.summary: missing required field",
        "data/methods.yaml:12: eerste.related[0]: 'derde' is not a known id in methods",
        "data/methods.yaml:16: tweede.group: unknown value 'breid-uit'; "
        "allowed: begin-direct, doe-het-creatief, breid-het-uit",
    ]


def test_error_message_counts_errors(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(ROOT / "data" / "vocabulary.yaml", data_dir)
    shutil.copy(FIXTURES / "many_errors.yaml", data_dir / "methods.yaml")
    with pytest.raises(DataError, match=r"^3 content errors in data/:\n"):
        load_dataset(data_dir, ROOT / "schemas")


def test_data_file_without_schema_is_an_error(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(ROOT / "data" / "vocabulary.yaml", data_dir)
    (data_dir / "extra.yaml").write_text("a: 1\n")
    with pytest.raises(DataError, match=r"data/extra.yaml:1: no schema"):
        load_dataset(data_dir, ROOT / "schemas")
