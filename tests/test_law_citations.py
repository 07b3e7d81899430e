"""Reader text that cites a subject of art. 7 or 8 by its letter: where the letter
is not confirmed (shared/legal/README.md: "mark their letters 'controleer'"),
the same text says so and tells the reader to check, as the legal pages' tables do."""
from __future__ import annotations

import re

import pytest

from inspraakwijzer.loader import ROOT

# "art. 8 lid 1 onder k", "art. 8 lid 1 onder h en i"
CITATION = re.compile(r"art\. ([78]) lid 1 onder ([a-k])(?: en ([a-k]))?")
MARK = re.compile(r"\bletters?\b[^.]*\bniet bevestigd\b", re.IGNORECASE)
CONFIRMED = {"law", "sec"}


def _strings(node, path=()):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))


def _unconfirmed_citations(text: str, items: dict) -> list[str]:
    cited = []
    for match in CITATION.finditer(text):
        for letter in filter(None, match.groups()[1:]):
            if items[f"art{match.group(1)}-{letter}"]["certainty"] not in CONFIRMED:
                cited.append(f"art. {match.group(1)} onder {letter}")
    return cited


def test_an_unconfirmed_letter_is_marked_where_it_is_cited(dataset):
    items = dataset.ids["law-items"]
    texts = [(f"data/{stem}.yaml", path, text) for stem, data in dataset.data.items() if stem != "law"
             for path, text in _strings(data)]
    texts += [(str(p.relative_to(ROOT)), (), p.read_text(encoding="utf-8")) for p in (ROOT / "docs").rglob("*.md")]
    unmarked = [(file, path, cited) for file, path, text in texts
                if (cited := _unconfirmed_citations(text, items)) and not (MARK.search(text) and "Controleer" in text)]
    assert unmarked == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("De raad moet instemmen (art. 8 lid 1 onder k Wmcz 2018).", ["art. 8 onder k"]),
    ("Over het sociaal plan (art. 8 lid 1 onder h en i Wmcz 2018).", ["art. 8 onder h", "art. 8 onder i"]),
    ("Over de profielschets (art. 7 lid 1 onder f Wmcz 2018).", []),  # confirmed by several sources
    ("De grens (art. 3 lid 1 onder b Wmcz 2018).", []),  # not a subject of art. 7 or 8
])
def test_which_citations_need_the_mark(dataset, text, flagged):
    assert _unconfirmed_citations(text, dataset.ids["law-items"]) == flagged
