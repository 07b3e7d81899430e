"""Fixtures for the wizard tests. The real data is loaded once, by tests/conftest.py
(`site_data`); tests that break it on purpose take `data`, a private copy."""
import copy

import pytest


@pytest.fixture
def data(site_data) -> dict:
    # A private copy: tests that break the data on purpose must not leak.
    return copy.deepcopy(site_data)
