"""The two screens the browser tests look at a page on, and what "in the first screen" means."""
from __future__ import annotations

import pytest

PHONE = {"width": 390, "height": 664}  # a phone's screen under the browser's own bars
LAPTOP = {"width": 1280, "height": 800}
SCREENS = pytest.mark.parametrize("screen", [PHONE, LAPTOP], ids=["390px", "1280px"])


def in_first_screen(locator, screen: dict) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= screen["height"]
