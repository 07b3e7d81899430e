"""The pages the build generates from (enriched) data: (source path, Markdown) pairs.

The collection table (collection.py) says which template renders which list;
the few single pages are listed here. The hook only adds the results to
MkDocs' files.
"""
from __future__ import annotations

from typing import Iterator

from . import cards
from .collection import BY_KIND, COLLECTIONS
from .loader import Dataset
from .render import TemplateFailed, environment, render

__all__ = ["generate", "TemplateFailed"]


def _overview_context(data: dict) -> dict:
    from . import overview  # imports the engine, which only this page needs
    return {"overview": overview.table(data), "bands": overview.size_bands()}


# Single pages rendered from data: source path -> (template, extra context).
SINGLE_PAGES = {
    "keuzehulp/index.md": ("keuzehulp.md.j2", lambda data: {}),
    "keuzehulp/overzicht.md": ("keuzehulp_overview.md.j2", _overview_context),
    "open-data/index.md": ("open_data.md.j2", lambda data: {}),
    cards.CARDS_PAGE: ("cards.md.j2", cards.context),
}


def generate(dataset: Dataset, public_url: str) -> Iterator[tuple[str, str]]:
    """Every generated page, from the enriched dataset (enrich.enrich)."""
    env = environment()
    data = dataset.data
    common = {"by_id": dataset.by_id, "title": _title(dataset), "label": _label(data["vocabulary"]),
              **cards.helpers(public_url)}
    for collection in COLLECTIONS:
        items = collection.items(data)
        yield collection.index, render(env, collection.index_template, collection.index, data, items=items, **common)
        for item in items:
            src_uri = collection.page(item["id"])
            yield src_uri, render(env, collection.template, src_uri, data, item=item, **common)
    for src_uri, (template, context) in SINGLE_PAGES.items():
        yield src_uri, render(env, template, src_uri, data, **common, **context(data))


def _title(dataset: Dataset):
    def title(kind: str, item_id: str) -> str:
        """What a link to an item of a collection says, e.g. a method's name."""
        return dataset.by_id(kind, item_id)[BY_KIND[kind].title]
    return title


def _label(vocabulary: dict):
    def label(vocab: str, key: str) -> str:
        return vocabulary[vocab][key]["label"]
    return label
