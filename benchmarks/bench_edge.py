"""Measure an article page three ways under load: nginx's static file, gazete behind deploy/nginx.conf, gazete alone.

Run: ``.venv/bin/python benchmarks/bench_edge.py [--seconds 10] [--connections 64] [--workers 3]``.
It sets up a throw-away data directory with the sample stories, starts ``gazete serve`` and one
Debian nginx holding two servers: one serving the article's HTML (fetched from gazete) as a static
file — the limit — and the shipped ``deploy/nginx.conf`` in front of gazete. The load tool is
``wrk`` from Debian (``apt-get install wrk``; it is written in C and drives tens of thousands of
requests a second, so it is not the bottleneck), run as ``wrk -t2 -c<connections> -d<seconds>s
--latency``. It prints requests per second and p99 latency of each, and their ratios against the
static file measured in the same run; gazete's own ceiling is measured too, on its most trivial
endpoint (``/api/ping``, a few bytes of JSON through the whole middleware stack), so the article
alone can be read against what one gazete request costs at all. No compression is asked for (wrk
sends no Accept-Encoding). The issue's goals are checked and printed: through the proxy at least
80% of the static file's rate with p99 under 20 ms, gazete alone at least 300 requests/s.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.nginx_tools import NGINX, main_config, site_config  # noqa: E402 (the shipped config, as tested)

STATIC_SERVER = """
server {{
    listen 127.0.0.1:{port};
    root {root};
    location / {{ default_type text/html; }}
}}
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, path: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing answers on port {port}")


def get(port: int, path: str) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"GET {path} on port {port}: {response.status}")
    return body


def wrk(url: str, seconds: int, connections: int) -> tuple[float, float]:
    """Requests per second and p99 latency in milliseconds for ``url``."""
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE).groups()  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", out)
    if errors:
        print(f"  note: {errors.group(0)}")
    return rate, float(value) * UNITS[unit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers of gazete serve")
    args = parser.parse_args(argv)
    if not shutil.which("wrk") or not NGINX.exists():
        print("bench_edge needs wrk and nginx from Debian: apt-get install wrk nginx", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="gazete-bench-edge-") as scratch:
        work = Path(scratch)
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        env["GAZETE_DATA_DIR"] = str(work / "data")
        gazete = [sys.executable, "-m", "gazete.cli"]
        subprocess.run([*gazete, "setup"], env=env, check=True, capture_output=True)
        app_port, edge_port, static_port = free_port(), free_port(), free_port()
        server = subprocess.Popen([*gazete, "serve", "--port", str(app_port), "--workers", str(args.workers)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        nginx = None
        try:
            wait_for(app_port, "/")
            import json

            story = json.loads(get(app_port, "/api/stories?limit=1"))[0]
            article = story["url"].split(str(app_port), 1)[1]
            html = get(app_port, article)
            (work / "static").mkdir()
            (work / "static" / "article.html").write_bytes(html)
            sites = STATIC_SERVER.format(port=static_port, root=work / "static")
            sites += site_config(app_port, edge_port, work / "cache")
            conf = main_config(work, sites, workers=2)
            (work / "nginx.conf").write_text(conf)
            nginx = subprocess.Popen([str(NGINX), "-c", str(work / "nginx.conf"), "-p", str(work)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(edge_port, article)
            wait_for(static_port, "/article.html")
            print(f"article {article} ({len(html) / 1024:.1f} KB); wrk -t2 -c{args.connections} -d{args.seconds}s; "
                  f"gazete serve --workers {args.workers}; nginx worker_processes 2; {os.cpu_count()} CPUs")
            targets = [
                ("nginx, static file (the limit)", f"http://127.0.0.1:{static_port}/article.html"),
                ("gazete behind deploy/nginx.conf", f"http://127.0.0.1:{edge_port}{article}"),
                ("gazete alone", f"http://127.0.0.1:{app_port}{article}"),
                ("gazete alone, /api/ping", f"http://127.0.0.1:{app_port}/api/ping"),
            ]
            results = []
            for name, url in targets:
                wrk(url, 1, args.connections)  # warm up
                rate, p99 = wrk(url, args.seconds, args.connections)
                results.append((name, rate, p99))
            reference_rate, reference_p99 = results[0][1], results[0][2]
            for name, rate, p99 in results:
                print(f"{name:33s} {rate:10.0f} req/s ({rate / reference_rate:6.1%} of static)   "
                      f"p99 {p99:8.2f} ms ({p99 / reference_p99:6.1f}x static)")
            (_, edge_rate, edge_p99), (_, alone_rate, _), (_, ping_rate, _) = results[1:]
            print(f"gazete alone: the article at {alone_rate / ping_rate:.1%} of /api/ping's rate")
            print(f"goal: proxy >= 80% of static and p99 < 20 ms: {edge_rate / reference_rate:.1%}, "
                  f"{edge_p99:.2f} ms -> {'met' if edge_rate >= 0.8 * reference_rate and edge_p99 < 20 else 'NOT met'}")
            print(f"goal: gazete alone >= 300 req/s (2x 150): {alone_rate:.0f} -> "
                  f"{'met' if alone_rate >= 300 else 'NOT met'}")
        finally:
            if nginx is not None:
                nginx.terminate()
                nginx.wait(timeout=10)
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
