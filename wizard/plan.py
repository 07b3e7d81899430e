"""The inspraakplan: which methods the reader takes on, and how, read from the URL fragment.

The plan lives in the same fragment as the answers, so a shared link reopens
it. Its keys are a public contract, like the profile keys (README, "The
inspraakplan"):

    plan=<id>,<id>        the chosen methods, in order. Absent: the recommended
                          methods. Empty: none chosen.
    vaak.<id>=<value>     how often (a value of data/wizard.yaml plan.often)
    door.<id>=<text>      who organises it                    (<= 80 characters)
    met.<id>=<text>       which clients and naasten take part (<= 120)
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
from .rank_modules import council_matters
from .ranking import Context
from .shapes import Plan, PlanAnswer
from .text import fill

METHODS_KEY, FEEDBACK_KEY, COUNCIL_KEY, EVALUATION_KEY = "plan", "terug", "raad", "evaluatie"
METHOD_KEYS = {"often": "vaak", "organiser": "door", "participants": "met"}
# Long enough for a name and a role or a group of clients; short enough that
# the printed plan stays on two A4 pages with every method chosen.
LIMITS = {"organiser": 80, "participants": 120, "feedback": 400, "council": 400}
MULTILINE = ("feedback", "council")
# Control characters (but not the newline of a multi-line answer) are never text.
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
SHOWN_MAX = 40  # an unknown value is echoed in the notice, but never a whole essay


def answer(raw, data: dict) -> PlanAnswer:
    """The browser's entry point: wizard.browser.answer plus the plan ({"plan": None} without advice)."""
    result = answer_profile(raw, data)
    plan = parse_plan(raw, result["advice"], data) if result["advice"] else None
    return {**result, "plan": plan}


def parse_plan(raw, advice: dict, data: dict) -> Plan:
    raw = raw if isinstance(raw, dict) else {}
    wording = data["wizard"]["plan"]
    notices: list[str] = []
    methods = _chosen_methods(raw, advice, wording, notices)
    rows = [_method_row(method, raw, data, notices) for method in methods]
    return {
        "methods": rows,
        "chosen_by": "reader" if METHODS_KEY in raw else "recommendation",
        "feedback": _text(raw, FEEDBACK_KEY, "feedback", wording, notices),
        "council": _text(raw, COUNCIL_KEY, "council", wording, notices),
        "evaluation": _option(raw, EVALUATION_KEY, _values(wording["evaluation"]["options"]),
                              wording["evaluation"]["label"], wording, notices),
        "asks_council": council_matters(_context(advice, data)),
        "keys": {"methods": METHODS_KEY, "feedback": FEEDBACK_KEY, "council": COUNCIL_KEY,
                 "evaluation": EVALUATION_KEY},
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
        notices.append(fill(wording["notices"]["wrong_type"], {"veld": wording["choose"]}))
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
            notices.append(fill(wording["notices"]["unknown_method"], {"waarde": _shown(part.strip())}))
    return chosen


def _method_row(method: dict, raw: dict, data: dict, notices: list) -> dict:
    wording = data["wizard"]["plan"]
    source = next(m for m in data["methods"]["methods"] if m["id"] == method["id"])
    keys = {field: method_key(field, method["id"]) for field in METHOD_KEYS}
    label = f"{wording['columns']['often']} ({method['name']})"
    often = _option(raw, keys["often"], _values(wording["often"]), label, wording, notices,
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
    name = wording["columns"].get(field) or wording[field]["label"]
    name = f"{name} ({about})" if about else name
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
        notices.append(fill(wording["notices"]["unknown_value"], {"veld": name, "waarde": _shown(value)}))
    return ""


def _clean(text: str, multiline: bool) -> str:
    text = CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _values(options: list[dict]) -> list[str]:
    return [str(o["value"]) for o in options]


def _context(advice: dict, data: dict) -> Context:
    outcomes = {o["id"]: o["status"] for o in advice["obligations"]}
    return Context(advice["profile"], {}, outcomes, data)


def _shown(value) -> str:
    text = CONTROL.sub(" ", str(value))
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 3] + "..."
