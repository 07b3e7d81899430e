"""validate -> enrich -> render: the values pages show that follow from the data,
computed once, after validation, as fields on a copy of the data. Templates
only read fields.

Enriched fields (none of them is in data/; the browser's data.json and the open
data get the data as written):

| where                      | field            | what |
|----------------------------|------------------|------|
| every method, offering, topic, law item | `linked_from` | {kind: [ids]} of items that link to it (data records a link on one side only) |
| `modules.offerings[]`      | `duration_band`  | key of vocabulary `duration_band` |
| `methods.methods[]`        | `card`           | {`how_it_works`: Markdown, `dense`, `dense_side`: bool} for the printed card |
| `law.items[]`              | `label`          | "art. 7 lid 1 onder h Wmcz 2018" |
| `law.items[]`              | `applies_to`     | "voor wie": `law.item_applies_to` of each condition in its `when`, or of `all` |
| `topics.topics[].sections[]` with `generated: <obligation>-items` | `law_items` | the items of that obligation's article |
| `wizard.questions[]`       | `options_by_value` | {value: option} |
| `wizard.questions[]`       | `kind`, `required`, `default` | from wizard/contract.py QUESTIONS (declared there only) |
| `wizard`                   | `questions_by_id`  | {id: question} |
"""
from __future__ import annotations

import copy

from wizard.contract import QUESTION

from . import cards, durations
from .collection import COLLECTIONS
from .loader import Dataset

# (kind, field, other kind): an item of `kind` names items of `other kind` in
# `field`; the other side gets the link in `linked_from`.
LINKS = (
    ("offerings", "related_methods", "methods"),
    ("offerings", "related_topics", "topics"),
    ("offerings", "related_items", "law-items"),
    ("topics", "related_methods", "methods"),
)
ITEMS_TABLE_SUFFIX = "-items"  # `generated: adviesrecht-items`: the items of obligation adviesrecht


def enrich(dataset: Dataset) -> Dataset:
    """A copy of the dataset with the computed fields added; its id index points into the copy."""
    data, ids = copy.deepcopy((dataset.data, dataset.ids))  # one copy keeps index and data together
    enriched = Dataset(data=data, schemas=dataset.schemas, ids=ids)
    _links(ids)
    for offering in ids["offerings"].values():
        offering["duration_band"] = durations.band(offering.get("duration"))
    for method in ids["methods"].values():
        method["card"] = cards.card_fields(method)
    _law(data["law"], ids)
    _topic_tables(data["topics"], ids)
    _wizard(data["wizard"])
    return enriched


def _links(ids: dict) -> None:
    for kind in [c.kind for c in COLLECTIONS] + ["law-items"]:
        for item in ids[kind].values():
            item["linked_from"] = {}
    for kind, field, other in LINKS:
        for item in ids[kind].values():
            for other_id in item.get(field, []):
                ids[other][other_id]["linked_from"].setdefault(kind, []).append(item["id"])


def _law(law: dict, ids: dict) -> None:
    laws, articles = ids["laws"], ids["articles"]
    for item in law["items"]:
        article = articles[item["article"]]
        lid = f" lid {article['lid']}" if article.get("lid") else ""
        item["label"] = f"art. {article['article']}{lid} onder {item['letter']} {laws[article['law']]['short']}"
        # From `when`, the conditions the keuzehulp applies, so page and advice agree.
        audience = law["item_applies_to"]
        item["applies_to"] = " ".join(audience[c] for c in item.get("when", [])) or audience["all"]


def _topic_tables(topics: dict, ids: dict) -> None:
    for topic in topics["topics"]:
        for section in topic["sections"]:
            generated = section.get("generated", "")
            if generated.endswith(ITEMS_TABLE_SUFFIX):
                article = ids["obligations"][generated[: -len(ITEMS_TABLE_SUFFIX)]]["items_from"]
                section["law_items"] = [i for i in ids["law-items"].values() if i["article"] == article]


def _wizard(wizard: dict) -> None:
    wizard["questions_by_id"] = {q["id"]: q for q in wizard["questions"]}
    for question in wizard["questions"]:
        # What a question is, is declared once, in the contract; the form template reads it here.
        declared = QUESTION[question["id"]]
        question["kind"], question["required"] = declared.kind, declared.required
        question["default"] = declared.default  # what the engine takes when left open: a short link leaves it out
        question["options_by_value"] = {o["value"]: o for o in question.get("options", [])}
