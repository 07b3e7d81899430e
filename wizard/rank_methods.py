"""Rank the inspraak methods of data/methods.yaml for a profile.

Which methods count for a rule (e.g. "daily life") is data, in
data/wizard.yaml `ranking.methods`; the weights are here, each with why.
"""
from .predicates import long_stay
from .ranking import Context, Point, rank

# A method the reader's people cannot take part in gives no inspraak at all,
# so fit with the chosen groups outweighs every other rule.
WEIGHT_DOELGROEP = 3
# New to inspraak: the begin-direct methods are made to start tomorrow.
WEIGHT_FIRST_STEP = 2
# New to inspraak: little preparation keeps the first step small.
WEIGHT_LOW_EFFORT = 1
# New to inspraak: needing a trained facilitator is a hurdle, not a ban.
PENALTY_FACILITATOR = -1
# Already doing something: the breid-het-uit methods build on what exists.
WEIGHT_NEXT_STEP = 2
# No council (yet): methods that reach many clients or build a panel give
# clients a voice in the meantime.
WEIGHT_ACHTERBAN = 2
# Long stay: art. 2 inspraak is about daily life, so daily-life methods fit.
WEIGHT_DAILY_LIFE = 2

# The placeholders each reason may use (checked at build time).
REASON_PLACEHOLDERS = {
    "doelgroep": {"doelgroep"},
    "first_step": {"ervaring"},
    "low_effort": set(),
    "facilitator": set(),
    "next_step": {"ervaring"},
    "reach_achterban": {"clientenraad"},
    "daily_life": {"verblijf"},
}


def fits_doelgroep(method: dict, context: Context) -> list[Point]:
    labels = context.data["vocabulary"]["doelgroep"]
    suited = method.get("suited_for") or []
    return [Point(WEIGHT_DOELGROEP, "doelgroep", {"doelgroep": labels[group]["label"]})
            for group in context.profile.get("doelgroep", []) if group in suited]


def first_step(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") == "nieuw" and method.get("group") == context.config["methods"]["first_step_group"]:
        return [Point(WEIGHT_FIRST_STEP, "first_step")]
    return []


def low_effort(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") == "nieuw" and method.get("effort") == context.config["methods"]["low_effort"]:
        return [Point(WEIGHT_LOW_EFFORT, "low_effort")]
    return []


def needs_facilitator(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") == "nieuw" and method.get("facilitator"):
        return [Point(PENALTY_FACILITATOR, "facilitator")]
    return []


def next_step(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") == "bezig" and method.get("group") == context.config["methods"]["next_step_group"]:
        return [Point(WEIGHT_NEXT_STEP, "next_step")]
    return []


def reaches_achterban(method: dict, context: Context) -> list[Point]:
    if context.profile.get("clientenraad") in ("nee", "opstarten") and method.get("id") in context.config["methods"]["reach_achterban"]:
        return [Point(WEIGHT_ACHTERBAN, "reach_achterban")]
    return []


def about_daily_life(method: dict, context: Context) -> list[Point]:
    if long_stay(context.profile) and method.get("id") in context.config["methods"]["daily_life"]:
        return [Point(WEIGHT_DAILY_LIFE, "daily_life")]
    return []


RULES = (fits_doelgroep, first_step, low_effort, needs_facilitator, next_step, reaches_achterban, about_daily_life)


def rank_methods(context: Context) -> list[dict]:
    methods = (context.data.get("methods") or {}).get("methods") or []
    templates = context.data["wizard"]["reasons"]["methods"]
    return [
        {"id": m["id"], "name": m.get("name", m["id"]), "group": m.get("group", ""), "summary": m.get("summary", ""),
         "score": score, "reasons": reasons}
        for m, score, reasons in rank(methods, RULES, context, templates)
    ]
