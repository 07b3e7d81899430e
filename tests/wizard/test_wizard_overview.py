"""The static overview (keuzehulp/overzicht/) says what the engine says, for every sector, stay and size."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspraakwijzer import overview
from wizard import advise
from wizard.contract import SECTORS, VERBLIJF


@pytest.fixture(scope="module")
def table(site_data):
    return overview.table(site_data)


def test_every_stay_and_sector_has_a_row(table):
    assert [block["verblijf"] for block in table] == list(VERBLIJF)
    for block in table:
        assert [row["sector"] for row in block["rows"]] == list(SECTORS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(verblijf=st.sampled_from(VERBLIJF), sector=st.sampled_from(SECTORS), zorgverleners=st.integers(0, 5000))
def test_each_cell_is_what_the_keuzehulp_answers_for_any_number_in_its_band(site_data, table, verblijf, sector,
                                                                            zorgverleners):
    block = next(b for b in table if b["verblijf"] == verblijf)
    row = next(r for r in block["rows"] if r["sector"] == sector)
    cell = next(c for c in row["cells"] if c["band"][0] <= zorgverleners and
                (c["band"][1] is None or zorgverleners <= c["band"][1]))
    advice = advise({"verblijf": verblijf, "sector": sector, "zorgverleners": zorgverleners}, site_data)
    shown = {o["id"]: o["status"] for o in advice["obligations"] if o["id"] in overview.SHOWN}
    assert cell["obligations"] == shown


def test_the_examples_of_issue_9_read_right_in_the_overview(table):
    def cell(verblijf, sector, zorgverleners):
        row = next(r for b in table if b["verblijf"] == verblijf for r in b["rows"] if r["sector"] == sector)
        return next(c["obligations"] for c in row["cells"]
                    if c["band"][0] <= zorgverleners and (c["band"][1] is None or zorgverleners <= c["band"][1]))
    # a gezinshuis (bv) with one care provider: the law applies, and so does inspraak
    assert cell("langdurig", "jeugdhulp", 1) == {"wmcz": "ja", "clientenraad": "nee", "inspraak": "ja"}
    # an eerstelijnsverblijf unit with 20 care providers needs a council
    assert cell("kort", "eerstelijn", 20)["clientenraad"] == "ja"
    # pharmacies and military care are out of scope
    assert cell("geen", "apotheek", 30)["wmcz"] == "onzeker"  # one source (KNMP): never nee
    assert cell("kort", "defensie", 300)["wmcz"] == "nee"


def test_the_intro_names_what_the_overview_does_not_ask(site_data):
    intro = site_data["wizard"]["overview"]["intro"]
    assert "alleen werkt" in intro and "Wmo 2015" in intro and "per locatie" in intro


def test_the_obligations_only_path_is_the_advice_s_obligations(site_data):
    """overview and the early table call wizard.obligations_for instead of advise (issue 21)."""
    import json
    from pathlib import Path

    from wizard import ProfileError, obligations_for, outcome_for

    golden = json.loads((Path(__file__).parents[1] / "golden" / "profiles.json").read_text(encoding="utf-8"))
    for case in golden:
        advice = advise(case["profile"], site_data)
        assert obligations_for(case["profile"], site_data) == advice["obligations"]
        # The early table's path: the top of the advice, headline and steps included.
        assert outcome_for(case["profile"], site_data) == {key: advice[key] for key in ("headline", "obligations", "actions")}
    for path in (obligations_for, outcome_for):
        with pytest.raises(ProfileError):
            path({"verblijf": "langdurig"}, site_data)
