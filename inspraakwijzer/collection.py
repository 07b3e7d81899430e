"""The kinds of pages made from lists in data/: one table, read by routing,
page generation and enrichment alike.

`kind` is the one internal name of a thing: the `x-ids` kind in its schema,
the `x-ref` target, the route and the template names. The data file and the
public URL keep their own, older names, because others depend on them: the
LOC training offerings are kind `offerings`, live in `data/modules.yaml`
(the file the keuzehulp engine reads) and are published at `opleidingen/<id>/`
and `open-data/opleidingen.json` (public contracts).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collection:
    kind: str
    stem: str  # data/<stem>.yaml
    key: str  # the list in that file (its schema marks it `x-ids: <kind>`)
    title: str  # the field that names one item in links
    url: str  # the page source of one item; MkDocs serves it at a directory URL
    index: str  # the page source of the overview
    template: str  # in templates/pages/, for one item
    index_template: str

    def items(self, data: dict) -> list[dict]:
        return data[self.stem][self.key]

    def page(self, item_id: str) -> str:
        return self.url.format(id=item_id)


COLLECTIONS = (
    Collection("methods", "methods", "methods", "name", "methoden/{id}.md", "methoden/index.md",
               "method.md.j2", "methods_index.md.j2"),
    Collection("offerings", "modules", "offerings", "title", "opleidingen/{id}.md", "opleidingen/index.md",
               "offering.md.j2", "offerings_index.md.j2"),
    Collection("topics", "topics", "topics", "title", "wet-en-regels/{id}.md", "wet-en-regels/index.md",
               "topic.md.j2", "topics_index.md.j2"),
)
BY_KIND = {collection.kind: collection for collection in COLLECTIONS}
