"""Tests for gazete.wireformats.textclean: normalising, archive stamps, binary checks, decoding."""

from __future__ import annotations

from gazete.wireformats.textclean import binary_reason, collapse_spaces, decode_bytes, normalise_text


def test_normalise_text() -> None:
    assert normalise_text(" date 2023-07\r\nANKARA\u00a0(AA) -\u200b x") == "ANKARA (AA) - x"
    assert normalise_text(" date 2023-07-12 UPDATE - x") == "UPDATE - x"
    assert normalise_text("I\u0307stanbul") == "İstanbul"


def test_binary_reason() -> None:
    assert binary_reason("plain text\n") is None
    assert binary_reason("a\x00b") is not None
    assert binary_reason("\x01\x02\x03" + "a" * 50) is not None


def test_decode_bytes() -> None:
    assert decode_bytes("Çadır".encode()) == "Çadır"
    assert decode_bytes("\ufeffÇadır".encode()) == "Çadır"
    assert decode_bytes("Çadır kentte ışık".encode("cp1254")) == "Çadır kentte ışık"
    assert decode_bytes(b"\x00\xff\xfe") is None


def test_collapse_spaces() -> None:
    assert collapse_spaces("  a   b  ") == "a b"
