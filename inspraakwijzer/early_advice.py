"""What the keuzehulp page shows before its engine runs: assets/keuzehulp/early.json.

A shared link should show what the law asks as soon as the page is there,
not after the Python runtime has booted. The obligations depend on few
answers: the required ones, with the number of care providers in the bands
where the law cuts (inspraakwijzer.overview). So the build runs the engine
(`wizard.advise`) for every class of answers now, and keuzehulp/early.mjs only
looks the reader's answers up and renders what it finds, with the same code
that renders the engine's own result. Anything the table does not cover
(an optional legal question, a value it does not list) waits for the engine.

The file holds:
  axes         the required questions: a choice by its values, the number by its bands;
               a class is one value of each, its cell number counts in axis order
  free         optional questions no answer of which changes an obligation: a link
               may answer them with a listed value (several, comma-separated, for a list)
  wait         the other questions: a link that answers one waits for the engine
  obligations  the distinct obligations as the engine gives them, the number of care
               providers left as its placeholder `fill` (e.g. {zorgverleners})
  cells        per class, the indices of its obligations
  disclaimer   the advice's disclaimer (it does not depend on the answers)
  runtime      what the engine downloads, per file: its size and the bytes that travel
               (the brotli sibling, as the README's servers send it), for the progress bar
"""
from __future__ import annotations

import json
from pathlib import Path

import wizard
from wizard import contract
from wizard.contract import MULTIPLE, NUMBER, QUESTION, QUESTIONS
from wizard.obligations import decide_obligations
from wizard.profile import answer_labels, parse_profile

from . import overview

FILE = "early.json"
# The axes overview.banded walks through, in its order.
AXES = ("verblijf", "sector", "zorgverleners")
NUMBER_AXIS = "zorgverleners"
PLACEHOLDER = "{" + NUMBER_AXIS + "}"


class TableError(AssertionError):
    """The table would not say what the engine says: a bug in the build, never the reader's."""


def table(data: dict) -> dict:
    if contract.REQUIRED != AXES:
        raise TableError(f"the table's axes are {AXES}, the required questions {contract.REQUIRED}: "
                         "a new required question needs an axis here and in inspraakwijzer/overview.py")
    classes = list(overview.banded(lambda v, s, n: obligations_for(v, s, n, data), top=QUESTION[NUMBER_AXIS].maximum))
    distinct: dict[str, int] = {}
    entries: list[dict] = []
    cells = []
    for _verblijf, _sector, _band, obligations in classes:
        cell = []
        for obligation in obligations:
            key = json.dumps(obligation, sort_keys=True, ensure_ascii=False)
            if key not in distinct:
                distinct[key] = len(entries)
                entries.append(obligation)
            cell.append(distinct[key])
        cells.append(cell)
    free = free_questions(data)
    return {
        "axes": [{"id": "verblijf", "values": list(contract.VERBLIJF)},
                 {"id": "sector", "values": list(contract.SECTORS)},
                 {"id": NUMBER_AXIS, "bands": bands(), "fill": PLACEHOLDER}],
        "free": [{"id": q.id, "values": list(q.values), "list": q.kind == MULTIPLE} for q in free],
        "wait": [q.id for q in QUESTIONS if not q.required and q not in free],
        "obligations": entries,
        "cells": cells,
        "disclaimer": wizard.advise(_profile("langdurig", "ouderenzorg", 40), data)["disclaimer"],
    }


def bands() -> list[list[int]]:
    """The overview's bands, the open one closed at the largest number the engine accepts."""
    top = QUESTION[NUMBER_AXIS].maximum
    return [[low, top if high is None else high] for low, high in overview.size_bands()]


def obligations_for(verblijf: str, sector: str, number: int, data: dict) -> list[dict]:
    """The engine's obligations for these answers with the number left as its placeholder,
    checked against wizard.advise for this very number."""
    profile = _profile(verblijf, sector, number)
    labels = {**answer_labels(profile, data), NUMBER_AXIS: PLACEHOLDER}
    template = decide_obligations(profile, labels, data)
    if fill(template, PLACEHOLDER, str(number)) != wizard.advise(profile, data)["obligations"]:
        raise TableError(f"the table's obligations for {profile} are not what wizard.advise gives")
    return template


def fill(value, placeholder: str, text: str):
    """value with every placeholder in its strings replaced (keuzehulp/early.mjs does the same)."""
    if isinstance(value, str):
        return value.replace(placeholder, text)
    if isinstance(value, list):
        return [fill(item, placeholder, text) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, placeholder, text) for key, item in value.items()}
    return value


def free_questions(data: dict) -> list[contract.Question]:
    """Optional questions that no answer changes an obligation of, or makes invalid, in any class.

    Each allowed answer on its own is tried (a number question: its smallest
    and largest), in every class; tests/test_early_advice.py also tries
    random combinations.
    """
    decide = lambda profile: decide_obligations(profile, answer_labels(profile, data), data)  # noqa: E731
    classes = [_profile(v, s, low) for v in contract.VERBLIJF for s in contract.SECTORS
               for low, _ in overview.size_bands()]
    plain = [decide(profile) for profile in classes]

    def changes_nothing(question: contract.Question) -> bool:
        for profile, obligations in zip(classes, plain):
            for answer in _answers(question):
                answered, errors = parse_profile({**profile, question.id: answer}, data)
                if errors or decide(answered) != obligations:
                    return False
        return True
    return [q for q in QUESTIONS if not q.required and changes_nothing(q)]


def _answers(question: contract.Question) -> list:
    if question.kind == NUMBER:
        return [question.minimum, question.maximum]
    return [[value] if question.kind == MULTIPLE else value for value in question.values]


def _profile(verblijf: str, sector: str, number: int) -> dict:
    return {"verblijf": verblijf, "sector": sector, NUMBER_AXIS: number}


def runtime_sizes(assets_dir: Path, files: list[str]) -> list[dict]:
    """[{path (under assets/), bytes, wire}]: wire is the brotli sibling's size where there is one."""
    sizes = []
    for name in files:
        path = assets_dir / name
        sibling = path.with_name(path.name + ".br")
        size = path.stat().st_size
        sizes.append({"path": name, "bytes": size, "wire": sibling.stat().st_size if sibling.is_file() else size})
    return sizes


def write(data: dict, assets_dir: Path, runtime_files: list[str]) -> Path:
    content = {**table(data), "runtime": runtime_sizes(assets_dir, runtime_files)}
    target = assets_dir / "keuzehulp" / FILE
    target.write_text(json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target
