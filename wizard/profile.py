"""Turn raw answers (URL fragment, form, JSON) into a clean profile or Dutch errors.

Answers may be strings, as a form or URL sends them ("40", "dementie,nah"),
or JSON types (40, ["dementie", "nah"]). Choice answers are trimmed and
lower-cased. Decisions, kept simple on purpose:
- unknown keys are ignored, not reported: a link may carry more than the
  engine reads (UI state), and a misspelt required key shows up as missing;
- an empty optional answer ("", [], null) counts as not given;
- the clean profile holds the required keys plus the optional keys that were
  answered, doelgroep in contract order without repeats; parsing a clean
  profile again returns it unchanged.
"""
import re

from .contract import CHOICES, DOELGROEPEN, FIELDS, MAX_ZORGVERLENERS, REQUIRED
from .text import fill

WHOLE_NUMBER = re.compile(r"\+?0*([0-9]+)", re.ASCII)
NEGATIVE_NUMBER = re.compile(r"-\s*[0-9]+", re.ASCII)
ROOT_FIELD = "profiel"  # the field named when the answers are not a mapping at all
# Every kind of error; data/wizard.yaml `errors` has a Dutch message for each.
ERROR_KINDS = ("not_an_object", "missing", "wrong_type", "unknown_value", "not_whole_number", "negative", "too_large")
ERROR_PLACEHOLDERS = {"vraag", "waarde", "max", "keuzes"}


class ProfileError(ValueError):
    """Invalid answers; `errors` is a list of {"field", "kind", "message"} (message in Dutch)."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        super().__init__("\n".join(f"{e['field']}: {e['message']}" for e in errors))


class _Invalid(Exception):
    def __init__(self, kind: str, value=None):
        self.kind, self.value = kind, value


def parse_profile(raw, data: dict) -> tuple[dict, list[dict]]:
    """(clean profile, errors); errors is empty when the profile is valid."""
    if not isinstance(raw, dict):
        return {}, [_error(data, ROOT_FIELD, "not_an_object", None)]
    profile, errors = {}, []
    for field in FIELDS:
        value = raw.get(field)
        if _blank(value):
            if field in REQUIRED:
                errors.append(_error(data, field, "missing", None))
            continue
        try:
            clean = _PARSERS.get(field, _choice)(field, value)
        except _Invalid as invalid:
            errors.append(_error(data, field, invalid.kind, invalid.value))
            continue
        if not _blank(clean):
            profile[field] = clean
    return profile, errors


def answer_labels(profile: dict, data: dict) -> dict:
    """The reader's answers as words for `{sector}`-style placeholders."""
    labels = {"zorgverleners": str(profile.get("zorgverleners", ""))}
    for question in data["wizard"]["questions"]:
        chosen = profile.get(question["id"])
        for option in question.get("options", []):
            if option["value"] == chosen:
                labels[question["id"]] = option.get("short", option["label"])
    return labels


def _blank(value) -> bool:
    return value is None or (isinstance(value, (str, list, tuple)) and not (
        value.strip() if isinstance(value, str) else value))


def _choice(field: str, value) -> str:
    if not isinstance(value, str):
        raise _Invalid("wrong_type", value)
    answer = value.strip().lower()
    if answer not in CHOICES[field]:
        raise _Invalid("unknown_value", value.strip())
    return answer


def _zorgverleners(field: str, value) -> int:
    if isinstance(value, bool):  # bool is an int in Python; true is not "1 care provider"
        raise _Invalid("wrong_type", value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _Invalid("not_whole_number", value)
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        match = WHOLE_NUMBER.fullmatch(text)
        if not match:
            raise _Invalid("negative" if NEGATIVE_NUMBER.fullmatch(text) else "not_whole_number", text)
        if len(match.group(1)) > len(str(MAX_ZORGVERLENERS)):  # before int(): huge strings are slow or refused
            raise _Invalid("too_large", text)
        value = int(match.group(1))
    if not isinstance(value, int):
        raise _Invalid("wrong_type", value)
    if value < 0:
        raise _Invalid("negative", value)
    if value > MAX_ZORGVERLENERS:
        raise _Invalid("too_large", value)
    return value


def _doelgroep(field: str, value) -> list[str]:
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, (list, tuple)) or not all(isinstance(p, str) for p in parts):
        raise _Invalid("wrong_type", value)
    chosen = {p.strip().lower() for p in parts if p.strip()}
    unknown = sorted(chosen.difference(DOELGROEPEN))
    if unknown:
        raise _Invalid("unknown_value", ", ".join(unknown))
    return [d for d in DOELGROEPEN if d in chosen]


_PARSERS = {"zorgverleners": _zorgverleners, "doelgroep": _doelgroep}


def _error(data: dict, field: str, kind: str, value) -> dict:
    wizard = data["wizard"]
    question = next((q for q in wizard["questions"] if q["id"] == field), {})
    template = question.get("errors", {}).get(kind) or wizard["errors"][kind]
    values = {
        "vraag": question.get("name", field),
        "waarde": _shown(value),
        "max": f"{MAX_ZORGVERLENERS:,}".replace(",", "."),  # Dutch thousands separator
        "keuzes": ", ".join(DOELGROEPEN if field == "doelgroep" else CHOICES.get(field, ())),
    }
    return {"field": field, "kind": kind, "message": fill(template, values)}


def _shown(value) -> str:
    # Echo the answer so the reader sees what was wrong, but never a whole essay.
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:37] + "..."
