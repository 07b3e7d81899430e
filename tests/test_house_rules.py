"""The house rules of CONTRIBUTING.md that ruff (`make lint`, pyproject.toml) cannot check:
nothing patches sys.path (pytest's `pythonpath`, `python -m` and MkDocs' working
directory put the repository root there), tests use no private names of the
project, and no function runs over about 50 lines."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("inspraakwijzer", "wizard", "hooks", "scripts", "tests")
PROJECT = ("inspraakwijzer", "wizard")
MAX_FUNCTION_LINES = 50


def python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def sys_path_changes(module: ast.Module) -> list[int]:
    """Lines that change sys.path: a call of one of its methods, or an assignment to it."""
    def is_sys_path(node) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "path"
                and isinstance(node.value, ast.Name) and node.value.id == "sys")
    lines = []
    for node in ast.walk(module):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and is_sys_path(node.func.value):
            lines.append(node.lineno)
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            lines += [node.lineno for t in targets if is_sys_path(t)]
    return sorted(lines)


def private_imports(module: ast.Module) -> list[str]:
    return [f"{node.lineno}: from {node.module} import {alias.name}"
            for node in ast.walk(module)
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in PROJECT
            for alias in node.names if alias.name.startswith("_") and not alias.name.endswith("__")]


def long_functions(module: ast.Module) -> list[str]:
    return [f"{node.lineno}: {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(module)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]


def found(check, folders: tuple[str, ...]) -> dict[str, list]:
    """{file: what check found in it}, for the files where it found something."""
    results = {str(path.relative_to(ROOT)): check(tree(path)) for path in python_files(*folders)}
    return {name: result for name, result in results.items() if result}


def test_nothing_patches_sys_path():
    assert found(sys_path_changes, PACKAGES) == {}, "run it with `python -m` from the repository root"


def test_tests_use_no_private_names():
    assert found(private_imports, ("tests",)) == {}, "test the public interface"


def test_no_function_runs_over_the_limit():
    assert found(long_functions, PACKAGES) == {}, f"split into named steps (at most {MAX_FUNCTION_LINES} lines)"


def test_the_checks_find_what_they_look_for():
    module = ast.parse("import sys\nsys.path.insert(0, 'x')\nsys.path = []\n"
                       "from wizard.loader import _load\nfrom os import _exit\nfrom wizard import __main__\n"
                       "def f():\n" + "    x = 1\n" * MAX_FUNCTION_LINES)
    assert sys_path_changes(module) == [2, 3]
    assert private_imports(module) == ["4: from wizard.loader import _load"]
    assert long_functions(module) == [f"7: f ({MAX_FUNCTION_LINES + 1} lines)"]
