"""Turn raw answers (URL fragment, form, JSON) into a clean profile or Dutch errors.

Each question's kind in contract.QUESTIONS picks its parser. Answers may be
strings, as a form or URL sends them ("40", "dementie,nah"), or JSON types
(40, ["dementie", "nah"]). Choice answers are trimmed and lower-cased.
Decisions, kept simple on purpose:
- unknown keys are ignored, not reported: a link may carry more than the
  engine reads (UI state), and a misspelt required key shows up as missing;
- an empty optional answer ("", [], null) counts as not given;
- the clean profile holds the required keys plus the optional keys that were
  answered, multiple answers in contract order without repeats; parsing a
  clean profile again returns it unchanged.
"""
import re
from dataclasses import dataclass
from .conditions import checked
from .context import Context
from .contract import CHOICE, MULTIPLE, NUMBER, QUESTION, QUESTIONS, Question
from .text import fill, shown

# Dutch readers group thousands with a dot or a (narrow, no-break) space:
# "1.200" and "1 200" are 1200. Only groups of exactly three digits count, so
# "1.5" and "1.20" stay "geen heel getal" instead of silently becoming 15 or 120.
WHOLE_NUMBER = re.compile(r"\+?([0-9]{1,3}(?:[. \u00a0\u202f][0-9]{3})+|[0-9]+)")
THOUSANDS = re.compile(r"[. \u00a0\u202f]")
NEGATIVE_NUMBER = re.compile(r"-\s*[0-9]+", re.ASCII)
ROOT_FIELD = "profiel"  # the field named when the answers are not a mapping at all
# Every kind of error; data/wizard.yaml `errors` has a Dutch message for each.
ERROR_KINDS = ("not_an_object", "missing", "wrong_type", "unknown_value", "not_whole_number", "negative",
               "too_small", "too_large")
ERROR_PLACEHOLDERS = {"vraag", "waarde", "min", "max", "keuzes"}
CONFLICT = "conflict"  # the error kind of answers that cannot both be true


@dataclass(frozen=True)
class Conflict:
    """Answers that cannot all be true: reported on `field`, with the Dutch text
    data/wizard.yaml `conflicts.<id>` (which may name any answer as {id})."""
    id: str
    field: str
    needs: tuple[str, ...]  # checked only when these were all answered validly
    when: tuple[str, ...]  # conditions (conditions.py) that together cannot be true


CONFLICTS = (
    # Working alone means exactly one care provider: you.
    Conflict("alone_with_others", "zelfstandig", ("zelfstandig", "zorgverleners"),
             checked("works_alone", "not exactly_one_care_provider")),
    # The sector defensie is defined as military care WITHOUT Wlz or Zvw care.
    Conflict("military_with_care_law", "financiering", ("sector", "financiering"),
             checked("military_sector", "funded_by_wlz_or_zvw")),
)


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
    for question in QUESTIONS:
        value = raw.get(question.id)
        if _blank(value):
            if question.required:
                errors.append(_error(data, question.id, "missing", None))
            continue
        try:
            clean = PARSERS[question.kind](question, value)
        except _Invalid as invalid:
            errors.append(_error(data, question.id, invalid.kind, invalid.value))
            continue
        if not _blank(clean):
            profile[question.id] = clean
    return profile, errors + _conflicts(profile, data)


def conflicts_in(profile: dict) -> list[Conflict]:
    """The conflicts a profile of valid answers holds."""
    context = Context(profile)
    return [c for c in CONFLICTS if all(context.given(f) for f in c.needs) and context.all_hold(c.when)]


def _conflicts(profile: dict, data: dict) -> list[dict]:
    found = conflicts_in(profile)
    if not found:
        return []
    labels = answer_labels(profile, data)
    return [{"field": c.field, "kind": CONFLICT, "message": fill(data["wizard"]["conflicts"][c.id], labels)}
            for c in found]


def answer_labels(profile: dict, data: dict) -> dict:
    """The reader's answers as words for `{sector}`-style placeholders."""
    labels = {}
    for question in data["wizard"]["questions"]:
        chosen = profile.get(question["id"])
        if chosen is None:
            continue
        if isinstance(chosen, int):
            labels[question["id"]] = str(chosen)
            continue
        shorts = {value: option.get("short", option["label"]) for value, option in _options(question, data)}
        words = [shorts[value] for value in ([chosen] if isinstance(chosen, str) else chosen)]
        labels[question["id"]] = dutch_list(words)
    return labels


def dutch_list(words: list[str]) -> str:
    """["a", "b", "c"] -> "a, b en c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def _options(question: dict, data: dict) -> list[tuple[str, dict]]:
    """(value, {label, short?}) for a question's options, listed in data/wizard.yaml or a vocabulary."""
    if "options_from" in question:
        return list(data["vocabulary"][question["options_from"]].items())
    return [(option["value"], option) for option in question.get("options", [])]


def _blank(value) -> bool:
    return value is None or (isinstance(value, (str, list, tuple)) and not (
        value.strip() if isinstance(value, str) else value))


def _choice(question: Question, value) -> str:
    if not isinstance(value, str):
        raise _Invalid("wrong_type", value)
    answer = value.strip().lower()
    if answer not in question.values:
        raise _Invalid("unknown_value", value.strip())
    return answer


def _number(question: Question, value) -> int:
    if isinstance(value, bool):  # bool is an int in Python; true is not "1"
        raise _Invalid("wrong_type", value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _Invalid("not_whole_number", value)
        value = int(value)
    if isinstance(value, str):
        value = _whole_number(question, value.strip())
    if not isinstance(value, int):
        raise _Invalid("wrong_type", value)
    if value < 0:
        raise _Invalid("negative", value)
    if value < question.minimum:
        raise _Invalid("too_small", value)
    if value > question.maximum:
        raise _Invalid("too_large", value)
    return value


def _whole_number(question: Question, text: str) -> int:
    match = WHOLE_NUMBER.fullmatch(text)
    if not match:
        raise _Invalid("negative" if NEGATIVE_NUMBER.fullmatch(text) else "not_whole_number", text)
    digits = THOUSANDS.sub("", match.group(1)).lstrip("0") or "0"
    if len(digits) > len(str(question.maximum)):  # before int(): huge strings are slow or refused
        raise _Invalid("too_large", text)
    return int(digits)


def _multiple(question: Question, value) -> list[str]:
    parts = value.split(",") if isinstance(value, str) else value
    if not isinstance(parts, (list, tuple)) or not all(isinstance(p, str) for p in parts):
        raise _Invalid("wrong_type", value)
    chosen = {p.strip().lower() for p in parts if p.strip()}
    unknown = sorted(chosen.difference(question.values))
    if unknown:
        raise _Invalid("unknown_value", ", ".join(unknown))
    return [v for v in question.values if v in chosen]


PARSERS = {CHOICE: _choice, NUMBER: _number, MULTIPLE: _multiple}


def _error(data: dict, field: str, kind: str, value) -> dict:
    wizard = data["wizard"]
    question = next((q for q in wizard["questions"] if q["id"] == field), {})
    template = question.get("errors", {}).get(kind) or wizard["errors"][kind]
    contract = QUESTION.get(field)
    values = {
        "vraag": question.get("name", field),
        "waarde": shown(value),
        "min": _dutch_number(contract.minimum if contract else None),
        "max": _dutch_number(contract.maximum if contract else None),
        "keuzes": ", ".join(contract.values if contract else ()),
    }
    return {"field": field, "kind": kind, "message": fill(template, values)}


def _dutch_number(number: int | None) -> str:
    return "" if number is None else f"{number:,}".replace(",", ".")  # Dutch thousands separator

