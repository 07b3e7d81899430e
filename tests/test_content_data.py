"""The content data as a reader relies on it: law facts traceable, catalogue complete.

What the schemas already guarantee (articles cited, certainty given, ids that
exist) is tested once, by the loader's tests, not per item here."""
from __future__ import annotations

import pytest

from inspraakwijzer import durations


def test_every_article_links_the_official_text(dataset, article):
    law = dataset.by_id("laws", article["law"])
    bwbr = law["url"].rsplit("/", 1)[-1]
    assert article["url"].startswith(f"https://wetten.overheid.nl/jci1.3:c:{bwbr}")
    if "article" in article:
        assert f"&artikel={article['article']}" in article["url"]


def test_catalogue_has_all_36_offerings_in_their_groups(dataset):
    offerings = list(dataset.ids["offerings"].values())
    kinds = [o["kind"] for o in offerings]
    themes = [o["theme"] for o in offerings]
    assert len(offerings) == 36
    assert kinds.count("cursus") == 1 and themes.count("basis") == 1
    assert themes.count("raadswerk") == 11
    assert themes.count("onderwerpen") == 10
    assert themes.count("trajecten") == 14
    assert {o["kind"] for o in offerings if o["theme"] == "trajecten"} == {
        "adviestraject", "coachingstraject", "ondersteuningstraject"}


def test_durations_parse_into_a_band(site_data, offering):
    duration = offering.get("duration")
    band = durations.band(duration)
    assert band in site_data["vocabulary"]["duration_band"]
    if duration is None:
        assert band == "niet-vermeld"
    elif duration.get("depends"):
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


def test_advice_first_points_to_the_gids_prerequisites(dataset):
    first = {o["id"]: [f["offering"] for f in o.get("first", [])] for o in dataset.ids["offerings"].values()}
    assert "module-visie-op-medezeggenschap" in first["module-bestuur-en-toezicht"]
    assert "module-interne-organisatie" in first["module-werkplan"]
