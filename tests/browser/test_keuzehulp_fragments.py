"""A shared link is untrusted input. Random and hostile fragments, fed to one booted
keuzehulp page by changing location.hash, never make the page fail, never
insert anything from the link as markup, and always leave it in the state the
engine under CPython says it should be in.

The server sends no Content-Security-Policy here, so markup that got into the
page would really run (the CSP tests check the policy itself).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import boot, open_link
from wizard.contract import FIELDS, QUESTIONS
from wizard.plan import answer

PAYLOADS = [
    "<script>window.__pwned=1</script>", '"><img src=x onerror="window.__pwned=1">',
    "<svg onload=window.__pwned=1>", "javascript:window.__pwned=1", "<iframe srcdoc='<script>parent.__pwned=1</script>'>",
    "{zorgverleners}", "${window.__pwned=1}", "&#60;b&#62;",
]
PROTOTYPE = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "__defineGetter__"]
VALID = ["langdurig", "kort", "geen", "ouderenzorg", "ggz", "eerstelijn", "0", "1", "10", "11", "25", "26", "40",
         "ja", "nee", "wlz,wmo", "dementie,nah", "3", "ideeenbord", "per-kwartaal", "6"]
GARBLED = ["%", "%%", "%E0%A4%A", "%C3%28", "%FF%FE", "%00", "%0A%0D", "%u0041", "+", "=", "==", "&", "%25"]
KEYS = st.one_of(st.sampled_from([*FIELDS, "plan", "terug", "raad", "evaluatie", "vaak.ideeenbord", "door.ideeenbord",
                                  "met.fotovoice", *PROTOTYPE, *PAYLOADS]), st.text(max_size=12))
VALUES = st.one_of(
    st.sampled_from(VALID + PAYLOADS + PROTOTYPE + GARBLED),
    st.text(max_size=40),  # any character, control characters included
    st.integers(-10, 10_000_000).map(str),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", "\u202e", "9"]), st.sampled_from([81, 401, 10_000])),
)
# A fragment: pairs, each written encoded or raw (raw lets garbled percent-escapes through as they are).
PAIR = st.tuples(KEYS, VALUES, st.booleans())
FRAGMENT = st.lists(PAIR, max_size=9).map(lambda pairs: "&".join(_pair(*p) for p in pairs))
# Links that are nearly right: the required answers, then hostile extras (answers or not).
ANSWERS = st.sampled_from(["verblijf=kort&sector=ggz&zorgverleners=18",
                           "verblijf=langdurig&sector=ouderenzorg&zorgverleners=40&doelgroep=dementie"])
NOT_ANSWERS = st.lists(st.tuples(st.one_of(st.sampled_from(["plan", "terug", "vaak.ideeenbord", "met.fotovoice",
                                                              *PROTOTYPE, *PAYLOADS]), st.text(max_size=12)
                                           .filter(lambda key: key not in FIELDS)), VALUES, st.booleans()),
                       max_size=6).map(lambda pairs: "&".join(_pair(*p) for p in pairs))
NEARLY = st.tuples(ANSWERS, st.one_of(FRAGMENT, NOT_ANSWERS)).map(lambda parts: "&".join(p for p in parts if p))


def _pair(key: str, value: str, encoded: bool) -> str:
    from urllib.parse import quote
    return f"{quote(key, safe='')}={quote(value, safe='')}" if encoded else f"{key}={value}"


@pytest.fixture(scope="module")
def hostile(browser, built_site):
    server, url = serve_in_background(built_site, policy=None)
    context, page = boot(browser, url)
    page.baseline = page.evaluate(SNAPSHOT)
    yield page
    # After the last example: nothing went wrong on the page, and no link changed it.
    problems, changed = list(page.problems), page.evaluate(SNAPSHOT) != page.baseline
    context.close()
    server.shutdown()
    assert (problems, changed) == ([], False), f"problems {problems}; scripts or markup changed: {changed}"


# What the page holds that a link could try to add to: scripts, elements that run or
# load something, event-handler attributes, a polluted Object.prototype.
SNAPSHOT = """() => ({
  scripts: document.scripts.length,
  active: document.querySelectorAll("iframe, object, embed, img, [data-wizard] script").length,
  handlers: [...document.querySelectorAll("[data-wizard] *")].filter((el) =>
    [...el.attributes].some((a) => a.name.startsWith("on") || /^\\s*javascript:/i.test(a.value))).length,
  pwned: window.__pwned !== undefined,
  polluted: ({}).x !== undefined || typeof ({}).toString !== "function" || Object.prototype.hasOwnProperty("0"),
})"""
# What the page shows, and the fragment as the page reads it (the last value of a key counts).
STATE = """() => ({
  state: document.querySelector("[data-wizard]").dataset.state,
  hash: location.hash,
  pairs: [...new URLSearchParams(location.hash.slice(1))],
  statuses: [...document.querySelectorAll("[data-wizard-obligations] [data-obligation]")].map((d) => [d.dataset.obligation, d.dataset.status]),
  errors: [...document.querySelectorAll("[data-error-for]:not([hidden])")].map((p) => p.dataset.errorFor),
  notice: document.querySelector("[data-wizard-link-notice]").textContent,
  planNotices: document.querySelectorAll("[data-plan-notices] p").length,
  resultShown: !document.querySelector("[data-wizard-result]").hidden,
})"""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragment=st.one_of(FRAGMENT, NEARLY))
def test_any_fragment_is_harmless_and_gets_the_engines_answer(hostile, site_data, fragment):
    page = hostile
    open_link(page, fragment)
    assert page.problems == [], page.problems
    assert page.evaluate(SNAPSHOT) == page.baseline, "the link changed the page's scripts or markup"
    shown = page.evaluate(STATE)
    if "=" not in shown["hash"]:  # not answers (e.g. an anchor): the page keeps the empty answers
        raw = {}
    else:
        raw = dict(shown["pairs"])
    expected = answer(raw, site_data)
    advice = expected["advice"]
    event(f"state {shown['state']}, {'some' if expected['unknown_keys'] else 'no'} unknown keys")
    assert shown["state"] == ("advice" if advice else "invalid" if expected["errors"] else "incomplete")
    assert shown["resultShown"] == bool(advice)
    questions = {q.id for q in QUESTIONS}
    assert sorted(set(shown["errors"])) == sorted({e["field"] for e in expected["errors"] if e["field"] in questions})
    assert shown["notice"] == expected["link_notice"]
    if advice:
        assert shown["statuses"] == [[o["id"], o["status"]] for o in advice["obligations"]]
        assert shown["planNotices"] == len(expected["plan"]["notices"])

