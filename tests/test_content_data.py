"""The content data as a reader relies on it: law facts traceable, catalogue complete."""
from __future__ import annotations

from pathlib import Path

import pytest

from inspraakwijzer import durations
from inspraakwijzer.loader import load_data

DATA = load_data(Path(__file__).resolve().parent.parent / "data")
LAW = DATA["law"]
ARTICLES = {a["id"]: a for a in LAW["articles"]}
OFFERINGS = DATA["modules"]["offerings"]


@pytest.mark.parametrize("obligation", LAW["obligations"], ids=lambda o: o["id"])
def test_every_obligation_cites_an_article_and_says_how_sure(obligation):
    assert obligation["articles"], "an obligation without an article"
    for rule in obligation["rules"]:
        assert rule["certainty"] in DATA["vocabulary"]["certainty"]
        for article in rule.get("articles", obligation["articles"]):
            assert article in ARTICLES


@pytest.mark.parametrize("article", LAW["articles"], ids=lambda a: a["id"])
def test_every_article_links_the_official_text(article):
    law = next(entry for entry in LAW["laws"] if entry["id"] == article["law"])
    bwbr = law["url"].rsplit("/", 1)[-1]
    assert article["url"].startswith(f"https://wetten.overheid.nl/jci1.3:c:{bwbr}")
    if "article" in article:
        assert f"&artikel={article['article']}" in article["url"]


def test_catalogue_has_all_36_offerings_in_their_groups():
    kinds = [o["kind"] for o in OFFERINGS]
    themes = [o["theme"] for o in OFFERINGS]
    assert len(OFFERINGS) == 36
    assert kinds.count("cursus") == 1 and themes.count("basis") == 1
    assert themes.count("raadswerk") == 11
    assert themes.count("onderwerpen") == 10
    assert themes.count("trajecten") == 14
    assert {k for o in OFFERINGS if o["theme"] == "trajecten" for k in [o["kind"]]} == {
        "adviestraject", "coachingstraject", "ondersteuningstraject"}


@pytest.mark.parametrize("offering", [o for o in OFFERINGS if "duration" in o], ids=lambda o: o["id"])
def test_durations_parse_into_a_band(offering):
    duration = offering["duration"]
    band = durations.band(duration)
    assert band in DATA["vocabulary"]["duration_band"]
    if duration.get("depends"):
        assert band == "op-maat"
    else:
        low = duration.get("dagdelen", duration.get("dagdelen_min"))
        high = duration.get("dagdelen", duration.get("dagdelen_max", low))
        assert 1 <= low <= high


@pytest.mark.parametrize("duration, band", [
    (None, "niet-vermeld"), ({"dagdelen": 1}, "vanaf-1-dagdeel"), ({"dagdelen_min": 1}, "vanaf-1-dagdeel"),
    ({"dagdelen": 2}, "2-tot-4-dagdelen"), ({"dagdelen_min": 2, "dagdelen_max": 4}, "2-tot-4-dagdelen"),
    ({"depends": True, "note": "x"}, "op-maat"),
])
def test_duration_bands(duration, band):
    assert durations.band(duration) == band


def test_advice_first_points_to_the_gids_prerequisites():
    first = {o["id"]: [f["offering"] for f in o.get("first", [])] for o in OFFERINGS}
    assert "module-visie-op-medezeggenschap" in first["module-bestuur-en-toezicht"]
    assert "module-interne-organisatie" in first["module-werkplan"]
