"""Where every generated page lives. URLs are public contracts: intranets link to
them, so a slug changes only with a redirect (see `redirects` in mkdocs.yml)."""
from __future__ import annotations

import posixpath

# kind -> source path of one item's page; the site URL drops ".md" (directory URLs).
ITEM_PAGES = {
    "methods": "methoden/{id}.md",
    "offerings": "opleidingen/{id}.md",
    "topics": "wet-en-regels/{id}.md",
}
INDEX_PAGES = {
    "methods": "methoden/index.md",
    "offerings": "opleidingen/index.md",
    "topics": "wet-en-regels/index.md",
}


def item_page(kind: str, item_id: str) -> str:
    return ITEM_PAGES[kind].format(id=item_id)


def url_of(src_uri: str) -> str:
    """The directory URL MkDocs gives a page, relative to the site root."""
    if src_uri.endswith("index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[: -len(".md")] + "/"


def relative(src_uri: str, from_src_uri: str) -> str:
    """A Markdown link from one page source to another, as MkDocs resolves it."""
    return posixpath.relpath(src_uri, posixpath.dirname(from_src_uri) or ".")
