"""Our JSON Schema keywords, as an extension of jsonschema's Draft 2020-12 validator.

jsonschema does the walking ($ref, oneOf, items, ...) and gives every error its
path in the data; these keyword functions only judge one value each:

- `x-vocabulary: NAME`  the value is a key of vocabulary NAME (data/vocabulary.yaml),
  so every closed list is defined once, with its Dutch label;
- `x-ids: KIND`         a top-level list whose items' `id`s are the ids of KIND;
- `x-ref: KIND`         the value is one of those ids (in any data file);
- `x-markdown: true`    the text is Markdown: HTML is rejected;
- `x-condition: true`   on a list of keuzehulp rule conditions: the engine
  (wizard.validate_condition) knows each one.

Ids are collected before validation (`collect_ids`), so one pass checks refs
across files.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import jsonschema
import yaml
from jsonschema import ValidationError

# `<tag` or `</tag` is HTML; `<https://…>` and `<mailto:…>` are Markdown autolinks.
HTML_TAG = re.compile(r"</?(?!https?:|mailto:)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


@dataclass
class Context:
    """What the keywords check against: known vocabularies and ids."""
    vocabulary: dict = field(default_factory=dict)  # name -> {key: {label, ...}}
    ids: dict = field(default_factory=dict)  # kind -> {id: item}
    lists: dict = field(default_factory=dict)  # kind -> the list the ids came from
    # A condition may name an obligation listed before the one it sits in:
    # id() of every list inside obligation i -> the ids of obligations 0..i-1.
    before: dict = field(default_factory=dict)
    check_condition: Callable[[str, list | None], str | None] = lambda expr, before: None


def read_schema(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def schema_problems(schema: dict, vocabulary: dict) -> list[str]:
    """What is wrong with a schema itself: not valid JSON Schema, or an unknown vocabulary."""
    problems = list(_meta_problems(json.dumps(schema, sort_keys=True)))
    problems += [f"unknown vocabulary '{name}'" for name in _values_of(schema, "x-vocabulary") if name not in vocabulary]
    if any(node.get("type") != "array" for node in _nodes_with(schema, "x-condition")):
        problems.append("x-condition marks a list of conditions (type: array), not one condition")
    return problems


@functools.cache
def _meta_problems(schema_json: str) -> tuple[str, ...]:
    # Checking against the meta-schema is the slow part; a schema is checked once per process.
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
    return tuple(error.message for error in meta.iter_errors(json.loads(schema_json)))


def collect_ids(schema: dict, data) -> Iterator[tuple[str, str, list]]:
    """(kind, top-level key, list) for every top-level list the schema marks `x-ids`."""
    if not isinstance(data, dict):
        return
    for key, prop in schema.get("properties", {}).items():
        if isinstance(prop, dict) and "x-ids" in prop and isinstance(data.get(key), list):
            yield prop["x-ids"], key, data[key]


def index_conditions(context: Context) -> None:
    """Fill `context.before` from the obligations list (kind `obligations`)."""
    obligations = context.lists.get("obligations", [])
    for index, obligation in enumerate(obligations):
        earlier = [o.get("id") for o in obligations[:index] if isinstance(o, dict)]
        for node in _nodes(obligation):
            context.before[id(node)] = earlier


def validator(schema: dict, context: Context) -> jsonschema.protocols.Validator:
    keywords = {
        "x-vocabulary": _vocabulary(context),
        "x-ids": _ids(context),
        "x-ref": _ref(context),
        "x-markdown": _markdown,
        "x-condition": _condition(context),
    }
    cls = jsonschema.validators.extend(jsonschema.Draft202012Validator, keywords)
    return cls(schema)


# --- keywords: (validator, keyword value, instance, schema) -> errors ---------

def _vocabulary(context: Context):
    def check(_validator, name, instance, _schema):
        allowed = context.vocabulary.get(name)
        if allowed is not None and (not isinstance(instance, str) or instance not in allowed):
            yield ValidationError(f"unknown value {instance!r}; allowed: {', '.join(allowed)}")
    return check


def _ids(context: Context):
    def check(_validator, kind, instance, _schema):
        if isinstance(instance, list) and context.lists.get(kind) is not instance:
            yield ValidationError("x-ids marks a top-level list only (ids are collected before validation)")
    return check


def _ref(context: Context):
    def check(_validator, kind, instance, _schema):
        if not isinstance(instance, str):
            return
        if kind not in context.ids:
            yield ValidationError(f"refers to unknown kind '{kind}'")
        elif instance not in context.ids[kind]:
            yield ValidationError(f"'{instance}' is not a known id in {kind}")
    return check


def _markdown(_validator, _value, instance, _schema):
    tag = HTML_TAG.search(instance) if isinstance(instance, str) else None
    if tag:
        yield ValidationError(f"contains HTML ({tag.group(0)}); write Markdown instead")


def _condition(context: Context):
    def check(_validator, _value, instance, _schema):
        if not isinstance(instance, list):
            return
        before = context.before.get(id(instance), [])  # outside an obligation: predicates only
        for index, expr in enumerate(instance):
            message = context.check_condition(expr, before) if isinstance(expr, str) else None
            if message:
                yield ValidationError(message, path=[index])
    return check


# --- helpers ----------------------------------------------------------------

def _values_of(schema, keyword: str) -> Iterator:
    """Every value of `keyword` anywhere in a schema."""
    return (node[keyword] for node in _nodes_with(schema, keyword))


def _nodes_with(schema, keyword: str) -> Iterator[dict]:
    """Every subschema that uses `keyword`."""
    return (node for node in _nodes(schema) if isinstance(node, dict) and keyword in node)


def _nodes(value) -> Iterator:
    """Every list and mapping inside `value`, itself included."""
    if isinstance(value, (dict, list)):
        yield value
        for child in value.values() if isinstance(value, dict) else value:
            yield from _nodes(child)
