"""The pages the build generates from (enriched) data: (source path, Markdown) pairs.

The collection table (collection.py) says which template renders which list;
the few single pages are listed here. The hook only adds the results to
MkDocs' files.
"""
from __future__ import annotations

from typing import Iterator

from . import cards, publish
from .collection import BY_KIND, COLLECTIONS
from .loader import Dataset
from .render import TemplateFailed, environment, render

__all__ = ["generate", "single_page", "TemplateFailed"]


def _overview_context(data: dict) -> dict:
    from . import overview  # imports the engine, which only this page needs
    return {"overview": overview.table(data), "bands": overview.size_bands()}


# Single pages rendered from data: source path -> (template, extra context).
SINGLE_PAGES = {
    "keuzehulp/index.md": ("keuzehulp.md.j2", lambda data: {"engine_version": publish.engine_version(data),
                                                            "modules": publish.page_modules()}),
    "keuzehulp/overzicht.md": ("keuzehulp_overview.md.j2", _overview_context),
    "open-data/index.md": ("open_data.md.j2", lambda data: {}),
    cards.CARDS_PAGE: ("cards.md.j2", cards.context),
    cards.CARDS_A4_PAGE: ("cards.md.j2", cards.context_a4),
}


def generate(dataset: Dataset, public_url: str) -> Iterator[tuple[str, str]]:
    """Every generated page, from the enriched dataset (enrich.enrich)."""
    env, common = _setup(dataset, public_url)
    data = dataset.data
    for collection in COLLECTIONS:
        items = collection.items(data)
        yield collection.index, render(env, collection.index_template, collection.index, data, items=items, **common)
        for item in items:
            src_uri = collection.page(item["id"])
            yield src_uri, render(env, collection.template, src_uri, data, item=item, **common)
    for src_uri in SINGLE_PAGES:
        yield src_uri, _single(env, common, data, src_uri)


def single_page(dataset: Dataset, public_url: str, src_uri: str) -> str:
    """One of SINGLE_PAGES on its own (tests render the keuzehulp form this way)."""
    env, common = _setup(dataset, public_url)
    return _single(env, common, dataset.data, src_uri)


def _single(env, common: dict, data: dict, src_uri: str) -> str:
    template, context = SINGLE_PAGES[src_uri]
    return render(env, template, src_uri, data, **common, **context(data))


def _setup(dataset: Dataset, public_url: str):
    common = {"by_id": dataset.by_id, "title": _title(dataset), "label": _label(dataset.data["vocabulary"]),
              **cards.helpers(public_url)}
    return environment(), common


def _title(dataset: Dataset):
    def title(kind: str, item_id: str) -> str:
        """What a link to an item of a collection says, e.g. a method's name."""
        return dataset.by_id(kind, item_id)[BY_KIND[kind].title]
    return title


def _label(vocabulary: dict):
    def label(vocab: str, key: str) -> str:
        return vocabulary[vocab][key]["label"]
    return label
