"""wizard/shapes.py is the written-down shape of the engine's JSON: real output must fit it exactly."""
import json
import re
import types
import typing
from pathlib import Path

import pytest

from wizard import shapes
from wizard.browser import answer

from wizard_helpers import profile

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "profiles.json"
WORKER = ROOT / "docs" / "assets" / "js" / "keuzehulp-worker.mjs"


def fits(value, hint) -> bool:
    try:
        check(value, hint, "value")
    except AssertionError:
        return False
    return True


def check(value, hint, where: str) -> None:
    """Assert that JSON `value` has the shape `hint` (TypedDict, list, dict, Literal, union, scalar)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if typing.is_typeddict(hint):
        assert isinstance(value, dict), where
        hints = typing.get_type_hints(hint)
        assert hint.__required_keys__ <= set(value) <= set(hints), (where, sorted(set(value) ^ set(hints)))
        for key, item in value.items():
            check(item, hints[key], f"{where}.{key}")
    elif origin is typing.Literal:
        assert value in args, (where, value, args)
    elif origin in (typing.Union, types.UnionType):
        assert any(fits(value, arg) for arg in args), (where, value, hint)
    elif origin is list:
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check(item, args[0], f"{where}[{i}]")
    elif origin is dict:
        assert isinstance(value, dict), where
        for key, item in value.items():
            check(key, args[0], f"{where} key")
            check(item, args[1], f"{where}.{key}")
    elif hint is type(None):
        assert value is None, where
    else:
        assert isinstance(value, hint) and not (hint is int and isinstance(value, bool)), (where, value, hint)


def test_the_advice_for_every_golden_profile_fits_the_advice_shape(site_data):
    for case in json.loads(GOLDEN.read_text(encoding="utf-8")):
        check(answer(case["profile"], site_data)["advice"], shapes.Advice, case["name"])


@pytest.mark.parametrize("raw", [
    profile(verblijf="langdurig", locaties=3, financiering="wlz"),
    profile(zorgverleners="abc", locaties=0),
    {"verblijf": "kort"},
    {"verblijf": "kort", "sector": "ggz", "zorgverleners": 12, "zelfstandig": "ja"},
    "geen object",
])
def test_the_browser_answer_fits_its_shape(data, raw):
    check(answer(raw, data), shapes.BrowserAnswer, "answer")


def test_a_wrong_shape_is_noticed(data):
    advice = answer(profile(), data)["advice"]
    advice["obligations"][0]["status"] = "misschien"
    assert not fits(advice, shapes.Advice)
    del advice["obligations"][0]["rule"]
    assert not fits(advice, shapes.Advice)


def test_the_worker_sends_only_the_message_types_of_the_shape():
    sent = set(re.findall(r'postMessage\(\{ type: "(\w+)"', WORKER.read_text(encoding="utf-8")))
    typed = {typing.get_args(typing.get_type_hints(m)["type"])[0] for m in typing.get_args(shapes.WorkerMessage)}
    assert sent and sent <= typed
