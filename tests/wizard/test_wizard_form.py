"""The keuzehulp form renders whatever the question table holds, each kind with its own input."""
import re

from inspraakwijzer import pages
from wizard.contract import QUESTIONS


def form_html(data) -> str:
    page = dict(pages.generate(data))["keuzehulp/index.md"]
    return page[page.index("<form"):page.index("</form>")]


def test_every_question_of_the_contract_is_asked_with_the_input_its_kind_needs(data):
    form = form_html(data)
    inputs = {"choice": "radio", "multiple": "checkbox", "number": "text"}
    for question in QUESTIONS:
        assert f'data-question="{question.id}" data-kind="{question.kind}"' in form, question.id
        found = set(re.findall(rf'<input type="(\w+)"[^>]* name="{question.id}"', form))
        assert found == {inputs[question.kind]}, question.id


def test_a_multiple_question_may_list_its_own_options(data):
    # Not every multiple question takes its options from a vocabulary (as doelgroep does).
    data["wizard"]["questions"].append({
        "id": "extra", "name": "Extra", "label": "Wat nog meer?", "help": "Kies wat past.", "kind": "multiple",
        "required": False, "why": "Om het te testen.",
        "options": [{"value": "een", "label": "Eén", "short": "één"}, {"value": "twee", "label": "Twee", "short": "twee"}],
    })
    form = form_html(data)
    assert '<input type="checkbox" name="extra" value="een"> Eén</label>' in form
    assert '<input type="checkbox" name="extra" value="twee"> Twee</label>' in form
    assert "Om het te testen." in form
