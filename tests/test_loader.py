"""The data loader: the real data loads, and each broken fixture yields its file:line message."""
from __future__ import annotations

import re
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


# --- the real data with one thing broken -----------------------------------------

LAW, METHODS_SCHEMA, LAW_SCHEMA = "data/law.yaml", "schemas/methods.schema.yaml", "schemas/law.schema.yaml"


def load_real(tmp_path: Path, edits: dict) -> list[str]:
    """Load a copy of the real data/ and schemas/ after `edits`: {file: change(text) -> text}."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    for name, change in edits.items():
        path = tmp_path / name
        text = path.read_text(encoding="utf-8")
        assert change(text) != text, f"{name}: the edit found nothing to change"
        path.write_text(change(text), encoding="utf-8")
    try:
        load_dataset(tmp_path / "data", tmp_path / "schemas")
    except DataError as error:
        return error.errors
    return []


def _without_lines(errors: list[str]) -> list[str]:
    # Lines of the real data move as it is edited; the fixtures above pin them.
    return [re.sub(r"^([^:]+):\d+:", r"\1:N:", e) for e in errors]


def test_a_rule_may_only_name_an_obligation_decided_before_it(tmp_path):
    errors = load_real(tmp_path, {LAW: lambda text: text.replace(
        "        when: [sector_excluded]", "        when: [sector_excluded, clientenraad is ja]", 1)})
    assert _without_lines(errors) == ["data/law.yaml:N: wmcz-excluded.when[1]: 'clientenraad is ja' depends on "
                                      "obligation 'clientenraad', which is not decided before this rule"]


def test_a_law_item_condition_names_predicates_only(tmp_path):
    errors = load_real(tmp_path, {LAW: lambda text: text.replace("    when: [long_stay]", "    when: [wmcz is ja]", 1)})
    assert _without_lines(errors) == ["data/law.yaml:N: art7-h.when[0]: 'wmcz is ja' depends on obligation "
                                      "'wmcz', which is not decided before this rule"]


def test_an_unknown_predicate_is_named(tmp_path):
    errors = load_real(tmp_path, {LAW: lambda text: text.replace("    when: [long_stay]", "    when: [lang_verblijf]", 1)})
    (error,) = _without_lines(errors)
    assert error.startswith("data/law.yaml:N: art7-h.when[0]: unknown predicate 'lang_verblijf'; known: ")


def test_schema_with_an_unknown_vocabulary_or_kind_is_reported(tmp_path):
    errors = load_real(tmp_path, {METHODS_SCHEMA: lambda text: text.replace(
        "group: {x-vocabulary: group}", "group: {x-vocabulary: groep}").replace(
        "items: {type: string, x-ref: methods}", "items: {type: string, x-ref: methode}")})
    assert errors == ["schemas/methods.schema.yaml:1: unknown vocabulary 'groep'"]
    errors = load_real(tmp_path / "kind", {METHODS_SCHEMA: lambda text: text.replace(
        "items: {type: string, x-ref: methods}", "items: {type: string, x-ref: methode}")})
    assert errors and all(": refers to unknown kind 'methode'" in e for e in errors)


def test_ids_are_collected_from_top_level_lists_only(tmp_path):
    errors = load_real(tmp_path, {METHODS_SCHEMA: lambda text: text.replace(
        "      examples:\n        type: array\n", "      examples:\n        type: array\n        x-ids: examples\n")})
    assert errors and all("x-ids marks a top-level list only" in e for e in errors)


def test_engine_findings_are_located_in_their_file(tmp_path, monkeypatch):
    import wizard
    monkeypatch.setattr(wizard, "check_data", lambda data: [(("law", "obligations", 1, "title"), "too vague")])
    with pytest.raises(DataError) as raised:
        load_dataset(ROOT / "data", ROOT / "schemas")
    (record,) = raised.value.records
    assert (record.file, record.path, record.where, record.message) == (
        "data/law.yaml", ("obligations", 1, "title"), "clientenraad.title", "too vague")
    assert str(record) == f"data/law.yaml:{record.line}: clientenraad.title: too vague"


def test_x_condition_on_one_string_is_a_schema_error(tmp_path):
    errors = load_real(tmp_path, {LAW_SCHEMA: lambda text: text.replace(
        "    x-condition: true\n    items: {type: string, minLength: 1}",
        "    items: {type: string, minLength: 1, x-condition: true}")})
    assert errors == ["schemas/law.schema.yaml:1: x-condition marks a list of conditions (type: array), not one condition"]
