"""Reader text is plain Dutch: the reader is "u", no English jargon, short sentences.

One test case per file (and per topic of data/topics.yaml), so a finding names
where it is; each finding reads `file:LINE: what is wrong`.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import reader_text as language

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = language.documents(ROOT)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_reader_text_is_plain_dutch(document):
    problems = language.check(document, language.display_of(document))
    assert not problems, f"{len(problems)} language problem(s):\n" + "\n".join(problems)


def test_every_kind_of_reader_text_is_checked():
    names = {d.name for d in DOCUMENTS}
    for expected in ("data/methods.yaml", "data/modules.yaml", "data/vocabulary.yaml", "data/wizard.yaml",
                     "data/law.yaml", "docs/index.md", "templates/pages/method.md.j2",
                     "overrides/main.html", "mkdocs.yml"):
        assert expected in names, expected
    assert any(n.startswith("data/topics.yaml topic ") for n in names)
    methods = next(d for d in DOCUMENTS if d.name == "data/methods.yaml")
    texts = " ".join(b.text for b in methods.blocks)
    assert "Ideeënbord" in texts and "Een bord op een centrale plek" in texts
    assert "begin-direct" not in texts and "https://" not in texts  # codes and addresses are not reader text


@pytest.mark.parametrize("sentence", [
    "Hang het bord op waar je veel mensen ziet.",
    "Wat vinden jullie ervan?",
    "Is dit jouw idee?",
])
def test_informal_address_is_found(sentence):
    assert any("address the reader as 'u'" in p for p in language.problems_in(sentence))


@pytest.mark.parametrize("sentence", [
    "Gebruik het werkboek ‘Laat je horen’ samen met een begeleider.",
    "Volg de module Adviseren doe je zó.",
    "Hang het bord op waar u veel mensen ziet.",
])
def test_proper_names_and_u_pass(sentence):
    assert language.problems_in(sentence) == []


@pytest.mark.parametrize("sentence, word", [
    ("Gebruik dan de wizard.", "wizard"),
    ("Vooraf commitment van de organisatie.", "commitment"),
    ("Bijvoorbeeld een mystery guest.", "mystery guest"),
    ("Meld het via de issuetracker.", "issuetracker"),
])
def test_english_jargon_is_found(sentence, word):
    assert any(f"'{word}'" in p for p in language.problems_in(sentence))


LONG = ("Dit is een zin die veel te lang is omdat hij maar doorgaat en doorgaat met woorden "
        "zonder dat er ooit een punt komt zodat de lezer het spoor helemaal bijster raakt.")


def test_long_sentence_is_found_but_quotes_and_citations_do_not_count():
    assert any("sentence of 32 words" in p for p in language.problems_in(LONG))
    quoted = "De gids zegt: “" + LONG + "”"
    assert language.problems_in(quoted) == []
    cited = ("Daarnaast heeft de raad dan instemmingsrecht over een sociaal plan voor de cliënten en over "
             "de inrichting van de ruimtes (art. 8 lid 1 onder h en i Wmcz 2018).")
    assert language.word_count(cited) == 20
    assert language.problems_in(LONG, quote=True) == []  # a Markdown blockquote


def test_sentences_split_at_the_end_not_at_abbreviations():
    text = "Dat staat in art. 5 lid 4 van de Wmcz 2018. Lees ook bijv. de tips! Daarna: klaar."
    assert language.sentences(text) == [
        "Dat staat in art. 5 lid 4 van de Wmcz 2018.", "Lees ook bijv. de tips!", "Daarna: klaar."]


def test_findings_point_at_the_line_in_the_yaml_file(tmp_path):
    data = tmp_path / "methods.yaml"
    data.write_text("methods:\n  - id: x\n    description: |-\n      Eerste zin.\n\n      Hier zie je iets.\n",
                    encoding="utf-8")
    _data, found = language.yaml_blocks(data, "data/methods.yaml")
    document = language.Document("data/methods.yaml", [block for _w, block in found])
    assert [p.split(": ")[0] for p in language.check(document, "data/methods.yaml")] == ["data/methods.yaml:6"]


def test_template_text_is_read_between_the_markup(tmp_path):
    template = tmp_path / "t.md.j2"
    template.write_text('{# je commentaar #}\n<p class="x">{{ m.name }} en je</p>\n<script>var je = 1;</script>\n'
                        '<a aria-label="Open je kaart" href="#">Start</a>\n', encoding="utf-8")
    problems = language.check(language.template_file(template, "t.md.j2"), "t.md.j2")
    assert [p.split(": ")[0] for p in problems] == ["t.md.j2:2", "t.md.j2:4"]


# An address or path on the page ("inspraakwijzer.nl/methoden/werkboek-laat-je-horen/") is no sentence.
ADDRESS = re.compile(r"\S*/\S*")


def test_built_pages_speak_to_the_reader_as_u_without_english_jargon(built_site):
    """What the reader finally sees, templates and theme included: every page of the built site."""
    problems = []
    for path in sorted(built_site.rglob("*.html")):
        text = ADDRESS.sub(" ", language.visible_text(path.read_text(encoding="utf-8")))
        page = path.relative_to(built_site).as_posix()
        for block in text.splitlines():
            for sentence in language.sentences(block):
                problems += [f"{page}: {p}" for p in language.problems_in(sentence)
                             if not p.startswith("sentence of")]  # length: checked in the sources above
    assert not problems, "\n".join(problems)


def test_visible_text_leaves_out_code_and_keeps_what_is_heard():
    html = ('<p>Hang het <b>bord</b> op.</p><script>var je = 1;</script><svg><title>je icoon</title></svg>'
            '<a aria-label="Open de kaart" href="#">Kaart</a>')
    assert language.visible_text(html).splitlines() == ["Hang het bord op.", "Open de kaart", "Kaart"]


# The engine's advice: its wording comes from data/ but is put together in wizard/, so it is
# read here as the reader gets it, for every golden profile (the golden file pins no wording).
ADVICE_WORDING = {"title", "why", "text", "note", "summary", "label", "reasons", "caveats", "disclaimer", "headline"}
GOLDEN = ROOT / "tests" / "golden" / "profiles.json"


def _wording(value, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [text for k, item in value.items() for text in _wording(item, k)]
    if isinstance(value, list):
        return [text for item in value for text in _wording(item, key)]
    return [value] if isinstance(value, str) and key in ADVICE_WORDING else []


def test_the_engines_advice_for_every_golden_profile_is_plain_dutch(site_data):
    from wizard import advise

    texts = {}
    for case in json.loads(GOLDEN.read_text(encoding="utf-8")):
        for text in _wording(advise(case["profile"], site_data)):
            texts.setdefault(language.plain(text), case["name"])
    assert len(texts) > 100  # the advice was read, not skipped
    problems = [f"{name}: {p}" for text, name in texts.items()
                for sentence in language.sentences(text) for p in language.problems_in(sentence)]
    assert not problems, f"{len(problems)} language problem(s) in the advice:\n" + "\n".join(problems)
