"""The inspraakplan: which methods the reader takes on, and how, read from the URL fragment.

The plan lives in the same fragment as the answers, so a shared link reopens
it. Its keys are a public contract, like the profile keys (CONTRIBUTING.md, "The
inspraakplan"):

    plan=<id>,<id>        the chosen methods, in order. Absent: the recommended
                          methods. Empty: none chosen.
    vaak.<id>=<value>     how often (a value of data/wizard.yaml plan.often)
    door.<id>=<text>      who organises it                    (<= 80 characters)
    met.<id>=<text>       which clients and naasten take part (<= 120)
    organisatie=<text>    the organisation's name, for the printed plan (<= 80)
    terug=<text>          how results go back to clients, art. 2        (<= 400)
    raad=<text>           how results reach the cliëntenraad, art. 5 lid 4 (<= 400)
    evaluatie=<value>     when the plan is evaluated (plan.evaluation.options)

Like parse_profile, this never raises for the reader's input: an unknown
method or value is dropped with a Dutch notice, a text that is too long is cut
with a notice. Texts are returned as plain strings; the page shows them as
text, never as HTML.
"""
import re

from .browser import answer as answer_profile
from .contract import FIELDS
from .context import Context
from .profile import dutch_list
from .rank_modules import COUNCIL_MATTERS
from .shapes import Plan, PlanAnswer
from .text import CONTROL, fill, shown

METHODS_KEY, FEEDBACK_KEY, COUNCIL_KEY, EVALUATION_KEY = "plan", "terug", "raad", "evaluatie"
ORGANISATION_KEY = "organisatie"
METHOD_KEYS = {"often": "vaak", "organiser": "door", "participants": "met"}
# Long enough for a name and a role or a group of clients; short enough that
# the printed plan stays on two A4 pages with every method chosen.
LIMITS = {"organiser": 80, "participants": 120, "feedback": 400, "council": 400, "organisation": 80}
MULTILINE = ("feedback", "council")
# The link notice names at most this many keys it did not understand.
NAMED_KEYS = 3


def answer(raw, data: dict) -> PlanAnswer:
    """The browser's entry point: wizard.browser.answer plus the plan ({"plan": None} without
    advice), and the keys of the link the engine does not read, with a Dutch notice about them."""
    result = answer_profile(raw, data)
    plan = parse_plan(raw, result["advice"], data) if result["advice"] else None
    unknown = unknown_keys(raw, data)
    return {**result, "plan": plan, "unknown_keys": unknown, "link_notice": link_notice(unknown, data)}


def unknown_keys(raw, data: dict) -> list[str]:
    """Keys of the link that are neither a question nor a plan key, in link order.

    A link is untrusted input: anything may be in it. The engine reads only
    its own keys; the others are ignored, and the reader is told so.
    """
    if not isinstance(raw, dict):
        return []
    methods = {m["id"] for m in data["methods"]["methods"]}
    general = {METHODS_KEY, FEEDBACK_KEY, COUNCIL_KEY, EVALUATION_KEY, ORGANISATION_KEY, *FIELDS}
    per_method = set(METHOD_KEYS.values())

    def known(key) -> bool:
        if not isinstance(key, str):
            return False
        prefix, dot, method = key.partition(".")
        return key in general or (dot == "." and prefix in per_method and method in methods)
    return [key if isinstance(key, str) else str(key) for key in raw if not known(key)]


def link_notice(unknown: list[str], data: dict) -> str:
    """"" when the engine read the whole link; else data/wizard.yaml page.link_not_understood."""
    if not unknown:
        return ""
    names = [f"‘{shown(key)}’" for key in unknown[:NAMED_KEYS]]
    if len(unknown) > NAMED_KEYS:
        names.append(fill(data["wizard"]["page"]["link_more_keys"], {"aantal": str(len(unknown) - NAMED_KEYS)}))
    return fill(data["wizard"]["page"]["link_not_understood"], {"delen": dutch_list(names)})


def parse_plan(raw, advice: dict, data: dict) -> Plan:
    raw = raw if isinstance(raw, dict) else {}
    wording = data["wizard"]["plan"]
    notices: list[str] = []
    methods = _chosen_methods(raw, advice, wording, notices)
    rows = [_method_row(method, raw, data, notices) for method in methods]
    return {
        "methods": rows,
        "chosen_by": "reader" if METHODS_KEY in raw else "recommendation",
        "organisation": _text(raw, ORGANISATION_KEY, "organisation", wording, notices),
        "feedback": _text(raw, FEEDBACK_KEY, "feedback", wording, notices),
        "council": _text(raw, COUNCIL_KEY, "council", wording, notices),
        "evaluation": _option(raw, EVALUATION_KEY, _values(wording["evaluation"]["options"]),
                              _field(wording["evaluation"]["label"]), wording, notices),
        "asks_council": _context(advice, data).all_hold(COUNCIL_MATTERS),
        "keys": {"methods": METHODS_KEY, "feedback": FEEDBACK_KEY, "council": COUNCIL_KEY,
                 "evaluation": EVALUATION_KEY, "organisation": ORGANISATION_KEY},
        "limits": dict(LIMITS),
        "notices": notices,
    }


def method_key(field: str, method_id: str) -> str:
    return f"{METHOD_KEYS[field]}.{method_id}"


def _chosen_methods(raw: dict, advice: dict, wording: dict, notices: list) -> list[dict]:
    known = {m["id"]: m for m in advice["methods"]}
    if METHODS_KEY not in raw:
        return [m for m in advice["methods"] if m.get("recommended")]
    value = raw[METHODS_KEY]
    if not isinstance(value, str):
        notices.append(fill(wording["notices"]["wrong_type"], {"veld": _field(wording["choose"])}))
        return []
    chosen, seen = [], set()
    for part in value.split(","):
        method_id = part.strip().lower()
        if not method_id or method_id in seen:
            continue
        seen.add(method_id)
        if method_id in known:
            chosen.append(known[method_id])
        else:
            notices.append(fill(wording["notices"]["unknown_method"], {"waarde": shown(part.strip())}))
    return chosen


def _method_row(method: dict, raw: dict, data: dict, notices: list) -> dict:
    wording = data["wizard"]["plan"]
    source = next(m for m in data["methods"]["methods"] if m["id"] == method["id"])
    keys = {field: method_key(field, method["id"]) for field in METHOD_KEYS}
    often_field = _field(wording["columns"]["often"], method["name"])
    often = _option(raw, keys["often"], _values(wording["often"]), often_field, wording, notices,
                    default=(source.get("fit") or {}).get("often", ""))
    return {
        "id": method["id"], "name": method["name"], "recommended": bool(method.get("recommended")),
        "often": often,
        "organiser": _text(raw, keys["organiser"], "organiser", wording, notices, method["name"]),
        "participants": _text(raw, keys["participants"], "participants", wording, notices, method["name"]),
        "keys": keys,
    }


def _text(raw: dict, key: str, field: str, wording: dict, notices: list, about: str = "", default: str = "") -> str:
    if key not in raw:
        return default
    value = raw[key]
    name = _field(wording["columns"].get(field) or wording[field]["label"], about)
    if not isinstance(value, str):
        notices.append(fill(wording["notices"]["wrong_type"], {"veld": name}))
        return default
    text = _clean(value, multiline=field in MULTILINE)
    if len(text) > LIMITS[field]:
        notices.append(fill(wording["notices"]["too_long"], {"veld": name, "max": str(LIMITS[field])}))
        text = text[:LIMITS[field]].rstrip()
    return text


def _option(raw: dict, key: str, allowed: list[str], name: str, wording: dict, notices: list, default: str = "") -> str:
    if key not in raw:
        return default
    value = raw[key]
    if isinstance(value, str) and value.strip().lower() in allowed:
        return value.strip().lower()
    if value not in ("", None):  # an emptied choice is simply not chosen
        notices.append(fill(wording["notices"]["unknown_value"], {"veld": name, "waarde": shown(value)}))
    return ""


def _clean(text: str, multiline: bool) -> str:
    text = CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _field(question: str, method_name: str = "") -> str:
    """How a notice names the question it is about: quoted, as the questions end in "?"."""
    return f"‘{question}’ ({method_name})" if method_name else f"‘{question}’"


def _values(options: list[dict]) -> list[str]:
    return [str(o["value"]) for o in options]


def _context(advice: dict, data: dict) -> Context:
    outcomes = {o["id"]: o["status"] for o in advice["obligations"]}
    return Context(advice["profile"], {}, outcomes, data)

