"""What the keuzehulp page shows before its engine runs: assets/keuzehulp/early.json.

A shared link should show what the law asks as soon as the page is there,
not after the Python runtime has booted. The obligations depend on few
answers, and on numbers only through the bands where the law cuts. So the
build runs the engine (`wizard.obligations_for`) for every class of answers
now, and keuzehulp/early.mjs only
looks the reader's answers up and renders what it finds, with the same code
that renders the engine's own result. Anything the table does not cover
(a value it does not list, answers the engine refuses) waits for the engine.
The first keys (axes ... cells) cover the required answers only and are kept
for a lookup that predates `links`.

The file holds:
  axes         the required questions: a choice by its values, the number by its bands;
               a class is one value of each, its cell number counts in axis order
  free         optional questions no answer of which changes an obligation: a link
               may answer them with a listed value (several, comma-separated, for a list)
  wait         the other questions: a link that answers one waits for the engine
  obligations  the distinct obligations as the engine gives them, the number of care
               providers left as its placeholder `fill` (e.g. {zorgverleners})
  cells        per class, the indices of its obligations
  links        every complete link (inspraakwijzer/early_links.py, decisions/0012): a decision
               diagram over every question that changes an obligation, optional ones included
    axes       [{id, optional, classes, values | bands, fill?, labels?}]: the positions of a
               question are its values (choice; multiple: every answer set as the engine
               writes it, "wlz,zvw"), or its bands [[low, high]] (number, `fill` its placeholder,
               filled with the answer as written), then, when optional, one for unanswered;
               classes[position] is the class the diagram branches on; a multiple question
               fills its placeholder `fill` with labels[position]
    free       [{id, values, list}] or [{id, bands}]: no answer changes an obligation; a link
               may give a listed value
    start      where the diagram starts: a node (>= 0) or a leaf (< 0, leaf -1 - ref)
    root       a leaf that is null, for a reader of before `start` and `then`: it waits
    nodes      [[axis index, [ref per class of that axis]]]
    leaves     per leaf the indices of its obligations, or null: answers the engine refuses
               (a conflict), so the page waits for its message
    then       per leaf, the refs to walk next from the same answers, each adding the
               obligations of its leaf (after `start`'s leaf: one per later obligation);
               the obligations are those of every leaf reached, in this order
    wait       questions the diagram leaves to the engine (early_links.WAIT_FOR_ENGINE):
               a link that gives any of them waits for the engine (none now)
  actions, actions_of, headline_basis, headlines, headline_by
               the headline and the steps above the obligations (early_outcome.py)
  disclaimer   the advice's disclaimer (it does not depend on the answers)
  runtime      what the engine downloads, per file: its size and the bytes that travel
               (the brotli sibling, as the README's servers send it), for the progress bar
"""
from __future__ import annotations

import json
from pathlib import Path

import wizard
from wizard import contract
from wizard.contract import QUESTION, QUESTIONS
from wizard.obligations import decide_obligations
from wizard.profile import answer_labels

from . import early_links, early_outcome, overview
from .early_links import TableError, fill

FILE = "early.json"
# The axes overview.banded walks through, in its order.
AXES = ("verblijf", "sector", "zorgverleners")
NUMBER_AXIS = "zorgverleners"
PLACEHOLDER = "{" + NUMBER_AXIS + "}"


def table(data: dict) -> dict:
    if contract.REQUIRED != AXES:
        raise TableError(f"the table's axes are {AXES}, the required questions {contract.REQUIRED}: "
                         "a new required question needs an axis here and in inspraakwijzer/overview.py")
    distinct: dict[str, int] = {}
    entries: list[dict] = []

    def intern(obligation: dict) -> int:
        key = json.dumps(obligation, sort_keys=True, ensure_ascii=False)
        if key not in distinct:
            distinct[key] = len(entries)
            entries.append(obligation)
        return distinct[key]

    links = early_links.links(data, intern)
    classes = overview.banded(lambda v, s, n: obligations_for(v, s, n, data), top=QUESTION[NUMBER_AXIS].maximum)
    cells = [[intern(obligation) for obligation in obligations] for _v, _s, _band, obligations in classes]
    free = [f for f in links["free"] if "bands" not in f]
    return {
        "axes": [{"id": "verblijf", "values": list(contract.VERBLIJF)},
                 {"id": "sector", "values": list(contract.SECTORS)},
                 {"id": NUMBER_AXIS, "bands": bands(), "fill": PLACEHOLDER}],
        "free": free,
        "wait": [q.id for q in QUESTIONS if not q.required and q.id not in {f["id"] for f in free}],
        "obligations": entries,
        "cells": cells,
        "links": links,
        **early_outcome.outcome_parts(links, entries, data),
        "disclaimer": wizard.advise(_profile("langdurig", "ouderenzorg", 40), data)["disclaimer"],
    }


def bands() -> list[list[int]]:
    """The overview's bands, the open one closed at the largest number the engine accepts."""
    top = QUESTION[NUMBER_AXIS].maximum
    return [[low, top if high is None else high] for low, high in overview.size_bands()]


def obligations_for(verblijf: str, sector: str, number: int, data: dict) -> list[dict]:
    """The engine's obligations for these answers with the number left as its placeholder,
    checked against wizard.obligations_for for this very number."""
    profile = _profile(verblijf, sector, number)
    labels = {**answer_labels(profile, data), NUMBER_AXIS: PLACEHOLDER}
    template = decide_obligations(profile, labels, data)
    if fill(template, PLACEHOLDER, str(number)) != wizard.obligations_for(profile, data):
        raise TableError(f"the table's obligations for {profile} are not what wizard.obligations_for gives")
    return template


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
