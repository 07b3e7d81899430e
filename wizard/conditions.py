"""Rule conditions as written in data/law.yaml, checked and evaluated.

Grammar (one string per condition; all conditions of a rule must hold):
    <predicate>             e.g. long_stay
    not <predicate>         e.g. not above_general_threshold
    <obligation> is <status> e.g. clientenraad is ja   (status: ja | nee | onzeker)
An obligation may only be named by rules of obligations listed after it, so
the outcome is known when the rule is evaluated. The same holds for a
predicate that reads outcomes (facts.AFTER): it counts as naming them.

Every `when:` list of the engine is evaluated here: law rules and items
(data/law.yaml), structure situations (structure.py), method and module
ranking rules (rank_methods.py, rank_modules.py).
"""
from functools import lru_cache

from .context import Context, as_context
from .contract import OBLIGATIONS, STATUSES
from .facts import AFTER
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
        return _reads_later_outcome(expr, name, obligation_ids_before)
    allowed = OBLIGATIONS if obligation_ids_before is None else obligation_ids_before
    if name not in allowed:
        if name in OBLIGATIONS:
            return f"{expr!r} depends on obligation {name!r}, which is not decided before this rule"
        where = f"; obligations allowed here: {', '.join(allowed)}" if allowed else "; no obligation can be named here"
        return f"{expr!r} names unknown obligation {name!r}{where}"
    if extra not in STATUSES:
        return f"{expr!r} has unknown status {extra!r}; allowed: {', '.join(STATUSES)}"
    return None


def _reads_later_outcome(expr: str, name: str, obligation_ids_before: list[str] | None) -> str | None:
    if obligation_ids_before is None:
        return None
    later = [o for o in AFTER.get(name, ()) if o not in obligation_ids_before]
    if later:
        return f"{expr!r} reads the outcome of {', '.join(later)}, which is not decided before this rule"
    return None


def holds(expr: str, facts: Context | dict, outcomes: dict | None = None) -> bool:
    """Whether `expr` is true for a Context (or a clean profile with the decided `outcomes`)."""
    context = as_context(facts, outcomes)
    kind, name, extra = parse(expr)
    if kind == "predicate":
        negated = extra
        return not PREDICATES[name](context) if negated else PREDICATES[name](context)
    return context.outcomes[name] == extra


def obligation_named(expr: str) -> str | None:
    """The obligation whose outcome `expr` reads (by name, or through a fact), so an answer
    resting on it is never surer than that outcome."""
    kind, name, _ = parse(expr)
    if kind == "outcome":
        return name
    return (AFTER.get(name) or (None,))[0]


# Every `when` list the engine's code holds (not data), for the test that no
# predicate is dead.
CHECKED: list[tuple[str, ...]] = []


def checked(*conditions: str) -> tuple[str, ...]:
    """A `when` list written in code, checked when the module loads: a typo fails every import."""
    problems = [message for message in map(validate_condition, conditions) if message]
    if problems:
        raise ValueError("; ".join(problems))
    CHECKED.append(conditions)
    return conditions
