"""Debian's nginx and Apache, run with the shipped configs (deploy/) on 127.0.0.1
under /inspraak/: each in its own temporary folder (config, pid, logs), no systemd.
Installed with apt-get when missing, as scripts/bootstrap.sh installs Chromium.

The only change to a shipped file is the site's folder (deploy's ROOT), which
points at the folder the test serves.
"""
from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from inspraakwijzer import deploy
from inspraakwijzer.serve import serve_in_background

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {"nginx": ["nginx", "libnginx-mod-http-brotli-static"], "apache2": ["apache2"]}
NGINX_BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"
APACHE_MODULES = "/usr/lib/apache2/modules"
APACHE_LOAD = ("mpm_event", "authn_core", "authz_core", "alias", "mime", "headers", "rewrite", "dir")
START_TIMEOUT_S = 30


def ensure_installed(server: str) -> None:
    """apt-get install the server's packages if its binary is missing (as root, or via sudo)."""
    if shutil.which(server) and (server != "nginx" or Path(NGINX_BROTLI).is_file()):
        return
    apt = ["apt-get"] if os.geteuid() == 0 else ["sudo", "-n", "apt-get"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*apt, "update", "-q"], check=True, env=env, capture_output=True)
    subprocess.run([*apt, "install", "-y", "-q", *PACKAGES[server]], check=True, env=env, capture_output=True)


def readable_dir(prefix: str) -> Path:
    """A temporary folder the servers' unprivileged workers can read (pytest's tmp_path is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shipped(name: str, site: Path) -> str:
    return (ROOT / "deploy" / name).read_text(encoding="utf-8").replace(deploy.ROOT, f"{site}/")


def nginx_config(work: Path, site: Path, port: int) -> str:
    temp = "\n".join(f"    {kind}_temp_path {work}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""load_module {NGINX_BROTLI};
daemon off;
user www-data;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{}}
http {{
    access_log off;
{temp}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
{shipped("nginx.conf", site)}
    }}
}}
"""


def apache_config(work: Path, site: Path, port: int) -> str:
    modules = "\n".join(f"LoadModule {name}_module {APACHE_MODULES}/mod_{name}.so" for name in APACHE_LOAD)
    return f"""ServerRoot {work}
{modules}
Listen 127.0.0.1:{port}
ServerName localhost
PidFile {work}/apache.pid
ErrorLog {work}/error.log
User www-data
Group www-data
DocumentRoot {work}/empty
TypesConfig /etc/mime.types
{shipped("apache.conf", site)}
"""


@contextmanager
def running(server: str, site: Path):
    """The server serving `site` (a folder or a symlink to one) under /inspraak/; yields the site's URL.
    "serve" is the project's own (python -m inspraakwijzer.serve)."""
    if server == "serve":
        httpd, url = serve_in_background(site, prefix=deploy.PREFIX)
        try:
            yield url
        finally:
            httpd.shutdown()
        return
    ensure_installed(server)
    work = readable_dir(f"iw-{server}-")
    (work / "empty").mkdir()
    port = free_port()
    if server == "nginx":
        (work / "nginx.conf").write_text(nginx_config(work, site, port))
        command = ["nginx", "-p", str(work), "-c", str(work / "nginx.conf")]
    else:
        (work / "apache.conf").write_text(apache_config(work, site, port))
        command = ["apache2", "-d", str(work), "-f", str(work / "apache.conf"), "-DFOREGROUND"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_listening(port, process, work)
        yield f"http://127.0.0.1:{port}{deploy.PREFIX}"
    finally:
        process.terminate()
        process.wait(timeout=START_TIMEOUT_S)
        shutil.rmtree(work, ignore_errors=True)


def wait_listening(port: int, process: subprocess.Popen, work: Path) -> None:
    """Until the server answers (a condition, polled), or fails with its own words."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            logs = "".join(p.read_text() for p in work.glob("*.log"))
            raise RuntimeError(f"{process.args[0]} exited {process.returncode}: {process.stdout.read().decode()}{logs}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("HEAD", "/")
            connection.getresponse()
            connection.close()
            return
        except OSError:
            time.sleep(0.05)  # polling a condition, bounded by the deadline
    raise RuntimeError(f"{process.args[0]} did not answer on port {port} within {START_TIMEOUT_S} s")
