"""Fixtures for the wizard tests: the site's real data, loaded the way the CLI loads it."""
import copy

import pytest

from wizard.__main__ import load_site_data


@pytest.fixture(scope="session")
def site_data() -> dict:
    return load_site_data()


@pytest.fixture
def data(site_data) -> dict:
    # A private copy: tests that break the data on purpose must not leak.
    return copy.deepcopy(site_data)
