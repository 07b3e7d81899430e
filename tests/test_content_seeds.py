"""The content keeps to the seeds (issue #12), checked where the reader meets it:
the built pages, the printed method cards and the keuzehulp's reasons.

The facts come from ../shared/seeds; these tests pin what the review found missing
or wrong there, so it cannot quietly come back.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

import reader_text
from wizard import advise

# Personal names in the seeds (people interviewed, authors, speakers, staff). The
# site writes about them in its own words and names none of them.
SEED_NAMES = (
    "Loes den Dulk", "Dennis van den Brink", "Tiske Boonstra", "Thom van Woerkom", "Korrie Louwes",
    "Alef Dekker", "Janneke Haan", "Jeanny Engels", "Femke de Wit", "Sandra Suijkerbuijk",
    "Sean McDougall", "Vivianne Baur", "Liesbeth Zwanepol", "Sanne Abrahams", "Eelco de Gooijer",
    "Annemieke Visser", "Viola van der Lely", "Janna Steinbusch", "Maurice Hintzen",
    "Bastiaan Wallage", "Dave Staat", "Marcia Mulder", "Marion Welling",
)
# Surnames that are no Dutch word, so they also count on their own ("Baur, V.E.").
SURNAMES = ("Dulk", "Boonstra", "Woerkom", "Louwes", "Dekker", "Suijkerbuijk", "McDougall", "Baur",
            "Zwanepol", "Gooijer", "Lely", "Steinbusch", "Hintzen", "Wallage", "Welling")
NAMES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in SEED_NAMES + SURNAMES) + r")\b")


def _main(built_site: Path, page: str) -> str:
    """The page's own content (its <article>), without the menus and the table of contents."""
    html = (built_site / page / "index.html").read_text(encoding="utf-8")
    return reader_text.visible_text(html[html.index("<article"):html.rindex("</article>")])


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")


def _hrefs(built_site: Path, page: str) -> list[str]:
    parser = _Links()
    parser.feed((built_site / page / "index.html").read_text(encoding="utf-8"))
    return parser.hrefs


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- No personal names ------------------------------------------------------------

def test_no_personal_name_from_the_seeds_reaches_the_site(built_site):
    found = []
    for path in sorted(built_site.rglob("*")):
        if path.suffix in (".html", ".json", ".xml", ".txt") and "javascripts" not in path.parts:
            found += [f"{path.relative_to(built_site)}: {m}" for m in NAMES.findall(path.read_text(encoding="utf-8"))]
    for pdf in built_site.rglob("*.pdf"):
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        found += [f"{pdf.relative_to(built_site)}: {m}" for m in NAMES.findall(text)]
    assert not found


def test_the_name_check_finds_a_name():
    assert NAMES.findall("Zo vertelt Tiske Boonstra het. Zie Baur, V.E. (2012).") == ["Tiske Boonstra", "Baur"]
    assert not NAMES.findall("In het Engels heet het anders. De Staat der Nederlanden.")


# --- Editorial ratings and notes ----------------------------------------------------

def test_method_page_and_its_card_say_the_ratings_are_the_editors_estimate(built_site, site_data, method):
    ratings = site_data["methods"]["ratings"]
    text = _main(built_site, f"methoden/{method['id']}")
    facets = text[:text.index("Wat is het?")]
    assert "Moeite" in facets and ratings["label"] in facets  # on the page, next to the ratings
    card = text[text.rindex("Wat heeft u nodig"):]
    assert f"({ratings['label'].lower()})" in card  # on the card that prints and embeds


def test_overview_and_card_sheet_say_how_the_estimate_was_made(built_site, site_data):
    ratings = site_data["methods"]["ratings"]
    overview = _main(built_site, "methoden")
    assert _one_line(ratings["note"]) in overview
    how = overview[overview.rindex(ratings["heading"]):]
    assert _one_line(ratings["how"].splitlines()[0]) in how
    sheet = _main(built_site, "methodekaarten")
    assert sheet.count(f"({ratings['label'].lower()})") == len(site_data["methods"]["methods"])


def test_a_note_about_who_a_method_suits_shows_even_without_groups(built_site, site_data):
    noted = [m for m in site_data["methods"]["methods"] if m.get("suited_for_note")]
    # The notes once dropped: PARTNER has no groups at all, versterkend begeleiden has one.
    assert {"partner-benadering", "versterkend-begeleiden"} <= {m["id"] for m in noted}
    for method in noted:
        note = f"Voor wie: {_one_line(method['suited_for_note'])}"
        assert note in _main(built_site, f"methoden/{method['id']}"), method["id"]


# --- Sources the seeds give -------------------------------------------------------

@pytest.mark.parametrize("page, address", [
    ("methoden/energiedag", "https://www.youtube.com/watch?v=lDzUmdII9ac"),
    ("methoden/energiedag", "https://www.coalitievoorinclusie.nl/"),
    ("methoden/inspraakhuis", "https://www.youtube.com/watch?v=SEKSGUF3Km4"),
    ("methoden/dialoogtafels", "https://www.youtube.com/watch?v=lBuAAVhGVNk"),
    ("methoden/dialoogtafels",
     "https://www.zonmw.nl/nl/actueel/nieuws/detail/item/friese-dialoogtafels-bieden-ruimte-voor-reflectie-op-het-zorgtraject/"),
    ("methoden/feedback-in-1-minuut",
     "https://ncz.nl/wp-content/uploads/2017/08/Rapport-Cli%C3%ABntenraadsels-onderzoek-naar-medezeggenschap.pdf"),
    ("inspraak/links", "https://www.youtube.com/watch?v=nBn0qxHQdE4"),
])
def test_page_links_the_source_the_seed_gives(built_site, page, address):
    assert address in _hrefs(built_site, page)


def test_dialoogtafels_name_the_infographic_and_the_practitioner_without_a_name(built_site):
    text = _main(built_site, "methoden/dialoogtafels")
    assert "infographic" in text and "hulpverlener" in text and "tien jaar" in text


def test_sources_are_credited_to_who_made_them(built_site):
    feedback = _main(built_site, "methoden/feedback-in-1-minuut")
    assert "GGZ inGeest (2017)" in feedback  # NCZ only hosts the file
    photovoice = _main(built_site, "methoden/photovoice")
    assert "(Innovatie in de zorg, 2013)" in photovoice  # Participatiekompas only hosts it


# --- The LOC catalogue --------------------------------------------------------------

def test_catalogue_list_reads_cleanly(built_site, site_data):
    text = _main(built_site, "opleidingen")
    assert ".." not in text
    for offering in site_data["modules"]["offerings"]:
        line = next(line for line in text.splitlines() if line.startswith(offering["title"] + " — "))
        assert len(re.findall(r"\d+ dagde", line)) <= 1, line  # the duration once, not twice


def test_basiscursus_states_its_duration_once(built_site):
    text = _main(built_site, "opleidingen/basiscursus-medezeggenschap-in-de-praktijk")
    assert text.count("Minimaal 1 dagdeel") == 1 and "4 uur" in text


def test_reconstructed_title_is_said_on_the_page(built_site, site_data):
    offering = next(o for o in site_data["modules"]["offerings"] if o["id"] == "module-visie-op-medezeggenschap")
    text = _main(built_site, "opleidingen/module-visie-op-medezeggenschap")
    assert f"Over de titel\n{_one_line(offering['title_note'])}" in text


def test_catalogue_names_no_sector_for_a_module(built_site, site_data):
    diensten = next(o for o in site_data["modules"]["offerings"] if o["id"] == "module-aanvullende-diensten")
    assert "audience" not in diensten  # the gids names no sector on purpose
    assert "Voor wie" not in _main(built_site, "opleidingen/module-aanvullende-diensten")


def test_dated_statements_keep_their_date(built_site):
    text = _main(built_site, "opleidingen/traject-herinrichting-medezeggenschap")
    assert "In 2021 schreef LOC" in text and "op dit moment" not in text.lower()


def test_kwaliteitsplan_consent_is_the_kwaliteitskader_s_and_the_question_stays_a_question(built_site):
    text = _one_line(_main(built_site, "opleidingen/module-kwaliteit-van-zorg-en-welzijn"))
    assert "Wat is goede zorg? Is dat voor iedereen anders, of juist hetzelfde?" in text
    consent = re.search(r"[^.]*instemmen[^.]*\.[^.]*\.", text).group(0)
    assert "kwaliteitskader voor verpleeghuiszorg en wijkverpleging" in consent


def test_loc_offers_outside_the_catalogue_are_listed(built_site):
    text = _main(built_site, "opleidingen").lower()
    for offer in ("leergang", "netwerkbijeenkomsten", "intervisie", "nieuwsbrief", "podcast", "forum"):
        assert offer in text, offer


def test_scenario_three_gives_the_seed_s_reason_as_an_expectation(built_site):
    text = _one_line(_main(built_site, "wet-en-regels/raad-of-panel"))
    assert "De bron verwacht dat werven via het jongerenwerk beter lukt dan via ambulante hulp." in text


# --- Language on the page --------------------------------------------------------

def test_nah_is_explained_where_a_page_first_uses_it(built_site):
    for path in built_site.rglob("*.html"):
        text = reader_text.visible_text(path.read_text(encoding="utf-8"))
        first = re.search(r"\bNAH\b", text)
        if first:
            assert text[:first.end() + 1].endswith("niet-aangeboren hersenletsel (NAH)"), path


# --- The keuzehulp's reasons --------------------------------------------------------

YOUTH = {"verblijf": "geen", "sector": "jeugdhulp", "zorgverleners": 30, "doelgroep": ["jongeren"],
         "ervaring": "nieuw", "clientenraad": "nee"}


@pytest.mark.parametrize("method_id, words", [
    ("ideeenbord", ("adviesnotitie", "buurthuizen")),
    ("pizza-gesprekken", ("adviesnotitie", "jongerenwerk")),
    ("clientenpanel", ("adviesnotitie",)),
])
def test_youth_reasons_credit_the_advisory_note_and_keep_to_it(site_data, method_id, words):
    advice = advise(YOUTH, site_data)
    method = next(m for m in advice["methods"] if m["id"] == method_id)
    reason = next(r for r in method["reasons"] if r.startswith("Past bij ‘Jongeren’"))
    assert all(word in reason for word in words), reason
    assert "jongerencentra" not in reason  # the note names the ideeënbox in buurthuizen only
