"""The public contract of the wizard: the questions (profile keys and values), obligation order.

Shared links (URL fragments), intranet scripts and the golden file all use
these exact strings, so changing one breaks them: add values, never rename.

QUESTIONS is the one typed table of the keuzehulp's questions. Its kinds
drive everything that depends on a question: parsing (profile.py), answer
labels, the build checks (checks.py), the CLI help and the property tests.
Adding a question is one entry here plus its texts in data/wizard.yaml, which
holds only texts (labels per value): this table is the one declaration of a
question's kind, values, required and default, and the build fails on a text
for a value it does not know or a value without a text. Plus the rules that
use it.
"""
from dataclasses import dataclass

CHOICE, NUMBER, MULTIPLE = "choice", "number", "multiple"
KINDS = (CHOICE, NUMBER, MULTIPLE)


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # one of KINDS
    values: tuple[str, ...] = ()  # choice and multiple: the allowed answers, in this order
    minimum: int | None = None  # number: smallest allowed answer
    maximum: int | None = None  # number: largest allowed answer
    required: bool = False
    # What the rules assume when an optional question is not answered. The
    # clean profile still holds only what the reader answered, so a shared
    # link shows their own answers.
    default: str | int | None = None


VERBLIJF = ("langdurig", "kort", "geen")
SECTORS = (
    "ouderenzorg", "gehandicaptenzorg", "ggz", "jeugdhulp", "jeugdbescherming", "pleegzorg",
    "wijkverpleging", "ziekenhuis", "revalidatie", "eerstelijn",
    "huishoudelijke-hulp", "justitie", "ggd-jgz", "apotheek", "defensie", "overig",
)
DOELGROEPEN = ("dementie", "verstandelijke-beperking", "nah", "jongeren", "naasten", "weinig-taal")
YES_NO = ("ja", "nee")
YES_NO_UNKNOWN = ("ja", "nee", "weet-niet")
FINANCIERING = ("wlz", "zvw", "jeugdwet", "wmo", "particulier", "anders")
ERVARING = ("nieuw", "bezig")
CLIENTENRAAD = ("ja", "nee", "opstarten")
# Far above the largest Dutch care organisation: a bigger number is a typo,
# and the limit keeps absurd input (1e30) out of the rules.
MAX_ZORGVERLENERS = 1_000_000
# Likewise far above the number of locations of any Dutch care organisation.
MAX_LOCATIES = 10_000

QUESTIONS = (
    Question("verblijf", CHOICE, VERBLIJF, required=True),
    Question("sector", CHOICE, SECTORS, required=True),
    Question("zorgverleners", NUMBER, minimum=0, maximum=MAX_ZORGVERLENERS, required=True),
    # ja: a natural person who gives all care personally, without staff and
    # without a legal person; only then is the law out of scope.
    Question("zelfstandig", CHOICE, YES_NO, default="nee"),
    # Where the money for the care comes from: Wmo 2015 support alone most
    # likely falls outside the law (legal README, LCvV 20-005).
    Question("financiering", MULTIPLE, FINANCIERING),
    # ja: only ambulante eerstelijnszorg of the kinds the Besluit designates,
    # without stay: then a council only above 25 (art. 3 lid 1 onder b). Asked,
    # never derived from the sector (legal README v3); any stay means > 10.
    Question("eerstelijnszorg", CHOICE, YES_NO_UNKNOWN),
    # A raad van toezicht or other internal supervisor: the bindende voordracht
    # (art. 10) presupposes one, and since Stb. 2025, 147 many first-line
    # organisations with 26-50 care providers need none.
    Question("toezicht", CHOICE, YES_NO_UNKNOWN),
    # A wooninitiatief run by parents or naasten, paid from pgb's: reported
    # excluded from the whole law by the Besluit, unverified (OPEN).
    Question("ouderinitiatief", CHOICE, YES_NO),
    # Long stay or thuiszorg from several locations: a council per location, unless...
    Question("locaties", NUMBER, minimum=1, maximum=MAX_LOCATIES),
    Question("doelgroep", MULTIPLE, DOELGROEPEN),
    Question("ervaring", CHOICE, ERVARING),
    Question("clientenraad", CHOICE, CLIENTENRAAD),
)
QUESTION = {q.id: q for q in QUESTIONS}
FIELDS = tuple(q.id for q in QUESTIONS)
REQUIRED = tuple(q.id for q in QUESTIONS if q.required)

# The advice lists the obligations in this order; a rule may depend on the
# outcome of obligations before its own.
OBLIGATIONS = (
    "wmcz", "clientenraad", "raad-per-locatie", "inspraak", "medezeggenschapsregeling", "adviesrecht",
    "instemmingsrecht", "bindende-voordracht", "commissie-van-vertrouwenslieden", "pleegouderraad",
)
STATUSES = ("ja", "nee", "onzeker")
# Strongest first (keys of vocabulary certainty): an answer is as sure as its
# weakest premise. law: the wording of the law was seen; sec: several
# independent secondary sources agree; single: one secondary source (a branch
# organisation, one law firm); seed: seed 004 only; open: the law is unclear;
# unread: we have not read the part of the law that decides (never blame the
# law for what the site has not read). The legal README's grades: law = LAW,
# sec = SEC, single and seed = ONE, open and unread = OPEN.
CERTAINTIES = ("law", "sec", "single", "seed", "open", "unread")
# The legal README's grade of each level; an answer graded ONE or OPEN is never "nee".
GRADES = {"law": "LAW", "sec": "SEC", "single": "ONE", "seed": "ONE", "open": "OPEN", "unread": "OPEN"}
WEAK_GRADES = ("ONE", "OPEN")


def answered(profile: dict, field: str):
    """The answer to `field`, or the question's default when it was not answered."""
    return profile.get(field, QUESTION[field].default)
