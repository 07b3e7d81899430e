"""Which ranked methods to recommend (at most three), which methods suit a
chosen doelgroep (ranked before the rest), and what to say about a chosen
doelgroep the sources make no method, or only one, for.

The reader asked for each chosen group, so the three are picked to serve
every chosen group they can before the rest of the ranking fills up.
"""
from .profile import dutch_list
from .text import fill

# Three is what a team can start with and compare; a longer list is a menu.
MAX_RECOMMENDED = 3
# An editors' choice: of the fourteen methods, the sources making only one
# for a group is thin, and the reader should know that (issue 18).
FEW_METHODS = 1


def tagged(methods: list[dict], group: str) -> list[dict]:
    return [m for m in methods if group in (m.get("suited_for") or [])]


def with_fact(methods: list[dict], group: str) -> list[dict]:
    """Methods whose `fit` says what in them comes close to this group."""
    return [m for m in methods if group in ((m.get("fit") or {}).get("doelgroep") or {})]


def no_tagged_method(context) -> list[str]:
    """The reader's chosen groups that no method is made for (suited_for)."""
    methods = _methods(context)
    return [g for g in context.answer("doelgroep") if not tagged(methods, g)]


def close_groups(method: dict, context) -> list[str]:
    """The chosen groups this method is not made for, but whose data says what in it comes close."""
    facts = (method.get("fit") or {}).get("doelgroep") or {}
    return [g for g in context.answer("doelgroep") if g in facts and g not in (method.get("suited_for") or [])]


def suits_chosen_group(method: dict, context) -> bool:
    """Made for a chosen group, or its data says what in it comes close to one."""
    made_for = set(method.get("suited_for") or ()) & set(context.answer("doelgroep"))
    return bool(made_for or close_groups(method, context))


def serving(context) -> dict[str, set[str]]:
    """Chosen group -> ids of the methods that serve it: made for it, else the closest fit."""
    methods = _methods(context)
    groups = {}
    for group in context.answer("doelgroep"):
        ids = {m["id"] for m in tagged(methods, group) or with_fact(methods, group)}
        if ids:
            groups[group] = ids
    return groups


def mark_recommended(entries: list[dict], context) -> list[dict]:
    """`entries` best first -> the same entries, the recommended ones first and marked."""
    candidates = [e for e in entries if e["score"] > 0]
    chosen = _cover_groups(candidates, serving(context))
    for entry in candidates:
        if len(chosen) >= MAX_RECOMMENDED:
            break
        if entry not in chosen:
            chosen.append(entry)
    chosen.sort(key=entries.index)
    for entry in chosen:
        entry["recommended"] = True
    return chosen + [e for e in entries if e not in chosen]


def _cover_groups(candidates: list[dict], groups: dict[str, set[str]]) -> list[dict]:
    """Greedy: the best-ranked method that serves most still-unserved groups, until all are served."""
    chosen, open_groups = [], dict(groups)
    while open_groups and len(chosen) < MAX_RECOMMENDED:
        def served(entry):
            return sum(entry["id"] in ids for ids in open_groups.values())  # noqa: B023 - used in this iteration only
        best = max((e for e in candidates if e not in chosen), key=served, default=None)
        if best is None or served(best) == 0:
            break
        chosen.append(best)
        open_groups = {g: ids for g, ids in open_groups.items() if best["id"] not in ids}
    return chosen


def doelgroep_notes(context, ranked_methods: list[dict]) -> list[dict]:
    """One plain line for each chosen group the sources name few methods for: none (then the
    closest fit, if any), or only one or two."""
    wording = context.data["wizard"]["result"]
    labels = context.data["vocabulary"]["doelgroep"]
    methods = {m["id"]: m for m in _methods(context)}
    notes = []
    for group in context.answer("doelgroep"):
        made_for = [m["name"] for m in ranked_methods if group in (methods[m["id"]].get("suited_for") or [])]
        if len(made_for) > FEW_METHODS:
            continue
        closest = [m for m in ranked_methods if group in close_groups(methods[m["id"]], context)]
        if made_for:
            template, names = wording["few_methods_for"], made_for
        else:
            template = wording["no_method_for"] if closest else wording["no_method_near"]
            names = [m["name"] for m in closest]
        values = {"doelgroep": labels[group]["label"], "methoden": dutch_list(names) if names else ""}
        notes.append({"doelgroep": group, "label": labels[group]["label"], "text": fill(template, values),
                      "closest": [m["id"] for m in closest]})
    return notes


def _methods(context) -> list[dict]:
    return (context.data.get("methods") or {}).get("methods") or []
