"""Rank the LOC offerings of data/modules.yaml (courses, modules, trajecten) for a profile.

Offerings are matched through their own fields (related_items, related_topics,
related_methods, theme) and the lists in data/wizard.yaml `ranking.modules`;
no offering id is named here. Only offerings with a positive score are
returned: the rest of the catalogue has nothing to do with the answers.
"""
from .conditions import checked
from .context import Context
from .obligations import item_applies
from .ranking import Point, rank

# A new council needs the basics before anything else (the catalogue writes
# its basic course for a starting council).
WEIGHT_STARTER = 4
# No council required (or unsure): first choose which form fits.
WEIGHT_CHOOSE_FORM = 3
# A subject of art. 7/8 that applies only to this kind of stay (e.g. building
# for long stay) is rarer and more telling than a subject every council has.
WEIGHT_ITEM_VERBLIJF = 2
WEIGHT_ITEM = 1
# Inspraak required: the council must use its results (art. 5 lid 4).
WEIGHT_ACHTERBAN = 1
# Supports a method recommended to the reader.
WEIGHT_RELATED_METHOD = 1
# Experienced: trajecten go deeper than a course.
WEIGHT_NEXT_STEP = 1
# The few offerings the page shows first; the others sit behind "Meer opleidingen".
RECOMMENDED_MODULES = 3

REASON_PLACEHOLDERS = {
    "starter_opstarten": {"clientenraad"},
    "starter_nieuw": {"ervaring"},
    "starter_verplicht": {"clientenraad"},
    "choose_form_nee": set(),
    "choose_form_onzeker": set(),
    "law_item_verblijf": {"verblijf", "onderwerp", "artikel", "letter"},
    "law_item": {"onderwerp", "artikel", "letter"},
    "achterban": set(),
    "related_method": {"methode"},
    "next_step": {"ervaring"},
}


# Training for a council helps when there is, or must (maybe) be, one.
COUNCIL_MATTERS = checked("council_matters")
# Why a council is just starting: the first reason that holds.
STARTING = (
    ("starter_opstarten", checked("starting_council")),
    ("starter_nieuw", checked("has_council", "new_to_inspraak")),
    ("starter_verplicht", checked("no_council", "clientenraad is ja")),
)
# No council required (or unsure) and none yet: first choose which form fits.
CHOOSE_FORM = (
    ("choose_form_nee", checked("clientenraad is nee", "not has_council")),
    ("choose_form_onzeker", checked("clientenraad is onzeker", "not has_council")),
)
ACHTERBAN = checked("council_matters", "inspraak is ja")
NEXT_STEP = checked("doing_inspraak", "council_matters")


def starter(offering: dict, context: Context) -> list[Point]:
    reason = starting_reason(context)
    if reason and offering.get("id") in context.config["modules"]["starter"]:
        return [Point(WEIGHT_STARTER, reason)]
    return []


def starting_reason(context: Context) -> str | None:
    """Why this council is just starting (a reason key), or None."""
    return _first(STARTING, context)


def _first(reasons: tuple, context: Context) -> str | None:
    return next((reason for reason, when in reasons if context.all_hold(when)), None)


def choose_form(offering: dict, context: Context) -> list[Point]:
    reason = _first(CHOOSE_FORM, context)
    if not reason or not _shares(offering.get("related_topics"), context.config["modules"]["choose_form_topics"]):
        return []
    return [Point(WEIGHT_CHOOSE_FORM, reason)]


def law_items(offering: dict, context: Context) -> list[Point]:
    if not context.all_hold(COUNCIL_MATTERS):
        return []
    law = context.data["law"]
    items = {item["id"]: item for item in law["items"]}
    labels = {article["id"]: article["label"] for article in law["articles"]}
    related = [items[i] for i in offering.get("related_items") or [] if i in items]
    applying = [item for item in related if item_applies(item, context)]
    for item in applying:
        if item.get("when"):  # a subject for this kind of stay only
            return [Point(WEIGHT_ITEM_VERBLIJF, "law_item_verblijf", _item_values(item, labels))]
    # A council that is just starting needs the basics first; subjects every
    # council has would only bury them.
    if applying and not starting_reason(context):
        return [Point(WEIGHT_ITEM, "law_item", _item_values(applying[0], labels))]
    return []


def achterban(offering: dict, context: Context) -> list[Point]:
    if context.all_hold(ACHTERBAN) and _shares(
            offering.get("related_topics"), context.config["modules"]["achterban_topics"]):
        return [Point(WEIGHT_ACHTERBAN, "achterban")]
    return []


def next_step(offering: dict, context: Context) -> list[Point]:
    if context.all_hold(NEXT_STEP) and offering.get("theme") in context.config["modules"]["next_step_themes"]:
        return [Point(WEIGHT_NEXT_STEP, "next_step")]
    return []


def _related_method(top_methods: list[dict]):
    def related_method(offering: dict, context: Context) -> list[Point]:
        if not context.all_hold(COUNCIL_MATTERS):
            return []
        related = offering.get("related_methods") or []
        for method in top_methods:
            if method["id"] in related:
                return [Point(WEIGHT_RELATED_METHOD, "related_method", {"methode": method["name"]})]
        return []
    return related_method


def rank_modules(context: Context, ranked_methods: list[dict]) -> list[dict]:
    """The offerings that fit, best first; the best few are `recommended`, the rest the page folds away."""
    offerings = (context.data.get("modules") or {}).get("offerings") or []
    top = [m for m in ranked_methods if m.get("recommended")]
    rules = (starter, choose_form, law_items, achterban, next_step, _related_method(top))
    templates = context.data["wizard"]["reasons"]["modules"]
    fitting = [row for row in rank(offerings, rules, context, templates) if row.score > 0]
    return [
        {"id": row.entry["id"], "title": row.entry.get("title", row.entry["id"]), "kind": row.entry.get("kind", ""),
         "summary": row.entry.get("summary", ""), "score": row.score, "reasons": row.texts(),
         "recommended": index < RECOMMENDED_MODULES}
        for index, row in enumerate(fitting)
    ]


def _shares(values, wanted) -> bool:
    return bool(set(values or ()) & set(wanted))


def _item_values(item: dict, article_labels: dict) -> dict:
    return {"onderwerp": item["text"].rstrip("."), "artikel": article_labels[item["article"]], "letter": item["letter"]}
