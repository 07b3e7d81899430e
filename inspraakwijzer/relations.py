"""Cross-links between methods, offerings, legal topics and law items.

Data records a link on one side only (an offering names its methods); pages
show it on both sides, so we index the reverse direction here once.
"""
from __future__ import annotations

from collections import defaultdict


def build(data: dict) -> "Relations":
    """Both directions of every link, e.g. build(data).of("methods", "photovoice", "offerings")."""
    links: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))

    def add(kind, item_id, other_kind, other_id):
        bucket = links[kind][item_id][other_kind]
        if other_id not in bucket:
            bucket.append(other_id)

    for offering in data.get("modules", {}).get("offerings", []):
        for method in offering.get("related_methods", []):
            add("methods", method, "offerings", offering["id"])
            add("offerings", offering["id"], "methods", method)
        for topic in offering.get("related_topics", []):
            add("topics", topic, "offerings", offering["id"])
            add("offerings", offering["id"], "topics", topic)
        for law_item in offering.get("related_items", []):
            add("law-items", law_item, "offerings", offering["id"])
    for topic in data.get("topics", {}).get("topics", []):
        for method in topic.get("related_methods", []):
            add("methods", method, "topics", topic["id"])
            add("topics", topic["id"], "methods", method)
    return Relations(links)


class Relations:
    def __init__(self, links):
        self._links = links

    def of(self, kind: str, item_id: str, other_kind: str) -> list[str]:
        """Ids of `other_kind` linked to item `item_id` of `kind` (possibly none)."""
        return list(self._links.get(kind, {}).get(item_id, {}).get(other_kind, []))
