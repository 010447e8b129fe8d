"""deploy/nginx.conf in a real nginx in front of a real gazete server: pages from its cache, fresh within 2 s.

The shipped file is used as it is, with only what must differ on a test machine replaced: the
upstream servers, the listening address and the cache directory (each replacement is checked).
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import (
    LiveServer,
    free_port,
    require,
    scaled_out,
    scratch_postgres_database,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.server
NGINX = Path("/usr/sbin/nginx")
REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "deploy" / "nginx.conf"
NEWSML = REPO / "tests" / "fixtures" / "wire" / "newsml"
MAIN_CONF = """
daemon off;
{user}
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 256; }}
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
UPDATE_TEXT = b"opened two shelters"  # only in the UPDATE version's body


def main_config(directory: Path, site: str) -> str:
    """nginx's main file around ``site``; as root, workers run as root to reach pytest's private tmp dirs."""
    user = "user root root;" if os.geteuid() == 0 else ""
    return MAIN_CONF.format(dir=directory, site=site, user=user)


def _replace_once(text: str, pattern: str, replacement: str) -> str:
    new, count = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    assert count == 1, f"deploy/nginx.conf no longer has {pattern!r} exactly once"
    return new


def site_config(upstream_port: int, port: int, cache_dir: Path) -> str:
    """deploy/nginx.conf aimed at one local app server, listening on ``port``, caching in ``cache_dir``."""
    text = SHIPPED.read_text()
    text = _replace_once(text, r"^\s*server 10\.0\.0\.11:8000;.*\n\s*server 10\.0\.0\.12:8000;",
                         f"    server 127.0.0.1:{upstream_port};")
    text = _replace_once(text, r"^\s*listen 80;", f"    listen 127.0.0.1:{port};")
    return _replace_once(text, r"/var/cache/nginx/gazete", str(cache_dir))


def start_nginx(directory: Path, upstream_port: int) -> tuple[subprocess.Popen, str]:
    """Start nginx with the shipped site config in ``directory``; return the process and its base URL."""
    require(NGINX.exists(), "nginx is not installed (apt-get install nginx)")
    port = free_port()
    conf = directory / "nginx.conf"
    conf.write_text(main_config(directory, site_config(upstream_port, port, directory / "cache")))
    process = subprocess.Popen([str(NGINX), "-c", str(conf), "-p", str(directory)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/api/ping")
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                log = directory / "error.log"
                raise RuntimeError(log.read_text() if log.exists() else "nginx did not start") from None
            time.sleep(0.1)


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    extra = {"GAZETE_TRUSTED_PROXIES": "127.0.0.1,::1"}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_edge_proxy")
    server = start_server(tmp_path_factory.mktemp("edge-data"), workers=2, env_extra=extra)
    server.gazete("ingest", str(NEWSML / "aa-text-20240612-v1.xml"))
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def edge(app_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    process, url = start_nginx(tmp_path_factory.mktemp("edge-nginx"), urlsplit(app_server.url).port)
    yield url
    process.terminate()
    process.wait(timeout=10)


def call(base: str, method: str, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    return response


def flood_story_path(base: str) -> str:
    stories = json.loads(call(base, "GET", "/api/stories?limit=50").body)  # type: ignore[attr-defined]
    return next(urlsplit(s["url"]).path for s in stories if s["headline"].startswith("Flood waters recede"))


def test_the_shipped_config_passes_nginx_t(tmp_path: Path) -> None:
    require(NGINX.exists(), "nginx is not installed (apt-get install nginx)")
    conf = tmp_path / "nginx.conf"
    conf.write_text(main_config(tmp_path, site_config(8000, free_port(), tmp_path / "cache")))
    result = subprocess.run([str(NGINX), "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_reader_pages_come_from_the_cache_without_cookies_and_compressed(edge: str) -> None:
    path = flood_story_path(edge)
    statuses = [call(edge, "GET", path).getheader("X-Cache-Status") for _ in range(5)]
    assert statuses[0] in {"MISS", "EXPIRED", "STALE", "UPDATING", "HIT"}
    assert "HIT" in statuses[1:]  # the same second: served by nginx, not gazete
    page = call(edge, "GET", path, {"Accept-Encoding": "gzip"})
    assert page.status == 200 and page.getheader("Set-Cookie") is None
    assert page.getheader("Content-Encoding") == "gzip"
    assert UPDATE_TEXT not in gzip.decompress(page.body) and b"Flood waters" in gzip.decompress(page.body)  # type: ignore[attr-defined]
    for feed in ("/rss/", "/atom/"):
        answer = call(edge, "GET", feed, {"Accept-Encoding": "gzip"})
        assert answer.status == 200 and answer.getheader("Content-Encoding") == "gzip", feed


def test_the_token_beacon_api_and_desk_are_never_cached(edge: str) -> None:
    tokens = [call(edge, "GET", "/yorum/token/") for _ in range(2)]
    assert all(t.getheader("X-Cache-Status") is None for t in tokens)
    assert json.loads(tokens[0].body)["token"] != json.loads(tokens[1].body)["token"]  # type: ignore[attr-defined]
    assert all("csrftoken=" in (t.getheader("Set-Cookie") or "") for t in tokens)
    for path in ("/api/stories?limit=1", "/desk/login/"):
        assert call(edge, "GET", path).getheader("X-Cache-Status") is None, path
    assert call(edge, "GET", "/ara/?q=flood").getheader("X-Cache-Status") in {"MISS", None}


def test_a_signed_in_editor_bypasses_the_cache(edge: str) -> None:
    path = flood_story_path(edge)
    answer = call(edge, "GET", path, {"Cookie": "sessionid=abc"})
    assert answer.getheader("X-Cache-Status") == "BYPASS"


def test_a_wire_update_is_visible_through_the_proxy_within_two_seconds(app_server: LiveServer, edge: str) -> None:
    path = flood_story_path(edge)
    for _ in range(3):  # the old version is in nginx's cache
        assert UPDATE_TEXT not in call(edge, "GET", path).body  # type: ignore[attr-defined]
    update = NEWSML / "aa-text-20240612-v2-update.xml"
    ingest = subprocess.Popen([sys.executable, "-m", "gazete.cli", "ingest", str(update)],
                              env=app_server.env, stdout=subprocess.PIPE, text=True)
    line = ingest.stdout.readline()  # type: ignore[union-attr]  # printed once the version is committed
    stored = time.monotonic()
    assert "updated 1" in line, line
    seen_after = None
    while time.monotonic() - stored < 5:
        if UPDATE_TEXT in call(edge, "GET", path).body:  # type: ignore[attr-defined]
            seen_after = time.monotonic() - stored
            break
        time.sleep(0.05)
    print(f"wire UPDATE visible through nginx {seen_after} s after the ingest committed")
    ingest.wait(timeout=60)
    assert seen_after is not None and seen_after <= 2.0, f"the update appeared after {seen_after} s"


def test_picture_renditions_are_cached_by_nginx_for_a_year(app_server: LiveServer, edge: str, tmp_path: Path) -> None:
    from tests.media.images import picture_bytes

    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "story.xml").write_bytes((NEWSML / "aa-text-20241203-with-pictures.xml").read_bytes())
    photo = picture_bytes(1500, 1000)
    (drop / "palandoken-print.jpg").write_bytes(photo)
    app_server.gazete("ingest", str(drop))
    rendered = app_server.gazete("manage", "render_pictures")
    assert "ready 1" in rendered.stdout, rendered.stdout + rendered.stderr
    sha = hashlib.sha256(photo).hexdigest()
    path = f"/media/p/{sha[:2]}/{sha}-720.webp"
    answers = [call(edge, "GET", path, {"Accept-Language": language}) for language in ("tr", "en", "tr")]
    assert all(a.status == 200 and a.getheader("Content-Type") == "image/webp" for a in answers)
    assert answers[0].getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert [a.getheader("X-Cache-Status") for a in answers[1:]] == ["HIT", "HIT"]  # one copy for every language
    assert call(edge, "GET", f"/media/originals/{sha[:2]}/{sha}.jpg").status == 404


def test_only_the_desks_photo_upload_takes_a_photo_sized_body(edge: str) -> None:
    """nginx stops bodies over 1 MB (its default) except at the upload address, which takes a photo's 40 MB."""
    body = b"\xff" * (5 * 1024 * 1024)  # a 5 MB photo's worth of bytes

    def post(path: str) -> int:
        parts = urlsplit(edge)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        conn.request("POST", path, body=body, headers={"Content-Type": "application/octet-stream"})
        response = conn.getresponse()
        response.read()
        return response.status

    assert post("/desk/stories/1/photos/upload/") == 403  # through to gazete (no CSRF token: its refusal)
    assert post("/desk/stories/1/edit/") == 413  # nginx's own limit everywhere else
