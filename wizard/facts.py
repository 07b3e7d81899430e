"""Named facts about the answers that the advice uses beyond the law's own
distinctions: structure situations, method and module ranking, the plan and
the conflicts between answers.

They join the law's predicates (predicates.py) in one table, PREDICATES, so
every rule of the engine names its facts the same way: a `when` list of
conditions (conditions.py). A fact that reads decided obligations lists them
in AFTER, so a law rule can only name it after those are decided.
"""
from typing import Callable

from .context import Context
from .predicates import PREDICATES, youth_sector

# Obligations whose outcome a fact reads.
AFTER: dict[str, tuple[str, ...]] = {}

# An editors' choice, not a legal line: from this many care providers an
# organisation has many teams, so methods that work across the whole
# organisation help, and without a place where clients stay one council
# rarely knows every team's clients (the sources' own example is such an
# organisation). The legal council threshold is 10.
LARGE_ORGANISATION = 100
# At or below the council threshold (art. 3: "meer dan tien"): the informal,
# light methods suit a team this small.
SMALL_ORGANISATION = 10


def fact(*after: str) -> Callable[[Callable[[Context], bool]], Callable[[Context], bool]]:
    # One at most: a law rule's answer then rests on that outcome (conditions.obligation_named).
    if len(after) > 1:
        raise ValueError("a fact reads the outcome of one obligation at most")

    def register(function: Callable[[Context], bool]) -> Callable[[Context], bool]:
        if function.__name__ in PREDICATES:
            raise ValueError(f"fact {function.__name__!r} is already a predicate")
        PREDICATES[function.__name__] = function
        if after:
            AFTER[function.__name__] = after
        return function
    return register


@fact("clientenraad")
def council_matters(context: Context) -> bool:
    """There is, or must (maybe) be, a council: how it works and what it needs arises."""
    return (context.answer("clientenraad") in ("ja", "opstarten")
            or context.outcomes.get("clientenraad") in ("ja", "onzeker"))


@fact("raad-per-locatie")
def council_per_location(context: Context) -> bool:
    """The law's starting point is a council per location."""
    return context.outcomes.get("raad-per-locatie") == "ja"


@fact()
def has_council(context: Context) -> bool:
    return context.answer("clientenraad") == "ja"


@fact()
def no_council(context: Context) -> bool:
    return context.answer("clientenraad") == "nee"


@fact()
def starting_council(context: Context) -> bool:
    return context.answer("clientenraad") == "opstarten"


@fact()
def new_to_inspraak(context: Context) -> bool:
    return context.answer("ervaring") == "nieuw"


@fact()
def doing_inspraak(context: Context) -> bool:
    return context.answer("ervaring") == "bezig"


@fact()
def large_organisation(context: Context) -> bool:
    return context.answer("zorgverleners") >= LARGE_ORGANISATION


@fact()
def small_organisation(context: Context) -> bool:
    return context.answer("zorgverleners") <= SMALL_ORGANISATION


@fact()
def exactly_one_care_provider(context: Context) -> bool:
    return context.answer("zorgverleners") == 1


@fact()
def youth_or_young_clients(context: Context) -> bool:
    # In youth care both the young person and the parents are clients; the
    # sources advise separate councils for them. Young clients elsewhere too.
    return youth_sector(context) or context.chose("doelgroep", "jongeren")


@fact()
def military_sector(context: Context) -> bool:
    # The sector defensie is military care WITHOUT Wlz or Zvw care (Besluit art. 2 a).
    return context.answer("sector") == "defensie"


@fact()
def funded_by_wlz_or_zvw(context: Context) -> bool:
    return bool({"wlz", "zvw"} & set(context.answer("financiering")))
