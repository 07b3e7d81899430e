"""A number typed as people write it in Dutch ("1.200", "1 200") goes into the link as
digits (keuzehulp/form.mjs with numbers.readTyped), so the early table and the engine
read it; anything else goes as typed, for the engine to judge. No engine answer needed:
the fragment is written on input, and the early table's lookup follows it."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

NUMBER = "Hoeveel mensen verlenen bij u gewoonlijk zorg?"


@pytest.mark.parametrize(("typed", "written"), [("1.200", "1200"), ("1 200", "1200"), ("1,5", "1,5"), ("1e3", "1e3")])
def test_a_typed_number_is_written_to_the_link_as_digits_or_as_typed(page, site_url, typed, written):
    page.goto(site_url + "keuzehulp/")
    page.get_by_label("Ja, cliënten wonen langdurig bij ons").check()
    page.get_by_label("Gehandicaptenzorg").check()
    page.get_by_label(NUMBER).fill(typed)
    page.wait_for_function("(w) => location.hash.endsWith('zorgverleners=' + w)", arg=written)
    if written == "1200":  # as the engine writes it back: the build's table (or the engine, if first) reads it
        expect(page.locator("[data-wizard]")).to_have_attribute("data-state", re.compile("^(obligations|advice)$"))
        expect(page.get_by_label(NUMBER)).to_have_value(typed)  # the reader's own way stays in the form
