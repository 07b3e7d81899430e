"""Load the JSON Schemas of data/ and resolve our three extensions.

- `x-vocabulary: NAME` becomes `enum` of the keys of vocabulary NAME, so every
  closed list of values is defined once, with its Dutch label, in vocabulary.yaml;
- `x-ref: KIND`, `x-markdown: true` and `x-condition: true` are kept as
  annotations: `annotated_values` finds the values they mark, for the checks
  JSON Schema cannot express (ids across files, no HTML, wizard conditions).
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Iterator

import jsonschema
import yaml

ANNOTATIONS = ("x-ids", "x-ref", "x-markdown", "x-condition")


def read_schema(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def expand_vocabularies(schema: dict, vocabulary: dict, problems: list) -> dict:
    """A copy of `schema` with every x-vocabulary turned into an enum."""
    def walk(node):
        if isinstance(node, dict):
            name = node.get("x-vocabulary")
            if name is not None:
                if name in vocabulary:
                    node["enum"] = list(vocabulary[name])
                else:
                    problems.append(f"unknown vocabulary '{name}'")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    expanded = copy.deepcopy(schema)
    walk(expanded)
    return expanded


def validator_for(schema: dict) -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def annotated_values(schema: dict, instance, path: tuple = ()) -> Iterator[tuple[tuple, str, object, object]]:
    """Yield (path, annotation, annotation value, instance value) for marked values.

    Walks instance and schema together through properties, items, $ref and
    oneOf/anyOf (taking the branches the instance matches).
    """
    root = schema
    validator = validator_for(schema)

    def resolve(node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                break
            target = root
            for part in ref[2:].split("/"):
                target = target[part]
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **extra}
            seen += 1
        return node

    def walk(node, value, here):
        node = resolve(node)
        if not isinstance(node, dict):
            return
        for name in ANNOTATIONS:
            if name in node:
                yield here, name, node[name], value
        for key in ("oneOf", "anyOf", "allOf"):
            for branch in node.get(key, []):
                if key == "allOf" or validator.evolve(schema=_rooted(root, branch)).is_valid(value):
                    yield from walk(branch, value, here)
        if isinstance(value, dict):
            props = node.get("properties", {})
            extra = node.get("additionalProperties")
            for k, v in value.items():
                if k in props:
                    yield from walk(props[k], v, here + (k,))
                elif isinstance(extra, dict):
                    yield from walk(extra, v, here + (k,))
        elif isinstance(value, list) and "items" in node:
            for i, v in enumerate(value):
                yield from walk(node["items"], v, here + (i,))

    yield from walk(schema, instance, path)


def _rooted(root: dict, branch: dict) -> dict:
    # A branch may use "#/$defs/..." refs; validate it with the root's $defs.
    return {**branch, "$defs": root.get("$defs", {})}
