"""The registry of wire formats: each says whether it can read a payload, and parses it.

:func:`format_for` asks each registered format in order (``can_read`` looks at the first bytes and
the file name); the first that says yes parses the payload. Adding a format is one module with a
``can_read`` and a parse function, and one :class:`WireFormat` line here (before ``text``, which
takes anything left).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gazete.wireformats import feeds, newsml, newsml1, ninjs
from gazete.wireformats.model import ParseError, WireStory

ParseFunction = Callable[[bytes], list[WireStory | ParseError]]

_XML_START_RE = re.compile(rb"^\s*(?:<\?xml|<!--|<!DOCTYPE|<[A-Za-z])", re.IGNORECASE)
_FEED_ROOT_RE = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_RE = re.compile(rb"<(?:!doctype html|html|body|p|div|article)\b", re.IGNORECASE)


@dataclass(frozen=True)
class WireFormat:
    """One format: its name, whether it can read a payload (first bytes, file name), its parser."""

    name: str
    can_read: Callable[[bytes, str], bool]
    parse: ParseFunction | None = None


def is_xml(head: bytes) -> bool:
    """Tell whether the first bytes open an XML (or HTML) document."""
    return bool(_XML_START_RE.match(head))


def _newsml_g2(head: bytes, filename: str) -> bool:
    return is_xml(head) and newsml.NAR.encode() in head


def _newsml1(head: bytes, filename: str) -> bool:
    return is_xml(head) and newsml1.can_read(head, filename)


def _feed(head: bytes, filename: str) -> bool:
    return is_xml(head) and bool(_FEED_ROOT_RE.search(head))


def _html(head: bytes, filename: str) -> bool:
    if not is_xml(head):
        return False
    return bool(_HTML_RE.search(head)) or filename.endswith((".html", ".htm")) or not filename.endswith(".xml")


def _other_xml(head: bytes, filename: str) -> bool:
    """XML named ``.xml`` that no format recognised: the NewsML-G2 parser says why it is not one."""
    return is_xml(head)


def _ninjs(head: bytes, filename: str) -> bool:
    return head[:1] in (b"{", b"[") or filename.endswith(".json")


def _binary(head: bytes, filename: str) -> bool:
    return b"\x00" in head


def _text(head: bytes, filename: str) -> bool:
    return True


def _parse_feed(data: bytes) -> list[WireStory | ParseError]:
    result = feeds.parse_feed(data)
    return [result] if isinstance(result, ParseError) else result


FORMATS: list[WireFormat] = [
    WireFormat("newsml", _newsml_g2, newsml.parse_newsml_items),
    WireFormat("newsml1", _newsml1, newsml1.parse_newsml1_items),
    WireFormat("feed", _feed, _parse_feed),
    WireFormat("html", _html),
    WireFormat("newsml", _other_xml, newsml.parse_newsml_items),
    WireFormat("ninjs", _ninjs, ninjs.parse_ninjs_items),
    WireFormat("binary", _binary),
    WireFormat("text", _text),
]


def register(wire_format: WireFormat, *, before: str = "html") -> None:
    """Add a format, asked before the named one (by default before the HTML and text fallbacks)."""
    index = next((i for i, known in enumerate(FORMATS) if known.name == before), len(FORMATS) - 1)
    FORMATS.insert(index, wire_format)


def format_for(head: bytes, filename: str | None = None) -> WireFormat:
    """Return the first registered format that can read a payload (``head``: its first bytes, BOM off)."""
    name = (filename or "").lower()
    stripped = head.lstrip()
    for wire_format in FORMATS:
        if wire_format.can_read(stripped, name):
            return wire_format
    return FORMATS[-1]
