"""The engine stays pure: standard library only, no I/O, no yaml, data left untouched."""
import ast
import copy
import json
from pathlib import Path

import wizard
from wizard import advise

from wizard_helpers import profile

ENGINE = [p for p in Path(wizard.__file__).parent.glob("*.py") if p.name != "__main__.py"]
# What the engine may import: it must also run in Pyodide without extra packages.
ALLOWED_IMPORTS = {"re", "dataclasses", "typing", "__future__"}
FORBIDDEN_CALLS = {"open", "print", "input", "exec", "eval", "__import__"}


def test_engine_modules_import_only_the_standard_library_subset():
    for path in ENGINE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = {node.module.split(".")[0]}
            else:
                continue
            assert names <= ALLOWED_IMPORTS, f"{path.name} imports {names - ALLOWED_IMPORTS}"


def test_engine_modules_do_no_io():
    for path in ENGINE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in FORBIDDEN_CALLS, f"{path.name}:{node.lineno} calls {node.func.id}"


def test_advice_is_plain_json_and_data_is_not_changed(data):
    before = copy.deepcopy(data)
    advice = advise(profile(verblijf="langdurig", doelgroep="dementie", ervaring="nieuw", clientenraad="opstarten"), data)
    assert json.loads(json.dumps(advice)) == advice
    assert data == before


def test_advice_shape(data):
    advice = advise(profile(), data)
    assert list(advice) == ["profile", "headline", "obligations", "actions", "methods", "doelgroep_notes", "structure",
                            "modules", "disclaimer", "peildatum"]
    assert advice["peildatum"] == data["law"]["peildatum"]
    assert "23-11-2026" in advice["disclaimer"]
    for method in advice["methods"]:
        assert set(method) == {"id", "name", "group", "summary", "score", "reasons", "caveats", "recommended"}


def test_advice_of_the_clean_profile_is_the_same(data):
    advice = advise(profile(zorgverleners="40", doelgroep="nah,dementie", ervaring="Nieuw"), data)
    assert advise(advice["profile"], data) == advice
