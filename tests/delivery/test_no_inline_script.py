"""The built HTML has nothing a strict CSP (script-src without 'unsafe-inline')
blocks: no inline <script>, no on...= handler, no javascript: URL. The browser
test (tests/browser/test_csp.py) opens each page type; this one reads every page,
so a theme upgrade or a new template that brings one back fails here by name."""
from __future__ import annotations

from html.parser import HTMLParser

# <script type=...> that the browser does not run: data blocks such as Material's
# __config and the keuzehulp's labels.
DATA_TYPES = {"application/json", "application/ld+json"}


class Finder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...> handler (line {self.getpos()[0]})")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}> (line {self.getpos()[0]})")
        if tag == "script" and "src" not in attributes and attributes.get("type") not in DATA_TYPES:
            self.found.append(f"inline <script> (line {self.getpos()[0]})")


def test_no_page_needs_unsafe_inline(built_site):
    problems = []
    pages = sorted(built_site.rglob("*.html"))
    for path in pages:
        finder = Finder()
        finder.feed(path.read_text(encoding="utf-8"))
        problems += [f"{path.relative_to(built_site)}: {what}" for what in finder.found]
    assert len(pages) > 50
    assert problems == []


def test_finder_sees_what_a_strict_policy_blocks():
    finder = Finder()
    finder.feed('<script>alert(1)</script><script type="application/json">{}</script><script src="a.js"></script>'
                '<a href="javascript:void(0)" onclick="x()">a</a><script type="module">x</script>')
    assert len(finder.found) == 4
