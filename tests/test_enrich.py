"""The enrich step and the collection table: values pages show are computed once,
on a copy, and the table agrees with the schemas."""
from __future__ import annotations

import jinja2
import pytest

from inspraakwijzer import enrich, render
from inspraakwijzer.collection import COLLECTIONS


@pytest.fixture(scope="module")
def enriched(dataset):
    return enrich.enrich(dataset)


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.kind)
def test_each_collection_is_the_list_its_schema_marks_with_its_kind(dataset, collection):
    schema = dataset.schemas[collection.stem]
    assert schema["properties"][collection.key]["x-ids"] == collection.kind
    assert list(dataset.ids[collection.kind].values()) == collection.items(dataset.data)
    assert all(collection.title in item for item in collection.items(dataset.data))


def test_enrich_leaves_the_engine_data_alone(dataset, enriched):
    assert "label" not in dataset.by_id("law-items", "art7-h")
    assert "linked_from" not in dataset.by_id("methods", "photovoice")
    # The copy's index points into the copy.
    assert enriched.by_id("methods", "photovoice") is next(
        m for m in enriched.data["methods"]["methods"] if m["id"] == "photovoice")


def test_law_items_get_their_citation_and_audience(enriched):
    audience = enriched.data["law"]["item_applies_to"]
    item = enriched.by_id("law-items", "art7-h")
    assert item["label"] == "art. 7 lid 1 onder h Wmcz 2018"
    assert item["when"] == ["long_stay"] and item["applies_to"] == audience["long_stay"]
    assert enriched.by_id("law-items", "art7-a")["applies_to"] == audience["all"]


def test_an_items_explanation_is_not_its_audience(enriched):
    """The instemmingsrecht table once showed art. 8 c's note on art. 15 Wkkgz as "voor wie"."""
    item = enriched.by_id("law-items", "art8-c")
    assert "Wkkgz" in item["explanation"]
    assert item["applies_to"] == enriched.data["law"]["item_applies_to"]["all"]


def test_links_recorded_on_one_side_show_on_both(dataset, enriched):
    offering = dataset.by_id("offerings", "traject-spiegelgesprekken")
    assert "spiegelgesprekken" in offering["related_methods"]
    assert offering["id"] in enriched.by_id("methods", "spiegelgesprekken")["linked_from"]["offerings"]
    topic_links = enriched.by_id("topics", "adviesrecht")["linked_from"]
    assert set(topic_links.get("offerings", [])) == {
        o["id"] for o in dataset.ids["offerings"].values() if "adviesrecht" in o.get("related_topics", [])}


def test_items_tables_follow_the_obligation_article(enriched):
    section = next(s for s in enriched.by_id("topics", "adviesrecht")["sections"] if s.get("generated") == "adviesrecht-items")
    article = enriched.by_id("obligations", "adviesrecht")["items_from"]
    assert [i["id"] for i in section["law_items"]] == [
        i["id"] for i in enriched.data["law"]["items"] if i["article"] == article]
    assert [i["letter"] for i in section["law_items"]] == list("abcdefghi")


def test_offerings_get_a_duration_band_and_methods_their_card(enriched):
    assert enriched.by_id("offerings", "traject-spiegelgesprekken")["duration_band"] in enriched.data["vocabulary"]["duration_band"]
    with_steps = next(m for m in enriched.ids["methods"].values() if m.get("steps"))
    assert with_steps["card"]["how_it_works"] == ""
    without = next(m for m in enriched.ids["methods"].values() if not m.get("steps"))
    assert without["card"]["how_it_works"] and without["description"].startswith(without["card"]["how_it_works"])


def test_a_template_error_names_the_template_line(tmp_path):
    (tmp_path / "page.md.j2").write_text("# Kop\n\n{{ item.titel }}\n", encoding="utf-8")
    (tmp_path / "syntax.md.j2").write_text("# Kop\n{% if %}\n", encoding="utf-8")
    env = render.environment()
    env.loader = jinja2.FileSystemLoader(tmp_path)
    data = {"vocabulary": {}}
    with pytest.raises(render.TemplateFailed, match=r"^templates/pages/page\.md\.j2:3: 'dict object' has no "
                                                    r"attribute 'titel' \(while making x/y\.md\)$"):
        render.render(env, "page.md.j2", "x/y.md", data, item={})
    with pytest.raises(render.TemplateFailed, match=r"^templates/pages/syntax\.md\.j2:2: "):
        render.render(env, "syntax.md.j2", "x/y.md", data)
