"""Build-time checks for what the result and the plan read from data, which the
schemas cannot express. Each finding is (location, English message), the
location a tuple (stem, *path) as for check_data.

- every doelgroep a method is made for has the sentence that says why;
- every doelgroep is served: some method is made for it or says what comes close;
- `fit.sectors` names sectors of the contract, `fit.often` a plan frequency;
- the structure situations are exactly the predicates of wizard/structure.py,
  and each links to a section that exists;
- texts with placeholders use only those the engine fills.
"""
from .contract import DOELGROEPEN, SECTORS
from .rank_methods import CAVEAT_PLACEHOLDERS
from .structure import SITUATIONS
from .text import placeholders, stray_brace

RESULT_TEXTS = {"no_method_for": {"doelgroep", "methoden"}, "no_method_near": {"doelgroep"},
                "few_methods_for": {"doelgroep", "methoden"}, "no_recommendation": set()}
NOTICE_TEXTS = {"unknown_method": {"waarde"}, "unknown_value": {"veld", "waarde"}, "too_long": {"veld", "max"},
                "wrong_type": {"veld"}}


def check_result_data(data: dict) -> list[tuple]:
    problems: list[tuple] = []
    methods = (data.get("methods") or {}).get("methods") or []
    wizard = data.get("wizard") or {}
    problems += _check_fit(methods, wizard)
    if wizard:  # only a keuzehulp needs every group served (the loader's fixtures have none)
        problems += _check_doelgroepen_served(methods)
    if "structure" in wizard:
        problems += _check_structure(wizard["structure"], data.get("topics"))
    problems += _check_texts(wizard)
    return problems


def _check_fit(methods: list, wizard: dict) -> list[tuple]:
    problems = []
    often = {o.get("value") for o in (wizard.get("plan") or {}).get("often", [])}
    for i, method in enumerate(methods):
        fit = method.get("fit") or {}
        where = ("methods", "methods", i, "fit")
        for group in method.get("suited_for") or []:
            if group not in (fit.get("doelgroep") or {}):
                problems.append((where, f"{method.get('id')} is made for {group!r} (suited_for), so fit.doelgroep "
                                        f"needs a sentence saying why; the keuzehulp shows it as the reason"))
        for sector in fit.get("sectors") or {}:
            if sector not in SECTORS:
                problems.append((where + ("sectors", sector), f"unknown sector {sector!r}; known: {', '.join(SECTORS)}"))
        if "often" in fit and often and fit["often"] not in often:
            problems.append((where + ("often",), f"{fit['often']!r} is not a value of wizard.plan.often: "
                                                 f"{', '.join(sorted(often))}"))
    return problems


def _check_doelgroepen_served(methods: list) -> list[tuple]:
    problems = []
    for group in DOELGROEPEN:
        made_for = any(group in (m.get("suited_for") or []) for m in methods)
        close = any(group in ((m.get("fit") or {}).get("doelgroep") or {}) for m in methods)
        if methods and not (made_for or close):
            problems.append((("vocabulary", "doelgroep", group),
                             f"no method is made for {group!r} or says in fit.doelgroep what comes close; "
                             "the keuzehulp could not point the reader anywhere"))
    return problems


def _check_structure(structure: dict, topics) -> list[tuple]:
    problems = []
    situations = structure.get("situations") or []
    ids = [s.get("id") for s in situations]
    for missing in sorted(set(SITUATIONS) - set(ids)):
        problems.append((("wizard", "structure", "situations"), f"no text for situation {missing!r}"))
    sections = {t.get("id"): {s.get("id") for s in t.get("sections", [])} for t in (topics or {}).get("topics", [])}
    for i, situation in enumerate(situations):
        where = ("wizard", "structure", "situations", i)
        if situation.get("id") not in SITUATIONS:
            problems.append((where + ("id",), f"no predicate for {situation.get('id')!r} in wizard/structure.py; "
                                              f"known: {', '.join(SITUATIONS)}"))
        link = situation.get("link") or {}
        if sections and link.get("section") not in sections.get(link.get("topic"), set()):
            problems.append((where + ("link", "section"),
                             f"topic {link.get('topic')!r} has no section {link.get('section')!r}"))
    return problems


def _check_texts(wizard: dict) -> list[tuple]:
    problems = []
    groups = (
        (("wizard", "reasons", "method_caveats"), (wizard.get("reasons") or {}).get("method_caveats"), CAVEAT_PLACEHOLDERS),
        (("wizard", "result"), wizard.get("result"), RESULT_TEXTS),
        (("wizard", "plan", "notices"), (wizard.get("plan") or {}).get("notices"), NOTICE_TEXTS),
    )
    for where, texts, allowed in groups:
        if not isinstance(texts, dict):
            continue
        for key, names in allowed.items():
            if key not in texts:
                problems.append((where, f"missing text for {key!r}"))
                continue
            problems += _placeholder_problems(where + (key,), texts[key], names)
    return problems


def _placeholder_problems(where: tuple, template: str, allowed: set) -> list[tuple]:
    unknown = [name for name in placeholders(template) if name not in allowed]
    problems = [(where, f"unknown placeholder {{{name}}}; allowed here: "
                        f"{', '.join('{' + n + '}' for n in sorted(allowed)) or 'none'}") for name in unknown]
    if stray_brace(template):
        problems.append((where, "has a '{' or '}' that is not part of a {placeholder}"))
    return problems
