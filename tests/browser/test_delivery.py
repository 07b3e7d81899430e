"""How the keuzehulp's runtime travels: compressed, and once.

The server records what it sends; Playwright shows what the browser received.
A first visit must fetch each runtime file once (the engine's worker downloads
it; the service worker's copy for offline use comes from the browser's HTTP
cache, or streams through it once it controls the page, instead of fetching
the 9.6 MB wasm again), and the wasm must come brotli-compressed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from inspraakwijzer.serve import serve_in_background
from keuzehulp_page import ENGINE_BOOT
from tests.delivery.real_servers import readable_dir, running

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

SHARED_LINK = "keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
RUNTIME = ("/assets/pyodide/", "/assets/keuzehulp/", "/assets/js/keuzehulp-worker.mjs")
WASM = "/assets/pyodide/pyodide.asm.wasm"


@pytest.fixture
def recording_server(built_site):
    server, url = serve_in_background(built_site, record=True)
    yield server, url
    server.shutdown()


def runtime_sent(server) -> list[tuple[str, str, str, int]]:
    return [entry for entry in server.sent if entry[1].startswith(RUNTIME)]


def test_first_visit_fetches_the_runtime_once_and_compressed_and_the_second_none_of_it(
        page, recording_server, built_site):
    """One reader, two visits (a cold boot is the slow part of a test, so both visits are one test)."""
    server, url = recording_server
    received = []
    page.context.on("requestfinished", lambda request: received.append(request) if request.url.endswith(".wasm") else None)

    page.goto(url + SHARED_LINK)
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    expect(page.locator("[data-obligation=clientenraad]")).to_have_attribute("data-status", "ja")
    expect(page.locator("html[data-offline-keuzehulp=ready]")).to_be_attached(timeout=ENGINE_BOOT)

    sent = runtime_sent(server)
    twice = [path for path, n in Counter(entry[1] for entry in sent).items() if n > 1]
    assert twice == [], f"downloaded more than once: {twice}"
    wasm_br = built_site / (WASM.lstrip("/") + ".br")
    assert [entry for entry in sent if entry[1] == WASM] == [("GET", WASM, "br", wasm_br.stat().st_size)]

    # In the browser: one wasm response came over the network, brotli-encoded,
    # its body the compressed size. (Another may be the service worker's copy from
    # the HTTP cache, no body on the wire, or the engine's, from the service worker.)
    from_network = [r for r in received if not r.response().from_service_worker and r.sizes()["responseBodySize"] > 0]
    assert len(from_network) == 1
    assert from_network[0].response().header_value("content-encoding") == "br"
    assert from_network[0].sizes()["responseBodySize"] == wasm_br.stat().st_size

    # The second visit takes the whole runtime from the service worker.
    before = len(runtime_sent(server))
    page.goto("about:blank")
    page.goto(url + SHARED_LINK)
    expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
    assert runtime_sent(server)[before:] == []


# --- offline: an unvisited page says so (decisions/0011) --------------------------

@pytest.fixture
def subpath_url(built_site):
    server, url = serve_in_background(built_site, prefix="/inspraak/")
    yield url
    server.shutdown()


def test_offline_an_unvisited_page_says_so_styled_with_links_to_the_kept_pages(page, subpath_url, assert_accessible):
    url = subpath_url
    page.goto(url + "inspraak/links/")
    expect(page.locator("html[data-offline-page=ready]")).to_be_attached(timeout=60_000)
    title = page.title().removesuffix(" - Inspraakwijzer")
    page.context.set_offline(True)
    try:
        response = page.goto(url + "wet-en-regels/")
        assert response.status == 503
        expect(page).to_have_url(url + "wet-en-regels/")  # reloading it online gives the page
        expect(page.locator("h1")).to_have_text("Deze pagina is niet beschikbaar zonder internet")
        # Styled: the theme's stylesheet applies (unstyled, the header is static).
        assert page.locator(".md-header").evaluate("(e) => getComputedStyle(e).position") == "sticky"
        kept = page.locator("[data-offline-list] a")
        expect(kept).to_have_text([title])
        expect(kept).to_have_attribute("href", url + "inspraak/links/")
        assert_accessible("offline page")
        kept.click()
        expect(page).to_have_url(url + "inspraak/links/")
        expect(page.locator("h1")).to_contain_text(title)
    finally:
        page.context.set_offline(False)


# --- redeploy: the first revisit shows the new build (decisions/0010) -----------
# v1 is the built site; v2 a real build of the same sources with one sentence of
# data changed (a method's summary: on its page, the method overviews, the search
# index and the keuzehulp's data). The served folder is a symlink, swapped as a
# host swaps directories. v1's files are 30 days old, as in issue 20.

SOURCES = ("data", "docs", "hooks", "inspraakwijzer", "overrides", "schemas", "templates", "wizard",
           "mkdocs.yml", "package.json", "package-lock.json")
OLD, NEW = "Een procesbegeleider helpt.", "Een procesbegeleider helpt bij elke stap."
CHANGED_METHOD = "partner-benadering"
SHARED_FOR_METHOD = "keuzehulp/#verblijf=langdurig&sector=ouderenzorg&zorgverleners=40"
REVISITED = ("", "methoden/", f"methoden/{CHANGED_METHOD}/", "inspraak/links/")
MONTH_S = 30 * 24 * 3600


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def builds(built_site):
    """{"v1": folder, "v2": folder}, readable by the servers' workers."""
    base = readable_dir("iw-redeploy-")
    v1 = base / "v1"
    shutil.copytree(built_site, v1, symlinks=True)
    old = time.time() - MONTH_S
    for path in v1.rglob("*"):
        os.utime(path, (old, old), follow_symlinks=False)
    tree = base / "src"
    for name in SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, tree / name)
    for name in ("node_modules", "build"):  # the pinned runtime; the cache of compressed bytes
        (ROOT / name).mkdir(exist_ok=True)
        (tree / name).symlink_to(ROOT / name)
    methods = tree / "data" / "methods.yaml"
    text = methods.read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    methods.write_text(text.replace(OLD, NEW), encoding="utf-8")
    v2 = base / "v2"
    for step in (["-m", "mkdocs", "build", "--strict", "--site-dir", str(v2)], ["-m", "inspraakwijzer.cards_pdf", str(v2)]):
        result = subprocess.run([sys.executable, *step], cwd=tree, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    yield {"v1": v1, "v2": v2}
    shutil.rmtree(base)


def swap(link: Path, target: Path) -> None:
    """Atomically, as `ln -sfn` + `mv -T` does on a server."""
    new = link.with_name(link.name + ".new")
    new.unlink(missing_ok=True)
    new.symlink_to(target)
    os.replace(new, link)


@pytest.mark.parametrize("server", ["serve", "nginx", "apache2"])
def test_after_a_redeploy_the_first_revisit_shows_the_new_build(page, builds, server):
    v1, v2 = builds["v1"], builds["v2"]
    assert folded(NEW) in folded((v2 / f"methoden/{CHANGED_METHOD}/index.html").read_text())
    link = v1.parent / f"current-{server}"
    swap(link, v1)
    violations = []
    page.context.expose_binding("__cspViolation", lambda source, v: violations.append(v))
    page.context.add_init_script("""document.addEventListener("securitypolicyviolation",
      (e) => window.__cspViolation(e.effectiveDirective + " " + e.blockedURI));""")
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    data_requests = []
    page.context.on("request", lambda r: data_requests.append(r.url) if "/keuzehulp/data.json" in r.url else None)
    summary = page.locator(f"[data-method={CHANGED_METHOD}] [data-slot=summary]")

    with running(server, link) as url:
        # A reader's visits to v1: pages, the keuzehulp (kept for offline use).
        for path in REVISITED:
            page.goto(url + path)
            expect(page.locator("html[data-offline-page=ready]")).to_be_attached(timeout=60_000)
        page.goto(url + SHARED_FOR_METHOD)
        expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
        expect(summary).to_contain_text(OLD)
        expect(page.locator("html[data-offline-keuzehulp=ready]")).to_be_attached(timeout=ENGINE_BOOT)

        swap(link, v2)
        for path in REVISITED:
            response = page.goto(url + path)
            assert response.body() == (v2 / path / "index.html").read_bytes(), f"{path}: not v2's page"
        index = page.evaluate("(u) => fetch(u).then((r) => r.text())", url + "search/search_index.json")
        assert NEW in folded(index) and OLD not in folded(index)

        data_requests.clear()
        response = page.goto(url + SHARED_FOR_METHOD)
        assert response.body() == (v2 / "keuzehulp/index.html").read_bytes()
        expect(page.locator("[data-wizard][data-state=advice]")).to_be_attached(timeout=ENGINE_BOOT)
        expect(summary).to_contain_text(NEW)  # the engine's data is v2's, with v2's page
        version = page.locator("[data-wizard]").get_attribute("data-engine-version")
        # The page's and engine's requests; the service worker's refresh of its kept copy has no version.
        versioned = [r for r in data_requests if "?v=" in r]
        assert versioned and all(r.endswith(f"data.json?v={version}") for r in versioned)
    assert violations == []
    assert [e for e in errors if "Content Security Policy" in e] == []
