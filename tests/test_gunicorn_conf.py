"""gazete behind a real nginx that terminates HTTPS: ``GAZETE_HTTPS=1`` and proxy trust for gunicorn.

nginx here listens on plain HTTP (no certificate is needed to prove the point) and sends
``X-Forwarded-Proto: https``, as an nginx terminating TLS does. gunicorn believes the header only
from ``GAZETE_TRUSTED_PROXIES`` (``gunicorn_conf.forwarded_allow_ips``); then Django sees a secure
request, so HSTS and secure cookies are sent and a comment POST passes the CSRF origin check.
"""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import (
    LiveServer,
    free_port,
    scaled_out,
    scratch_postgres_database,
    start_server,
    stop_server,
)
from tests.nginx_tools import call as nginx_call
from tests.nginx_tools import start_nginx

pytestmark = pytest.mark.server
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
TLS_TERMINATING_SITE = """
server {{
    listen 127.0.0.1:{port};
    location / {{
        proxy_pass http://127.0.0.1:{upstream};
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;   # what nginx sends when it terminates TLS
    }}
}}
"""


def https_env(trusted: str) -> dict[str, str]:
    extra = {"GAZETE_HTTPS": "1", "GAZETE_TRUSTED_PROXIES": trusted, "GAZETE_SITE_URL": "https://127.0.0.1"}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_https_proxy")
    return extra


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(tmp_path_factory.mktemp("https-data"), workers=1, env_extra=https_env("127.0.0.1,::1"))
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def nginx(https_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real nginx in front of the server; yields its base URL."""
    port = free_port()
    site = TLS_TERMINATING_SITE.format(port=port, upstream=urlsplit(https_server.url).port)
    nginx = start_nginx(tmp_path_factory.mktemp("nginx"), site, port)
    yield nginx.url
    nginx.stop()


def call(base: str, method: str, path: str, headers: dict[str, str] | None = None,
         body: str | None = None) -> http.client.HTTPResponse:
    """One request as a browser would send it (the CSRF origin check wants a browser's User-Agent)."""
    return nginx_call(base, method, path, {"User-Agent": BROWSER, **(headers or {})}, body)


def test_behind_the_proxy_pages_are_secure_with_hsts_csp_and_secure_cookies(nginx: str) -> None:
    response = call(nginx, "GET", "/")
    assert response.status == 200  # not redirected: gunicorn believed X-Forwarded-Proto from nginx
    assert response.getheader("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload"
    csp = response.getheader("Content-Security-Policy")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_a_comment_post_through_the_proxy_passes_the_origin_check(nginx: str) -> None:
    story = json.loads(call(nginx, "GET", "/api/stories?limit=1").body)[0]  # type: ignore[attr-defined]
    page = call(nginx, "GET", urlsplit(story["url"]).path)
    assert page.status == 200 and page.getheader("Set-Cookie") is None  # the page is cache-clean
    answer = call(nginx, "GET", "/yorum/token/")  # the form's token comes from here
    cookie = answer.getheader("Set-Cookie") or ""
    assert "csrftoken=" in cookie and "Secure" in cookie  # CSRF cookie only over https
    csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)  # type: ignore[union-attr]
    token = json.loads(answer.body)["token"]  # type: ignore[attr-defined]
    form = f"csrfmiddlewaretoken={token}&name=Okur&text=Sava%C5%9F%C4%B1n+bir+an+%C3%B6nce+bitmesini+diliyorum."
    headers = {"Cookie": f"csrftoken={csrf_cookie}", "Origin": nginx.replace("http://", "https://"),
               "Content-Type": "application/x-www-form-urlencoded"}
    posted = call(nginx, "POST", f"/yorum/{story['id']}/", headers, form)
    assert posted.status in {200, 302}, posted.body[:500]  # type: ignore[attr-defined]
    assert b"CSRF" not in posted.body  # type: ignore[attr-defined]
    # The same form from another origin is refused: the origin check is on.
    forged = call(nginx, "POST", f"/yorum/{story['id']}/", {**headers, "Origin": "https://evil.example"}, form)
    assert forged.status == 403


def test_a_forwarded_proto_from_an_untrusted_address_is_ignored(tmp_path: Path) -> None:
    # Only 192.0.2.1 (not this machine) is a trusted proxy: the header sent from loopback is ignored.
    server = start_server(tmp_path / "data", workers=1, env_extra=https_env("192.0.2.1"))
    try:
        response = call(server.url, "GET", "/", {"X-Forwarded-Proto": "https"})
        assert response.status == 301 and response.getheader("Location", "").startswith("https://")
    finally:
        stop_server(server)


def test_check_deploy_is_clean_with_gazete_https(https_server: LiveServer) -> None:
    result = https_server.gazete("manage", "check", "--deploy")
    assert result.returncode == 0 and "no issues" in result.stdout, result.stdout + result.stderr
