"""The pages the build generates from data: (source path, Markdown) pairs.

Which template renders which collection is listed here once; the hook only adds
the results to MkDocs' files.
"""
from __future__ import annotations

from typing import Iterator

from . import cards, relations, routes
from .render import environment, render

# kind -> (data file stem, list key, item template, index template)
COLLECTIONS = {
    "methods": ("methods", "methods", "method.md.j2", "methods_index.md.j2"),
    "offerings": ("modules", "offerings", "offering.md.j2", "offerings_index.md.j2"),
    "topics": ("topics", "topics", "topic.md.j2", "topics_index.md.j2"),
}

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


def items(data: dict, kind: str) -> list[dict]:
    stem, key, _, _ = COLLECTIONS[kind]
    return data.get(stem, {}).get(key, [])


def by_id(data: dict):
    index = {kind: {item["id"]: item for item in items(data, kind)} for kind in COLLECTIONS}
    law = data.get("law", {})
    index["law-items"] = {item["id"]: item for item in law.get("items", [])}
    index["articles"] = {item["id"]: item for item in law.get("articles", [])}
    index["sources"] = {item["id"]: item for item in data.get("topics", {}).get("sources", [])}

    def lookup(kind: str, item_id: str) -> dict:
        return index[kind][item_id]
    return lookup


def law_item_label(data: dict):
    """'art. 8 lid 1 onder b Wmcz 2018' for a law item id."""
    law = data.get("law", {})
    laws = {entry["id"]: entry for entry in law.get("laws", [])}
    articles = {a["id"]: a for a in law.get("articles", [])}
    law_items = {i["id"]: i for i in law.get("items", [])}

    def label(item_id: str) -> str:
        item = law_items[item_id]
        article = articles[item["article"]]
        lid = f" lid {article['lid']}" if article.get("lid") else ""
        return f"art. {article['article']}{lid} onder {item['letter']} {laws[article['law']]['short']}"
    return label


def generate(data: dict) -> Iterator[tuple[str, str]]:
    env = environment()
    links = relations.build(data)
    common = {"related": links.of, "by_id": by_id(data), "law_item_label": law_item_label(data),
              **cards.helpers()}
    for kind, (stem, _key, item_template, index_template) in COLLECTIONS.items():
        if stem not in data:
            continue
        index_uri = routes.INDEX_PAGES[kind]
        yield index_uri, render(env, index_template, index_uri, data, items=items(data, kind), **common)
        for item in items(data, kind):
            src_uri = routes.item_page(kind, item["id"])
            yield src_uri, render(env, item_template, src_uri, data, item=item, **common)
    for src_uri, (template, context) in SINGLE_PAGES.items():
        yield src_uri, render(env, template, src_uri, data, **common, **context(data))
