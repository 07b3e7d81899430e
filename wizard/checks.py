"""Build-time checks the schemas cannot express; each finding is (location, English message).

The build (inspraakwijzer.loader) calls check_data after a clean schema pass,
and validate_condition for every `x-condition` string, so condition strings
are not checked again here. Locations read like `law.obligations[2].rules[0].why`.
"""
import re

from .contract import CERTAINTIES, CHOICES, DOELGROEPEN, FIELDS, OBLIGATIONS, REQUIRED
from .profile import ERROR_KINDS, ERROR_PLACEHOLDERS
from .rank_methods import REASON_PLACEHOLDERS as METHOD_REASONS
from .rank_modules import REASON_PLACEHOLDERS as MODULE_REASONS
from .result_checks import check_result_data
from .text import placeholders, stray_brace

WHY_PLACEHOLDERS = {"sector", "verblijf", "zorgverleners"}
DISCLAIMER_PLACEHOLDERS = {"peildatum"}
# Law items are fixed ids other files link to: art. 7 a-i, art. 8 a-k.
EXPECTED_ITEMS = {f"art7-{c}" for c in "abcdefghi"} | {f"art8-{c}" for c in "abcdefghijk"}
QUESTION_KINDS = {"zorgverleners": "number", "doelgroep": "multiple", **{f: "choice" for f in CHOICES}}


def check_data(data: dict) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if isinstance(data.get("law"), dict):
        problems += _check_law(data["law"])
    if isinstance(data.get("wizard"), dict):
        problems += _check_wizard(data["wizard"])
    if isinstance(data.get("vocabulary"), dict):
        problems += _check_vocabulary(data["vocabulary"])
    problems += check_result_data(data)  # what the result and the plan read (wizard/result_checks.py)
    return problems


def _check_law(law: dict) -> list:
    problems = []
    obligations = law.get("obligations", [])
    ids = [o.get("id") for o in obligations]
    if ids != list(OBLIGATIONS):
        problems.append(("law.obligations", f"obligations must be exactly, in this order: {', '.join(OBLIGATIONS)}; found: {', '.join(map(str, ids))}"))
    article_ids = {a.get("id") for a in law.get("articles", [])}
    for i, obligation in enumerate(obligations):
        rules = obligation.get("rules", [])
        for j, rule in enumerate(rules):
            where = f"law.obligations[{i}].rules[{j}]"
            last = j == len(rules) - 1
            if last and rule.get("when"):
                problems.append((f"{where}.when", "the last rule must have `when: []`, so every profile gets an answer"))
            if not last and not rule.get("when"):
                problems.append((f"{where}.when", "only the last rule may have `when: []`; the rules after it can never apply"))
            problems += _template_problems(f"{where}.why", rule.get("why", ""), WHY_PLACEHOLDERS)
            for name in rule.get("as_sure_as", []):
                if name not in ids[:i]:
                    problems.append((f"{where}.as_sure_as", f"{name!r} is not an obligation decided before {obligation.get('id')!r}"))
        source = obligation.get("items_from")
        if source and source not in {item.get("article") for item in law.get("items", [])}:
            problems.append((f"law.obligations[{i}].items_from", f"no item belongs to article {source!r}"))
    problems += _check_items(law.get("items", []))
    problems += _check_urls(law)
    return problems


def _check_items(items: list) -> list:
    problems = []
    for i, item in enumerate(items):
        item_id, article, letter = item.get("id", ""), item.get("article", ""), item.get("letter", "")
        if item_id != f"art{article.rsplit('-', 1)[-1]}-{letter}":
            problems.append((f"law.items[{i}]", f"id {item_id!r} does not fit article {article!r} and letter {letter!r}"))
    missing = sorted(EXPECTED_ITEMS - {item.get("id") for item in items})
    if missing:
        problems.append(("law.items", f"missing items: {', '.join(missing)}"))
    return problems


def _check_urls(law: dict) -> list:
    """An article url must point at its own law, article and lid (jci form)."""
    problems = []
    bwbr = {l.get("id"): _bwbr(l.get("url", "")) for l in law.get("laws", [])}
    for i, article in enumerate(law.get("articles", [])):
        url = article.get("url", "")
        params = dict(p.split("=", 1) for p in url.split("&")[1:] if "=" in p)
        expected = bwbr.get(article.get("law"))
        if expected and _bwbr(url) != expected:
            problems.append((f"law.articles[{i}].url", f"does not point at {expected}, the law {article.get('law')!r}"))
        for field, param in (("article", "artikel"), ("lid", "lid")):
            if params.get(param) != article.get(field):
                problems.append((f"law.articles[{i}].url", f"{param}={params.get(param)} in the url, but {field} is {article.get(field)!r}"))
    return problems


def _bwbr(url: str) -> str | None:
    match = re.search(r"BWBR[0-9]{7}", url)
    return match.group(0) if match else None


def _check_wizard(wizard: dict) -> list:
    problems = []
    questions = wizard.get("questions", [])
    ids = [q.get("id") for q in questions]
    if sorted(ids) != sorted(FIELDS):
        problems.append(("wizard.questions", f"questions must be exactly one per profile key: {', '.join(FIELDS)}; found: {', '.join(map(str, ids))}"))
    for i, question in enumerate(questions):
        problems += _check_question(f"wizard.questions[{i}]", question)
    problems += _check_templates("wizard.errors", wizard.get("errors", {}), dict.fromkeys(ERROR_KINDS, ERROR_PLACEHOLDERS))
    reasons = wizard.get("reasons", {})
    problems += _check_templates("wizard.reasons.methods", reasons.get("methods", {}), METHOD_REASONS)
    problems += _check_templates("wizard.reasons.modules", reasons.get("modules", {}), MODULE_REASONS)
    result = wizard.get("result", {})
    problems += _template_problems("wizard.result.disclaimer", result.get("disclaimer", ""), DISCLAIMER_PLACEHOLDERS)
    return problems


def _check_question(where: str, question: dict) -> list:
    problems = []
    field = question.get("id")
    if field not in FIELDS:
        return problems  # reported with the question list
    if question.get("kind") != QUESTION_KINDS[field]:
        problems.append((f"{where}.kind", f"{field} must be a {QUESTION_KINDS[field]} question"))
    if question.get("required") != (field in REQUIRED):
        problems.append((f"{where}.required", f"{field} is {'required' if field in REQUIRED else 'optional'} in the profile contract"))
    if field in CHOICES:
        values = [o.get("value") for o in question.get("options", [])]
        if sorted(values) != sorted(CHOICES[field]):
            problems.append((f"{where}.options", f"options must be exactly: {', '.join(CHOICES[field])}; found: {', '.join(map(str, values))}"))
    if field == "doelgroep" and question.get("options_from") != "doelgroep":
        problems.append((f"{where}.options_from", "doelgroep options come from vocabulary 'doelgroep'"))
    for kind, template in question.get("errors", {}).items():
        if kind not in ERROR_KINDS:
            problems.append((f"{where}.errors.{kind}", f"unknown error kind; known: {', '.join(ERROR_KINDS)}"))
        problems += _template_problems(f"{where}.errors.{kind}", template, ERROR_PLACEHOLDERS)
    return problems


def _check_templates(where: str, templates: dict, allowed: dict) -> list:
    """Every key the engine uses has a text, no other keys, only allowed placeholders."""
    problems = []
    for key in allowed:
        if key not in templates:
            problems.append((where, f"missing text for {key!r}"))
    for key, template in templates.items():
        if key not in allowed:
            problems.append((f"{where}.{key}", f"the engine does not use {key!r}; known: {', '.join(allowed)}"))
            continue
        problems += _template_problems(f"{where}.{key}", template, allowed[key])
    return problems


def _template_problems(where: str, template: str, allowed: set) -> list:
    problems = []
    for name in placeholders(template):
        if name not in allowed:
            known = ", ".join("{" + n + "}" for n in sorted(allowed)) or "none"
            problems.append((where, f"unknown placeholder {{{name}}}; allowed here: {known}"))
    if stray_brace(template):
        problems.append((where, "has a '{' or '}' that is not part of a {placeholder}"))
    return problems


def _check_vocabulary(vocabulary: dict) -> list:
    problems = []
    if "doelgroep" in vocabulary and set(vocabulary["doelgroep"]) != set(DOELGROEPEN):
        problems.append(("vocabulary.doelgroep", f"keys must be exactly the profile's doelgroep values: {', '.join(DOELGROEPEN)}"))
    missing = [c for c in CERTAINTIES if c not in vocabulary.get("certainty", {})]
    if missing:
        problems.append(("vocabulary.certainty", f"the engine needs certainty levels: {', '.join(missing)}"))
    return problems
