"""The site's plain-language rules, and where the reader text they apply to lives.

Rules (from the developers' guide): the reader is "u" (never je/jij/jullie,
except inside proper names like the workbook "Laat je horen"); no English jargon;
no sentence over 25 words, not counting quotes and legal citations.

Reader text is found in:
- data/*.yaml: every string field except ids, keys, URLs and other codes;
- docs/**/*.md: the hand-written pages, front matter titles included;
- templates/pages/*.j2 and overrides/**/*.html: the words between the markup,
  plus the attributes a reader hears or sees (aria-label, title, alt, ...);
- mkdocs.yml: the site name and description, navigation labels and the texts
  of the "Meld een fout" link.

Every problem is reported as `file:LINE: message`, the line being where the
sentence starts in the source file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from inspraakwijzer import yamlsource

MAX_WORDS = 25

# Proper names that contain an informal word; they keep their own spelling.
PROPER_NAMES = (
    "Laat je horen",
    "Adviseren doe je zó",
    "Organiseren kun je leren",
    # The English words behind the acronym PARTNER.
    "Participation, Action, Relations, Trust, Negotiation, Empowerment en Responsiveness",
)
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jouwe|jullie|jezelf)\b", re.IGNORECASE)

# English jargon a Dutch reader should not meet, with the word to use instead.
BANNED = {
    "wizard": "keuzehulp",
    "commitment": "achter iets staan, toezeggen",
    "mystery guest": "geheime gast, uitgelegd",
    "issuetracker": "meldpunt, 'Meld een fout'",
    "issue tracker": "meldpunt, 'Meld een fout'",
    "issue": "melding, vraag",
    "issues": "meldingen, vragen",
    "home": "start",
    "homepage": "startpagina",
    "update": "nieuwe versie, bijwerken",
    "updates": "nieuwe versies",
    "stakeholder": "betrokkene",
    "stakeholders": "betrokkenen",
    "input": "inbreng",
    "output": "uitkomst",
    "empowerment": "sterker worden, eigen kracht",
    "dashboard": "overzicht",
    "workshop": "bijeenkomst",
    "meeting": "bijeenkomst, overleg",
    "header": "kop van de pagina",
    "footer": "voet van de pagina",
}
_BANNED = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in BANNED), key=len, reverse=True)) + r")\b",
                     re.IGNORECASE)

# --- What a sentence is ------------------------------------------------------

# Quotes, in the typographic forms the content uses; their words do not count.
QUOTES = re.compile(r"“[^”]*”|„[^”“]*[”“]|‘[^’]*’(?!\w)|\"[^\"]*\"|«[^»]*»")
# Legal citations: "art. 8 lid 1 onder h en i Wmcz 2018", "(Kamerstukken 29 538, nr. 279)".
LAW_NAMES = r"(?:Besluit Wmcz 2018|Wmcz 2018|Wmcz|Wkkgz|Jeugdwet(?: 2014)?|Wlz|Zvw|Wmo(?: 2015)?|Wgbo|Wzd|Wvggz)"
CITATION = re.compile(
    r"\((?=[^)]*(?:\bart\.|\bartikel|Kamerstukken|Staatscourant|Stb\.|" + LAW_NAMES + r"))[^)]*\)"
    r"|\b(?:art\.|artikel)\s*\d+[a-z]?(?:\s+lid\s+\d+)?"
    r"(?:\s+onder\s+[a-k](?:\s*(?:,|en|tot en met|t/m)\s*[a-k])*)?"
    r"(?:\s+(?:van\s+(?:de|het)\s+)?" + LAW_NAMES + r")?",
    re.IGNORECASE)
ABBREVIATIONS = {"art", "bijv", "nr", "o.a", "enz", "ca", "d.w.z", "m.a.w", "e.d", "i.p.v", "t/m", "vs", "z.g", "resp"}
WORD = re.compile(r"[^\W_](?:[\w’'./-]*[^\W_])?")


def sentences(text: str) -> list[str]:
    """Split plain text into sentences, at . ! ? … followed by a capital or a digit."""
    out, start = [], 0
    for match in re.finditer(r"[.!?…]+[”’\"')*]*\s+(?=[\"“‘(*]*[A-ZÀ-Ý0-9])", text):
        before = text[start:match.start()].split()
        last = before[-1].rstrip(".").lower() if before else ""
        if match.group(0).startswith(".") and (last in ABBREVIATIONS or len(last) == 1):
            continue
        out.append(text[start:match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def word_count(sentence: str) -> int:
    """Words of a sentence, without its quotes and legal citations."""
    bare = CITATION.sub(" ", QUOTES.sub(" ", sentence))
    return len(WORD.findall(bare))


def problems_in(sentence: str, *, quote: bool = False) -> list[str]:
    """What is wrong with one sentence of reader text (empty list: nothing)."""
    found = []
    without_names = sentence
    for name in PROPER_NAMES:
        without_names = re.sub(re.escape(name), " ", without_names, flags=re.IGNORECASE)
    for match in INFORMAL.finditer(without_names):
        found.append(f"'{match.group(0)}': address the reader as 'u' ({_excerpt(sentence)})")
    for match in _BANNED.finditer(without_names):
        word = match.group(0)
        found.append(f"English jargon '{word}', write {BANNED[word.lower()]!r} ({_excerpt(sentence)})")
    count = 0 if quote else word_count(sentence)
    if count > MAX_WORDS:
        found.append(f"sentence of {count} words (at most {MAX_WORDS}): {_excerpt(sentence, 90)}")
    return found


def _excerpt(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text[:size]}…”" if len(text) > size else f"“{text}”"


# --- From Markdown to sentences ---------------------------------------------

BLOCK_START = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|:\s{3}|!!!\s*\w+\s*|\?\?\?\s*\w+\s*)")
INLINE = [
    (re.compile(r"\{\{.*?\}\}"), "14"),  # a macro call renders as a word or number
    (re.compile(r"\{%.*?%\}|\{#.*?#\}"), " "),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images keep their text
    (re.compile(r"<(?:https?://|mailto:)[^>]*>"), " "),
    (re.compile(r"https?://\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\bwww\.\S+"), " "),
    (re.compile(r"\{:[^}]*\}|\{\s*#[^}]*\}"), " "),  # attribute lists
    (re.compile(r"<[^>]+>"), " "),  # inline HTML tags
    (re.compile(r"\*\*|__|(?<!\w)\*|\*(?!\w)|`"), ""),
]


def plain(text: str) -> str:
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


@dataclass
class Block:
    line: int  # where the block starts, 1-based, in the file
    text: str
    quote: bool = False


def markdown_blocks(markdown: str, first_line: int = 1) -> list[Block]:
    """Paragraphs, list items, headings, table cells and quotes, with their lines."""
    blocks: list[Block] = []
    current: Block | None = None
    in_code = False

    def flush():
        nonlocal current
        if current and plain(current.text):
            blocks.append(Block(current.line, plain(current.text), current.quote))
        current = None

    for offset, raw in enumerate(markdown.splitlines()):
        line_no = first_line + offset
        line = raw.strip()
        if line.startswith(("```", "~~~")):
            in_code = not in_code
            flush()
            continue
        if in_code or not line:
            flush()
            continue
        if line.startswith("|"):
            flush()
            if not re.fullmatch(r"[|:\s-]+", line):
                blocks.extend(Block(line_no, plain(cell)) for cell in line.strip("|").split("|") if plain(cell))
            continue
        if line.startswith(">"):
            if not (current and current.quote):
                flush()
                current = Block(line_no, "", quote=True)
            current.text += " " + line.lstrip("> ")
            continue
        marker = BLOCK_START.match(line)
        if marker or (current and current.quote):
            flush()
            current = Block(line_no, line[marker.end():] if marker else line)
        elif current is None:
            current = Block(line_no, line)
        else:
            current.text += " " + line
    flush()
    return blocks


# --- Sources of reader text ---------------------------------------------------

@dataclass
class Document:
    """One checked unit: a file, or one topic of data/topics.yaml."""
    name: str
    blocks: list[Block] = field(default_factory=list)


def check(document: Document, display: str) -> list[str]:
    out = []
    for block in document.blocks:
        for sentence in sentences(block.text):
            out.extend(f"{display}:{block.line}: {p}" for p in problems_in(sentence, quote=block.quote))
    return out


NON_TEXT_KEYS = {"id", "url", "value", "when", "as_sure_as", "email", "phone", "options_from",
                 "generated", "answer_section", "certainty", "article", "law", "lid", "letter",
                 "from", "to", "offering", "kind", "theme", "group"}
CODE = re.compile(r"^(?:[a-z0-9]+(?:[_-][a-z0-9]+)*|https?://\S+|[\w.+-]+@[\w.-]+|[\d\s()+-]+)$")


def yaml_blocks(path: Path, display: str) -> tuple[object, list[tuple[tuple, Block]]]:
    """The data of a YAML file, and (data path, block) for each piece of reader text."""
    text = path.read_text(encoding="utf-8")
    source = yamlsource.parse(text, display)
    if source.problems:
        raise ValueError(f"{display}: cannot read: {source.problems}")
    raw = text.splitlines()
    found: list[tuple[tuple, Block]] = []
    for where, value in _strings(source.data, ()):
        if not _is_reader_text(where, value):
            continue
        start = source.line_of(where)
        for block in markdown_blocks(value):
            found.append((where, Block(_locate(raw, start, block.text, len(value.splitlines())), block.text, block.quote)))
    return source.data, found


def _strings(node, where: tuple):
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, where + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, where + (index,))


def _is_reader_text(where: tuple, value: str) -> bool:
    key = next((step for step in reversed(where) if isinstance(step, str)), "")
    return key not in NON_TEXT_KEYS and not CODE.match(value.strip())


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[*_`\[\]()>#|“”‘’\"']", " ", text).lower().split())


def _locate(raw: list[str], start: int, text: str, span: int) -> int:
    """The line, at or after `start`, on which `text` begins (fallback: `start`)."""
    words = _norm(text).split()
    region = range(start - 1, min(len(raw), start + span + 1))
    for size in (4, 3, 2, 1):
        needle = " ".join(words[:size])
        for index in region:
            if needle and needle in _norm(raw[index]):
                return index + 1
    return start


def markdown_file(path: Path, display: str) -> Document:
    """A page in docs/: its front matter title/description and its body."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    body_start = 0
    if lines and lines[0].strip() == "---":
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for i in range(1, end):
            match = re.match(r"^(title|description):\s*(.+)$", lines[i])
            if match:
                blocks.append(Block(i + 1, plain(match.group(2).strip("'\""))))
        body_start = end + 1
    blocks.extend(markdown_blocks("\n".join(lines[body_start:]), body_start + 1))
    return Document(display, blocks)


READER_ATTRIBUTES = re.compile(r"\b(?:aria-label|title|alt|placeholder|data-text|data-copied|data-copy-prompt)=\"([^\"{]*)\"")


def template_file(path: Path, display: str) -> Document:
    """The words in a Jinja template between the markup, line by line."""
    text = path.read_text(encoding="utf-8")

    def blank(match: re.Match) -> str:  # keep line numbers: removed spans keep their newlines
        return "\n" * match.group(0).count("\n")

    for pattern in (r"\{#.*?#\}", r"<script\b.*?</script>", r"<style\b.*?</style>", r"<!--.*?-->", r"\{%.*?%\}"):
        text = re.sub(pattern, blank, text, flags=re.DOTALL)
    blocks: list[Block] = []
    in_front_matter = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == "---":
            in_front_matter = not in_front_matter
            continue
        if in_front_matter:
            match = re.match(r"^(title|description):\s*(.+)$", line)
            line = match.group(2) if match else ""
        for attribute in READER_ATTRIBUTES.findall(line):
            if plain(attribute):
                blocks.append(Block(number, plain(attribute)))
        line = re.sub(r"\{\{.*?\}\}", " 14 ", line)
        line = BLOCK_START.sub("", line.strip())
        if plain(line):
            blocks.append(Block(number, plain(line)))
    return Document(display, blocks)


def mkdocs_config(path: Path, display: str) -> Document:
    """Site name, description, navigation labels and the report-an-error texts."""
    text = path.read_text(encoding="utf-8")
    source = yamlsource.parse(text, display)
    if source.problems:
        raise ValueError(f"{display}: cannot read: {source.problems}")
    config = source.data
    blocks = [Block(source.line_of((key,)), config[key]) for key in ("site_name", "site_description") if key in config]

    def nav(items, where):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                for label, target in item.items():
                    blocks.append(Block(source.line_of(where + (index, label)), label))
                    if isinstance(target, list):
                        nav(target, where + (index, label))
    nav(config.get("nav", []), ("nav",))
    report = (config.get("extra") or {}).get("report_error") or {}
    for key in ("label", "subject", "body"):
        if isinstance(report.get(key), str):
            blocks.extend(Block(source.line_of(("extra", "report_error", key)), b.text)
                          for b in markdown_blocks(report[key].replace("{title}", "Titel").replace("{url}", " ")))
    return Document(display, blocks)


def documents(root: Path) -> list[Document]:
    """Every unit of reader text of the site, in a stable order.

    data/topics.yaml is split by topic, so a finding names the topic it is in.
    """
    docs: list[Document] = []
    for path in sorted((root / "data").glob("*.yaml")):
        if path.stem == "redirects":  # addresses only
            continue
        display = f"data/{path.name}"
        data, found = yaml_blocks(path, display)
        if path.stem != "topics":
            docs.append(Document(display, [block for _where, block in found]))
            continue
        by_topic: dict[str, Document] = {}
        for where, block in found:
            topic = data["topics"][where[1]]["id"] if where[:1] == ("topics",) and len(where) > 1 else None
            name = f"{display} topic {topic}" if topic else f"{display} intro and sources"
            by_topic.setdefault(name, Document(name)).blocks.append(block)
        docs.extend(by_topic.values())
    for path in sorted((root / "docs").rglob("*.md")):
        docs.append(markdown_file(path, path.relative_to(root).as_posix()))
    # Templates of pages and HTML; not sw.js.j2, which is code.
    for folder, pattern in (("templates", "*.md.j2"), ("templates", "*.html.j2"), ("overrides", "*.html")):
        for path in sorted((root / folder).rglob(pattern)):
            if path.parent.name == "languages":  # Material's label table: its keys are the theme's ids;
                continue                          # its labels are checked on the built pages
            docs.append(template_file(path, path.relative_to(root).as_posix()))
    docs.append(mkdocs_config(root / "mkdocs.yml", "mkdocs.yml"))
    return docs


def display_of(document: Document) -> str:
    """The file part of a document's name ("data/topics.yaml topic x" -> "data/topics.yaml")."""
    return document.name.split(" ", 1)[0]


# --- The built site: what a reader sees -----------------------------------------

from html.parser import HTMLParser  # noqa: E402  (only the built-site checks need it)

# Not seen as text: code, and the theme's icons.
_UNSEEN = {"script", "style", "template", "noscript", "svg"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Where one piece of text ends and the next begins, so words of two blocks do not run together.
_BREAKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "dt", "dd", "summary",
           "label", "option", "button", "figcaption", "br", "tr", "nav", "header", "footer", "section"}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if not _UNSEEN & set(self.open):
            heard = [value for name, value in attrs if name in ("aria-label", "title", "alt", "placeholder") and value]
            self.parts.extend(f"\n{value}\n" for value in heard)
        if tag in _BREAKS:
            self.parts.append("\n")
        if tag not in _VOID:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.open:
            return
        while self.open.pop() != tag:
            pass
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not _UNSEEN & set(self.open):
            self.parts.append(" ".join(data.split("\n")))  # a line break in the source is a space on screen


def visible_text(html: str) -> str:
    """The text of a built page as a reader sees or hears it: one block per line."""
    parser = _Visible()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
