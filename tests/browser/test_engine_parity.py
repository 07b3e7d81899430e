"""The one engine, two runtimes: every golden profile, run by the real worker under
Pyodide in Chromium, gets exactly the answer wizard.plan.answer gives under CPython
here, computed now from the same data.json (no stored copy). This is what lets the
rendering tests use the stub engine (stub_engine.py)."""
from __future__ import annotations

import json
from pathlib import Path

from wizard import plan

from keuzehulp_page import ENGINE_BOOT

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "profiles.json"

RUN_IN_WORKER = """async (profiles) => {
    const worker = new Worker(new URL("assets/js/keuzehulp-worker.mjs", location.href), {type: "module"});
    const answers = new Map();
    const done = new Promise((resolve, reject) => {
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (event) => {
            const m = event.data;
            if (m.type === "failed") reject(new Error(m.detail));
            if (m.type !== "advice") return;
            answers.set(m.id, m.result);
            if (answers.size === profiles.length) resolve();
        };
    });
    profiles.forEach((profile, i) => worker.postMessage({id: i, answers: profile}));
    await done;
    worker.terminate();
    return profiles.map((_, i) => JSON.stringify(answers.get(i)));
}"""


def as_the_worker_sends(value):
    """A CPython result as it arrives from the worker: toJs turns None into undefined, which
    JSON.stringify leaves out of an object (and writes as null in a list)."""
    if isinstance(value, dict):
        return {key: as_the_worker_sends(item) for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [as_the_worker_sends(item) for item in value]
    return value


def test_every_golden_profile_gets_the_same_answer_under_pyodide_as_under_cpython(page, pyodide_site_url, built_site):
    profiles = [case["profile"] for case in json.loads(GOLDEN.read_text(encoding="utf-8"))]
    # Links add plan keys and keys the engine does not know; those go through the worker too.
    profiles += [{**profiles[0], "vaak.ideeenbord": "maandelijks", "onbekend": "1"}, {"verblijf": "altijd"}, {}]
    data = json.loads((built_site / "assets" / "keuzehulp" / "data.json").read_text(encoding="utf-8"))
    page.set_default_timeout(ENGINE_BOOT)
    page.goto(pyodide_site_url)  # a content page: the worker below is the only engine booted
    results = [json.loads(text) for text in page.evaluate(RUN_IN_WORKER, profiles)]
    assert len(results) == len(profiles) >= 40
    mismatched = [i for i, (raw, result) in enumerate(zip(profiles, results))
                  if result != as_the_worker_sends(json.loads(json.dumps(plan.answer(raw, data))))]
    assert mismatched == [], f"Pyodide and CPython disagree on profiles {mismatched}"
    assert any(result["advice"] for result in results) and any(result["errors"] for result in results)
