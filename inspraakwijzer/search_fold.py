"""Search that forgives a missing diaeresis: "clientenraad" finds what "cliëntenraad" finds.

Readers type without the trema or accent; the theme's search (lunr) only
matches the exact letters. So the build adds, to every entry of the search
index, the accent-free form of each of its words that has one, in a hidden
span: the search worker indexes the span's text, the result list renders
the entry as HTML and so hides it (decisions/0013-search-folding.md).
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

INDEX = Path("search") / "search_index.json"
WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]*>")


def fold(text: str) -> str:
    """text without its diacritics (ë -> e, é -> e); other characters unchanged."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def folded_words(*texts: str) -> list[str]:
    """The accent-free forms of the words that have accents, each once, in order of appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in WORD.findall(html.unescape(TAG.sub(" ", text))):
            plain = fold(word)
            if plain != word:
                seen.setdefault(plain.lower(), None)
    return list(seen)


def fold_index(site_dir: Path) -> int:
    """Add the folded words to every entry of the built search index; the number of entries changed."""
    path = site_dir / INDEX
    if not path.is_file():
        return 0
    index = json.loads(path.read_text(encoding="utf-8"))
    changed = 0
    for doc in index["docs"]:
        words = folded_words(doc.get("title", ""), doc.get("text", ""))
        if words:
            doc["text"] = f'{doc.get("text", "")} <span hidden>{" ".join(words)}</span>'
            changed += 1
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed
