"""Serve the built site on 127.0.0.1, optionally under a sub-path (as on an intranet).

Python's own http.server does not know every type the site needs (.mjs for the
Pyodide module, .wasm), and cannot mount a site under /some/path/.
Usage: python -m inspraakwijzer.serve [--host H] [--port P] [--prefix /inspraak/] SITE_DIR
"""
from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, format, *args):  # noqa: A002 - keep test output readable
        if self.server.verbose:
            super().log_message(format, *args)


def make_server(site_dir: Path, host: str = "127.0.0.1", port: int = 0, prefix: str = "/",
                verbose: bool = False) -> http.server.ThreadingHTTPServer:
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = functools.partial(type("SiteHandler", (Handler,), {"prefix": prefix}), directory=str(site_dir))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.verbose = verbose
    server.daemon_threads = True
    return server


def serve_in_background(site_dir: Path, prefix: str = "/") -> tuple[http.server.ThreadingHTTPServer, str]:
    server = make_server(site_dir, prefix=prefix)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}{'/' + prefix.strip('/') + '/' if prefix.strip('/') else '/'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/")
    args = parser.parse_args()
    server = make_server(args.site_dir, args.host, args.port, args.prefix, verbose=True)
    print(f"Inspraakwijzer draait op http://{args.host}:{args.port}{args.prefix} (stoppen: Ctrl+C)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
