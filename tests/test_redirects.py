"""Redirect pages for old addresses."""
from __future__ import annotations

import pytest

from inspraakwijzer import redirects

DATA = {"redirects": {"redirects": [
    {"from": "methoden/oud/", "to": "methoden/nieuw.md", "why": "renamed"},
    {"from": "wizard/", "to": "keuzehulp/index.md", "why": "alias"},
]}}


def test_redirect_pages_point_relatively_to_the_new_url():
    pages = dict(redirects.files(DATA, lambda src: True))
    assert set(pages) == {"methoden/oud/index.html", "wizard/index.html"}
    assert 'url=../nieuw/"' in pages["methoden/oud/index.html"]
    assert 'url=../keuzehulp/"' in pages["wizard/index.html"]
    assert '<html lang="nl">' in pages["wizard/index.html"]


def test_missing_target_is_an_error():
    with pytest.raises(redirects.MissingTarget, match="methoden/oud/ -> methoden/nieuw.md"):
        list(redirects.files(DATA, lambda src: src != "methoden/nieuw.md"))


def test_every_real_redirect_lands_on_a_page(built_site, site_data):
    for redirect in site_data["redirects"]["redirects"]:
        assert (built_site / redirect["from"] / "index.html").is_file()
