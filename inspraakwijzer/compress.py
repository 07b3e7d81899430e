"""Precompressed siblings for the built site: `x.wasm.br` and `x.wasm.gz` next to `x.wasm`.

A server then sends the stored bytes with `Content-Encoding` (nginx
`gzip_static`/`brotli_static`, our own `inspraakwijzer.serve`) instead of
compressing on every request, or, as many servers do for `.wasm`, not at all.
The keuzehulp's runtime is 13 MB as files and about a third of that compressed.

A zip whose entries are deflated one by one hardly compresses further, so
the Pyodide standard library is rewritten with stored entries
(store_uncompressed): brotli over the whole archive then finds what the files
share, 1.6 MB on the wire instead of 2.5 MB.

Brotli at its best quality takes about 40 s for the 9.6 MB Pyodide wasm, so the
large files, which come unchanged from the pinned npm package, are compressed
once and kept in a cache folder keyed by their content.
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import os
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import brotli

# Text and code compress well; images other than SVG and PDFs do not. The
# search index is search/search_index.json. Zips: a deflated one gains little
# (its headers and names), a stored one a lot (see store_uncompressed).
EXTENSIONS = frozenset({".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".zip"})
MIN_BYTES = 1024          # below this, the headers cost more than compression saves
CACHE_MIN_BYTES = 256 * 1024  # only the slow ones are worth keeping between builds

log = logging.getLogger("mkdocs.plugins.inspraakwijzer.compress")


def brotli_bytes(data: bytes, suffix: str) -> bytes:
    mode = brotli.MODE_GENERIC if suffix == ".wasm" else brotli.MODE_TEXT
    return brotli.compress(data, mode=mode, quality=11)


def gzip_bytes(data: bytes, suffix: str) -> bytes:
    # mtime=0: the same input gives the same bytes, so rebuilds are reproducible.
    return gzip.compress(data, compresslevel=9, mtime=0)


COMPRESSORS = {".br": brotli_bytes, ".gz": gzip_bytes}


def compressible(path: Path) -> bool:
    return path.suffix in EXTENSIONS and path.stat().st_size >= MIN_BYTES


@dataclass
class Report:
    files: int = 0
    original: int = 0
    compressed: dict[str, int] = field(default_factory=lambda: {suffix: 0 for suffix in COMPRESSORS})

    def add(self, size: int, sizes: dict[str, int]) -> None:
        self.files += 1
        self.original += size
        for suffix, n in sizes.items():
            self.compressed[suffix] += n

    def __str__(self) -> str:
        mib = lambda n: f"{n / 2 ** 20:.1f} MiB"  # noqa: E731
        return (f"precompressed {self.files} files, {mib(self.original)}: "
                f"brotli {mib(self.compressed['.br'])}, gzip {mib(self.compressed['.gz'])}")


class Cache:
    """Compressed bytes by content hash, for large files that do not change between builds."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def get(self, data: bytes, suffix: str, make) -> bytes:
        if self.folder is None or len(data) < CACHE_MIN_BYTES:
            return make()
        entry = self.folder / f"{hashlib.sha256(data).hexdigest()}{suffix}"
        if entry.is_file():
            return entry.read_bytes()
        result = make()
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")  # builds may run side by side
        partial.write_bytes(result)
        partial.replace(entry)
        return result


def write_siblings(path: Path, cache: Cache) -> dict[str, int]:
    """Write path.br and path.gz; a sibling that would not be smaller is left out."""
    data = path.read_bytes()
    stat = path.stat()
    sizes = {}
    for suffix, compressor in COMPRESSORS.items():
        sibling = path.with_name(path.name + suffix)
        packed = cache.get(data, suffix, functools.partial(compressor, data, path.suffix))
        if len(packed) >= len(data):
            sibling.unlink(missing_ok=True)
            continue
        sibling.write_bytes(packed)
        # The same date as the original, so Last-Modified does not depend on the encoding.
        os.utime(sibling, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        sizes[suffix] = len(packed)
    return sizes


def store_uncompressed(path: Path) -> None:
    """Rewrite the zip at path with every entry stored instead of deflated.

    Same names, dates and contents, so readers of the zip (Python's zipimport
    for Pyodide's standard library) see no difference; only the transport
    compression gets better. Costs memory where the zip is kept whole.
    """
    partial = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = source.read(info)
            info.compress_type = zipfile.ZIP_STORED
            target.writestr(info, data)
    partial.replace(path)


def remove_orphans(site_dir: Path) -> None:
    """Siblings whose original is gone (a build into a site/ that was not cleaned)."""
    for suffix in COMPRESSORS:
        for sibling in site_dir.rglob(f"*{suffix}"):
            original = sibling.with_name(sibling.name[:-len(suffix)])
            if original.suffix in EXTENSIONS and not original.is_file():
                sibling.unlink()


def compress_site(site_dir: Path, cache_dir: Path | None = None) -> Report:
    """Write .br and .gz siblings for every compressible file of the built site."""
    site_dir = Path(site_dir)
    remove_orphans(site_dir)
    paths = sorted(p for p in site_dir.rglob("*") if p.is_file() and compressible(p))
    cache = Cache(cache_dir)
    report = Report()
    # Largest first, so the slow ones do not end up last on one core.
    paths.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for path, sizes in zip(paths, pool.map(lambda p: write_siblings(p, cache), paths)):
            report.add(path.stat().st_size, sizes)
    log.info(str(report))
    return report
