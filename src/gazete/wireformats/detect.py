"""Sniff an agency payload's format (NewsML-G2, RSS/Atom, ninjs JSON, page text) and parse it.

The bytes decide, not the file name: XML carrying the NewsML-G2 namespace goes to the NewsML
parser, other XML with an ``<rss>``/``<feed>``/``<rdf:RDF>`` root to feedparser, JSON to the ninjs
parser, and decodable text to the page-text parser. The file name only breaks ties.
"""

from __future__ import annotations

import re

from gazete.wireformats.feeds import parse_feed
from gazete.wireformats.html_blocks import html_to_blocks
from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.newsml import NAR, parse_newsml_items
from gazete.wireformats.ninjs import parse_ninjs_items
from gazete.wireformats.pagetext import parse_page_text
from gazete.wireformats.textclean import binary_reason, decode_bytes

SNIFF_BYTES = 4096
_FEED_ROOT_RE = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_RE = re.compile(rb"<(?:!doctype html|html|body|p|div|article)\b", re.IGNORECASE)
_XML_START_RE = re.compile(rb"^\s*(?:<\?xml|<!--|<!DOCTYPE|<[A-Za-z])", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff_format(data: bytes, filename: str | None = None) -> str:
    """Name the payload's format: ``newsml``, ``feed``, ``html``, ``ninjs``, ``text`` or ``binary``."""
    head = data[:SNIFF_BYTES]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    stripped = head.lstrip()
    name = (filename or "").lower()
    if _XML_START_RE.match(stripped):
        if NAR.encode() in head:
            return "newsml"
        if _FEED_ROOT_RE.search(head):
            return "feed"
        if _HTML_RE.search(head) or name.endswith((".html", ".htm")):
            return "html"
        return "newsml" if name.endswith(".xml") else "html"
    if stripped[:1] in (b"{", b"[") or name.endswith(".json"):
        return "ninjs"
    if b"\x00" in head:
        return "binary"
    return "text"


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
    kind = sniff_format(data, filename)
    if kind == "newsml":
        return parse_newsml_items(data)
    if kind == "feed":
        result = parse_feed(data)
        return [result] if isinstance(result, ParseError) else result
    if kind == "ninjs":
        return parse_ninjs_items(data)
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
