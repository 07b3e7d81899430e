"""The public contract of the wizard: profile keys and values, obligation order.

Shared links (URL fragments), intranet scripts and the golden file all use
these exact strings, so changing one breaks them: add values, never rename.
Reader-facing words for every value live in data/wizard.yaml (and the
doelgroep labels in data/vocabulary.yaml); check_data keeps them in step.
"""

VERBLIJF = ("langdurig", "kort", "geen")
SECTORS = (
    "ouderenzorg", "gehandicaptenzorg", "ggz", "jeugdhulp", "jeugdbescherming",
    "wijkverpleging", "ziekenhuis", "revalidatie", "eerstelijn",
    "huishoudelijke-hulp", "justitie", "ggd-jgz", "overig",
)
DOELGROEPEN = ("dementie", "verstandelijke-beperking", "nah", "jongeren", "naasten", "weinig-taal")
ERVARING = ("nieuw", "bezig")
CLIENTENRAAD = ("ja", "nee", "opstarten")

# Single-choice questions and their allowed answers.
CHOICES = {"verblijf": VERBLIJF, "sector": SECTORS, "ervaring": ERVARING, "clientenraad": CLIENTENRAAD}
FIELDS = ("verblijf", "sector", "zorgverleners", "doelgroep", "ervaring", "clientenraad")
REQUIRED = ("verblijf", "sector", "zorgverleners")
# Far above the largest Dutch care organisation: a bigger number is a typo,
# and the limit keeps absurd input (1e30) out of the rules.
MAX_ZORGVERLENERS = 1_000_000

# The advice lists the obligations in this order; a rule may depend on the
# outcome of obligations before its own.
OBLIGATIONS = (
    "wmcz", "clientenraad", "inspraak", "medezeggenschapsregeling", "adviesrecht",
    "instemmingsrecht", "bindende-voordracht", "commissie-van-vertrouwenslieden",
)
STATUSES = ("ja", "nee", "onzeker")
# Strongest first (keys of vocabulary certainty): an answer is as sure as its
# weakest premise.
CERTAINTIES = ("law", "sec", "seed", "open")
