"""The engine's warm start from a memory snapshot kept in the browser
(docs/assets/js/keuzehulp-worker.mjs, decisions/0018-memory-snapshot.md), with the
real worker and real Pyodide: the golden profiles get the same answers from a
snapshot as from a plain boot, and a snapshot that is stale, damaged or refused by
Pyodide leaves a plain boot that answers as well.

One browser context, so one Cache Storage; four boots in all (two plain ones that
keep a snapshot, one from the snapshot, one whose snapshot Pyodide refuses).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import ENGINE_BOOT

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "profiles.json"
CACHE = "iw-engine-snapshots"

# A worker of the page's build; every profile asked at once (queued until it is ready). Returns
# the ready message, the answers as JSON text and, when wanted, the snapshot message.
RUN = """async ([worker_url, profiles, awaitSnapshot]) => {
    const worker = new Worker(worker_url, {type: "module"});
    const answers = new Map();
    let ready = null;
    const done = new Promise((resolve, reject) => {
        let snapshot = null;
        const finish = () => {
            if (ready && answers.size === profiles.length && (!awaitSnapshot || snapshot)) resolve(snapshot);
        };
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (event) => {
            const m = event.data;
            if (m.type === "failed") reject(new Error(m.detail));
            if (m.type === "ready") ready = m;
            if (m.type === "snapshot") snapshot = m;
            if (m.type === "advice") answers.set(m.id, JSON.stringify(m.result));
            finish();
        };
    });
    profiles.forEach((profile, i) => worker.postMessage({id: i, answers: profile}));
    const snapshot = await done;
    worker.terminate();
    return {ready: {boot: ready.boot, files: ready.files.length}, snapshot,
            answers: profiles.map((_, i) => answers.get(i))};
}"""

KEYS = f"""async () => (await (await caches.open("{CACHE}")).keys()).map((r) => r.url)"""

# Replace the kept snapshot's bytes: "flip" keeps its digest header (a damaged copy), "garbage"
# writes bytes Pyodide cannot restore, with their right digest (a snapshot Pyodide refuses).
TAMPER = f"""async ([key, how]) => {{
    const cache = await caches.open("{CACHE}");
    const hit = await cache.match(key);
    const bytes = new Uint8Array(await hit.arrayBuffer());
    let digest = hit.headers.get("x-iw-sha256");
    if (how === "flip") {{
        for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 4096; i++) bytes[i] ^= 0xff;
    }} else {{
        bytes.fill(7);
        const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
        digest = Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
    }}
    await cache.put(key, new Response(bytes, {{headers: {{"x-iw-sha256": digest}}}}));
}}"""

STALE = f"""async (key) => {{
    await (await caches.open("{CACHE}")).put(key, new Response(new Uint8Array(64), {{headers: {{"x-iw-sha256": "0"}}}}));
}}"""


@pytest.fixture
def served(built_site):
    server, url = serve_in_background(built_site)
    yield url
    server.shutdown()


def worker_url(site: Path, url: str) -> str:
    """The worker as the keuzehulp page starts it: with its build's version in the URL."""
    version = re.search(r'data-engine-version="([^"]*)"', (site / "keuzehulp" / "index.html").read_text("utf-8"))
    assert version and version.group(1), "the keuzehulp page names no engine version"
    return f"{url}assets/js/keuzehulp-worker.mjs?v={version.group(1)}"


def test_a_kept_snapshot_answers_as_a_plain_boot_and_a_bad_one_falls_back(page, served, built_site):
    profiles = [case["profile"] for case in json.loads(GOLDEN.read_text(encoding="utf-8"))]
    profiles += [{**profiles[0], "onbekend": "1"}, {"verblijf": "altijd"}, {}]
    worker = worker_url(built_site, served)
    page.set_default_timeout(ENGINE_BOOT)
    page.goto(served)  # a content page: the workers below are the only engines
    # A snapshot of an older build, kept before: never used, and gone once a new one is kept.
    stale = f"{served}assets/keuzehulp/engine-snapshot?pyodide=0.0&v=older"
    page.evaluate(STALE, stale)

    plain = page.evaluate(RUN, [worker, profiles, True])
    assert plain["ready"]["boot"] == "plain"
    assert plain["snapshot"]["stored"] is True, plain["snapshot"]
    keys = page.evaluate(KEYS)
    assert len(keys) == 1 and keys[0] != stale and "v=" in keys[0], keys
    assert all(plain["answers"]) and len(plain["answers"]) == len(profiles) >= 40

    warm = page.evaluate(RUN, [worker, profiles, False])
    assert warm["ready"]["boot"] == "snapshot"
    mismatched = [i for i, (a, b) in enumerate(zip(plain["answers"], warm["answers"])) if a != b]
    assert mismatched == [], f"the snapshot answered profiles {mismatched} otherwise"

    few = profiles[:3]
    page.evaluate(TAMPER, [keys[0], "flip"])  # damaged: the digest tells, a plain boot keeps a new one
    damaged = page.evaluate(RUN, [worker, few, True])
    assert damaged["ready"]["boot"] == "plain" and damaged["snapshot"]["stored"] is True
    assert damaged["answers"] == plain["answers"][:3]

    page.evaluate(TAMPER, [keys[0], "garbage"])  # intact but not a snapshot: Pyodide refuses it
    refused = page.evaluate(RUN, [worker, few, False])
    assert refused["ready"]["boot"] == "plain"
    assert refused["answers"] == plain["answers"][:3]
