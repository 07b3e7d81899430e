"""Rank the inspraak methods of data/methods.yaml for a profile, with reasons.

A rule gives a method points when the reader's answers meet a fact about the
method. Which methods a rule counts is data: the method's `fit` block in
data/methods.yaml holds, per rule, the sentence from the sources that says
what in the method fits (so every reason names something of that method, not
just the answer). The weights are here, each with why; the answers a rule
needs are named facts (facts.py, predicates.py) in its `when`. Effort, formality and
facilitator are the editors' estimates, not the sources': reasons built on
them say so (see data/wizard.yaml reasons.methods).
"""
from dataclasses import dataclass

from .conditions import checked
from .context import Context
from .ranking import Point, rank
from .recommend import close_groups, mark_recommended, no_tagged_method, suits_chosen_group

# A method the reader's people cannot take part in gives no inspraak at all,
# so fit with a chosen group outweighs every other rule.
WEIGHT_DOELGROEP = 3
# Not made for a chosen group, but the data says what in it comes close (the
# closest fit when no method is made for the group).
WEIGHT_CLOSEST = 2
# New to inspraak: the methods made to start tomorrow.
WEIGHT_FIRST_STEP = 2
# New to inspraak: little preparation keeps the first step small (estimate).
WEIGHT_LOW_EFFORT = 1
# New to inspraak: needing a trained facilitator is a hurdle, not a ban (estimate).
PENALTY_FACILITATOR = -1
# Already doing something: the methods that build on what exists.
WEIGHT_NEXT_STEP = 2
# No council (yet): clients need a voice in the meantime.
WEIGHT_WITHOUT_COUNCIL = 2
# A council uses the results of inspraak (art. 5 lid 4): methods that involve
# it help, but any method can feed it, so this weighs less.
WEIGHT_WITH_COUNCIL = 1
# Long stay: art. 2 inspraak is about daily life where clients live.
WEIGHT_DAILY_LIFE = 2
# No stay: a method must reach clients who do not live with you.
WEIGHT_AMBULANT = 2
# Size, locations and sector refine the order; they do not decide it.
WEIGHT_LARGE = 1
WEIGHT_LOCATIONS = 1
WEIGHT_SECTOR = 1
WEIGHT_SMALL = 1

# The placeholders each reason may use (checked at build time). {feit} is the
# method's own sentence from its `fit` block, {methode} its name.
REASON_PLACEHOLDERS = {
    "doelgroep": {"doelgroep", "feit"},
    "close": {"doelgroep", "feit"},
    "closest": {"doelgroep", "feit"},
    "first_step": {"ervaring", "feit"},
    "low_effort": {"methode"},
    "next_step": {"ervaring", "feit"},
    "without_council_nee": {"clientenraad", "feit"},
    "without_council_opstarten": {"clientenraad", "feit"},
    "with_council": {"clientenraad", "feit"},
    "daily_life": {"verblijf", "feit"},
    "ambulant": {"verblijf", "feit"},
    "large": {"zorgverleners", "feit"},
    "locations": {"locaties", "feit"},
    "sector": {"sector", "feit"},
    "small": {"zorgverleners", "methode"},
}
# Shown apart from the reasons: not why a method fits, but what to mind.
CAVEAT_PLACEHOLDERS = {"facilitator": {"methode"}}


@dataclass(frozen=True)
class FactRule:
    """When the answers meet `when`, a method with the `fit` fact `fact` gets `weight` points and `reason`."""
    when: tuple[str, ...]
    fact: str
    weight: int
    reason: str


# Per topic, the first rule that holds counts: one answer cannot be two things at once.
FIRST_STEP = (FactRule(checked("new_to_inspraak"), "start", WEIGHT_FIRST_STEP, "first_step"),)
NEXT_STEP = (FactRule(checked("doing_inspraak"), "next", WEIGHT_NEXT_STEP, "next_step"),)
COUNCIL = (
    FactRule(checked("no_council"), "without_council", WEIGHT_WITHOUT_COUNCIL, "without_council_nee"),
    FactRule(checked("starting_council"), "without_council", WEIGHT_WITHOUT_COUNCIL, "without_council_opstarten"),
    FactRule(checked("has_council"), "with_council", WEIGHT_WITH_COUNCIL, "with_council"),
)
WHERE_CLIENTS_ARE = (
    FactRule(checked("long_stay"), "daily_life", WEIGHT_DAILY_LIFE, "daily_life"),
    FactRule(checked("no_stay"), "ambulant", WEIGHT_AMBULANT, "ambulant"),
)
LARGE = (FactRule(checked("large_organisation"), "large", WEIGHT_LARGE, "large"),)
LOCATIONS = (FactRule(checked("several_locations"), "locations", WEIGHT_LOCATIONS, "locations"),)
NEW = checked("new_to_inspraak")
SMALL = checked("small_organisation")


def _fact(method: dict, name: str) -> str | None:
    return (method.get("fit") or {}).get(name)


def _named(method: dict) -> dict:
    return {"methode": method.get("name", method["id"])}


def _fact_point(weight: int, reason: str, fact: str | None) -> list[Point]:
    return [Point(weight, reason, {"feit": fact})] if fact else []


def fits_doelgroep(method: dict, context: Context) -> list[Point]:
    labels = context.data["vocabulary"]["doelgroep"]
    facts = (method.get("fit") or {}).get("doelgroep") or {}
    return [Point(WEIGHT_DOELGROEP, "doelgroep", {"doelgroep": labels[group]["label"], "feit": facts.get(group, "")})
            for group in context.answer("doelgroep") if group in (method.get("suited_for") or [])]


def close_fit(method: dict, context: Context) -> list[Point]:
    """A chosen group the method is not made for, but whose data says what in it comes close.

    Where no method is made for the group, this is the closest fit there is;
    elsewhere it joins the few methods the sources name for the group."""
    labels = context.data["vocabulary"]["doelgroep"]
    facts = (method.get("fit") or {}).get("doelgroep") or {}
    unserved = no_tagged_method(context)
    return [Point(WEIGHT_CLOSEST, "closest" if group in unserved else "close",
                  {"doelgroep": labels[group]["label"], "feit": facts[group]})
            for group in close_groups(method, context)]


def fact_rule(topic: tuple[FactRule, ...]):
    """The ranking rule for one topic: the first FactRule whose `when` holds, if the method has its fact."""
    def by_fact(method: dict, context: Context) -> list[Point]:
        rule = next((r for r in topic if context.all_hold(r.when)), None)
        return _fact_point(rule.weight, rule.reason, _fact(method, rule.fact)) if rule else []
    return by_fact


def low_effort(method: dict, context: Context) -> list[Point]:
    # A method with a `start` fact already says why it is easy to begin with.
    if context.all_hold(NEW) and method.get("effort") == "laag" and not _fact(method, "start"):
        return [Point(WEIGHT_LOW_EFFORT, "low_effort", _named(method))]
    return []


def small(method: dict, context: Context) -> list[Point]:
    if context.all_hold(SMALL) and method.get("effort") == "laag" and method.get("formality") == "informeel":
        return [Point(WEIGHT_SMALL, "small", _named(method))]
    return []


def sector(method: dict, context: Context) -> list[Point]:
    facts = (method.get("fit") or {}).get("sectors") or {}
    return _fact_point(WEIGHT_SECTOR, "sector", facts.get(context.answer("sector")))


def needs_facilitator(method: dict, context: Context) -> list[Point]:
    if context.all_hold(NEW) and method.get("facilitator"):
        return [Point(PENALTY_FACILITATOR, "facilitator", _named(method))]
    return []


RULES = (fits_doelgroep, close_fit, fact_rule(FIRST_STEP), low_effort, fact_rule(NEXT_STEP), fact_rule(COUNCIL),
         fact_rule(WHERE_CLIENTS_ARE), fact_rule(LARGE), small, fact_rule(LOCATIONS), sector)
CAVEATS = (needs_facilitator,)


def rank_methods(context: Context) -> list[dict]:
    """Every method, the recommended ones (at most three) first, each with its reasons."""
    methods = (context.data.get("methods") or {}).get("methods") or []
    wording = context.data["wizard"]["reasons"]
    # Methods that suit a chosen doelgroep come before all others, whatever
    # else scores: a method the reader's people cannot take part in gives no
    # inspraak (issue 18: Inspraakhuis above the talking methods for dementia).
    ranked = rank(methods, RULES + CAVEATS, context, {**wording["methods"], **wording["method_caveats"]},
                  first=lambda method: suits_chosen_group(method, context))
    entries = [{
        "id": row.entry["id"], "name": row.entry.get("name", row.entry["id"]), "group": row.entry.get("group", ""),
        "summary": row.entry.get("summary", ""), "score": row.score,
        "reasons": row.texts(lambda key: key not in CAVEAT_PLACEHOLDERS),
        "caveats": row.texts(lambda key: key in CAVEAT_PLACEHOLDERS),
        "recommended": False,
    } for row in ranked]
    return mark_recommended(entries, context)
