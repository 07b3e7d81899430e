"""The browser's one entry point (called from docs/assets/js/keuzehulp-worker.mjs via Pyodide).

Unlike `advise`, `answer` never raises for the reader's input: the page shows
errors next to the questions while the reader is still answering. A required
answer that is simply not given yet is not an error but "incomplete".
"""
from .engine import advise
from .profile import parse_profile


def answer(raw, data: dict) -> dict:
    """{"advice": advice or None, "errors": [{field, kind, message}], "missing": [field, ...]}."""
    profile, errors = parse_profile(raw, data)
    missing = [e["field"] for e in errors if e["kind"] == "missing"]
    wrong = [e for e in errors if e["kind"] != "missing"]
    if errors:
        return {"advice": None, "errors": wrong, "missing": missing}
    return {"advice": advise(profile, data), "errors": [], "missing": []}
