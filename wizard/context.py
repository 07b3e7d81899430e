"""One view of the reader's answers that every rule reads: law rules, structure
situations, method and module ranking, the plan.

A rule never reads the clean profile itself: it names a predicate (a fact
about the answers, see predicates.py and facts.py), and the predicate reads
the answers through a Context. The Context applies the one default of each
question (contract.QUESTIONS `default`), so an unanswered question means the
same thing to every rule. `outcomes` holds the obligations decided so far
(during the law's own decision: those before the current obligation).
"""
from dataclasses import dataclass, field

from .contract import MULTIPLE, QUESTION


@dataclass(frozen=True)
class Context:
    profile: dict  # clean profile: only what the reader answered
    labels: dict = field(default_factory=dict)  # the reader's answers as words, for placeholders
    outcomes: dict = field(default_factory=dict)  # obligation id -> ja | nee | onzeker
    data: dict = field(default_factory=dict)

    @property
    def config(self) -> dict:
        return self.data["wizard"]["ranking"]

    def answer(self, question: str):
        """The answer to `question`, or its default; a multiple answer as a tuple (unanswered: empty).

        An unknown question id raises KeyError: a typo in a rule must not pass silently.
        """
        spec = QUESTION[question]
        value = self.profile.get(question, spec.default)
        if spec.kind == MULTIPLE:
            return (value,) if isinstance(value, str) else tuple(value or ())
        return value

    def given(self, question: str) -> bool:
        """Whether the reader answered `question` (a default is not an answer)."""
        return question in self.profile

    def chose(self, question: str, value: str) -> bool:
        """Whether `value` is among the answers to a multiple question (or is the answer to a choice)."""
        answer = self.answer(question)
        return value in answer if isinstance(answer, tuple) else answer == value

    def holds(self, condition: str) -> bool:
        from .conditions import holds  # conditions imports the predicates, which use this module
        return holds(condition, self)

    def all_hold(self, conditions) -> bool:
        return all(self.holds(condition) for condition in conditions)

    # Read like the clean profile, a Context is the answers with their
    # defaults applied, so a predicate written as `profile["sector"]` or
    # `profile.get("zelfstandig")` reads the same thing as `answer`.
    def __getitem__(self, question: str):
        if question not in QUESTION or not (self.given(question) or _has_default(question)):
            raise KeyError(question)
        return self.answer(question)

    def __contains__(self, question: str) -> bool:
        return question in QUESTION and (self.given(question) or _has_default(question))

    def get(self, question: str, fallback=None):
        return self[question] if question in self else fallback


def _has_default(question: str) -> bool:
    return QUESTION[question].default is not None


def as_context(facts, outcomes: dict | None = None) -> Context:
    """A Context for `facts`: a Context as it is, or a clean profile (with these outcomes)."""
    if isinstance(facts, Context):
        return facts
    return Context(facts, outcomes=outcomes if outcomes is not None else {})
