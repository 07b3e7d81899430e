"""The top of the outcome in the early table: each link's headline and steps, beside its obligations.

A shared link shows the headline and "Wat moet u nu doen" above what the law
asks. If the table held only the obligations, the engine's answer would push
them down when it came (issue 21). Both follow from the obligations alone
(wizard/actions.py), so the table holds:

  actions       the distinct steps, as wizard.actions_for gives them
  actions_of    per obligation of `obligations`, the indices of its steps (the steps
                of a link are its obligations' steps, in obligation order)
  headline_basis  per obligation, what the headline reads of it (wizard.actions.headline_basis)
  headlines     the distinct headlines
  headline_by   {answers, map}: a link's headline is map[key], the key its answers to
                `answers` (the choices the headline texts name, e.g. verblijf), then
                the headline_basis of each of its obligations, joined by "|"; a key
                not in the map waits for the engine

The map is filled for every way through the `links` diagram: below each core
leaf, every combination of what its parts can give the headline. The walks of
tests/test_early_advice.py compare the result with the engine's own advice.
"""
from __future__ import annotations

import itertools
import json

from wizard.actions import actions_for, headline_basis, headline_from
from wizard.contract import CHOICE, QUESTIONS
from wizard.profile import answer_labels
from wizard.text import placeholders

from .early_links import placeholder

KEY_JOIN = "|"


def outcome_parts(links: dict, obligations: list[dict], data: dict) -> dict:
    """The keys above for early.json, from its `links` and `obligations`."""
    distinct_actions: dict[str, int] = {}
    actions: list[dict] = []
    actions_of = []
    for obligation in obligations:
        indices = []
        for action in actions_for([obligation], {}, data):
            key = json.dumps(action, sort_keys=True, ensure_ascii=False)
            if key not in distinct_actions:
                distinct_actions[key] = len(actions)
                actions.append(action)
            indices.append(distinct_actions[key])
        actions_of.append(indices)
    basis = [headline_basis(o) for o in obligations]
    answers = _named_choices(data)
    headlines: list[dict] = []
    distinct: dict[str, int] = {}
    mapping: dict[str, int] = {}
    for bases in _bases(links, basis):
        for values in itertools.product(*([*q.values, ""] for q in answers)):
            labels = {**_placeholders(), **answer_labels({q.id: v for q, v in zip(answers, values) if v}, data)}
            headline = headline_from(list(bases), labels, data)
            text = json.dumps(headline, sort_keys=True, ensure_ascii=False)
            index = distinct.setdefault(text, len(headlines))
            if index == len(headlines):
                headlines.append(headline)
            mapping[KEY_JOIN.join([*values, *bases])] = index
    return {"actions": actions, "actions_of": actions_of, "headline_basis": basis, "headlines": headlines,
            "headline_by": {"answers": [q.id for q in answers], "map": mapping}}


def _named_choices(data: dict) -> list:
    """The choice questions whose answer a headline text names ({verblijf}): part of the key."""
    texts = json.dumps(data["wizard"]["result"]["headline"], ensure_ascii=False)
    named = set(placeholders(texts))
    return [q for q in QUESTIONS if q.kind == CHOICE and q.id in named]


def _placeholders() -> dict:
    """Other answers stay placeholders, filled by the page as in the obligations."""
    return {q.id: placeholder(q) for q in QUESTIONS if q.kind != CHOICE}


def _bases(links: dict, basis: list[str]):
    """What the headline can read of a link's obligations: per core leaf, each combination
    of what its parts' leaves give (few: most obligations give the headline nothing)."""
    seen = set()
    for leaf in _leaves_below(links, links["start"]):
        core = links["leaves"][leaf]
        if core is None:
            continue
        options = [sorted({tuple(basis[i] for i in links["leaves"][p]) for p in _leaves_below(links, root)})
                   for root in links["then"][leaf]]
        for combo in itertools.product(*options):
            bases = tuple(basis[i] for i in core) + tuple(b for part in combo for b in part)
            if bases not in seen:
                seen.add(bases)
                yield bases


def _leaves_below(links: dict, ref: int) -> set[int]:
    if ref < 0:
        return {-1 - ref}
    return set().union(*(_leaves_below(links, child) for child in links["nodes"][ref][1]))
