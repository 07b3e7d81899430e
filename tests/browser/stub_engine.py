"""The site with a stub engine: the same files and headers as inspraakwijzer.serve,
except that the keuzehulp's worker (assets/js/keuzehulp-worker.mjs) is
tests/browser/stub-worker.mjs, which boots no Pyodide and asks this process to run
wizard.plan.answer under CPython on the reader's answers.

Rendering tests use it (fixtures `site_url` and `keuzehulp`): they check what the page
makes of the engine's answer, not that Pyodide computes it; that is
test_wizard_parity.py's job, with the real worker (decisions/0017-test-pyramid.md).
"""
from __future__ import annotations

import functools
import io
import json
import threading
import traceback
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from inspraakwijzer.serve import make_server
from wizard import plan

WORKER = "assets/js/keuzehulp-worker.mjs"
STUB = Path(__file__).with_name("stub-worker.mjs").read_bytes()
ENDPOINT = "__stub-engine__/"


class StubEngineServer:
    """server.failures lists what went wrong in the engine (a test fixture asserts it is empty)."""

    def __init__(self, site_dir: Path, **options):
        self.server = make_server(site_dir, **options)
        self.failures: list[str] = []
        self.datasets: list[dict] = []  # what the stub workers posted (data.json, perhaps routed by a test)
        made = self.server.RequestHandlerClass  # functools.partial(handler class, directory=...)
        stub = self
        prefix = made.func.prefix

        class Stubbed(made.func):
            def send_head(self):
                if urlsplit(self.path).path != prefix + WORKER:
                    return super().send_head()
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "text/javascript")
                self.send_header("Content-Length", str(len(STUB)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                return io.BytesIO(STUB)

            def do_POST(self):
                path = urlsplit(self.path).path
                if not path.startswith(prefix + ENDPOINT):
                    return super().do_POST()
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    reply = stub.handle(path[len(prefix + ENDPOINT):], body)
                except Exception:  # reported to the page as the real worker does, and kept for the fixture
                    stub.failures.append(traceback.format_exc())
                    self.send_error(HTTPStatus.INTERNAL_SERVER_ERROR, "stub engine failed")
                    return None
                data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return None

        self.server.RequestHandlerClass = functools.partial(Stubbed, *made.args, **made.keywords)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}{prefix}"

    def handle(self, action: str, body: bytes) -> dict:
        if action == "data":
            self.datasets.append(json.loads(body))
            return {"data": len(self.datasets) - 1}
        if action == "answer":
            request = json.loads(body)
            return plan.answer(request["answers"], self.datasets[request["data"]])
        raise ValueError(f"unknown stub engine action {action!r}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
