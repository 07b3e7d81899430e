"""What method and module ranking share: points with a reason, and sorting.

A ranking rule is a small function (entry, Context) -> list[Point]; what it
asks of the answers it names as conditions (context.holds). The
score of an entry is the sum of its points; each point carries the key of a
reason template in data/wizard.yaml, so the reader sees why it ranks high.
"""
from dataclasses import dataclass, field

from .context import Context
from .text import fill


@dataclass(frozen=True)
class Point:
    weight: int
    reason: str  # key under data/wizard.yaml reasons.<methods|method_caveats|modules>
    values: dict = field(default_factory=dict)  # extra placeholders for this reason


@dataclass(frozen=True)
class Ranked:
    entry: dict
    score: int
    reasons: tuple  # (reason key, text) per point, in rule order, without repeats

    def texts(self, keep=lambda key: True) -> list[str]:
        return [text for key, text in self.reasons if keep(key)]


def rank(entries: list[dict], rules: tuple, context: Context, templates: dict,
         first=lambda entry: False) -> list[Ranked]:
    """Best first; the entries `first` picks before all others; ties keep the order of the data file."""
    scored = []
    for index, entry in enumerate(entries):
        points = [point for rule in rules for point in rule(entry, context)]
        score = sum(point.weight for point in points)
        scored.append((not first(entry), -score, index, Ranked(entry, score, _reasons(points, context, templates))))
    scored.sort(key=lambda row: row[:3])
    return [row[3] for row in scored]


def _reasons(points: list[Point], context: Context, templates: dict) -> tuple:
    seen, reasons = set(), []
    for point in points:
        text = fill(templates[point.reason], {**context.labels, **point.values})
        if text not in seen:  # two rules may rest on the same fact: say it once
            seen.add(text)
            reasons.append((point.reason, text))
    return tuple(reasons)
