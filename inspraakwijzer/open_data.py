"""Open data: methods, training offerings and the law (obligations with their
rules) as JSON at stable URLs, each next to its JSON Schema, so other
organisations can reuse them. The schemas are the very ones the build validates
with, vocabularies expanded into enums."""
from __future__ import annotations

import json
from typing import Iterator

OPEN_DATA_DIR = "open-data"

# Public file name (a contract: keep it) -> data file stem.
DATASETS = {
    "methoden": "methods",
    "opleidingen": "modules",
    "wet": "law",
}


def files(data: dict, schemas: dict) -> Iterator[tuple[str, str]]:
    """(site path, JSON text) for every dataset and its schema."""
    for public, stem in DATASETS.items():
        schema = {**schemas[stem], "$id": f"{public}.schema.json"}
        payload = {"$schema": f"{public}.schema.json", **data[stem]}
        yield f"{OPEN_DATA_DIR}/{public}.json", _dump(payload)
        yield f"{OPEN_DATA_DIR}/{public}.schema.json", _dump(_public_schema(schema))


def _public_schema(schema: dict) -> dict:
    """The schema without our x-* build annotations, plus `$schema` on the data."""
    def clean(node):
        if isinstance(node, dict):
            return {k: clean(v) for k, v in node.items() if not k.startswith("x-")}
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node
    public = clean(schema)
    public.setdefault("properties", {})["$schema"] = {"type": "string"}
    return public


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n"
