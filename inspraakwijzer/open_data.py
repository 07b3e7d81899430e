"""Open data: methods, training offerings and the law (obligations with their
rules) as JSON at stable URLs, each next to its JSON Schema, so other
organisations can reuse them. The schemas are the very ones the build validates
with: our x-* keywords are dropped, and each `x-vocabulary` becomes the `enum`
of its keys, which is what it checks."""
from __future__ import annotations

import json
from typing import Iterator

from .loader import Dataset

OPEN_DATA_DIR = "open-data"

# Public file name (a contract: keep it) -> data file stem.
DATASETS = {
    "methoden": "methods",
    "opleidingen": "modules",
    "wet": "law",
}


def files(dataset: Dataset) -> Iterator[tuple[str, str]]:
    """(site path, JSON text) for every dataset and its schema."""
    vocabulary = dataset.data["vocabulary"]
    for public, stem in DATASETS.items():
        schema = {**dataset.schemas[stem], "$id": f"{public}.schema.json"}
        payload = {"$schema": f"{public}.schema.json", **dataset.data[stem]}
        yield f"{OPEN_DATA_DIR}/{public}.json", _dump(payload)
        yield f"{OPEN_DATA_DIR}/{public}.schema.json", _dump(public_schema(schema, vocabulary))


def public_schema(schema: dict, vocabulary: dict) -> dict:
    """The schema as plain JSON Schema, plus `$schema` on the data."""
    def clean(node):
        if isinstance(node, dict):
            out = {k: clean(v) for k, v in node.items() if not k.startswith("x-")}
            if "x-vocabulary" in node:
                out["enum"] = list(vocabulary[node["x-vocabulary"]])
            return out
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node
    public = clean(schema)
    public.setdefault("properties", {})["$schema"] = {"type": "string"}
    return public


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n"
