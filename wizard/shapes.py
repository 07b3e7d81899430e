"""The engine's boundary as types: the advice JSON, what the browser gets, and
the messages between the keuzehulp page and its Web Worker.

Plain JSON travels across every boundary (CLI stdout, Pyodide to JavaScript,
the golden file), so these TypedDicts are the one written-down shape of it;
tests/wizard/test_wizard_shapes.py checks real advice against them, and the
JavaScript side mirrors them in a JSDoc typedef. New keys are additive.
"""
from typing import Literal, NotRequired, TypedDict

Status = Literal["ja", "nee", "onzeker"]
Answer = str | int | list[str]


class Article(TypedDict):
    id: str
    label: str  # e.g. "art. 7 lid 1 Wmcz 2018"
    url: str  # the official text on wetten.overheid.nl


class Certainty(TypedDict):
    id: str  # vocabulary certainty key: law, sec, single, seed, open
    label: str
    note: str
    # The obligation whose answer this level is taken over from (the note then
    # points there); absent when the deciding rule itself is this sure.
    follows: NotRequired[str]


class Grade(TypedDict):
    """The short badge shown once per answer; the long explanation of all grades
    stands once on wet-en-regels/<topic>/#<section> ("Over deze informatie")."""
    id: str  # vocabulary certainty key, as Certainty.id
    label: str  # "Wettekst", "Meerdere bronnen", "Eén bron", "Open: wet onduidelijk" or "Open: niet gelezen"
    topic: str  # "over-deze-informatie"
    section: str  # the section id there that explains the grades


class Item(TypedDict):
    id: str  # e.g. art7-h
    letter: str
    text: str
    certainty: Certainty


class Obligation(TypedDict):
    id: str  # contract.OBLIGATIONS, in that order
    title: str
    status: Status
    why: str
    articles: list[Article]
    certainty: Certainty
    rule: str  # id of the rule in data/law.yaml that decided
    topic: str  # id of the page in wet-en-regels/ that explains it
    grade: Grade  # the short badge; link to wet-en-regels/<grade.topic>/#<grade.section>
    # Only with status onzeker: the optional question (contract.QUESTIONS id)
    # whose answer settles this one, e.g. "toezicht" or "eerstelijnszorg". The
    # why says so; the page links to the question (#vraag-<id>).
    settled_by: NotRequired[str]
    items: NotRequired[list[Item]]  # adviesrecht and instemmingsrecht only


class Action(TypedDict):
    """One step of "Wat moet u nu doen": at least one per `ja` obligation, exactly
    one "find out" step per `onzeker` one, none for `nee`; in obligation order."""
    id: str  # unique per advice; data/law.yaml action id, or "<obligation>-vraag-<question>"
    obligation: str  # the obligation id it belongs to
    text: str  # Dutch, plain text, one or two sentences
    articles: list[Article]  # may be empty
    certainty: str  # the obligation's certainty id (its grade)


class Headline(TypedDict):
    """One sentence above the outcome, with its reason; where an answer is open
    it adds what settles it."""
    text: str  # Dutch, plain text
    settled_by: list[str]  # question ids that settle an open answer, in obligation order; may be empty


class Method(TypedDict):
    id: str
    name: str
    group: str
    summary: str
    score: int
    reasons: list[str]  # one sentence each, built from the method's own `fit` facts
    caveats: list[str]  # what to mind (e.g. a facilitator for beginners), not why it fits
    recommended: bool  # at most three; they come first


class DoelgroepNote(TypedDict):
    """A chosen doelgroep that no method is made for, and the closest fit."""
    doelgroep: str
    label: str
    text: str
    closest: list[str]  # method ids, best first


class StructureLink(TypedDict):
    topic: str  # a topic id (wet-en-regels/<topic>/)
    section: str  # a section id on that page
    label: str


class StructureAdvice(TypedDict):
    """How other organisations arranged medezeggenschap: advice, not law (wizard/structure.py)."""
    id: str
    title: str
    text: str
    link: StructureLink


class Module(TypedDict):
    id: str
    title: str
    kind: str
    summary: str
    score: int
    reasons: list[str]
    recommended: bool  # the best three; the page folds the others away


class LawOutcome(TypedDict):
    """The top of the advice alone (wizard.outcome_for): what the early table holds per link."""
    headline: Headline
    obligations: list[Obligation]
    actions: list[Action]


class Advice(TypedDict):
    profile: dict[str, Answer]  # the clean answers: contract.FIELDS that were given
    headline: Headline
    obligations: list[Obligation]
    actions: list[Action]  # "Wat moet u nu doen"
    methods: list[Method]
    doelgroep_notes: list[DoelgroepNote]
    structure: list[StructureAdvice]
    modules: list[Module]
    disclaimer: str  # says once that the law text itself was not read, and "bijgewerkt <datum>"
    peildatum: str  # yyyy-mm-dd


class FieldError(TypedDict):
    field: str  # a question id, or "profiel"
    kind: str  # profile.ERROR_KINDS, or "conflict"
    message: str  # Dutch, shown next to the question


class BrowserAnswer(TypedDict):
    """What wizard.browser.answer returns: never an exception for the reader's input."""
    advice: Advice | None
    errors: list[FieldError]  # wrong answers (not the missing ones)
    missing: list[str]  # required questions not answered yet


# --- the inspraakplan (wizard/plan.py) ---------------------------------------------

class PlanMethodKeys(TypedDict):
    often: str  # the fragment key, e.g. "vaak.ideeenbord"
    organiser: str
    participants: str


class PlanMethod(TypedDict):
    id: str
    name: str
    recommended: bool
    often: str  # a value of data/wizard.yaml plan.often, or ""
    organiser: str
    participants: str
    keys: PlanMethodKeys


class PlanKeys(TypedDict):
    methods: str
    feedback: str
    council: str
    evaluation: str
    organisation: str


class Plan(TypedDict):
    methods: list[PlanMethod]
    chosen_by: Literal["reader", "recommendation"]
    organisation: str  # the organisation's name, printed with the plan; "" when not given
    feedback: str
    council: str
    evaluation: str  # a value of plan.evaluation.options, or ""
    asks_council: bool
    keys: PlanKeys
    limits: dict[str, int]
    notices: list[str]  # Dutch, one per answer that was dropped or cut


class PlanAnswer(BrowserAnswer):
    """What wizard.plan.answer (the worker's entry point) returns: the answer plus the plan."""
    plan: Plan | None
    unknown_keys: list[str]  # keys of the link that are no question and no plan key, ignored
    link_notice: str  # Dutch, for the reader, about unknown_keys; "" when there are none


# --- docs/assets/js/keuzehulp-worker.mjs ---------------------------------------

class AskMessage(TypedDict):
    """Page to worker: the raw answers, as the fragment or the form has them."""
    id: int
    answers: dict[str, str]


class ProgressMessage(TypedDict):
    type: Literal["progress"]
    step: Literal["runtime", "engine"]  # downloading (then starting) the runtime; loading the wizard
    received: dict[str, int]  # body bytes so far per file fetched (path under assets/)
    done: list[str]  # files that have arrived whole (paths under assets/)


class ReadyMessage(TypedDict):
    type: Literal["ready"]
    python: str
    files: list[str]  # what the worker fetched, for the offline cache
    boot: NotRequired[Literal["snapshot", "plain"]]  # from a kept memory snapshot, or Python started anew


class FailedMessage(TypedDict):
    type: Literal["failed"]
    id: NotRequired[int]  # the AskMessage the engine failed on (it never should)
    detail: NotRequired[str]


class AdviceMessage(TypedDict):
    type: Literal["advice"]
    id: int  # the AskMessage it answers
    result: PlanAnswer
    ms: float


class SnapshotMessage(TypedDict):
    """After a plain boot's first answers: whether a memory snapshot was kept for the next visit."""
    type: Literal["snapshot"]
    stored: bool
    detail: NotRequired[str]  # why not


WorkerMessage = ProgressMessage | ReadyMessage | FailedMessage | AdviceMessage | SnapshotMessage
