"""Render page Markdown from Jinja templates in templates/pages/.

Templates hold the markup; data supplies the words. Each page gets helpers to
link to other pages by kind and id, so no template spells out a path.
"""
from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from . import durations, routes

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "pages"


class OptionalField(jinja2.StrictUndefined):
    """A missing optional field tests false (`{% if m.steps %}`) and iterates as
    empty; printing it or reading from it still fails the build."""

    def __bool__(self) -> bool:
        return False

    def __iter__(self):
        return iter(())


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=OptionalField,  # printing a missing value fails the build
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # output is Markdown; attribute values use |e explicitly
    )
    env.filters["indent_md"] = lambda text, n=4: _indent(text, n)
    env.filters["duration_band"] = durations.band
    env.globals["fail"] = _fail
    env.filters["one_line"] = lambda text: " ".join(str(text).split())
    return env


def render(env: jinja2.Environment, template: str, src_uri: str, data: dict, **context) -> str:
    vocabulary = data["vocabulary"]

    def link(kind: str, item_id: str | None = None) -> str:
        target = routes.INDEX_PAGES[kind] if item_id is None else routes.item_page(kind, item_id)
        return routes.relative(target, src_uri)

    def page(path: str) -> str:
        return routes.relative(path, src_uri)

    def asset_url(site_path: str) -> str:
        """A URL relative to this page's directory URL, for raw HTML attributes
        (MkDocs rewrites .md links in Markdown only)."""
        here = routes.url_of(src_uri)
        rel = posixpath.relpath(site_path, here or ".")
        return rel + "/" if site_path.endswith("/") and not rel.endswith("/") else rel

    def href(kind: str, item_id: str | None = None) -> str:
        """Like link(), but the page's URL, for raw HTML (where MkDocs does not rewrite .md links)."""
        target = routes.INDEX_PAGES[kind] if item_id is None else routes.item_page(kind, item_id)
        return asset_url(routes.url_of(target))

    def label(vocab: str, key: str) -> str:
        return vocabulary[vocab][key]["label"]

    return env.get_template(template).render(
        data=data, vocabulary=vocabulary, link=link, page=page, label=label, asset_url=asset_url, href=href, src_uri=src_uri, **context
    )


def _fail(message: str):
    raise jinja2.TemplateRuntimeError(message)


def _indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in str(text).splitlines())
