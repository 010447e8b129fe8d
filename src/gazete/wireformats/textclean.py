"""Normalise raw text before parsing: Unicode form, odd spaces, archive stamps, binary checks."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that only get in the way of matching, and spaces other than U+0020.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE_RE = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2005\u3000\t]")
# C0/C1 control characters other than tab, line feed, form feed and carriage return.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# The archive that stored the samples prefixes some excerpts with " date 2023-07" or " date 2023-07-12 ".
_ARCHIVE_STAMP_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?[ \t]*(?:\n|(?=\S))")
_SPACE_RUN_RE = re.compile(r" {2,}")


def binary_reason(text: str) -> str | None:
    """Say why a decoded text is really binary or mis-decoded data, or ``None`` when it is text."""
    if "\x00" in text:
        return "binary data (NUL bytes)"
    sample = text[:20000]
    if not sample:
        return None
    controls = len(_CONTROL_RE.findall(sample))
    replacements = sample.count("\ufffd")
    if controls / len(sample) > 0.01:
        return "binary data (control characters)"
    if replacements / len(sample) > 0.01:
        return "undecodable text (replacement characters)"
    return None


def normalise_text(text: str) -> str:
    """Return NFC text with plain spaces, ``\\n`` line ends and no archive stamp."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _ODD_SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    return _ARCHIVE_STAMP_RE.sub("", text, count=1)


def collapse_spaces(line: str) -> str:
    """Collapse runs of spaces inside a line and strip its ends."""
    return _SPACE_RUN_RE.sub(" ", line).strip()


def decode_bytes(data: bytes) -> str | None:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1254 Turkish; ``None`` when neither fits."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        return None
    try:
        return data.decode("cp1254")
    except UnicodeDecodeError:
        return None
