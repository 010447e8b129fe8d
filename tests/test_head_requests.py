"""Tests for gazete.head_requests: HEAD answers carry the GET's headers and no body."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.http import FileResponse, HttpRequest, HttpResponse
from django.test import RequestFactory

from gazete.head_requests import HeadWithoutBodyMiddleware

pytestmark = pytest.mark.django_db


def wsgi_call(method: str, path: str) -> tuple[str, dict[str, str], bytes]:
    """Call the WSGI application as gunicorn does; return the status, headers and body bytes sent."""
    environ = RequestFactory()._base_environ(REQUEST_METHOD=method, PATH_INFO=path, HTTP_HOST="127.0.0.1")
    environ["wsgi.input"] = io.BytesIO()
    started: dict[str, object] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: object = None) -> None:
        started.update(status=status, headers=dict(headers))

    result = WSGIHandler()(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        result.close()
    return str(started["status"]), started["headers"], body  # type: ignore[return-value]


@pytest.mark.parametrize("path", ["/", "/robots.txt", "/rss/", "/favicon.ico", "/no-such-page/"])
def test_head_sends_the_get_headers_and_no_body(path: str) -> None:
    get_status, get_headers, get_body = wsgi_call("GET", path)
    status, headers, body = wsgi_call("HEAD", path)
    assert get_body and body == b""
    assert status == get_status and headers["Content-Type"] == get_headers["Content-Type"]
    assert headers.get("Content-Length") == get_headers.get("Content-Length")


def test_get_keeps_its_body() -> None:
    middleware = HeadWithoutBodyMiddleware(lambda request: HttpResponse(b"text"))
    assert middleware(RequestFactory().get("/")).content == b"text"


def test_a_streamed_file_is_dropped_and_still_closed(tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(b"x" * 100)
    handle = path.open("rb")

    def view(request: HttpRequest) -> FileResponse:
        return FileResponse(handle)

    response = HeadWithoutBodyMiddleware(view)(RequestFactory().head("/"))
    assert b"".join(response.streaming_content) == b"" and response["Content-Length"] == "100"
    response.close()
    assert handle.closed
