"""Rule conditions as written in data/law.yaml, checked and evaluated.

Grammar (one string per condition; all conditions of a rule must hold):
    <predicate>             e.g. long_stay
    not <predicate>         e.g. not above_general_threshold
    <obligation> is <status> e.g. clientenraad is ja   (status: ja | nee | onzeker)
An obligation may only be named by rules of obligations listed after it, so
the outcome is known when the rule is evaluated.
"""
from functools import lru_cache

from .contract import OBLIGATIONS, STATUSES
from .predicates import PREDICATES


def parse(expr: str) -> tuple:
    """('predicate', name, negated) or ('outcome', obligation, status); ValueError if malformed."""
    return _parse(expr) if isinstance(expr, str) else _parse_words(expr, [])


@lru_cache(maxsize=1024)  # pure, and called for every condition of every advice
def _parse(expr: str) -> tuple:
    return _parse_words(expr, expr.split())


def _parse_words(expr, words: list) -> tuple:
    if len(words) == 1:
        return ("predicate", words[0], False)
    if len(words) == 2 and words[0] == "not":
        return ("predicate", words[1], True)
    if len(words) == 3 and words[1] == "is":
        return ("outcome", words[0], words[2])
    raise ValueError(
        f"cannot read condition {expr!r}: write '<predicate>', 'not <predicate>' or '<obligation> is <status>'"
    )


def validate_condition(expr: str, obligation_ids_before: list[str] | None = None) -> str | None:
    """None if `expr` is a valid condition, else an English message.

    `obligation_ids_before`: the obligations a rule may depend on (those listed
    before its own). None means any obligation of the contract; [] means none,
    as for the `when` of law items.
    """
    try:
        kind, name, extra = parse(expr)
    except ValueError as error:
        return str(error)
    if kind == "predicate":
        if name not in PREDICATES:
            return f"unknown predicate {name!r}; known: {', '.join(sorted(PREDICATES))}"
        return None
    allowed = OBLIGATIONS if obligation_ids_before is None else obligation_ids_before
    if name not in allowed:
        if name in OBLIGATIONS:
            return f"{expr!r} depends on obligation {name!r}, which is not decided before this rule"
        where = f"; obligations allowed here: {', '.join(allowed)}" if allowed else "; no obligation can be named here"
        return f"{expr!r} names unknown obligation {name!r}{where}"
    if extra not in STATUSES:
        return f"{expr!r} has unknown status {extra!r}; allowed: {', '.join(STATUSES)}"
    return None


def holds(expr: str, profile: dict, outcomes: dict) -> bool:
    """Whether `expr` is true; `outcomes` maps decided obligations to their status."""
    kind, name, extra = parse(expr)
    if kind == "predicate":
        negated = extra
        return not PREDICATES[name](profile) if negated else PREDICATES[name](profile)
    return outcomes[name] == extra


def obligation_named(expr: str) -> str | None:
    kind, name, _ = parse(expr)
    return name if kind == "outcome" else None
