"""Where every generated page lives. URLs are public contracts: intranets link to
them, so a slug changes only with a redirect (data/redirects.yaml). The URL
patterns themselves are in the collection table (collection.py)."""
from __future__ import annotations

import posixpath

from .collection import BY_KIND


def item_page(kind: str, item_id: str) -> str:
    """The page source of one item, e.g. "methoden/photovoice.md"."""
    return BY_KIND[kind].page(item_id)


def index_page(kind: str) -> str:
    return BY_KIND[kind].index


def url_of(src_uri: str) -> str:
    """The directory URL MkDocs gives a page, relative to the site root."""
    if src_uri.endswith("index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[: -len(".md")] + "/"


def relative(src_uri: str, from_src_uri: str) -> str:
    """A Markdown link from one page source to another, as MkDocs resolves it."""
    return posixpath.relpath(src_uri, posixpath.dirname(from_src_uri) or ".")
