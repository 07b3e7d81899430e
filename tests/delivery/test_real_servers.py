"""The shipped configs (deploy/) on Debian's real nginx and Apache, and the project's
own server, under /inspraak/: the policy's headers, types, precompressed files,
cache rules, redirect and 404 pages.
(The keuzehulp in Chromium behind them: tests/browser/test_delivery.py.)"""
from __future__ import annotations

import http.client
import shutil
from urllib.parse import urlsplit

import pytest

from inspraakwijzer.serve import IMMUTABLE, POLICY, REVALIDATE, cache_control
from real_servers import readable_dir, running

SERVERS = ("serve", "nginx", "apache2")


@pytest.fixture(scope="module")
def site_copy(built_site):
    """The built site in a folder the servers' workers may read."""
    folder = readable_dir("iw-site-")
    shutil.copytree(built_site, folder / "site")
    yield folder / "site"
    shutil.rmtree(folder)


@pytest.fixture(scope="module", params=SERVERS)
def served(request, site_copy):
    with running(request.param, site_copy) as url:
        yield url


def get(url: str, path: str, accept: str = "br, gzip", headers: dict | None = None):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", parts.path + path, headers={"Accept-Encoding": accept, **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_policy_is_sent_with_every_answer(served):
    for path in ("", "assets/js/offline.js", "bestaat-niet/"):
        assert get(served, path)[0].getheader("Content-Security-Policy") == POLICY, path


def test_the_wasm_travels_precompressed_as_application_wasm(served, site_copy):
    response, body = get(served, "assets/pyodide/pyodide.asm.wasm")
    assert (response.status, response.getheader("Content-Type"), response.getheader("Content-Encoding")) == (
        200, "application/wasm", "br")
    assert body == (site_copy / "assets/pyodide/pyodide.asm.wasm.br").read_bytes()
    assert "Accept-Encoding" in response.getheader("Vary")


@pytest.mark.parametrize("path", ["assets/js/keuzehulp-worker.mjs", "assets/pyodide/pyodide.mjs"])
def test_modules_are_javascript(served, path):
    assert get(served, path, accept="identity")[0].getheader("Content-Type").split(";")[0] == "text/javascript"


def test_the_cache_rules_of_the_policy(served, site_copy):
    paths = ["", "keuzehulp/", "sw.js", "build-manifest.json", "search/search_index.json",
             "assets/keuzehulp/data.json", "assets/keuzehulp/early.json", "assets/keuzehulp/wizard.zip",
             "assets/js/keuzehulp/main.mjs", "assets/css/inspraakwijzer.css", "assets/pyodide/pyodide.asm.wasm",
             *(p.relative_to(site_copy).as_posix() for p in (site_copy / "assets/stylesheets").glob("main.*.min.css"))]
    seen = {}
    for path in paths:
        response, _ = get(served, path)
        assert response.status == 200, path
        assert response.getheader("ETag") and response.getheader("Last-Modified"), path
        seen[path] = response.getheader("Cache-Control")
    assert seen == {path: cache_control(path or "index.html") for path in paths}
    assert set(seen.values()) == {IMMUTABLE, REVALIDATE}  # both rules were tried


def test_an_unchanged_file_is_revalidated_with_a_304(served):
    response, _ = get(served, "assets/keuzehulp/data.json")
    again, body = get(served, "assets/keuzehulp/data.json", headers={"If-None-Match": response.getheader("ETag")})
    assert (again.status, body) == (304, b"")


def test_an_old_address_gets_its_redirect_page_and_a_directory_its_slash(served):
    response, body = get(served, "methoden/partner/", accept="identity")
    assert response.status == 200
    assert b"../partner-benadering/" in body and b"js/redirect.js" in body
    response, _ = get(served, "keuzehulp")
    assert response.status == 301
    assert urlsplit(response.getheader("Location")).path == urlsplit(served).path + "keuzehulp/"


def test_a_missing_page_gets_the_sites_404_page(served, site_copy):
    response, body = get(served, "bestaat-niet/", accept="identity")
    assert response.status == 404
    assert body == (site_copy / "404.html").read_bytes()
