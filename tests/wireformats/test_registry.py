"""Tests for gazete.wireformats.registry: each format says whether it can read a payload."""

from __future__ import annotations

import pytest

from gazete.wireformats.model import WireStory
from gazete.wireformats.registry import FORMATS, WireFormat, format_for, register

from .conftest import WIRE_FIXTURES


@pytest.mark.parametrize(
    ("head", "filename", "name"),
    [
        (b'<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">', None, "newsml"),
        (b'<?xml version="1.0" encoding="ISO-8859-1"?><NewsML Version="1.2">', None, "newsml1"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', None, "feed"),
        (b"<!DOCTYPE html><html><body><p>x</p>", None, "html"),
        (b"<unknown/>", "file.xml", "newsml"),
        (b'{"uri": "x"}', None, "ninjs"),
        (b"not json", "item.json", "ninjs"),
        (b"ab\x00cd", None, "binary"),
        (b"ISTANBUL (AA) - Text", None, "text"),
    ],
)
def test_format_for(head: bytes, filename: str | None, name: str) -> None:
    assert format_for(head, filename).name == name


def test_parse_functions_read_their_fixtures() -> None:
    data = (WIRE_FIXTURES / "newsml1" / "afp-fr-latin1-update.xml").read_bytes()
    wire_format = format_for(data[:4096])
    assert wire_format.parse is not None
    assert all(isinstance(result, WireStory) for result in wire_format.parse(data))


def test_register_puts_a_format_before_the_fallbacks() -> None:
    custom = WireFormat("custom", lambda head, name: head.startswith(b"CUSTOM"))
    register(custom)
    try:
        assert format_for(b"CUSTOM payload").name == "custom"
        assert FORMATS.index(custom) < [f.name for f in FORMATS].index("html")
    finally:
        FORMATS.remove(custom)
