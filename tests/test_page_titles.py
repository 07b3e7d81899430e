"""Every generated item page keeps its own title: the front matter is valid YAML
whatever the title holds (a ": " once turned it into page text, e.g. the
"Basiscursus: medezeggenschap in de praktijk" page)."""
from __future__ import annotations

import html
import re

from inspraakwijzer import routes
from inspraakwijzer.collection import COLLECTIONS

TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def test_every_item_page_has_its_title_and_no_front_matter_text(built_site, dataset):
    wrong = []
    for collection in COLLECTIONS:
        for item in collection.items(dataset.data):
            url = routes.url_of(collection.page(item["id"]))
            page_html = (built_site / url / "index.html").read_text(encoding="utf-8")
            title = html.unescape(TITLE.search(page_html).group(1))
            if title != f"{item[collection.title]} - Inspraakwijzer" or "<p>title: " in page_html:
                wrong.append((url, title))
    assert wrong == []
