"""Serve the built site on 127.0.0.1, optionally under a sub-path (as on an intranet).

Python's own http.server does not know every type the site needs (.mjs for the
Pyodide module, .wasm), cannot mount a site under /some/path/, sends no
Content-Security-Policy and ignores the build's precompressed .br/.gz files.
This one does what the README asks of a production server, so the tests and
the benchmark see the site as an intranet would serve it.
Usage: python -m inspraakwijzer.serve [--host H] [--port P] [--prefix /inspraak/]
       [--no-csp | --frame-ancestors SOURCES] [--csp-reports] SITE_DIR
"""
from __future__ import annotations

import argparse
import email.utils
import functools
import http.server
import json
import re
import sys
import threading
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

# Every type the site's files need. Also the whole `types` map of deploy/nginx.conf,
# which replaces the server's own (Debian's mime.types has no .mjs).
TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".map": "application/json",
    ".woff2": "font/woff2",
}

# The policy the whole site works under (README, "Content-Security-Policy").
# 'wasm-unsafe-eval' lets Pyodide compile its WebAssembly; nothing needs eval.
# No frame-ancestors: the embed mode (?embed=1) is meant to be framed by an
# intranet; a host that wants to limit who frames it adds that directive.
POLICY = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
          "manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'")

# Where browsers send violation reports when reporting is on (--csp-reports).
REPORT_PATH = "__csp-report"
REPORT_MAX_BYTES = 64 * 1024

# The cache policy, in one place (decisions/0010-cache-policy-and-updates.md).
# Rules on the path under the site root, first match wins; `serve` applies them
# and deploy/ (nginx, Apache, IIS) is generated from them (inspraakwijzer.deploy).
# A regex is matched from the start of the path and need not reach its end, so
# a precompressed sibling (x.js.br) falls under the rule of x.js.
REVALIDATE = "no-cache"
IMMUTABLE = "public, max-age=31536000, immutable"
CACHE_POLICY = (
    # Material's files carry a content hash in their name (bundle.a5f9d56c.min.js).
    ("hashed theme files", r"assets/(javascripts|stylesheets)/([^/]+/)*[^/]+\.[0-9a-f]{8}\.min\.(js|css)", IMMUTABLE),
    # The Pyodide runtime, pinned in package-lock.json. Its URLs carry no version:
    # an upgrade must move it to a new directory (decisions/0010).
    ("pinned Pyodide runtime", r"assets/pyodide/", IMMUTABLE),
    # Everything else is checked with the server on every use (a 304 when
    # unchanged): pages, sw.js, the search index, the keuzehulp's data.json,
    # early.json and wizard.zip, our own JS and CSS.
    ("everything else", r"", REVALIDATE),
)


def cache_control(site_path: str) -> str:
    """The Cache-Control header for a path under the site root (no leading slash)."""
    for _, pattern, value in CACHE_POLICY:
        if re.match(pattern, site_path):
            return value
    raise AssertionError("the last rule matches every path")


# What a missing file gets, with status 404 (MkDocs writes it).
NOT_FOUND_PAGE = "404.html"

# Stored siblings the build writes (inspraakwijzer.compress), best first.
CODINGS = (("br", ".br"), ("gzip", ".gz"))


def policy_with_frame_ancestors(sources: str) -> str:
    return f"{POLICY}; frame-ancestors {sources}"


def accepted(header: str | None) -> dict[str, float]:
    """Accept-Encoding as {coding: q}; a coding the header does not name is absent."""
    weights = {}
    for part in (header or "").split(","):
        coding, *params = [p.strip() for p in part.split(";")]
        if not coding:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        weights[coding.lower()] = q
    return weights


def choose(path: Path, header: str | None) -> tuple[str | None, Path]:
    """The best stored encoding of path the client accepts: br, then gzip, then the file itself."""
    weights = accepted(header)
    for coding, suffix in CODINGS:
        q = weights.get(coding, weights.get("*", 0.0))
        sibling = path.with_name(path.name + suffix)
        if q > 0 and sibling.is_file():
            return coding, sibling
    return None, path


def etag(body: Path) -> str:
    """Of the bytes sent: each stored encoding of a file has its own tag."""
    stat = body.stat()
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


def has_siblings(path: Path) -> bool:
    return any(path.with_name(path.name + suffix).is_file() for _, suffix in CODINGS)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    prefix = "/"
    policy: str | None = POLICY

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def end_headers(self) -> None:
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # its redirect to the address with a slash
            path = path / "index.html"
        if not path.is_file():
            return self.send_not_found()
        coding, body = choose(path, self.headers.get("Accept-Encoding"))
        modified = int(path.stat().st_mtime)
        if self.not_modified(etag(body), modified):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_common_headers(path, body, modified)
            self.end_headers()
            return None
        file = body.open("rb")
        size = body.stat().st_size
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(size))
        self.send_common_headers(path, body, modified)
        self.end_headers()
        if self.server.sent is not None:
            self.server.sent.append((self.command, urlsplit(self.path).path, coding or "identity", size))
        return file

    def send_not_found(self):
        """The site's own 404 page, as the shipped server configs send it."""
        page = Path(self.directory) / NOT_FOUND_PAGE
        if not page.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        coding, body = choose(page, self.headers.get("Accept-Encoding"))
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", TYPES[".html"])
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(body.stat().st_size))
        self.send_header("Cache-Control", REVALIDATE)
        self.end_headers()
        return body.open("rb")

    def send_common_headers(self, path: Path, body: Path, modified: int) -> None:
        self.send_header("Last-Modified", email.utils.formatdate(modified, usegmt=True))
        self.send_header("ETag", etag(body))
        self.send_header("Cache-Control", cache_control(self.site_path(path)))
        if has_siblings(path):
            self.send_header("Vary", "Accept-Encoding")

    def site_path(self, path: Path) -> str:
        return path.resolve().relative_to(Path(self.directory).resolve()).as_posix()

    def not_modified(self, tag: str, modified: int) -> bool:
        """If-None-Match decides when sent (weakly compared), else If-Modified-Since."""
        match = self.headers.get("If-None-Match")
        if match:
            tags = [t.strip().removeprefix("W/") for t in match.split(",")]
            return "*" in tags or tag in tags
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            return modified <= email.utils.parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, OverflowError, IndexError):
            return False

    def do_POST(self) -> None:
        """Collect CSP violation reports (report-uri), the only thing one may post here."""
        if self.server.csp_reports is None or urlsplit(self.path).path != self.prefix + REPORT_PATH:
            self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)
            return
        length = int(self.headers.get("Content-Length") or 0)
        if not 0 < length <= REPORT_MAX_BYTES:
            self.send_error(HTTPStatus.BAD_REQUEST, "Report missing or too large")
            return
        try:
            report = json.loads(self.rfile.read(length))
        except ValueError:
            self.send_error(HTTPStatus.BAD_REQUEST, "Report is not JSON")
            return
        self.server.csp_reports.append(report)
        if self.server.verbose:
            print(f"CSP violation: {json.dumps(report, ensure_ascii=False)}", file=sys.stderr, flush=True)
        self.send_response(HTTPStatus.NO_CONTENT)
        self.end_headers()

    def log_message(self, format, *args):  # quiet unless verbose: keeps test output readable
        if self.server.verbose:
            super().log_message(format, *args)


def make_server(site_dir: Path, host: str = "127.0.0.1", port: int = 0, prefix: str = "/",
                verbose: bool = False, policy: str | None = POLICY, reports: bool = False,
                record: bool = False) -> http.server.ThreadingHTTPServer:
    """reports=True asks browsers to report CSP violations; they are kept in server.csp_reports.
    record=True keeps (method, path, encoding, body bytes) of every file sent in server.sent."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    reports = reports and policy is not None
    if reports:
        policy = f"{policy}; report-uri {prefix}{REPORT_PATH}"
    handler_class = type("SiteHandler", (Handler,), {"prefix": prefix, "policy": policy})
    server = http.server.ThreadingHTTPServer((host, port), functools.partial(handler_class, directory=str(site_dir)))
    server.verbose = verbose
    server.sent = [] if record else None
    server.csp_reports = [] if reports else None
    server.daemon_threads = True
    return server


def serve_in_background(site_dir: Path, prefix: str = "/", **options) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = make_server(site_dir, prefix=prefix, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}{'/' + prefix.strip('/') + '/' if prefix.strip('/') else '/'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/")
    csp = parser.add_mutually_exclusive_group()
    csp.add_argument("--no-csp", action="store_true", help="send no Content-Security-Policy header")
    csp.add_argument("--frame-ancestors", metavar="SOURCES",
                     help="add frame-ancestors to the policy, e.g. \"'self' https://intranet.example\"")
    parser.add_argument("--csp-reports", action="store_true",
                        help="ask browsers to report policy violations, and print them")
    args = parser.parse_args()
    policy = None if args.no_csp else policy_with_frame_ancestors(args.frame_ancestors) if args.frame_ancestors else POLICY
    server = make_server(args.site_dir, args.host, args.port, args.prefix, verbose=True, policy=policy,
                         reports=args.csp_reports)
    print(f"Inspraakwijzer draait op http://{args.host}:{args.port}{args.prefix} (stoppen: Ctrl+C)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
