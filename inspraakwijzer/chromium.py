"""How we launch headless Chromium: the PDF step, the browser tests and the benchmark.

Playwright cannot download its own browser here, so it is Debian's, unless the
CHROMIUM environment variable names another executable (outside Debian, e.g.
`CHROMIUM=$(which chromium) make test`). The resolver rule makes every host but 127.0.0.1 fail, so a request that would
leave the site cannot silently succeed; the other flags stop Chromium's own
background traffic, which this machine's closed network refuses.
"""
import os

DEFAULT = "/usr/bin/chromium"
EXECUTABLE = os.environ.get("CHROMIUM") or DEFAULT
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
