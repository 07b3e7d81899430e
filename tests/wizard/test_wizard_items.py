"""Which subjects of art. 7 lid 1 and art. 8 lid 1 the advice lists, per kind of stay."""
import pytest

from wizard import advise

from wizard_helpers import obligation, profile

ART7_ALWAYS = [f"art7-{c}" for c in "abcdefg"]
ART8_ALWAYS = [f"art8-{c}" for c in "abcdef"]

EXPECTED = {
    # h and i of art. 7, and h and i of art. 8: only long stay
    "langdurig": (ART7_ALWAYS + ["art7-h", "art7-i"],
                  ART8_ALWAYS + ["art8-g", "art8-h", "art8-i", "art8-j", "art8-k"]),
    # g of art. 8: wherever clients can stay day and night, short or long
    "kort": (ART7_ALWAYS, ART8_ALWAYS + ["art8-g", "art8-j", "art8-k"]),
    "geen": (ART7_ALWAYS, ART8_ALWAYS + ["art8-j", "art8-k"]),
}


@pytest.mark.parametrize("verblijf", EXPECTED)
def test_items_per_verblijf(data, verblijf):
    advice = advise(profile(verblijf=verblijf), data)
    advies, instemming = EXPECTED[verblijf]
    assert [i["id"] for i in obligation(advice, "adviesrecht")["items"]] == advies
    assert [i["id"] for i in obligation(advice, "instemmingsrecht")["items"]] == instemming


@pytest.mark.parametrize("verblijf", EXPECTED)
def test_items_do_not_depend_on_size_or_sector(data, verblijf):
    small = advise(profile(verblijf=verblijf, zorgverleners=3, sector="justitie"), data)
    large = advise(profile(verblijf=verblijf, zorgverleners=300), data)
    for right in ("adviesrecht", "instemmingsrecht"):
        assert obligation(small, right)["items"] == obligation(large, right)["items"]


def test_item_certainty_follows_the_legal_readme(data):
    items = obligation(advise(profile(verblijf="langdurig"), data), "adviesrecht")["items"]
    certainty = {i["id"]: i["certainty"]["id"] for i in items}
    assert certainty.pop("art7-f") == "sec"
    assert set(certainty.values()) == {"seed"}
    items = obligation(advise(profile(verblijf="langdurig"), data), "instemmingsrecht")["items"]
    assert {i["certainty"]["id"] for i in items} == {"seed"}


def test_only_advies_and_instemming_carry_items(data):
    advice = advise(profile(), data)
    assert [o["id"] for o in advice["obligations"] if "items" in o] == ["adviesrecht", "instemmingsrecht"]
    for item in obligation(advice, "adviesrecht")["items"]:
        assert set(item) == {"id", "letter", "text", "certainty"}
