"""A site server that holds some downloads until the test lets them through.

The keuzehulp must show what the law asks before its Python runtime has
arrived; holding the runtime's wasm on the server makes "before" last as long
as a test needs (the service worker and the engine's worker fetch through the
server too, where a browser-side route would not see them).
"""
from __future__ import annotations

import functools
import threading
from urllib.parse import urlsplit

from inspraakwijzer.serve import make_server

WASM = "/assets/pyodide/pyodide.asm.wasm"
HOLD_LIMIT_S = 300  # a forgotten gate must not hang the run


class Holding:
    def __init__(self, site_dir, held: tuple[str, ...] = (WASM,), **options):
        self.gate = threading.Event()
        self.held = held
        self.server = make_server(site_dir, **options)
        made = self.server.RequestHandlerClass  # functools.partial(handler class, directory=...)
        gate = self.gate

        class Held(made.func):
            def send_head(self):
                if urlsplit(self.path).path.endswith(held):
                    gate.wait(HOLD_LIMIT_S)
                return super().send_head()
        self.server.RequestHandlerClass = functools.partial(Held, *made.args, **made.keywords)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}{made.func.prefix}"  # the prefix as make_server normalised it

    def release(self) -> None:
        self.gate.set()

    def hold(self) -> None:
        self.gate.clear()

    def close(self) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()
