"""Render page Markdown from Jinja templates in templates/pages/.

Templates hold the markup; data supplies the words. Each page gets helpers to
link to other pages by kind and id, so no template spells out a path.
"""
from __future__ import annotations

import posixpath
import traceback
from pathlib import Path

import jinja2

from . import routes

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "pages"


class TemplateFailed(Exception):
    """A page template could not be rendered; the message names template and line."""


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
    env.filters["one_line"] = lambda text: " ".join(str(text).split())
    env.globals["fail"] = _fail
    return env


def render(env: jinja2.Environment, template: str, src_uri: str, data: dict, **context) -> str:
    """The page `src_uri` from `template`, or TemplateFailed naming the template line."""
    try:
        return env.get_template(template).render(data=data, vocabulary=data["vocabulary"], src_uri=src_uri,
                                                 **_links(src_uri), **context)
    except jinja2.TemplateError as error:
        raise TemplateFailed(f"{_where(error, env, template)}: {error.message} (while making {src_uri})") from None


def _links(src_uri: str) -> dict:
    """Helpers that write a link from this page, and name what it links to."""
    def link(kind: str, item_id: str | None = None) -> str:
        target = routes.index_page(kind) if item_id is None else routes.item_page(kind, item_id)
        return routes.relative(target, src_uri)

    def page(path: str) -> str:
        return routes.relative(path, src_uri)

    def asset_url(site_path: str) -> str:
        """A URL relative to this page's directory URL, for raw HTML attributes
        (MkDocs rewrites .md links in Markdown only)."""
        rel = posixpath.relpath(site_path, routes.url_of(src_uri) or ".")
        return rel + "/" if site_path.endswith("/") and not rel.endswith("/") else rel

    def href(kind: str, item_id: str | None = None) -> str:
        """Like link(), but the page's URL, for raw HTML."""
        target = routes.index_page(kind) if item_id is None else routes.item_page(kind, item_id)
        return asset_url(routes.url_of(target))

    return {"link": link, "page": page, "asset_url": asset_url, "href": href}


def _where(error: jinja2.TemplateError, env: jinja2.Environment, template: str) -> str:
    """`templates/pages/<file>:<line>` of the failing template line, as far as known."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.lineno:
        return f"templates/pages/{error.name or template}:{error.lineno}"
    folders = [Path(p).resolve() for p in getattr(env.loader, "searchpath", [])]
    frames = [f for f in traceback.extract_tb(error.__traceback__) if Path(f.filename).parent in folders]
    if frames:
        return f"templates/pages/{Path(frames[-1].filename).name}:{frames[-1].lineno}"
    return f"templates/pages/{template}"


def _fail(message: str):
    raise jinja2.TemplateRuntimeError(message)


def _indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line.strip() else "" for line in str(text).splitlines())
