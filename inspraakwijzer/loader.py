"""Load data/*.yaml, check it against its schema and across files, report every error.

validate -> (later) enrich -> render: this module is the first step. Errors
read `data/methods.yaml:12: ideeenbord.summary: missing required field` and are
all collected before the build stops, so an editor fixes them in one go.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import schema as schemas
from .yamlsource import Source, parse

# `<tag` or `</tag` is HTML; `<https://…>` and `<mailto:…>` are Markdown autolinks.
HTML_TAG = re.compile(r"</?(?!https?:|mailto:)[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


class DataError(Exception):
    def __init__(self, errors: list[str]):
        errors = sorted(errors, key=_file_line)
        self.errors = errors
        count = len(errors)
        super().__init__(f"{count} content error{'s' if count != 1 else ''} in data/:\n" + "\n".join(errors))


def _file_line(message: str):
    file, line, _ = (message.split(":", 2) + ["", ""])[:3]
    return (file, int(line) if line.isdigit() else 0)


@dataclass
class Dataset:
    data: dict = field(default_factory=dict)  # stem -> parsed YAML, the form the wizard takes
    schemas: dict = field(default_factory=dict)  # stem -> schema with vocabularies expanded
    ids: dict = field(default_factory=dict)  # id kind -> {id: (stem, path)}
    errors: list = field(default_factory=list)


def load_data(data_dir: Path) -> dict:
    """All data as one plain dict, or DataError listing every problem."""
    return load_dataset(data_dir).data


def load_dataset(data_dir: Path, schema_dir: Path | None = None) -> Dataset:
    data_dir = Path(data_dir)
    schema_dir = Path(schema_dir) if schema_dir else data_dir.parent / "schemas"
    dataset = Dataset()
    sources: dict[str, Source] = {}
    for path in sorted(data_dir.glob("*.yaml")):
        source = parse(path.read_text(encoding="utf-8"), _display(path))
        sources[path.stem] = source
        for line, where, message in source.problems:
            dataset.errors.append(_format(source, where, message, line))

    vocabulary = sources.get("vocabulary")
    vocab_data = vocabulary.data if vocabulary and isinstance(vocabulary.data, dict) else {}
    valid: dict[str, Source] = {}
    for stem, source in sources.items():
        if source.problems or source.data is None:
            continue
        schema_path = schema_dir / f"{stem}.schema.yaml"
        if not schema_path.exists():
            dataset.errors.append(f"{source.display}:1: no schema: add {_display(schema_path)}")
            continue
        problems: list[str] = []
        expanded = schemas.expand_vocabularies(schemas.read_schema(schema_path), vocab_data, problems)
        dataset.errors.extend(f"{_display(schema_path)}:1: {p}" for p in problems)
        dataset.schemas[stem] = expanded
        errors = list(schemas.validator_for(expanded).iter_errors(source.data))
        for error in sorted(errors, key=lambda e: source.line_of(e.absolute_path)):
            for message in _schema_error(source, error):
                if message not in dataset.errors:  # one per missing field, not one per rule
                    dataset.errors.append(message)
        # Files with schema errors are still checked for ids, refs and HTML, so
        # an editor sees every problem in one run.
        valid[stem] = source
        dataset.data[stem] = source.data

    _collect_ids(dataset, valid)
    _check_annotations(dataset, valid)
    if not dataset.errors:
        _check_wizard(dataset, sources)
    if dataset.errors:
        raise DataError(dataset.errors)
    return dataset


def _collect_ids(dataset: Dataset, valid: dict[str, Source]) -> None:
    """Gather the ids of every list marked `x-ids: KIND`; a duplicate is an error."""
    for stem, source in valid.items():
        for path, name, kind, value in schemas.annotated_values(dataset.schemas[stem], source.data):
            if name != "x-ids" or not isinstance(value, list):
                continue
            known = dataset.ids.setdefault(kind, {})
            for index, item in enumerate(value):
                item_id = item.get("id") if isinstance(item, dict) else None
                if item_id is None:
                    continue
                where = path + (index, "id")
                if item_id in known:
                    first = valid[known[item_id][0]].line_of(known[item_id][1])
                    dataset.errors.append(_format(source, where, f"duplicate id '{item_id}' (first at line {first})"))
                else:
                    known[item_id] = (stem, where)


def _check_annotations(dataset: Dataset, valid: dict[str, Source]) -> None:
    for stem, source in valid.items():
        for path, name, arg, value in schemas.annotated_values(dataset.schemas[stem], source.data):
            if name == "x-ref" and isinstance(value, str):
                if arg not in dataset.ids:
                    dataset.errors.append(_format(source, path, f"refers to unknown kind '{arg}'"))
                elif value not in dataset.ids[arg]:
                    dataset.errors.append(_format(source, path, f"'{value}' is not a known id in {arg}"))
            elif name == "x-markdown" and isinstance(value, str):
                tag = HTML_TAG.search(value)
                if tag:
                    dataset.errors.append(_format(source, path, f"contains HTML ({tag.group(0)}); write Markdown instead"))


def _check_wizard(dataset: Dataset, sources: dict[str, Source]) -> None:  # after a clean schema pass only
    """Conditions in the law data name Python predicates: check every name exists."""
    import wizard  # the engine is the authority on which predicates exist

    for stem, source in sources.items():
        schema = dataset.schemas.get(stem)
        if schema is None:
            continue
        for path, name, _arg, value in schemas.annotated_values(schema, source.data):
            if name != "x-condition":
                continue
            before = _obligations_before(source.data, path)
            message = wizard.validate_condition(value, before)
            if message:
                dataset.errors.append(_format(source, path, message))
    for stem, where, message in _wizard_checks(dataset.data):
        source = sources[stem]
        dataset.errors.append(_format(source, where, message))


def _obligations_before(data, path: tuple) -> list[str]:
    # A rule may depend on the outcome of obligations listed before its own.
    if len(path) > 1 and path[0] == "obligations" and isinstance(path[1], int):
        return [o.get("id") for o in data["obligations"][: path[1]]]
    return []


def _wizard_checks(data: dict):
    import wizard

    check = getattr(wizard, "check_data", None)
    for location, message in (check(data) if check else []):
        stem, where = _split_location(location)
        if stem in data:
            yield stem, where, message


def _split_location(location) -> tuple[str, tuple]:
    """'law.obligations[2].rules[0].why' -> ('law', ('obligations', 2, 'rules', 0, 'why'))."""
    if isinstance(location, (tuple, list)):
        return location[0], tuple(location[1:])
    parts: list = []
    for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", location):
        parts.append(int(index) if index else key)
    return parts[0], tuple(parts[1:])


# --- messages -------------------------------------------------------------

def _schema_error(source: Source, error) -> list[str]:
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [p for p in error.validator_value if p not in (error.instance or {})]
        return [_format(source, path + (p,), "missing required field", source.line_of(path)) for p in missing]
    if kind == "additionalProperties":
        extra = [k for k in error.instance if k not in error.schema.get("properties", {})]
        return [_format(source, path + (k,), "unknown field") for k in extra]
    if kind in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: len(list(e.absolute_path)) * -1)
        return _schema_error(source, best)
    return [_format(source, path, _describe(error))]


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


def _format(source: Source, path, message: str, line: int | None = None) -> str:
    path = tuple(path)
    line = line if line is not None else source.line_of(path)
    where = _where(source.data, path)
    return f"{source.display}:{line}: {where + ': ' if where else ''}{message}"


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
