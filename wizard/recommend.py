"""Which ranked methods to recommend (at most three), and what to say about a
chosen doelgroep that no method is made for.

The reader asked for each chosen group, so the three are picked to serve
every chosen group they can before the rest of the ranking fills up.
"""
from .profile import dutch_list
from .text import fill

# Three is what a team can start with and compare; a longer list is a menu.
MAX_RECOMMENDED = 3


def tagged(methods: list[dict], group: str) -> list[dict]:
    return [m for m in methods if group in (m.get("suited_for") or [])]


def with_fact(methods: list[dict], group: str) -> list[dict]:
    """Methods whose `fit` says what in them comes close to this group."""
    return [m for m in methods if group in ((m.get("fit") or {}).get("doelgroep") or {})]


def no_tagged_method(context) -> list[str]:
    """The reader's chosen groups that no method is made for (suited_for)."""
    methods = _methods(context)
    return [g for g in context.profile.get("doelgroep", []) if not tagged(methods, g)]


def serving(context) -> dict[str, set[str]]:
    """Chosen group -> ids of the methods that serve it: made for it, else the closest fit."""
    methods = _methods(context)
    groups = {}
    for group in context.profile.get("doelgroep", []):
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
    """For each chosen group no method is made for: a plain note naming the closest fit."""
    wording = context.data["wizard"]["result"]
    labels = context.data["vocabulary"]["doelgroep"]
    close = serving(context)
    notes = []
    for group in no_tagged_method(context):
        ids = [m["id"] for m in ranked_methods if m["id"] in close.get(group, set())]
        names = [m["name"] for m in ranked_methods if m["id"] in ids]
        template = wording["no_method_for"] if ids else wording["no_method_near"]
        values = {"doelgroep": labels[group]["label"], "methoden": dutch_list(names) if names else ""}
        notes.append({"doelgroep": group, "label": labels[group]["label"], "text": fill(template, values),
                      "closest": ids})
    return notes


def _methods(context) -> list[dict]:
    return (context.data.get("methods") or {}).get("methods") or []
