"""Sniff an agency payload's format (NewsML-G2, RSS/Atom, ninjs JSON, page text) and parse it.

The bytes decide, not the file name: each format of :mod:`gazete.wireformats.registry` says whether
it can read the payload (NewsML-G2, NewsML 1.x, RSS/Atom, HTML pages, ninjs JSON, page text), and
the first that can parses it. The file name only breaks ties.
"""

from __future__ import annotations

from gazete.wireformats.html_blocks import html_to_blocks
from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.pagetext import parse_page_text
from gazete.wireformats.registry import format_for
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


def parse_payload(data: bytes, *, filename: str | None = None) -> list[WireStory | ParseError]:
    """Parse any supported agency payload into stories; problems come back as ParseError values."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data or not data.strip():
        return [ParseError("payload", "empty payload")]
    wire_format = format_for(_head(data), filename)
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
