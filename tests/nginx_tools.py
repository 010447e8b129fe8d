"""Start Debian's nginx for the tests and benchmarks: its main file, the shipped site config, start and stop.

One nginx per caller, in a directory of its own (pid, logs, temp paths and cache inside it), on a
free loopback port. ``site_config`` is ``deploy/nginx.conf`` with only what must differ on a test
machine replaced (the upstream servers, the listening address, the cache directory), each
replacement checked to happen exactly once, so a test always runs the file that ships.
"""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.conftest import free_port, require

NGINX = Path("/usr/sbin/nginx")
REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "deploy" / "nginx.conf"
MAIN_CONF = """
daemon off;
{user}
worker_processes {workers};
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log {dir}/access.log;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    default_type application/octet-stream;
{site}
}}
"""


def main_config(directory: Path, site: str, workers: int = 1) -> str:
    """nginx's main file around ``site``; as root, workers run as root to reach pytest's private tmp dirs."""
    user = "user root root;" if os.geteuid() == 0 else ""
    return MAIN_CONF.format(dir=directory, site=site, user=user, workers=workers)


def _replace_once(text: str, pattern: str, replacement: str) -> str:
    new, count = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    assert count == 1, f"deploy/nginx.conf no longer has {pattern!r} exactly once"
    return new


def site_config(upstream_port: int, port: int, cache_dir: Path) -> str:
    """deploy/nginx.conf aimed at one local app server, listening on ``port``, caching in ``cache_dir``."""
    text = SHIPPED.read_text()
    text = _replace_once(
        text, r"^\s*server 10\.0\.0\.11:8000;.*\n\s*server 10\.0\.0\.12:8000;", f"    server 127.0.0.1:{upstream_port};"
    )
    text = _replace_once(text, r"^\s*listen 80;", f"    listen 127.0.0.1:{port};")
    return _replace_once(text, r"/var/cache/nginx/gazete", str(cache_dir))


@dataclass
class Nginx:
    """A running nginx: its process, base URL and directory (logs are there)."""

    process: subprocess.Popen
    url: str
    directory: Path

    def stop(self) -> None:
        """Stop it (SIGTERM, then wait)."""
        self.process.terminate()
        self.process.wait(timeout=10)


def start_nginx(directory: Path, site: str, port: int, probe: str = "/api/ping", workers: int = 1) -> Nginx:
    """Start nginx with ``site`` (listening on ``port``) in ``directory``; return once ``probe`` answers."""
    require(NGINX.exists(), "nginx is not installed (apt-get install nginx)")
    conf = directory / "nginx.conf"
    conf.write_text(main_config(directory, site, workers))
    process = subprocess.Popen(
        [str(NGINX), "-c", str(conf), "-p", str(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", probe)
            conn.getresponse().read()
            return Nginx(process, f"http://127.0.0.1:{port}", directory)
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                log = directory / "error.log"
                raise RuntimeError(log.read_text() if log.exists() else "nginx did not start") from None
            time.sleep(0.1)


def start_shipped_nginx(directory: Path, upstream_port: int) -> Nginx:
    """Start nginx with the shipped ``deploy/nginx.conf`` in front of the app server on ``upstream_port``."""
    port = free_port()
    return start_nginx(directory, site_config(upstream_port, port, directory / "cache"), port)


def call(
    base: str, method: str, path: str, headers: dict[str, str] | None = None, body: str | bytes | None = None
) -> http.client.HTTPResponse:
    """One request to ``base``; the response's body is read into ``response.body``."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    conn.close()
    return response
