"""Parse a YAML file into plain data plus a map from data path to source line.

Content errors must point at `file:line`, so we keep PyYAML's node tree long
enough to record where every key and list item starts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

Path_ = tuple  # a data path: keys and list indexes, e.g. ("methods", 3, "tips", 0)


@dataclass
class Source:
    display: str  # the file as errors name it, e.g. "data/methods.yaml"
    data: object = None
    lines: dict = field(default_factory=dict)  # data path -> 1-based line
    problems: list = field(default_factory=list)  # (line, path, message)

    def line_of(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


# libyaml is several times faster; the pure-Python parser words syntax errors
# more plainly ("expected ',' or ']'"), so it only runs to report one.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str, display: str) -> Source:
    source = Source(display)
    try:
        _load(FAST_LOADER, text, source)
    except yaml.MarkedYAMLError:
        source = Source(display)
        try:
            _load(yaml.SafeLoader, text, source)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            source.problems.append((line, (), f"invalid YAML: {exc.problem or exc.context}"))
    return source


def _load(loader_class, text: str, source: Source) -> None:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            source.problems.append((1, (), "file is empty"))
            return
        _record(node, (), source)
        source.data = loader.construct_document(node)
    finally:
        loader.dispose()


def _record(node: yaml.Node, path: Path_, source: Source) -> None:
    source.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                # PyYAML silently keeps the last duplicate; a lost field is worse than an error.
                source.problems.append((line, path + (key,), f"duplicate key (first at line {seen[key]})"))
                continue
            seen[key] = line
            source.lines[path + (key,)] = line
            _record(value_node, path + (key,), source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            source.lines[path + (index,)] = item.start_mark.line + 1
            _record(item, path + (index,), source)
