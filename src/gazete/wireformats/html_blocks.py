"""Sanitise agency body HTML with nh3 and split it into paragraph, subhead and quote blocks.

Agency bodies (NITF ``body.content``, ninjs ``body_html``, feed ``content:encoded``) arrive as
(X)HTML. nh3 removes scripts, styles, event handlers and unknown tags first; the cleaned fragment
is then walked with lxml: ``<p>``/``<li>`` become paragraphs (a ``<br>`` splits them), ``<h1>``-
``<h6>`` subheads, ``<blockquote>`` quotes, and ``- Title`` paragraphs subheads.
"""

from __future__ import annotations

import re

import lxml.html
import nh3
from lxml import etree

from gazete.wireformats.blocks import text_block
from gazete.wireformats.limits import check_html_depth
from gazete.wireformats.model import Block

ALLOWED_TAGS = frozenset(
    {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "div", "section",
     "article", "span", "strong", "b", "em", "i", "u", "a", "sub", "sup", "table", "tr", "td", "th",
     "tbody", "thead"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "head", "title", "nav", "footer",
     "aside", "form", "button", "select", "svg", "canvas", "figure", "figcaption", "picture", "video", "audio"}
)
# A story body's own <header> (dpa's XHTML: slugline items, genre label, the headline again) is no text.
STORY_HEADER_TAGS = frozenset({"header"})

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PARAGRAPH_TAGS = frozenset({"p", "li", "td", "th"})
CONTAINER_TAGS = frozenset({"div", "section", "article", "ul", "ol", "table", "tr", "tbody", "thead"})
# Marks a <br>; real newlines in the source are only whitespace (pretty-printed XML wraps lines).
_LINE_BREAK = "\u2029"
_LINES_RE = re.compile("\u2029+")
_TAG_RE = re.compile(r"<[a-zA-Z!/?]")


def sanitise_html(html: str, *, drop_header: bool = False) -> str:
    """Return the HTML with only harmless structural and inline tags left (nh3).

    ``drop_header`` also drops ``<header>`` with its content (a story body's header repeats metadata).
    """
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        clean_content_tags=set(DROPPED_WITH_CONTENT | (STORY_HEADER_TAGS if drop_header else frozenset())),
        strip_comments=True,
        url_schemes={"http", "https", "mailto"},
    )


def looks_like_html(text: str) -> bool:
    """Tell whether a string carries markup rather than plain text."""
    return bool(_TAG_RE.search(text))


def _inline_text(element: etree._Element) -> str:
    """Return an element's text with ``<br>`` kept as line breaks."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "br":
            parts.append(_LINE_BREAK)
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _emit(blocks: list[Block], text: str, *, kind: str) -> None:
    """Add one block per line of text (a ``<br>`` inside a paragraph separates paragraphs)."""
    if kind != "paragraph":
        joined = " ".join(text.split())
        if joined:
            blocks.append(Block("subhead" if kind == "subhead" else "quote", joined))
        return
    for line in _LINES_RE.split(text):
        block = text_block(line)
        if block is not None:
            blocks.append(block)


def _walk(element: etree._Element, blocks: list[Block]) -> None:
    """Collect blocks from an element whose children mix block tags with loose inline text."""
    loose: list[str] = [element.text or ""]

    def flush() -> None:
        _emit(blocks, "".join(loose), kind="paragraph")
        loose.clear()

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in HEADING_TAGS:
            flush()
            _emit(blocks, _inline_text(child), kind="subhead")
        elif tag == "blockquote":
            flush()
            _emit(blocks, _inline_text(child), kind="quote")
        elif tag in PARAGRAPH_TAGS:
            flush()
            _emit(blocks, _inline_text(child), kind="paragraph")
        elif tag in CONTAINER_TAGS:
            flush()
            _walk(child, blocks)
        elif tag == "br":
            loose.append(_LINE_BREAK)
        elif tag:
            loose.append(_inline_text(child))
        loose.append(child.tail or "")
    flush()


def html_to_blocks(html: str, *, drop_header: bool = False) -> tuple[Block, ...]:
    """Sanitise body HTML and split it into blocks; plain text is split on line breaks.

    Raises :class:`~gazete.wireformats.limits.LimitExceeded` for HTML nested deeper than the limit.
    """
    if not html or not html.strip():
        return ()
    if not looks_like_html(html):
        return text_to_blocks(html)
    check_html_depth(html)
    cleaned = sanitise_html(html, drop_header=drop_header)
    if not cleaned.strip():
        return ()
    try:
        root = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    except (etree.ParserError, ValueError):
        # nh3 output is well-formed; this only guards against an empty or odd fragment.
        return text_to_blocks(nh3.clean(cleaned, tags=set()))
    blocks: list[Block] = []
    _walk(root, blocks)
    return tuple(blocks)


def html_to_text(html: str) -> str:
    """Return the plain text of an HTML snippet (sanitised, tags dropped, spaces collapsed)."""
    if not looks_like_html(html):
        return " ".join(html.split())
    return " ".join(" ".join(block.text for block in html_to_blocks(html)).split())


def text_to_blocks(text: str) -> tuple[Block, ...]:
    """Split plain body text into blocks, one per non-empty line."""
    blocks = (text_block(line) for line in text.splitlines())
    return tuple(block for block in blocks if block is not None)
