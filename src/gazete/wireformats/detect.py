"""Sniff an agency payload's format (NewsML-G2, RSS/Atom, ninjs JSON, page text) and parse it.

The bytes decide, not the file name: each format of :mod:`gazete.wireformats.registry` says whether
it can read the payload (NewsML-G2, NewsML 1.x, RSS/Atom, HTML pages, ninjs JSON, page text), and
the first that can parses it. The file name only breaks ties.
"""

from __future__ import annotations

import re

from gazete.wireformats.html_blocks import html_to_blocks
from gazete.wireformats.limits import check_body_length, check_payload_size, guarded
from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.pagetext import parse_page_text
from gazete.wireformats.registry import WireFormat, format_for
from gazete.wireformats.textclean import binary_reason, decode_bytes

SNIFF_BYTES = 4096
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _head(data: bytes) -> bytes:
    """Return the payload's first bytes without a byte-order mark."""
    head = data[:SNIFF_BYTES]
    for bom in _BOMS:
        if head.startswith(bom):
            return head[len(bom):]
    return head


def sniff_format(data: bytes, filename: str | None = None) -> str:
    """Name the payload's format: ``newsml``, ``newsml1``, ``feed``, ``html``, ``ninjs``, ``text`` or ``binary``."""
    return format_for(_head(data), filename).name


def _html_page_to_text(html: str) -> str:
    """Render an HTML page's blocks as page text, one block a paragraph.

    Headings above the first paragraph are the headline and stay plain lines; later headings are
    in-body subheads and are written ``- Title`` as on republished pages.
    """
    lines: list[str] = []
    seen_paragraph = False
    for block in html_to_blocks(html):
        seen_paragraph = seen_paragraph or block.type == "paragraph"
        lines.append(f"- {block.text}" if block.type == "subhead" and seen_paragraph else block.text)
    return "\n\n".join(lines)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_XML_ENCODING_RE = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""")


def _from_utf16(data: bytes) -> bytes | None:
    """Re-encode a UTF-16 payload with a byte-order mark as UTF-8 (its XML declaration too); None if not."""
    if not data.startswith(_UTF16_BOMS):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return None
    return _XML_ENCODING_RE.sub(r'\1"UTF-8"', text, count=1).encode("utf-8")


def payload_text(data: bytes) -> str:
    """Return a payload as text for people (the raw copy kept beside a story): UTF-16 read, bad bytes marked."""
    utf8 = _from_utf16(data)
    return (utf8 or data).decode("utf-8", errors="replace")


def _within_limits(result: WireStory | ParseError) -> WireStory | ParseError:
    """Refuse a story whose body is past the length limit (a page that would be megabytes long)."""
    if isinstance(result, WireStory):
        reason = check_body_length(sum(len(block.text) for block in result.body))
        if reason:
            return ParseError(result.format, reason)
    return result


def parse_payload(data: bytes, *, filename: str | None = None) -> list[WireStory | ParseError]:
    """Parse any supported agency payload into stories; problems come back as ParseError values.

    Nothing here raises on bad input: a payload past a resource limit (size, nesting depth, body
    length) comes back as a ParseError naming the limit.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data or not data.strip():
        return [ParseError("payload", "empty payload")]
    too_large = check_payload_size(data)
    if too_large:
        return [ParseError("payload", too_large)]
    data = _from_utf16(data) or data
    wire_format = format_for(_head(data), filename)
    results = guarded(wire_format.name, lambda: _parse(wire_format, data))
    return [_within_limits(result) for result in (results if isinstance(results, list) else [results])]


def _parse(wire_format: WireFormat, data: bytes) -> list[WireStory | ParseError]:
    """Run the format's parser, or read the payload as text (page text or an HTML page)."""
    kind = wire_format.name
    if wire_format.parse is not None:
        return wire_format.parse(data)
    if kind == "binary":
        return [ParseError("payload", "binary data (NUL bytes)")]
    text = decode_bytes(data)
    if text is None:
        return [ParseError("payload", "undecodable bytes (neither UTF-8 nor Windows-1254)")]
    reason = binary_reason(text)
    if reason:
        return [ParseError("payload", reason)]
    if kind == "html":
        text = _html_page_to_text(text)
    return [parse_page_text(text)]
