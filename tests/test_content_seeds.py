"""The content keeps to the seeds (issue #12), checked where the reader meets it:
the built pages, the printed method cards and the keuzehulp's reasons.

The facts come from ../shared/seeds; these tests pin what the review found missing
or wrong there, so it cannot quietly come back.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

import reader_text
from wizard import advise

# Personal names in the seeds (people interviewed, authors, speakers, staff): the
# site writes about them in its own words and names none of them. The repository
# does not name them either: these are fingerprints (see `fingerprint`) of the 23
# full names and of the 15 surnames that are no Dutch word, so they also count on
# their own ("Surname, V.E."). To add a name, add `fingerprint("First Last")`'s value.
SEED_NAME_FINGERPRINTS = frozenset({
    "01b8ee8aa48a2215", "070b48bbcfd64702", "08e71e76ab60500d", "0bf2bbb14c2da82d", "122e9702f4048356",
    "13d1d29e16ebc29b", "19d57a217abb705d", "1a3c65677997771a", "2b03c404280116c0", "35a60d2474951604",
    "375c977553a9aa68", "3e134831ba22219f", "3ee69f32b457ff0f", "4f8e0028ba590454", "59f8a6d22b9d899d",
    "5fa2124c2595a1fb", "72bd30bdf1499a9d", "764650df6fe00ed0", "7716efed8785afbc", "839bca695bdf7f5a",
    "8474c1485e12f067", "98cc10223dd75e92", "9aa3e58d397f0363", "9c2701fc21cb5fd8", "9d3fe160dae941a2",
    "b03b0ec24f7d3cbc", "b2e060255526765e", "b6271db82e898b54", "ba44465464a23ea4", "bb767b4f6ba6f3e7",
    "bf398a94eea99446", "bf51350992f686ca", "c592901c0d62acec", "daae2d929e7d0212", "db5ee6e14f5bf7f6",
    "f7c36bc808f2ebc9", "f8260a0359eb4148", "fda7f33ba083db16",
})
LONGEST_NAME = 4  # words, as in "First van der Last"
WORD = re.compile(r"\w+")


def fingerprint(name: str) -> str:
    """The words of a name, as written (NFC), joined by one space, hashed."""
    words = WORD.findall(unicodedata.normalize("NFC", name))
    return hashlib.sha256(("inspraakwijzer seed name: " + " ".join(words)).encode("utf-8")).hexdigest()[:16]


def names_in(text: str, fingerprints=SEED_NAME_FINGERPRINTS) -> list[str]:
    """Every run of 1 to LONGEST_NAME words that starts and ends with a capital and whose
    fingerprint is listed, in the order found."""
    words = WORD.findall(unicodedata.normalize("NFC", text))
    found = []
    for i, first in enumerate(words):
        if not first[0].isupper():
            continue
        for run in (words[i:i + n] for n in range(1, LONGEST_NAME + 1) if i + n <= len(words)):
            name = " ".join(run)
            if run[-1][0].isupper() and fingerprint(name) in fingerprints:
                found.append(name)
    return found



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
            found += [f"{path.relative_to(built_site)}: {m}" for m in names_in(path.read_text(encoding="utf-8"))]
    for pdf in built_site.rglob("*.pdf"):
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        found += [f"{pdf.relative_to(built_site)}: {m}" for m in names_in(text)]
    assert not found


def test_the_name_check_finds_a_name():
    # Made-up names: the check is the same, only the fingerprints differ.
    made_up = frozenset({fingerprint("Jantje van der Voorbeeld"), fingerprint("Voorbeeld")})
    text = "Zo vertelt Jantje van der Voorbeeld het. Zie Voorbeeld, J. (2012). Het voorbeeld is klein."
    assert names_in(text, made_up) == ["Jantje van der Voorbeeld", "Voorbeeld", "Voorbeeld"]
    assert names_in("Jantje  van der\nVoorbeeld", made_up) == ["Jantje van der Voorbeeld", "Voorbeeld"]
    assert not names_in("In het Engels heet het anders. De Staat der Nederlanden.")


def test_every_seed_name_has_a_fingerprint():
    assert len(SEED_NAME_FINGERPRINTS) == 38
    assert all(re.fullmatch(r"[0-9a-f]{16}", f) for f in SEED_NAME_FINGERPRINTS)


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
