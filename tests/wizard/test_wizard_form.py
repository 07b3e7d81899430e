"""The keuzehulp form renders whatever the question table holds, each kind with its own input."""
import re

from inspraakwijzer import enrich, pages
from inspraakwijzer.loader import Dataset
from wizard import contract
from wizard.contract import QUESTIONS


def form_html(data, dataset) -> str:
    """The keuzehulp page's form, rendered from `data` (a copy a test may change)."""
    changed = enrich.enrich(Dataset(data=data, schemas=dataset.schemas, ids=dataset.ids))
    page = pages.single_page(changed, "https://example.org/", "keuzehulp/index.md")
    return page[page.index("<form"):page.index("</form>")]


def test_every_question_of_the_contract_is_asked_with_the_input_its_kind_needs(data, dataset):
    form = form_html(data, dataset)
    inputs = {"choice": "radio", "multiple": "checkbox", "number": "text"}
    for question in QUESTIONS:
        assert f'data-question="{question.id}" data-kind="{question.kind}"' in form, question.id
        found = set(re.findall(rf'<input type="(\w+)"[^>]* name="{question.id}"', form))
        assert found == {inputs[question.kind]}, question.id


def test_a_multiple_question_may_list_its_own_options(data, dataset, monkeypatch):
    # Not every multiple question takes its options from a vocabulary (as doelgroep does).
    # Its kind comes from the contract only; data/wizard.yaml holds its texts.
    monkeypatch.setitem(contract.QUESTION, "extra", contract.Question("extra", contract.MULTIPLE, ("een", "twee")))
    data["wizard"]["questions"].append({
        "id": "extra", "name": "Extra", "label": "Wat nog meer?", "help": "Kies wat past.", "why": "Om het te testen.",
        "options": [{"value": "een", "label": "Eén", "short": "één"}, {"value": "twee", "label": "Twee", "short": "twee"}],
    })
    form = form_html(data, dataset)
    assert '<input type="checkbox" name="extra" value="een"> Eén</label>' in form
    assert '<input type="checkbox" name="extra" value="twee"> Twee</label>' in form
    assert "Om het te testen." in form
