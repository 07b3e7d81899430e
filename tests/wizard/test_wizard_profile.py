"""Raw answers (URL fragment, form, JSON) -> clean profile, or Dutch errors naming the field."""
import pytest

from wizard import ProfileError, advise, parse_profile

from wizard_helpers import profile

CLEANED = [
    ({"zorgverleners": "40"}, {"zorgverleners": 40}),
    ({"zorgverleners": " 40 "}, {"zorgverleners": 40}),
    ({"zorgverleners": "040"}, {"zorgverleners": 40}),
    ({"zorgverleners": 40.0}, {"zorgverleners": 40}),
    ({"zorgverleners": "0"}, {"zorgverleners": 0}),
    ({"zorgverleners": 1_000_000}, {"zorgverleners": 1_000_000}),
    # Dutch thousands separators (issue 18): a dot or a space, groups of three.
    ({"zorgverleners": "1.200"}, {"zorgverleners": 1200}),
    ({"zorgverleners": "1 200"}, {"zorgverleners": 1200}),
    ({"zorgverleners": "1\u00a0200"}, {"zorgverleners": 1200}),
    ({"zorgverleners": "1.000.000"}, {"zorgverleners": 1_000_000}),
    ({"verblijf": " Langdurig "}, {"verblijf": "langdurig"}),
    ({"doelgroep": "nah, dementie,nah"}, {"doelgroep": ["dementie", "nah"]}),
    ({"doelgroep": ["weinig-taal", "jongeren"]}, {"doelgroep": ["jongeren", "weinig-taal"]}),
    ({"doelgroep": ""}, {}),
    ({"doelgroep": []}, {}),
    ({"doelgroep": " , "}, {}),
    ({"ervaring": ""}, {}),
    ({"clientenraad": None}, {}),
    ({"clientenraad": "opstarten", "ervaring": "bezig"}, {"clientenraad": "opstarten", "ervaring": "bezig"}),
    ({"onbekend": "x", "utm_source": "mail"}, {}),  # unknown keys are ignored
    ({"zelfstandig": " Nee "}, {"zelfstandig": "nee"}),
    ({"zelfstandig": "ja", "zorgverleners": "1"}, {"zelfstandig": "ja", "zorgverleners": 1}),
    ({"zelfstandig": ""}, {}),  # not answered: the rules assume the default, nee
    ({"financiering": "wmo, WLZ,wmo"}, {"financiering": ["wlz", "wmo"]}),
    ({"financiering": ["particulier"]}, {"financiering": ["particulier"]}),
    ({"financiering": ""}, {}),
    ({"sector": "defensie", "financiering": "anders"}, {"sector": "defensie", "financiering": ["anders"]}),
    ({"sector": "Apotheek"}, {"sector": "apotheek"}),
    ({"locaties": "8"}, {"locaties": 8}),
    ({"locaties": 1}, {"locaties": 1}),
    ({"locaties": " 10000 "}, {"locaties": 10_000}),
    ({"locaties": ""}, {}),
]

# (answers, field, kind of error, words the Dutch message must contain)
INVALID = [
    ({"zorgverleners": "abc"}, "zorgverleners", "not_whole_number", "Aantal zorgverleners"),
    ({"zorgverleners": "1.5"}, "zorgverleners", "not_whole_number", "heel getal"),
    ({"zorgverleners": "1,5"}, "zorgverleners", "not_whole_number", "1,5"),
    ({"zorgverleners": "1.20"}, "zorgverleners", "not_whole_number", "1.20"),  # not a group of three
    ({"zorgverleners": "12 00"}, "zorgverleners", "not_whole_number", "12 00"),
    ({"zorgverleners": "1.000.001"}, "zorgverleners", "too_large", "te groot"),
    ({"zorgverleners": 1.5}, "zorgverleners", "not_whole_number", "heel getal"),
    ({"zorgverleners": "-3"}, "zorgverleners", "negative", "kleiner zijn dan 0"),
    ({"zorgverleners": -3}, "zorgverleners", "negative", "Aantal zorgverleners"),
    ({"zorgverleners": "99999999999"}, "zorgverleners", "too_large", "1.000.000"),
    ({"zorgverleners": 1_000_001}, "zorgverleners", "too_large", "te groot"),
    ({"zorgverleners": "9" * 5000}, "zorgverleners", "too_large", "..."),
    ({"zorgverleners": True}, "zorgverleners", "wrong_type", "Aantal zorgverleners"),
    ({"zorgverleners": [40]}, "zorgverleners", "wrong_type", "goede vorm"),
    ({"zorgverleners": ""}, "zorgverleners", "missing", "ontbreekt"),
    ({"zorgverleners": "٣"}, "zorgverleners", "not_whole_number", "heel getal"),  # only 0-9
    ({"sector": "tandarts"}, "sector", "unknown_value", "Sector"),
    ({"sector": "tandarts"}, "sector", "unknown_value", "ouderenzorg"),
    ({"sector": 5}, "sector", "wrong_type", "Sector"),
    ({"verblijf": None}, "verblijf", "missing", "Verblijf"),
    ({"verblijf": "soms"}, "verblijf", "unknown_value", "soms"),
    ({"doelgroep": "dementie,kinderen"}, "doelgroep", "unknown_value", "kinderen"),
    ({"doelgroep": 5}, "doelgroep", "wrong_type", "Doelgroep"),
    ({"doelgroep": ["dementie", 5]}, "doelgroep", "wrong_type", "Doelgroep"),
    ({"ervaring": "veel"}, "ervaring", "unknown_value", "Ervaring"),
    ({"clientenraad": "misschien"}, "clientenraad", "unknown_value", "Cliëntenraad"),
    ({"zelfstandig": "soms"}, "zelfstandig", "unknown_value", "ja, nee"),
    ({"zelfstandig": True}, "zelfstandig", "wrong_type", "Werkt u alleen"),
    ({"financiering": "wmo,gemeente"}, "financiering", "unknown_value", "gemeente"),
    ({"financiering": "subsidie"}, "financiering", "unknown_value", "wlz, zvw, jeugdwet, wmo, particulier, anders"),
    ({"financiering": {"wlz": True}}, "financiering", "wrong_type", "Betaling van de zorg"),
    ({"financiering": 7}, "financiering", "wrong_type", "goede vorm"),
    ({"locaties": 0}, "locaties", "too_small", "niet kleiner zijn dan 1"),
    ({"locaties": "0"}, "locaties", "too_small", "Aantal locaties"),
    ({"locaties": "-2"}, "locaties", "negative", "niet kleiner zijn dan 1"),
    ({"locaties": "twee"}, "locaties", "not_whole_number", "twee"),
    ({"locaties": 2.5}, "locaties", "not_whole_number", "heel getal"),
    ({"locaties": 10_001}, "locaties", "too_large", "10.000"),
    ({"locaties": "999999"}, "locaties", "too_large", "te groot"),
    ({"locaties": False}, "locaties", "wrong_type", "Aantal locaties"),
    # Answers that cannot both be true: a Dutch message next to the question, never a silent pick.
    ({"zelfstandig": "ja", "zorgverleners": 12}, "zelfstandig", "conflict", "12 zorgverleners"),
    ({"zelfstandig": "ja", "zorgverleners": 0}, "zelfstandig", "conflict", "vult bij het aantal zorgverleners 1 in"),
    ({"sector": "defensie", "financiering": "zvw"}, "financiering", "conflict", "andere sector"),
    ({"sector": "defensie", "financiering": "wlz,anders"}, "financiering", "conflict", "Wlz en iets anders"),
    # ...but only between answers that are valid on their own.
    ({"zelfstandig": "ja", "zorgverleners": "abc"}, "zorgverleners", "not_whole_number", "abc"),
]


@pytest.mark.parametrize(("answers", "expected"), CLEANED)
def test_cleans_raw_answers(data, answers, expected):
    clean, errors = parse_profile({**profile(), **answers}, data)
    assert errors == []
    assert clean == {**profile(), **expected}


@pytest.mark.parametrize(("answers", "field", "kind", "words"), INVALID)
def test_reports_invalid_answers_in_dutch(data, answers, field, kind, words):
    _, errors = parse_profile({**profile(), **answers}, data)
    assert [(e["field"], e["kind"]) for e in errors] == [(field, kind)]
    assert words in errors[0]["message"]


def test_missing_required_keys_are_all_reported(data):
    _, errors = parse_profile({}, data)
    assert [e["field"] for e in errors] == ["verblijf", "sector", "zorgverleners"]
    assert {e["kind"] for e in errors} == {"missing"}


def test_a_misspelt_key_shows_up_as_missing(data):
    _, errors = parse_profile({"verbljf": "kort", "sector": "ggz", "zorgverleners": 3}, data)
    assert [(e["field"], e["kind"]) for e in errors] == [("verblijf", "missing")]


@pytest.mark.parametrize("raw", [None, [], "verblijf=kort", 42])
def test_answers_that_are_not_a_mapping(data, raw):
    _, errors = parse_profile(raw, data)
    assert [(e["field"], e["kind"]) for e in errors] == [("profiel", "not_an_object")]


def test_long_values_are_shortened_in_messages(data):
    _, errors = parse_profile(profile(sector="x" * 500), data)
    assert "x" * 41 not in errors[0]["message"]


def test_advise_raises_profile_error_with_the_errors(data):
    with pytest.raises(ProfileError) as raised:
        advise(profile(zorgverleners="abc", sector="tandarts"), data)
    assert [e["field"] for e in raised.value.errors] == ["sector", "zorgverleners"]
    assert "zorgverleners: Aantal zorgverleners" in str(raised.value)


def test_a_question_may_override_the_general_message(data):
    # data/wizard.yaml gives zorgverleners its own not_whole_number text.
    _, errors = parse_profile(profile(zorgverleners="2,5 fte"), data)
    assert "fte" in errors[0]["message"]


def test_clean_profile_parses_to_itself(data):
    clean, _ = parse_profile(profile(zorgverleners="12", doelgroep="nah,dementie", ervaring="nieuw"), data)
    assert parse_profile(clean, data) == (clean, [])
