"""Structure advice: how other organisations arranged their medezeggenschap,
for the profiles where the sources describe it (several locations, youth and
parents, a large ambulant organisation).

This is advice, not law: the words in data/wizard.yaml `structure` say so, and
link to the topic page that explains the options. Which situation applies is
decided here: each situation id names the facts it needs (a `when` list).
"""
from .conditions import checked
from .context import Context

# Arranging councils arises only when there is, or must (maybe) be, one.
ARISES = checked("council_matters")
SITUATIONS: dict[str, tuple[str, ...]] = {
    # Several locations and the law's starting point is a council per location: how to join them up.
    "raad-per-locatie": checked("several_locations", "council_per_location"),
    # Several locations where the law leaves the level to the instelling (or is unsure).
    "meerdere-locaties": checked("several_locations", "not council_per_location"),
    "jongeren-en-ouders": checked("youth_or_young_clients"),
    "groot-ambulant": checked("no_stay", "large_organisation"),
}


def structure_advice(context: Context) -> list[dict]:
    """The situations of data/wizard.yaml `structure` that fit this profile, in data order."""
    if not context.all_hold(ARISES):
        return []
    return [
        {"id": s["id"], "title": s["title"], "text": s["text"], "link": dict(s["link"])}
        for s in context.data["wizard"]["structure"]["situations"]
        if context.all_hold(SITUATIONS[s["id"]])
    ]
