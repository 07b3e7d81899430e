"""Rank the inspraak methods of data/methods.yaml for a profile, with reasons.

A rule gives a method points when the reader's answers meet a fact about the
method. Which methods a rule counts is data: the method's `fit` block in
data/methods.yaml holds, per rule, the sentence from the sources that says
what in the method fits (so every reason names something of that method, not
just the answer). The weights are here, each with why. Effort, formality and
facilitator are the editors' estimates, not the sources': reasons built on
them say so (see data/wizard.yaml reasons.methods).
"""
from .predicates import long_stay
from .ranking import Context, Point, rank
from .recommend import mark_recommended, no_tagged_method

# A method the reader's people cannot take part in gives no inspraak at all,
# so fit with a chosen group outweighs every other rule.
WEIGHT_DOELGROEP = 3
# No method is made for a chosen group: the closest fit still helps most.
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

# An editors' choice, not a legal line: from this many care providers an
# organisation has many teams, so methods that work across the whole
# organisation help. (The legal council threshold is 10.)
LARGE_ORGANISATION = 100
# At or below the council threshold (art. 3: "meer dan tien"): the informal,
# light methods suit a team this small.
SMALL_ORGANISATION = 10

# The placeholders each reason may use (checked at build time). {feit} is the
# method's own sentence from its `fit` block, {methode} its name.
REASON_PLACEHOLDERS = {
    "doelgroep": {"doelgroep", "feit"},
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
            for group in context.profile.get("doelgroep", []) if group in (method.get("suited_for") or [])]


def closest_fit(method: dict, context: Context) -> list[Point]:
    """A chosen group that no method is made for: the methods whose data says what comes close."""
    labels = context.data["vocabulary"]["doelgroep"]
    facts = (method.get("fit") or {}).get("doelgroep") or {}
    return [Point(WEIGHT_CLOSEST, "closest", {"doelgroep": labels[group]["label"], "feit": facts[group]})
            for group in no_tagged_method(context) if group in facts]


def first_step(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") != "nieuw":
        return []
    return _fact_point(WEIGHT_FIRST_STEP, "first_step", _fact(method, "start"))


def low_effort(method: dict, context: Context) -> list[Point]:
    # A method with a `start` fact already says why it is easy to begin with.
    if context.profile.get("ervaring") == "nieuw" and method.get("effort") == "laag" and not _fact(method, "start"):
        return [Point(WEIGHT_LOW_EFFORT, "low_effort", _named(method))]
    return []


def next_step(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") != "bezig":
        return []
    return _fact_point(WEIGHT_NEXT_STEP, "next_step", _fact(method, "next"))


def council(method: dict, context: Context) -> list[Point]:
    raad = context.profile.get("clientenraad")
    if raad in ("nee", "opstarten"):
        return _fact_point(WEIGHT_WITHOUT_COUNCIL, f"without_council_{raad}", _fact(method, "without_council"))
    if raad == "ja":
        return _fact_point(WEIGHT_WITH_COUNCIL, "with_council", _fact(method, "with_council"))
    return []


def where_clients_are(method: dict, context: Context) -> list[Point]:
    if long_stay(context.profile):
        return _fact_point(WEIGHT_DAILY_LIFE, "daily_life", _fact(method, "daily_life"))
    if context.profile.get("verblijf") == "geen":
        return _fact_point(WEIGHT_AMBULANT, "ambulant", _fact(method, "ambulant"))
    return []


def size(method: dict, context: Context) -> list[Point]:
    people = context.profile.get("zorgverleners", 0)
    if people >= LARGE_ORGANISATION:
        return _fact_point(WEIGHT_LARGE, "large", _fact(method, "large"))
    if people <= SMALL_ORGANISATION and method.get("effort") == "laag" and method.get("formality") == "informeel":
        return [Point(WEIGHT_SMALL, "small", _named(method))]
    return []


def locations(method: dict, context: Context) -> list[Point]:
    if (context.profile.get("locaties") or 1) < 2:
        return []
    return _fact_point(WEIGHT_LOCATIONS, "locations", _fact(method, "locations"))


def sector(method: dict, context: Context) -> list[Point]:
    facts = (method.get("fit") or {}).get("sectors") or {}
    return _fact_point(WEIGHT_SECTOR, "sector", facts.get(context.profile.get("sector")))


def needs_facilitator(method: dict, context: Context) -> list[Point]:
    if context.profile.get("ervaring") == "nieuw" and method.get("facilitator"):
        return [Point(PENALTY_FACILITATOR, "facilitator", _named(method))]
    return []


RULES = (fits_doelgroep, closest_fit, first_step, low_effort, next_step, council, where_clients_are, size,
         locations, sector)
CAVEATS = (needs_facilitator,)


def rank_methods(context: Context) -> list[dict]:
    """Every method, the recommended ones (at most three) first, each with its reasons."""
    methods = (context.data.get("methods") or {}).get("methods") or []
    wording = context.data["wizard"]["reasons"]
    ranked = rank(methods, RULES + CAVEATS, context, {**wording["methods"], **wording["method_caveats"]})
    entries = [{
        "id": row.entry["id"], "name": row.entry.get("name", row.entry["id"]), "group": row.entry.get("group", ""),
        "summary": row.entry.get("summary", ""), "score": row.score,
        "reasons": row.texts(lambda key: key not in CAVEAT_PLACEHOLDERS),
        "caveats": row.texts(lambda key: key in CAVEAT_PLACEHOLDERS),
        "recommended": False,
    } for row in ranked]
    return mark_recommended(entries, context)
