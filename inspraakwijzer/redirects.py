"""Redirect pages for old addresses (data/redirects.yaml), relative so they also
work when the site is hosted under a sub-path."""
from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Callable, Iterator

import jinja2

from . import routes

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "site" / "redirect.html.j2"


class MissingTarget(Exception):
    pass


def files(data: dict, page_exists: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
    """(site path of the old index.html, redirect HTML) for each redirect."""
    template = jinja2.Template(TEMPLATE.read_text(encoding="utf-8"))
    missing = [r for r in data.get("redirects", {}).get("redirects", []) if not page_exists(r["to"])]
    if missing:
        raise MissingTarget("redirect target(s) not found: " + ", ".join(f"{r['from']} -> {r['to']}" for r in missing))
    for redirect in data.get("redirects", {}).get("redirects", []):
        old = redirect["from"]
        target = posixpath.relpath(routes.url_of(redirect["to"]) or ".", old) + "/"
        # The script keeps the query and fragment; a file, for a strict CSP.
        assets = posixpath.relpath("assets", old) + "/"
        yield f"{old}index.html", template.render(target=target, assets=assets)
