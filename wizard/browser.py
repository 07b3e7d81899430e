"""The advice part of the browser's answer: `wizard.plan.answer`, which
docs/assets/js/keuzehulp-worker.mjs calls via Pyodide, adds the plan to it.

Unlike `advise`, `answer` never raises for the reader's input: the page shows
errors next to the questions while the reader is still answering. A required
answer that is simply not given yet is not an error but "incomplete".
"""
from .engine import advice_for
from .profile import parse_profile
from .shapes import BrowserAnswer


def answer(raw, data: dict) -> BrowserAnswer:
    """Parse the answers once; advice only when nothing is missing or wrong."""
    profile, errors = parse_profile(raw, data)
    if errors:
        return {"advice": None,
                "errors": [e for e in errors if e["kind"] != "missing"],
                "missing": [e["field"] for e in errors if e["kind"] == "missing"]}
    return {"advice": advice_for(profile, data), "errors": [], "missing": []}
