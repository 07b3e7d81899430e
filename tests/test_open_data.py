"""Open data: each published JSON file validates against the schema published beside it."""
from __future__ import annotations

import json

import jsonschema
import pytest

from wizard.contract import OBLIGATIONS

DATASETS = {"methoden": ("methods", 14), "opleidingen": ("offerings", 36), "wet": ("obligations", len(OBLIGATIONS))}


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_dataset_matches_its_published_schema(built_site, name):
    folder = built_site / "open-data"
    data = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    schema = json.loads((folder / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(data)
    key, count = DATASETS[name]
    assert len(data[key]) == count
    assert data["$schema"] == f"{name}.schema.json"
    assert not [k for k in _keys(schema) if k.startswith("x-")], "build annotations leaked into the public schema"


def _keys(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def test_schema_rejects_an_unknown_group(built_site):
    schema = json.loads((built_site / "open-data" / "methoden.schema.json").read_text(encoding="utf-8"))
    data = json.loads((built_site / "open-data" / "methoden.json").read_text(encoding="utf-8"))
    data["methods"][0]["group"] = "iets-anders"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validators.validator_for(schema)(schema).validate(data)
