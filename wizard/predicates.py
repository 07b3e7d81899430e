"""Named facts about a profile that rules in data/law.yaml refer to by name.

Each predicate states one legal distinction from shared/legal/README.md and
takes a Context (context.py): the answers with each question's one default
applied, read as `profile["sector"]` or `profile.answer("locaties")`. Add a
predicate here and it can be used in data; a name the data uses that is not
here fails the build. Facts the advice uses beyond the law: facts.py.
"""
from typing import Callable

from .context import Context
from .contract import answered

PREDICATES: dict[str, Callable[[dict], bool]] = {}

# Besluit Wmcz 2018 art. 2, resting on art. 1 lid 2 Wmcz 2018 (LAW), takes
# these out of the whole law: military medical units without Wlz/Zvw care (a),
# penitentiaire inrichtingen, tbs-klinieken and JJI's (b), GGD's and the youth
# and elderly public health care of municipalities (c).
EXCLUDED_SECTORS = ("defensie", "justitie", "ggd-jgz")
# Jeugdhulpaanbieders and gecertificeerde instellingen fall under the Wmcz 2018
# through the Jeugdwet (SEC).
# A pleegzorgaanbieder is a jeugdhulpaanbieder.
YOUTH_SECTORS = ("jeugdhulp", "jeugdbescherming", "pleegzorg")
# Care paid under these laws is care in the sense of the Wkkgz, so a provider
# with any of them is in scope through that care (SEC).
CARE_LAWS = {"wlz", "zvw", "jeugdwet"}
MAYBE_HOME_CARE_SECTORS = ("ouderenzorg", "gehandicaptenzorg", "overig")
# Sectors whose short stays include GRZ, hospice, logeerzorg, revalidatie or
# eerstelijnsverblijf: whether that is "langdurig" verblijf is OPEN. A hospital
# stay is not (art. 2 LAW bill).
STAY_LENGTH_OPEN_SECTORS = ("ouderenzorg", "gehandicaptenzorg", "revalidatie", "eerstelijn", "overig")
# The Wtza change (Stb. 2025, 147, LAW) left intern toezicht unchanged for
# instellingen with etmaal-stay or giving medisch-specialistische zorg,
# persoonlijke verzorging, begeleiding or verpleging; above this many care
# providers such an instelling surely has an internal supervisor.
SUPERVISION_CERTAIN_ABOVE = 25
# Sectors whose care is by its name medisch-specialistische zorg (ziekenhuis)
# or verpleging (wijkverpleging): the unchanged Wtza group, even without stay.
SUPERVISED_CARE_SECTORS = ("ziekenhuis", "wijkverpleging")
# The care the Besluit designates for the >25 rule is known (SEC) only as
# huisarts, fysio, mondzorg, verloskunde and gezondheidscentrum: the sector
# eerstelijn. Anything else (wijkverpleging, basis-ggz, kraamzorg) is OPEN.
DESIGNATED_CARE_SECTOR = "eerstelijn"
# Art. 3 lid 1: a council when "in de regel meer dan tien" persons give care
# (Nader rapport, near the law's words); more than 25 for ambulante
# eerstelijnszorg without stay (art. 3 lid 1 onder b; designation SEC).
GENERAL_THRESHOLD = 10
PRIMARY_CARE_THRESHOLD = 25


def predicate(function: Callable[[dict], bool]) -> Callable[[dict], bool]:
    PREDICATES[function.__name__] = function
    return function


@predicate
def sector_excluded(profile: dict) -> bool:
    return profile["sector"] in EXCLUDED_SECTORS


@predicate
def pharmacy(profile: dict) -> bool:
    # Reported excluded by one source only (KNMP); not in the parts of the
    # Besluit that were read.
    return profile["sector"] == "apotheek"


@predicate
def only_household_help(profile: dict) -> bool:
    # Often Wmo 2015 support; how far the Wmcz 2018 covers it is open.
    return profile["sector"] == "huishoudelijke-hulp"


@predicate
def works_alone(profile: dict) -> bool:
    # Only a natural person who gives all care personally, without staff and
    # without a legal person, is no instelling (SEC). The count never decides
    # this: a bv with one care provider is an instelling. Asked, not inferred.
    return answered(profile, "zelfstandig") == "ja"


@predicate
def at_most_one_care_provider(profile: dict) -> bool:
    # Not a test of scope (see works_alone): it picks the why that explains
    # why a small organisation still is an instelling.
    return profile["zorgverleners"] <= 1


def _funding(profile: dict) -> set:
    return set(profile.get("financiering", ()))


@predicate
def only_wmo(profile: dict) -> bool:
    # Wmo 2015 support alone: the Wmcz 2018 follows the Wkkgz notion of care,
    # which the minister declined to apply to the Wmo 2015 (SEC).
    return _funding(profile) == {"wmo"}


@predicate
def wmo_without_care_law(profile: dict) -> bool:
    # Wmo 2015 plus private or other money, but no Wlz, Zvw or Jeugdwet: whether
    # the rest is care in the sense of the law is not known from the answers.
    funding = _funding(profile)
    return "wmo" in funding and len(funding) > 1 and not funding & CARE_LAWS


@predicate
def funded_by_care_law(profile: dict) -> bool:
    return bool(_funding(profile) & CARE_LAWS)


@predicate
def above_general_threshold(profile: dict) -> bool:
    return profile["zorgverleners"] > GENERAL_THRESHOLD


@predicate
def above_primary_care_threshold(profile: dict) -> bool:
    return profile["zorgverleners"] > PRIMARY_CARE_THRESHOLD


@predicate
def ambulant_primary_care(profile: dict) -> bool:
    # Art. 3 lid 1 onder b: more than 25 only where clients cannot stay at
    # least an etmaal AND the care is designated by the Besluit (the list
    # huisarts, fysio, mondzorg, verloskunde, gezondheidscentrum: SEC). Asked
    # (eerstelijnszorg), never derived from a sector label; only the sector
    # eerstelijn keeps its reading while the question is not answered.
    if profile["verblijf"] != "geen":
        return False
    answer = profile.get("eerstelijnszorg")
    return answer == "ja" or (answer is None and profile["sector"] == "eerstelijn")


@predicate
def designation_open_care(profile: dict) -> bool:
    # "Only eerstelijnszorg" from a reader outside the sector eerstelijn is care
    # whose designation is OPEN (legal README v3): that "ja" cannot make a "nee".
    # Both sector labels of the same home care get the same answer.
    return profile["sector"] != DESIGNATED_CARE_SECTOR


@predicate
def primary_care_with_stay(profile: dict) -> bool:
    # Any stay (kort, langdurig) means the >10 rule, whatever is answered
    # (e.g. eerstelijnsverblijf).
    return profile["verblijf"] != "geen" and (
        profile["sector"] == "eerstelijn" or profile.get("eerstelijnszorg") == "ja")


@predicate
def maybe_ambulant_primary_care(profile: dict) -> bool:
    # Without stay, and the question eerstelijnszorg unanswered (outside the
    # sector eerstelijn) or answered weet-niet: the threshold (10 or 25) is open
    # until it is answered.
    return (profile["verblijf"] == "geen" and not ambulant_primary_care(profile)
            and profile.get("eerstelijnszorg") != "nee")


@predicate
def parent_initiative(profile: dict) -> bool:
    # Reported excluded by the Besluit (one reviewer, page not read): OPEN.
    return profile.get("ouderinitiatief") == "ja"


@predicate
def has_supervisor(profile: dict) -> bool:
    return profile.get("toezicht") == "ja"


@predicate
def no_supervisor(profile: dict) -> bool:
    return profile.get("toezicht") == "nee"


@predicate
def supervisor_certain(profile: dict) -> bool:
    # Unanswered or weet-niet: only an instelling with stay above 25 care
    # providers surely has an internal supervisor (Wtza, unchanged by Stb. 2025, 147).
    return profile["verblijf"] != "geen" and profile["zorgverleners"] > SUPERVISION_CERTAIN_ABOVE


@predicate
def supervisor_certain_by_care(profile: dict) -> bool:
    # Without stay: medisch-specialistische zorg or verpleging above 25 care
    # providers needs an internal supervisor (Wtza, unchanged by Stb. 2025, 147).
    return profile["sector"] in SUPERVISED_CARE_SECTORS and profile["zorgverleners"] > SUPERVISION_CERTAIN_ABOVE


@predicate
def foster_care(profile: dict) -> bool:
    return profile["sector"] == "pleegzorg"


@predicate
def per_location_rule(profile: dict) -> bool:
    # "Meerdere, tenzij" (adopted amendment, SEC): an instelling where clients
    # stay long-term, or that gives thuiszorg (wijkverpleging), sets up a
    # council per location unless a representative delegation of clients says
    # there is no need. Others choose the level themselves.
    return long_stay(profile) or profile["sector"] == "wijkverpleging"


@predicate
def one_location(profile: Context) -> bool:
    return profile.answer("locaties") == 1


@predicate
def several_locations(profile: Context) -> bool:
    # Unanswered is neither one nor several: the law's answer stays open.
    locations = profile.answer("locaties")
    return locations is not None and locations > 1


@predicate
def maybe_home_care(profile: dict) -> bool:
    # Care without stay in these sectors may be thuiszorg (verpleging or
    # verzorging at home), or not: the answers leave it open.
    return profile["verblijf"] == "geen" and profile["sector"] in MAYBE_HOME_CARE_SECTORS


@predicate
def youth_sector(profile: dict) -> bool:
    return profile["sector"] in YOUTH_SECTORS


@predicate
def long_stay(profile: dict) -> bool:
    # Art. 2 and parts of art. 7/8 speak of an instelling "ingericht op
    # langdurig verblijf"; the reader decides what langdurig means for them.
    return profile["verblijf"] == "langdurig"


@predicate
def no_stay(profile: dict) -> bool:
    return profile["verblijf"] == "geen"


@predicate
def stay_length_open(profile: dict) -> bool:
    # "Langdurig" is not defined in the law: for GRZ, hospice, logeerzorg and
    # revalidatie (no sectors of their own) it is OPEN.
    return profile["sector"] in STAY_LENGTH_OPEN_SECTORS


@predicate
def day_and_night_stay(profile: dict) -> bool:
    # Art. 8 lid 1 onder g: clients can stay "gedurende het etmaal", short or long.
    return profile["verblijf"] in ("langdurig", "kort")
