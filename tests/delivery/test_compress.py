"""Precompressed siblings (inspraakwijzer.compress): made for what compresses,
identical to the original once decompressed, and present in the real build."""
from __future__ import annotations

import gzip
import os
import zipfile
from pathlib import Path

import brotli
import pytest

from inspraakwijzer import compress

TEXT = ("<p>Inspraak is meepraten over wat u raakt.</p>\n" * 200).encode()


def decoded(sibling) -> bytes:
    data = sibling.read_bytes()
    return brotli.decompress(data) if sibling.suffix == ".br" else gzip.decompress(data)


@pytest.fixture
def site(tmp_path):
    (tmp_path / "index.html").write_bytes(TEXT)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "app.wasm").write_bytes(b"\0asm" + bytes(range(256)) * 40)
    (tmp_path / "assets" / "tiny.css").write_bytes(b"body{margin:0}")
    (tmp_path / "assets" / "photo.png").write_bytes(TEXT)  # compressible bytes, but not a type we compress
    (tmp_path / "assets" / "noise.js").write_bytes(os.urandom(4096))
    return tmp_path


def test_siblings_decompress_to_the_original(site):
    compress.compress_site(site)
    for name in ("index.html", "assets/app.wasm"):
        original = site / name
        for suffix in (".br", ".gz"):
            sibling = original.with_name(original.name + suffix)
            assert decoded(sibling) == original.read_bytes(), sibling
            assert sibling.stat().st_size < original.stat().st_size
            assert sibling.stat().st_mtime_ns == original.stat().st_mtime_ns


def test_only_compressible_files_that_gain(site):
    compress.compress_site(site)
    siblings = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.suffix in (".br", ".gz"))
    # tiny.css is below MIN_BYTES, photo.png not a compressible type, noise.js does not shrink.
    assert siblings == ["assets/app.wasm.br", "assets/app.wasm.gz", "index.html.br", "index.html.gz"]


def test_every_type_the_issue_names_gets_siblings(tmp_path):
    """html, css, js, mjs, json (the search index), wasm, svg, xml: the built site
    may hold no large svg or xml today, so each type is tried here."""
    names = ["index.html", "a.css", "a.js", "worker.mjs", "search/search_index.json", "app.wasm", "logo.svg", "sitemap.xml"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(TEXT)
    compress.compress_site(tmp_path)
    for name in names:
        for suffix in (".br", ".gz"):
            assert decoded(tmp_path / (name + suffix)) == TEXT, name + suffix


def test_rebuild_replaces_stale_and_orphaned_siblings(site):
    compress.compress_site(site)
    (site / "index.html").write_bytes(TEXT + b"<p>Nieuw.</p>\n")
    (site / "assets" / "app.wasm").unlink()
    compress.compress_site(site)
    assert decoded(site / "index.html.br") == TEXT + b"<p>Nieuw.</p>\n"
    assert not (site / "assets" / "app.wasm.br").exists()
    assert not (site / "assets" / "app.wasm.gz").exists()


def test_large_files_come_from_the_cache_on_the_next_build(tmp_path, monkeypatch):
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    big = site / "runtime.wasm"
    big.write_bytes(TEXT * (compress.CACHE_MIN_BYTES // len(TEXT) + 1))
    compress.compress_site(site, cache)
    assert sorted(p.suffix for p in cache.iterdir()) == [".br", ".gz"]

    def fail(data, suffix):
        raise AssertionError("a cached file was compressed again")
    monkeypatch.setitem(compress.COMPRESSORS, ".br", fail)
    monkeypatch.setitem(compress.COMPRESSORS, ".gz", fail)
    for sibling in site.glob("*.*.*"):
        sibling.unlink()
    compress.compress_site(site, cache)
    assert decoded(site / "runtime.wasm.br") == big.read_bytes()
    assert decoded(site / "runtime.wasm.gz") == big.read_bytes()


def test_built_site_has_siblings_for_every_compressible_file(built_site):
    checked = set()
    for original in built_site.rglob("*"):
        if original.is_file() and compress.compressible(original):
            for suffix in (".br", ".gz"):
                sibling = original.with_name(original.name + suffix)
                assert sibling.is_file(), f"{sibling.relative_to(built_site)} missing"
                assert decoded(sibling) == original.read_bytes(), sibling
            checked.add(original.relative_to(built_site).as_posix())
    # The big ones the issue names: the wasm, the search index, pages, the service worker.
    assert {"assets/pyodide/pyodide.asm.wasm", "search/search_index.json", "index.html", "sw.js"} <= checked


def test_store_uncompressed_keeps_every_entry(tmp_path):
    path = tmp_path / "lib.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("pkg/__init__.py", (2020, 7, 1, 0, 0, 0)), TEXT)
        archive.writestr("pkg/mod.py", b"x = 1\n")
    before = {i.filename: (i.date_time, zipfile.ZipFile(path).read(i)) for i in zipfile.ZipFile(path).infolist()}
    compress.store_uncompressed(path)
    with zipfile.ZipFile(path) as archive:
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
        assert {i.filename: (i.date_time, archive.read(i)) for i in archive.infolist()} == before


def test_built_stdlib_zip_is_stored_and_travels_smaller(built_site):
    stdlib = built_site / "assets" / "pyodide" / "python_stdlib.zip"
    with zipfile.ZipFile(stdlib) as archive:
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_STORED}
    # Its brotli sibling is smaller than the deflated zip npm ships.
    shipped = Path(__file__).resolve().parents[2] / "node_modules" / "pyodide" / "python_stdlib.zip"
    assert stdlib.with_name("python_stdlib.zip.br").stat().st_size < 0.8 * shipped.stat().st_size
