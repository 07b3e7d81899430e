"""Structure advice: how other organisations arranged their medezeggenschap,
for the profiles where the sources describe it (several locations, youth and
parents, a large ambulant organisation).

This is advice, not law: the words in data/wizard.yaml `structure` say so, and
link to the topic page that explains the options. Which situation applies is
decided here, one small predicate per situation id.
"""
from typing import Callable

from .predicates import youth_sector
from .rank_modules import council_matters
from .ranking import Context

# An editors' choice, not a legal line: from this many care providers without
# a place where clients stay, one council rarely knows every team's clients.
# The sources' own example is such an organisation.
LARGE_AMBULANT = 100


def several_locations(context: Context) -> bool:
    """Several locations where the law leaves the level to the instelling (or is unsure)."""
    return (context.profile.get("locaties") or 1) >= 2 and context.outcomes.get("raad-per-locatie") != "ja"


def council_per_location(context: Context) -> bool:
    """Several locations and the law's starting point is a council per location: how to join them up."""
    return (context.profile.get("locaties") or 1) >= 2 and context.outcomes.get("raad-per-locatie") == "ja"


def youth_and_parents(context: Context) -> bool:
    # In youth care both the young person and the parents are clients; the
    # sources advise separate councils for them.
    return youth_sector(context.profile) or "jongeren" in context.profile.get("doelgroep", [])


def large_ambulant(context: Context) -> bool:
    return context.profile.get("verblijf") == "geen" and context.profile.get("zorgverleners", 0) >= LARGE_AMBULANT


SITUATIONS: dict[str, Callable[[Context], bool]] = {
    "raad-per-locatie": council_per_location,
    "meerdere-locaties": several_locations,
    "jongeren-en-ouders": youth_and_parents,
    "groot-ambulant": large_ambulant,
}


def structure_advice(context: Context) -> list[dict]:
    """The situations of data/wizard.yaml `structure` that fit this profile, in data order."""
    if not council_matters(context):
        return []  # no council now or required: how to arrange councils does not arise
    return [
        {"id": s["id"], "title": s["title"], "text": s["text"], "link": dict(s["link"])}
        for s in context.data["wizard"]["structure"]["situations"]
        if SITUATIONS[s["id"]](context)
    ]
