"""Build-time checks the schemas cannot express; each finding is (location, English message).

A location is a tuple (file stem, *path), e.g. ("law", "obligations", 2,
"rules", 0, "why"): the build (inspraakwijzer.loader) turns it into
`data/law.yaml:LINE: ...`. The build calls check_data after a clean schema
pass, and validate_condition for every `x-condition` string, so condition
strings are not checked again here.
"""
import re

from .contract import CERTAINTIES, CHOICE, FIELDS, GRADES, MULTIPLE, OBLIGATIONS, QUESTION, WEAK_GRADES
from .profile import CONFLICTS, ERROR_KINDS, ERROR_PLACEHOLDERS
from .rank_methods import REASON_PLACEHOLDERS as METHOD_REASONS
from .rank_modules import REASON_PLACEHOLDERS as MODULE_REASONS
from .result_checks import check_result_data
from .text import placeholders, stray_brace

Location = tuple
# A why may name any answer; a rule that names an optional one must only
# apply when it was given (the property tests check no placeholder is left).
WHY_PLACEHOLDERS = set(FIELDS)
DISCLAIMER_PLACEHOLDERS = {"peildatum"}
SETTLE_PLACEHOLDERS = {"vraag", "titel"}  # wizard/actions.py fills the question's label and the obligation's title
HEADLINE_SETTLED_PLACEHOLDERS = {"vragen"}
# Texts of the keuzehulp page with placeholders: the engine fills the link
# notice (plan.link_notice), keuzehulp/*.mjs the loading sizes.
PAGE_PLACEHOLDERS = {"link_not_understood": {"delen"}, "link_more_keys": {"aantal"}}
PROGRESS_PLACEHOLDERS = {"binnen", "totaal"}
# Law items are fixed ids other files link to: art. 7 a-i, art. 8 a-k.
EXPECTED_ITEMS = {f"art7-{c}" for c in "abcdefghi"} | {f"art8-{c}" for c in "abcdefghijk"}


def check_data(data: dict) -> list[tuple[Location, str]]:
    problems: list[tuple[Location, str]] = []
    if isinstance(data.get("law"), dict):
        problems += _check_law(data["law"])
    if isinstance(data.get("wizard"), dict):
        problems += _check_wizard(data["wizard"], data)
    if isinstance(data.get("vocabulary"), dict):
        problems += _check_vocabulary(data["vocabulary"])
    if isinstance(data.get("topics"), dict) and isinstance(data.get("law"), dict):
        problems += _check_topics(data["topics"], data["law"])
    problems += check_result_data(data)  # what the result and the plan read (wizard/result_checks.py)
    return problems


def _check_law(law: dict) -> list:
    problems = []
    obligations = law.get("obligations", [])
    ids = [o.get("id") for o in obligations]
    if ids != list(OBLIGATIONS):
        problems.append((("law", "obligations"), f"obligations must be exactly, in this order: {', '.join(OBLIGATIONS)}; found: {', '.join(map(str, ids))}"))
    rule_ids: set = set()
    for i, obligation in enumerate(obligations):
        rules = obligation.get("rules", [])
        for j, rule in enumerate(rules):
            problems += _check_rule(("law", "obligations", i, "rules", j), rule, j == len(rules) - 1, ids[:i], rule_ids)
        source = obligation.get("items_from")
        if source and source not in {item.get("article") for item in law.get("items", [])}:
            problems.append((("law", "obligations", i, "items_from"), f"no item belongs to article {source!r}"))
    problems += _check_actions(obligations)
    problems += _check_items(law.get("items", []))
    problems += _check_item_audience(law)
    problems += _check_urls(law)
    articles = {a.get("id"): a for a in law.get("articles", [])}
    for i, obligation in enumerate(obligations):
        problems += _surer_than_articles(("law", "obligations", i, "certainty"), obligation, articles)
    return problems


def _surer_than_articles(where: Location, entry: dict, articles: dict) -> list:
    """A statement is never surer than the articles it cites."""
    certainty = entry.get("certainty")
    if certainty not in CERTAINTIES:
        return []
    return [(where, f"{certainty!r} is surer than {a!r}, which is only {articles[a]['certainty']!r}")
            for a in entry.get("articles", [])
            if a in articles and articles[a].get("certainty") in CERTAINTIES
            and CERTAINTIES.index(certainty) < CERTAINTIES.index(articles[a]["certainty"])]


def _check_rule(where: Location, rule: dict, last: bool, decided_before: list, seen_ids: set) -> list:
    problems = []
    if rule.get("id") in seen_ids:
        problems.append(((*where, "id"), f"rule id {rule.get('id')!r} is used twice; the advice names rules by id"))
    seen_ids.add(rule.get("id"))
    if last and rule.get("when"):
        problems.append(((*where, "when"), "the last rule must have `when: []`, so every profile gets an answer"))
    if not last and not rule.get("when"):
        problems.append(((*where, "when"), "only the last rule may have `when: []`; the rules after it can never apply"))
    problems += _template_problems((*where, "why"), rule.get("why", ""), WHY_PLACEHOLDERS)
    for field, text in rule.get("unanswered", {}).items():
        if field not in QUESTION or QUESTION[field].required:
            optional = ", ".join(q for q in FIELDS if not QUESTION[q].required)
            problems.append(((*where, "unanswered", field), f"{field!r} is not an optional question; known: {optional}"))
        problems += _template_problems((*where, "unanswered", field), text, WHY_PLACEHOLDERS)
    for name in rule.get("as_sure_as", []):
        if name not in decided_before:
            problems.append(((*where, "as_sure_as"), f"{name!r} is not an obligation decided before this one"))
    return problems + _check_rule_v3(where, rule)


def _check_rule_v3(where: Location, rule: dict) -> list:
    """Legal model v3: never "nee" on ONE or OPEN; settled_by and find_out only where the answer is open."""
    problems = []
    certainty = rule.get("certainty")
    if rule.get("status") == "nee" and GRADES.get(certainty) in WEAK_GRADES:
        problems.append(((*where, "status"), f"a rule graded {GRADES[certainty]} ({certainty!r}) never says 'nee': "
                                             "say 'onzeker' with the reason"))
    settled_by = rule.get("settled_by")
    if settled_by is not None:
        if rule.get("status") != "onzeker":
            problems.append(((*where, "settled_by"), "only an onzeker answer is settled by a question"))
        if settled_by not in QUESTION or QUESTION[settled_by].required:
            optional = ", ".join(q for q in FIELDS if not QUESTION[q].required)
            problems.append(((*where, "settled_by"), f"{settled_by!r} is not an optional question; known: {optional}"))
    if "find_out" in rule and (rule.get("status") != "onzeker" or settled_by is not None):
        problems.append(((*where, "find_out"), "only an onzeker rule without settled_by has its own find_out step"))
    return problems


def _check_actions(obligations: list) -> list:
    """Every obligation says what to do when it is ja and how to find out when onzeker; action ids are unique."""
    problems, seen = [], set()
    for i, obligation in enumerate(obligations):
        where = ("law", "obligations", i)
        actions = obligation.get("actions")
        if not actions:
            problems.append((where, f"{obligation.get('id')} has no `actions`: the result says what to do for "
                                    "every ja and onzeker answer"))
            continue
        steps = [((*where, "actions", "ja", j), a) for j, a in enumerate(actions.get("ja", []))]
        steps.append(((*where, "actions", "onzeker"), actions.get("onzeker", {})))
        steps += [((*where, "rules", j, "find_out"), r["find_out"])
                  for j, r in enumerate(obligation.get("rules", [])) if "find_out" in r]
        for at, step in steps:
            if step.get("id") in seen:
                problems.append(((*at, "id"), f"action id {step.get('id')!r} is used twice; the advice names actions by id"))
            seen.add(step.get("id"))
            problems += _template_problems((*at, "text"), step.get("text", ""), WHY_PLACEHOLDERS)
    return problems


def _check_items(items: list) -> list:
    problems = []
    for i, item in enumerate(items):
        item_id, article, letter = item.get("id", ""), item.get("article", ""), item.get("letter", "")
        if item_id != f"art{article.rsplit('-', 1)[-1]}-{letter}":
            problems.append((("law", "items", i), f"id {item_id!r} does not fit article {article!r} and letter {letter!r}"))
    missing = sorted(EXPECTED_ITEMS - {item.get("id") for item in items})
    if missing:
        problems.append((("law", "items"), f"missing items: {', '.join(missing)}"))
    return problems


def _check_item_audience(law: dict) -> list:
    """Every condition an item's `when` holds has its "voor wie" in item_applies_to (legal pages)."""
    labels = law.get("item_applies_to", {})
    return [(("law", "items", i, "when"), f"no 'voor wie' for {condition!r}: add it to item_applies_to")
            for i, item in enumerate(law.get("items", [])) for condition in item.get("when", [])
            if isinstance(labels, dict) and condition not in labels]


def _check_urls(law: dict) -> list:
    """An article url must point at its own law, article and lid (jci form)."""
    problems = []
    bwbr = {entry.get("id"): _bwbr(entry.get("url", "")) for entry in law.get("laws", [])}
    for i, article in enumerate(law.get("articles", [])):
        url, where = article.get("url", ""), ("law", "articles", i, "url")
        params = dict(p.split("=", 1) for p in url.split("&")[1:] if "=" in p)
        expected = bwbr.get(article.get("law"))
        if expected and _bwbr(url) != expected:
            problems.append((where, f"does not point at {expected}, the law {article.get('law')!r}"))
        for field, param in (("article", "artikel"), ("lid", "lid")):
            if params.get(param) != article.get(field):
                problems.append((where, f"{param}={params.get(param)} in the url, but {field} is {article.get(field)!r}"))
    return problems


def _bwbr(url: str) -> str | None:
    match = re.search(r"BWBR[0-9]{7}", url)
    return match.group(0) if match else None


def _check_wizard(wizard: dict, data: dict) -> list:
    problems = []
    questions = wizard.get("questions", [])
    ids = [q.get("id") for q in questions]
    if sorted(map(str, ids)) != sorted(FIELDS):
        problems.append((("wizard", "questions"), f"questions must be exactly one per profile key: {', '.join(FIELDS)}; found: {', '.join(map(str, ids))}"))
    for i, question in enumerate(questions):
        problems += _check_question(("wizard", "questions", i), question, data)
    problems += _check_templates(("wizard", "errors"), wizard.get("errors", {}), dict.fromkeys(ERROR_KINDS, ERROR_PLACEHOLDERS))
    conflicts = {c.id: set(FIELDS) for c in CONFLICTS}
    problems += _check_templates(("wizard", "conflicts"), wizard.get("conflicts", {}), conflicts)
    reasons = wizard.get("reasons", {})
    problems += _check_templates(("wizard", "reasons", "methods"), reasons.get("methods", {}), METHOD_REASONS)
    problems += _check_templates(("wizard", "reasons", "modules"), reasons.get("modules", {}), MODULE_REASONS)
    result = wizard.get("result", {})
    problems += _template_problems(("wizard", "result", "disclaimer"), result.get("disclaimer", ""), DISCLAIMER_PLACEHOLDERS)
    problems += _check_headline(result.get("headline", {}))
    settle = (result.get("actions") or {}).get("settle", "")
    problems += _template_problems(("wizard", "result", "actions", "settle"), settle, SETTLE_PLACEHOLDERS)
    problems += _check_grade_link(result.get("grade_link") or {}, data.get("topics"))
    page = wizard.get("page", {})
    for key, allowed in PAGE_PLACEHOLDERS.items():
        problems += _template_problems(("wizard", "page", key), page.get(key, ""), allowed)
    for key, template in page.get("progress", {}).items():
        problems += _template_problems(("wizard", "page", "progress", key), template, PROGRESS_PLACEHOLDERS)
    return problems


def _check_headline(headline: dict) -> list:
    problems = []
    for key, text in headline.items():
        where = ("wizard", "result", "headline", key)
        if isinstance(text, dict):
            problems += [p for sub, t in text.items() for p in _template_problems((*where, sub), t, WHY_PLACEHOLDERS)]
        else:
            problems += _template_problems(where, text, HEADLINE_SETTLED_PLACEHOLDERS if key == "settled_by"
                                           else WHY_PLACEHOLDERS)
    return problems


def _check_grade_link(link: dict, topics) -> list:
    """The grade badge links to a section that exists (the long explanation of the grades)."""
    sections = {t.get("id"): {s.get("id") for s in t.get("sections", [])} for t in (topics or {}).get("topics", [])}
    if not link or not sections or link.get("section") in sections.get(link.get("topic"), set()):
        return []
    return [(("wizard", "result", "grade_link", "section"),
             f"topic {link.get('topic')!r} has no section {link.get('section')!r}")]


def _check_question(where: Location, question: dict, data: dict) -> list:
    """The texts of one question against its entry in the contract's typed table
    (the one place that declares its kind, values, required and default)."""
    problems = []
    contract = QUESTION.get(question.get("id"))
    if contract is None:
        return problems  # reported with the question list
    if contract.kind in (CHOICE, MULTIPLE):
        problems += _check_options(where, question, contract, data)
    else:
        for field in ("options", "options_from"):
            if field in question:
                problems.append(((*where, field), f"{contract.id} is a {contract.kind} question in wizard/contract.py; "
                                                  "it has no options"))
    for kind, template in question.get("errors", {}).items():
        if kind not in ERROR_KINDS:
            problems.append(((*where, "errors", kind), f"unknown error kind; known: {', '.join(ERROR_KINDS)}"))
        problems += _template_problems((*where, "errors", kind), template, ERROR_PLACEHOLDERS)
    return problems


def _check_options(where: Location, question: dict, contract, data: dict) -> list:
    """Each value of the contract has a text, and each text is for a value of the contract.

    Options are listed in the question, or taken from a vocabulary (`options_from`)."""
    expected = ", ".join(contract.values)
    source = question.get("options_from")
    if source:
        keys = list((data.get("vocabulary") or {}).get(source, {}))
        problems = [(("vocabulary", source, key), f"a text for {key!r}, which is no value of {contract.id} in "
                                                  f"wizard/contract.py; values: {expected}")
                    for key in keys if key not in contract.values]
        return problems + [(("vocabulary", source), f"no text for {value!r}, a value of {contract.id} in "
                                                    "wizard/contract.py")
                           for value in contract.values if value not in keys]
    if "options" not in question:
        return [(where, f"{contract.id} is a {contract.kind} question in wizard/contract.py: it needs `options` "
                        f"(a text per value: {expected}) or `options_from`")]
    options = question["options"]
    values = [o.get("value") for o in options]
    problems = [((*where, "options", i, "value"), f"a text for {value!r}, which is no value of {contract.id} in "
                                                  f"wizard/contract.py; values: {expected}")
                for i, value in enumerate(values) if value not in contract.values]
    problems += [((*where, "options", i, "value"), f"{value!r} has two texts")
                 for i, value in enumerate(values) if value in values[:i]]
    return problems + [((*where, "options"), f"no text for {value!r}, a value of {contract.id} in wizard/contract.py")
                       for value in contract.values if value not in values]


def _check_templates(where: Location, templates: dict, allowed: dict) -> list:
    """Every key the engine uses has a text, no other keys, only allowed placeholders."""
    problems = []
    for key in allowed:
        if key not in templates:
            problems.append((where, f"missing text for {key!r}"))
    for key, template in templates.items():
        if key not in allowed:
            problems.append(((*where, key), f"the engine does not use {key!r}; known: {', '.join(allowed)}"))
            continue
        problems += _template_problems((*where, key), template, allowed[key])
    return problems


def _template_problems(where: Location, template: str, allowed: set) -> list:
    problems = []
    for name in placeholders(template):
        if name not in allowed:
            known = ", ".join("{" + n + "}" for n in sorted(allowed)) or "none"
            problems.append((where, f"unknown placeholder {{{name}}}; allowed here: {known}"))
    if stray_brace(template):
        problems.append((where, "has a '{' or '}' that is not part of a {placeholder}"))
    return problems


def _check_topics(topics: dict, law: dict) -> list:
    """Every section of the legal pages that has a certainty agrees with data/law.yaml."""
    problems = []
    articles = {a.get("id"): a for a in law.get("articles", [])}
    rules = {r.get("id"): (o, r) for o in law.get("obligations", []) for r in o.get("rules", [])}
    for i, topic in enumerate(topics.get("topics", [])):
        for j, section in enumerate(topic.get("sections", [])):
            where = ("topics", "topics", i, "sections", j)
            problems += _surer_than_articles((*where, "certainty"), section, articles)
            problems += _check_section_rules(where, section, rules)
    return problems


def _check_section_rules(where: Location, section: dict, rules: dict) -> list:
    """A section that states what keuzehulp rules decide is exactly as sure as the
    weakest of them, and cites the articles they cite."""
    named = section.get("rules", [])
    unknown = [r for r in named if r not in rules]
    if unknown:
        return [((*where, "rules"), f"unknown rule {', '.join(map(repr, unknown))}; rule ids are in data/law.yaml")]
    if not named or section.get("certainty") not in CERTAINTIES:
        return []
    problems = []
    weakest = max((rules[r][1].get("certainty") for r in named), key=CERTAINTIES.index)
    if section["certainty"] != weakest:
        problems.append(((*where, "certainty"), f"is {section['certainty']!r}, but the keuzehulp rules it states "
                                                f"({', '.join(named)}) are {weakest!r}"))
    cited = {a for r in named for a in rules[r][1].get("articles", rules[r][0].get("articles", []))}
    missing = sorted(cited - set(section.get("articles", [])))
    if missing:
        problems.append(((*where, "articles"), f"the rules it states cite {', '.join(missing)}; cite them here too"))
    return problems


def _check_vocabulary(vocabulary: dict) -> list:
    missing = [c for c in CERTAINTIES if c not in vocabulary.get("certainty", {})]
    if missing:
        return [(("vocabulary", "certainty"), f"the engine needs certainty levels: {', '.join(missing)}")]
    return []
