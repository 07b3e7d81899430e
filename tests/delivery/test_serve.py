"""The project's server (inspraakwijzer.serve): the policy, precompressed files
by Content-Encoding negotiation, sub-paths, violation reports."""
from __future__ import annotations

import gzip
import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest

from inspraakwijzer import compress, serve

ROOT = Path(__file__).resolve().parents[2]
PAGE = ("<p>Inspraak is meepraten over wat u raakt.</p>\n" * 100).encode()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "index.html").write_bytes(PAGE)
    (site / "assets").mkdir()
    (site / "assets" / "app.wasm").write_bytes(b"\0asm" + bytes(range(256)) * 40)
    (site / "assets" / "small.js").write_bytes(b"x=1")
    compress.compress_site(site)
    return site


def started(folder, **options):
    server, url = serve.serve_in_background(folder, **options)
    parts = urlsplit(url)
    return server, parts.port, parts.path


@pytest.fixture(scope="module")
def server(folder):
    server, port, prefix = started(folder, prefix="/intranet/inspraak/", record=True)
    yield server, port, prefix
    server.shutdown()


def get(port, path, accept=None, method="GET", headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, headers={**({"Accept-Encoding": accept} if accept else {}), **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


@pytest.mark.parametrize("accept, coding", [
    ("gzip, deflate, br, zstd", "br"),
    ("gzip", "gzip"),
    ("br;q=0, gzip;q=0.5", "gzip"),
    ("*", "br"),
    ("*;q=0, gzip", "gzip"),
    ("identity", None),
    ("br;q=0, gzip;q=0", None),
    (None, None),
])
def test_negotiates_br_then_gzip_then_identity(server, folder, accept, coding):
    _, port, prefix = server
    response, body = get(port, prefix + "assets/app.wasm", accept)
    assert response.status == 200
    assert response.getheader("Content-Encoding") == coding
    assert response.getheader("Content-Type") == "application/wasm"
    assert response.getheader("Vary") == "Accept-Encoding"
    assert int(response.getheader("Content-Length")) == len(body)
    decode = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda b: b}[coding]
    assert decode(body) == (folder / "assets" / "app.wasm").read_bytes()


def test_folder_index_is_served_compressed_under_the_prefix(server, folder):
    _, port, prefix = server
    response, body = get(port, prefix, "br")
    assert response.getheader("Content-Type") == "text/html"
    assert response.getheader("Content-Encoding") == "br"
    assert brotli.decompress(body) == PAGE
    assert body == (folder / "index.html.br").read_bytes()


def test_small_files_go_as_they_are(server):
    _, port, prefix = server
    response, body = get(port, prefix + "assets/small.js", "br, gzip")
    assert response.getheader("Content-Encoding") is None
    assert response.getheader("Vary") is None
    assert body == b"x=1"


def test_head_and_not_modified(server):
    _, port, prefix = server
    response, body = get(port, prefix + "assets/app.wasm", "br", method="HEAD")
    assert (response.status, body, response.getheader("Content-Encoding")) == (200, b"", "br")
    since = response.getheader("Last-Modified")
    response, body = get(port, prefix + "assets/app.wasm", "br", headers={"If-Modified-Since": since})
    assert (response.status, body, response.getheader("Vary")) == (304, b"", "Accept-Encoding")


def test_outside_the_prefix_and_missing_files_are_404(server):
    _, port, prefix = server
    assert get(port, "/index.html")[0].status == 404
    assert get(port, prefix + "nope.html")[0].status == 404
    response, _ = get(port, prefix + "assets")
    assert (response.status, response.getheader("Location")) == (301, prefix + "assets/")


def test_records_what_it_sent(server, folder):
    sent, port, prefix = server[0].sent, server[1], server[2]
    sent.clear()
    get(port, prefix + "assets/app.wasm", "br")
    assert sent == [("GET", prefix + "assets/app.wasm", "br", (folder / "assets" / "app.wasm.br").stat().st_size)]


def test_every_response_carries_the_policy(server):
    _, port, prefix = server
    for path in (prefix, prefix + "assets/app.wasm", prefix + "nope.html"):
        assert get(port, path)[0].getheader("Content-Security-Policy") == serve.POLICY


def test_policy_options(folder):
    off, port, _ = started(folder, policy=None)
    framed, port2, _ = started(folder, policy=serve.policy_with_frame_ancestors("'self' https://intranet.example"))
    try:
        assert get(port, "/")[0].getheader("Content-Security-Policy") is None
        assert get(port2, "/")[0].getheader("Content-Security-Policy") == (
            serve.POLICY + "; frame-ancestors 'self' https://intranet.example")
    finally:
        off.shutdown()
        framed.shutdown()


def test_collects_violation_reports(folder):
    server, port, _ = started(folder, reports=True)
    try:
        policy = get(port, "/")[0].getheader("Content-Security-Policy")
        assert policy == serve.POLICY + "; report-uri /" + serve.REPORT_PATH
        report = {"csp-report": {"blocked-uri": "inline"}}
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("POST", "/" + serve.REPORT_PATH, body=json.dumps(report),
                           headers={"Content-Type": "application/csp-report"})
        assert connection.getresponse().status == 204
        connection.close()
        assert server.csp_reports == [report]
        assert get(port, "/index.html", method="POST")[0].status == 405
    finally:
        server.shutdown()


@pytest.mark.parametrize("path, expected", [
    ("index.html", serve.REVALIDATE),
    ("sw.js", serve.REVALIDATE),
    ("assets/keuzehulp/data.json", serve.REVALIDATE),
    ("assets/javascripts/lunr/min/lunr.nl.min.js", serve.REVALIDATE),
    ("assets/javascripts/bundle.a5f9d56c.min.js", serve.IMMUTABLE),
    ("assets/javascripts/workers/search.a7633da7.min.js.br", serve.IMMUTABLE),
    ("assets/stylesheets/main.57a0d79d.min.css", serve.IMMUTABLE),
    ("assets/pyodide/pyodide.asm.wasm", serve.IMMUTABLE),
])
def test_the_cache_policy(path, expected):
    assert serve.cache_control(path) == expected


def test_each_encoding_has_its_own_etag_and_if_none_match_gives_a_304(server):
    _, port, prefix = server
    tags = {coding: get(port, prefix + "assets/app.wasm", coding)[0].getheader("ETag") for coding in ("br", "gzip", "identity")}
    assert len(set(tags.values())) == 3, tags
    response, body = get(port, prefix + "assets/app.wasm", "br", headers={"If-None-Match": f'W/{tags["br"]}'})
    assert (response.status, body, response.getheader("Cache-Control")) == (304, b"", serve.REVALIDATE)
    assert get(port, prefix + "assets/app.wasm", "br", headers={"If-None-Match": tags["gzip"]})[0].status == 200
