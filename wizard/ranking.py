"""What method and module ranking share: points with a reason, and sorting.

A ranking rule is a small function (entry, Context) -> list[Point]. The
score of an entry is the sum of its points; each point carries the key of a
reason template in data/wizard.yaml, so the reader sees why it ranks high.
"""
from dataclasses import dataclass, field

from .text import fill


@dataclass(frozen=True)
class Point:
    weight: int
    reason: str  # key under data/wizard.yaml reasons.<methods|modules>
    values: dict = field(default_factory=dict)  # extra placeholders for this reason


@dataclass(frozen=True)
class Context:
    profile: dict  # clean profile
    labels: dict  # the reader's answers as words, for placeholders
    outcomes: dict  # obligation id -> ja | nee | onzeker
    data: dict

    @property
    def config(self) -> dict:
        return self.data["wizard"]["ranking"]


def rank(entries: list[dict], rules: tuple, context: Context, templates: dict) -> list[tuple[dict, int, list[str]]]:
    """(entry, score, reasons) best first; ties keep the order of the data file."""
    scored = []
    for index, entry in enumerate(entries):
        points = [point for rule in rules for point in rule(entry, context)]
        score = sum(point.weight for point in points)
        reasons = [fill(templates[p.reason], {**context.labels, **p.values}) for p in points]
        scored.append((-score, index, entry, score, reasons))
    scored.sort(key=lambda row: row[:2])
    return [(entry, score, reasons) for _, _, entry, score, reasons in scored]
