"""The advice: profile + data in, advice out, plain JSON types, no I/O.

pytest, the build and the CLI call `advise`; the browser (Pyodide) calls
`wizard.plan.answer`, which parses the answers once and calls `advice_for`, the
same code, so the advice a reader sees is exactly what the tests check.
"""
from .actions import actions_for, headline_for
from .contract import FIELDS
from .obligations import decide_obligations
from .profile import ProfileError, answer_labels, parse_profile
from .rank_methods import rank_methods
from .context import Context
from .rank_modules import rank_modules
from .recommend import doelgroep_notes
from .structure import structure_advice
from .shapes import Advice, LawOutcome, Obligation
from .text import fill


def advise(profile: dict, data: dict) -> Advice:
    """Advice for raw or clean answers; raises ProfileError (Dutch messages) if they are invalid.

    `data[stem]` is the parsed data/<stem>.yaml: law, methods, modules,
    vocabulary and wizard.
    """
    return advice_for(_clean(profile, data), data)


def obligations_for(profile: dict, data: dict) -> list[Obligation]:
    """Only the obligations of `advise` (raises ProfileError likewise): for the build's
    overview and early table, which show neither methods nor training."""
    clean = _clean(profile, data)
    return decide_obligations(clean, answer_labels(clean, data), data)


def outcome_for(profile: dict, data: dict) -> LawOutcome:
    """The top of the advice (headline, obligations, steps; raises ProfileError likewise),
    without methods or training: what the build's early table holds per link."""
    clean = _clean(profile, data)
    return _top(clean, answer_labels(clean, data), data)


def _clean(profile: dict, data: dict) -> dict:
    clean, errors = parse_profile(profile, data)
    if errors:
        raise ProfileError(errors)
    return clean


def _top(clean: dict, labels: dict, data: dict) -> LawOutcome:
    obligations = decide_obligations(clean, labels, data)
    return {"headline": headline_for(obligations, labels, data), "obligations": obligations,
            "actions": actions_for(obligations, labels, data)}


def advice_for(clean: dict, data: dict) -> Advice:
    """Advice for answers parse_profile already cleaned without errors."""
    labels = answer_labels(clean, data)
    top = _top(clean, labels, data)
    obligations = top["obligations"]
    context = Context(clean, labels, {o["id"]: o["status"] for o in obligations}, data)
    methods = rank_methods(context)
    peildatum = str(data["law"]["peildatum"])
    return {
        "profile": {key: clean[key] for key in FIELDS if key in clean},
        **top,  # headline, obligations, actions
        "methods": methods,
        "doelgroep_notes": doelgroep_notes(context, methods),
        "structure": structure_advice(context),
        "modules": rank_modules(context, methods),
        "disclaimer": fill(data["wizard"]["result"]["disclaimer"], {"peildatum": dutch_date(peildatum)}),
        "peildatum": peildatum,
    }


def dutch_date(iso: str) -> str:
    """2026-11-23 -> 23-11-2026, the order Dutch readers expect."""
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"
