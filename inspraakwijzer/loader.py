"""Load data/*.yaml, check it against its schema and across files, report every error.

validate -> enrich -> render: this module is the first step. Every problem is a
record (file, path, message) from the moment it is found; its line comes from
the YAML marks and it is formatted once, as
`data/methods.yaml:12: ideeenbord.summary: missing required field`. All are
collected before the build stops, so an editor fixes them in one go.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jsonschema

import wizard

from . import schema as schemas
from .yamlsource import Source, parse

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ContentError:
    file: str  # as the repository names it, e.g. "data/methods.yaml"
    line: int
    path: tuple  # in the data, e.g. ("methods", 0, "group")
    where: str  # the path as an editor reads it, e.g. "ideeenbord.group"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.where + ': ' if self.where else ''}{self.message}"


class DataError(Exception):
    def __init__(self, records: list[ContentError]):
        self.records = sorted(records, key=lambda r: (r.file, r.line))
        self.errors = [str(r) for r in self.records]
        count = len(records)
        super().__init__(f"{count} content error{'s' if count != 1 else ''} in data/:\n" + "\n".join(self.errors))


@dataclass
class Dataset:
    data: dict = field(default_factory=dict)  # stem -> parsed YAML, the form the wizard takes
    schemas: dict = field(default_factory=dict)  # stem -> schema as written (x-* keywords kept)
    ids: dict = field(default_factory=dict)  # id kind -> {id: item}, from the lists marked x-ids

    def by_id(self, kind: str, item_id: str) -> dict:
        return self.ids[kind][item_id]


def load_dataset(data_dir: Path = ROOT / "data", schema_dir: Path | None = None) -> Dataset:
    """The checked data, or DataError listing every problem."""
    data_dir = Path(data_dir)
    schema_dir = Path(schema_dir) if schema_dir else data_dir.parent / "schemas"
    records: list[ContentError] = []
    sources = {path.stem: parse(path.read_text(encoding="utf-8"), _display(path))
               for path in sorted(data_dir.glob("*.yaml"))}
    dataset = Dataset()
    for stem, source in sources.items():
        records += [_record(source, path, message, line) for line, path, message in source.problems]
        schema_path = schema_dir / f"{stem}.schema.yaml"
        if source.problems or source.data is None:
            continue
        if not schema_path.exists():
            records.append(_record(source, (), f"no schema: add {_display(schema_path)}", line=1))
            continue
        dataset.schemas[stem] = schemas.read_schema(schema_path)
        dataset.data[stem] = source.data

    vocabulary = dataset.data.get("vocabulary")
    context = schemas.Context(vocabulary=vocabulary if isinstance(vocabulary, dict) else {},
                              check_condition=wizard.validate_condition)
    records += _collect_ids(dataset, sources, context)
    for stem, schema in dataset.schemas.items():
        problems = schemas.schema_problems(schema, context.vocabulary)
        records += [ContentError(_display(schema_dir / f"{stem}.schema.yaml"), 1, (), "", p) for p in problems]
        if not problems:
            records += _validate(sources[stem], schema, context)
    if not records:  # the engine's own checks assume well-formed data
        records += _wizard_checks(dataset.data, sources)
    if records:
        raise DataError(list(dict.fromkeys(records)))  # one per missing field, not one per rule
    return dataset


def load_data(data_dir: Path = ROOT / "data") -> dict:
    """All data as one plain dict ({stem: parsed YAML}), or DataError."""
    return load_dataset(data_dir).data


def _collect_ids(dataset: Dataset, sources: dict[str, Source], context: schemas.Context) -> list[ContentError]:
    """The ids of every list marked `x-ids: KIND`, before validation (for x-ref); a duplicate is an error."""
    records = []
    first: dict = {}  # (kind, id) -> (source, path)
    for stem, schema in dataset.schemas.items():
        source = sources[stem]
        for kind, key, items in schemas.collect_ids(schema, source.data):
            context.lists[kind] = items
            known = dataset.ids.setdefault(kind, {})
            for index, item in enumerate(items):
                item_id = item.get("id") if isinstance(item, dict) else None
                if not isinstance(item_id, str):
                    continue
                where = (key, index, "id")
                if item_id in known:
                    other, other_path = first[(kind, item_id)]
                    records.append(_record(source, where, f"duplicate id '{item_id}' (first at line {other.line_of(other_path)})"))
                else:
                    known[item_id] = item
                    first[(kind, item_id)] = (source, where)
    context.ids = dataset.ids
    schemas.index_conditions(context)
    return records


def _validate(source: Source, schema: dict, context: schemas.Context) -> list[ContentError]:
    errors = schemas.validator(schema, context).iter_errors(source.data)
    return [record for error in errors for record in _schema_error(source, error)]


def _wizard_checks(data: dict, sources: dict[str, Source]) -> list[ContentError]:
    """What the engine checks beyond the schemas, located by (stem, *path)."""
    records = []
    for (stem, *path), message in wizard.check_data(data):
        records.append(_record(sources[stem], tuple(path), message))
    return records


# --- messages -------------------------------------------------------------

def _schema_error(source: Source, error: jsonschema.ValidationError) -> list[ContentError]:
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [p for p in error.validator_value if p not in (error.instance or {})]
        return [_record(source, path + (p,), "missing required field") for p in missing]
    if kind == "additionalProperties":
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return [_record(source, path + (k,), "unknown field") for k in extra]
    if kind in ("oneOf", "anyOf") and error.context:
        best = max(error.context, key=lambda e: len(e.absolute_path))
        return _schema_error(source, best)
    return [_record(source, path, _describe(error))]
def _describe(error) -> str:
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        return f"expected {_type_name(expected)}, got {_type_name(type(value).__name__)}"
    if kind == "enum":
        return f"unknown value {value!r}; allowed: {', '.join(map(str, expected))}"
    if kind == "pattern":
        return f"{value!r} does not have the expected form ({expected})"
    if kind == "minItems":
        return f"needs at least {expected} item{'s' if expected != 1 else ''}"
    if kind == "maxItems":
        return f"has more than {expected} items"
    if kind == "minLength":
        return "must not be empty"
    if kind == "maxLength":
        return f"is too long ({len(value)} characters, at most {expected})"
    if kind == "uniqueItems":
        return "lists the same value twice"
    if kind in ("minimum", "maximum"):
        return f"{value!r} is out of range ({kind} {expected})"
    return error.message


def _type_name(name) -> str:
    names = {"str": "text", "string": "text", "int": "a whole number", "integer": "a whole number",
             "list": "a list", "array": "a list", "dict": "a mapping", "object": "a mapping",
             "bool": "true/false", "boolean": "true/false", "NoneType": "nothing", "null": "nothing",
             "float": "a number", "number": "a number", "date": "a date"}
    if isinstance(name, list):
        return " or ".join(names.get(n, n) for n in name)
    return names.get(name, name)


def _record(source: Source, path, message: str, line: int | None = None) -> ContentError:
    path = tuple(path)
    line = line if line is not None else source.line_of(path)
    return ContentError(source.display, line, path, _where(source.data, path), message)


def _where(data, path: tuple) -> str:
    """Name a data path as `<id>.<field>`: from the innermost list item with an id."""
    anchor, label = 0, None
    node = data
    for depth, step in enumerate(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, int) and isinstance(node, dict) and isinstance(node.get("id"), str):
            anchor, label = depth + 1, node["id"]
    rest = _dotted(path[anchor:])
    if label is None:
        return rest
    return f"{label}.{rest}" if rest else label


def _dotted(path: tuple) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _display(path: Path) -> str:
    # Named as in the repository ("data/methods.yaml"), wherever the build runs from.
    return f"{path.parent.name}/{path.name}"
