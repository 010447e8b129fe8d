"""Tests for gazete.security_headers: a strict CSP on every page, and templates it does not break."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazete.security_headers import CONTENT_SECURITY_POLICY, picture_origin

SOURCE = Path(__file__).resolve().parents[1] / "src" / "gazete"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)


def test_the_policy_allows_nothing_inline() -> None:
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY and "'unsafe-eval'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "object-src 'none'" in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("template", sorted(SOURCE.rglob("templates/**/*.html")), ids=lambda p: p.name)
def test_no_template_has_inline_script_handlers_or_style(template: Path) -> None:
    text = template.read_text("utf-8")
    assert not INLINE_SCRIPT.search(text), "inline <script>: move it to a static file"
    assert not INLINE_HANDLER.search(text), "inline event handler: add a listener in a static file"
    assert not INLINE_STYLE.search(text), "inline style: use a class and a stylesheet"


def test_python_made_markup_has_no_inline_style() -> None:
    for path in SOURCE.rglob("*.py"):
        if "moderation" in path.parts:
            continue
        text = path.read_text("utf-8")
        assert not re.search(r"""\sstyle=['"]|<style\b""", text), path


@pytest.mark.django_db
def test_pages_and_the_api_carry_the_header_the_api_docs_do_not(client) -> None:  # type: ignore[no-untyped-def]
    host = {"HTTP_HOST": "127.0.0.1"}
    for path in ("/", "/api/stories", "/admin/login/", "/no-such-page/"):
        assert client.get(path, **host)["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
    assert "Content-Security-Policy" not in client.get("/api/docs", **host)


@pytest.mark.django_db
def test_pictures_served_from_a_bucket_or_cdn_are_allowed_from_there_only(client, settings) -> None:  # type: ignore[no-untyped-def]
    host = {"HTTP_HOST": "127.0.0.1"}
    assert picture_origin() == ""  # the data directory: /media/ on the site itself
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"base_url": "https://cdn.example.net/gazete/"},
    }}
    assert picture_origin() == "https://cdn.example.net"
    policy = client.get("/", **host)["Content-Security-Policy"]
    assert "img-src 'self' data: https://cdn.example.net;" in policy
    assert "default-src 'self';" in policy and "script-src 'self';" in policy  # nothing else widened
