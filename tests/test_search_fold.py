"""The search index carries the accent-free form of every word with an accent (issue 21)."""
from __future__ import annotations

import json

import pytest

from inspraakwijzer import search_fold


def test_fold_drops_diacritics_only():
    assert search_fold.fold("cliëntenraad ideeënbord café") == "clientenraad ideeenbord cafe"
    assert search_fold.fold("Wmcz 2018 – €5") == "Wmcz 2018 – €5"


def test_the_folded_words_come_from_text_not_from_markup():
    words = search_fold.folded_words("Cliënten", "<p class=\"ë\">De cliëntenraad &amp; het ideeënbord, cliëntenraad</p>")
    assert words == ["clienten", "clientenraad", "ideeenbord"]


def test_an_index_gets_hidden_folded_words(tmp_path):
    index = tmp_path / search_fold.INDEX
    index.parent.mkdir()
    docs = [{"location": "a/", "title": "Cliëntenraad", "text": "<p>Een raad</p>"},
            {"location": "b/", "title": "Plain", "text": "<p>Geen accent</p>"}]
    index.write_text(json.dumps({"config": {}, "docs": docs}), encoding="utf-8")
    assert search_fold.fold_index(tmp_path) == 1
    folded = json.loads(index.read_text(encoding="utf-8"))["docs"]
    assert folded[0]["text"] == "<p>Een raad</p> <span hidden>clientenraad</span>"
    assert folded[1] == docs[1]


@pytest.mark.site
def test_the_built_index_has_the_folded_words(built_site):
    docs = json.loads((built_site / search_fold.INDEX).read_text(encoding="utf-8"))["docs"]
    with_accent = [d for d in docs if "cliëntenraad" in (d["title"] + d["text"]).lower()]
    assert with_accent and all("clientenraad" in d["text"] for d in with_accent)
