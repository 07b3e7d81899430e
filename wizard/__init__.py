"""Inspraakwijzer wizard engine: which Wmcz 2018 obligations apply, and which
inspraak methods and council training fit, for one organisation's answers.

Pure standard-library Python without I/O, so the very same code runs under
CPython (tests, build, CLI) and Pyodide (the browser). Public API:

    advise(profile, data) -> Advice                    the advice (raises ProfileError)
    obligations_for(profile, data) -> [Obligation]     only its obligations (same code, no ranking)
    outcome_for(profile, data) -> LawOutcome           its headline, obligations and steps (likewise)
    parse_profile(raw, data) -> (profile, errors)      clean answers or Dutch errors
    validate_condition(expr, obligation_ids_before=None) -> str | None
    check_data(data) -> list[(location, message)]      build-time checks; location = (stem, *path)
    ProfileError                                       .errors: [{field, kind, message}]

The browser calls wizard.plan.answer(raw, data), which never raises for
the reader's input: wizard.browser.answer's {"advice" | None, "errors",
"missing"} plus the plan and the link's unknown keys. The shapes of
all this JSON, and of the worker's messages, are TypedDicts in
wizard/shapes.py. The questions are one typed table: wizard/contract.py.
"""
from .conditions import validate_condition
from .engine import advise, obligations_for, outcome_for
from .profile import ProfileError, parse_profile


def check_data(data: dict) -> list:
    """Build-time checks of the data; imported on use, so the browser bundle needs no checks.py."""
    from .checks import check_data as check
    return check(data)


__all__ = ["advise", "obligations_for", "outcome_for", "check_data", "parse_profile", "validate_condition", "ProfileError"]
