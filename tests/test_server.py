"""The portal served by a real gunicorn (``gazete serve``), as a reader and a crawler reach it."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from tests.conftest import LiveServer

pytestmark = pytest.mark.server


def fetch(url: str) -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(url, headers={"User-Agent": "gazete-tests"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def test_home_lists_the_sample_stories(live_server_process: LiveServer) -> None:
    status, html, headers = fetch(live_server_process.url + "/")
    assert status == 200
    assert "gunicorn" in headers.get("Server", "")
    assert "Örnek haber: Liman kentinde ihracat rekoru" in html
    assert "Sample story: Coastal states agree on a shared fisheries plan" in html


def test_static_files_are_served_by_whitenoise(live_server_process: LiveServer) -> None:
    status, html, _ = fetch(live_server_process.url + "/")
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    status, _body, headers = fetch(live_server_process.url + css)
    assert status == 200 and "text/css" in headers["Content-Type"]
    assert "max-age" in headers.get("Cache-Control", "")


def test_back_office_asks_for_a_login(live_server_process: LiveServer) -> None:
    status, html, _ = fetch(live_server_process.url + "/admin/")
    assert status == 200  # after the redirect to the login form
    assert 'name="password"' in html


def test_debug_is_off_and_unknown_pages_are_404(live_server_process: LiveServer) -> None:
    status, html, _ = fetch(live_server_process.url + "/haber/999999/yok/")
    assert status == 404
    assert "Traceback" not in html and "DEBUG = True" not in html
