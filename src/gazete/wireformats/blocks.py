"""Turn body paragraphs into :class:`Block` objects: paragraphs and ``- Title`` subheads.

Shared by every format: page text, NewsML and ninjs bodies and feed entries all write in-body
subheads as a short paragraph starting with a dash, and AA ends some stories with a lone `` -``.
It also takes a leading ``CITY (AA) -`` dateline off the first paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazete.wireformats.datelines import InlineDateline, match_inline_dateline
from gazete.wireformats.model import Block

SUBHEAD_MAX_CHARS = 120

_SUBHEAD_RE = re.compile(rf"^[-–—•](?:\s+|(?=[^\W\d_]))(?P<title>[^\s\-–—].{{1,{SUBHEAD_MAX_CHARS - 2}}})$")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’')\]]*$")
_TRAILING_END_MARK_RE = re.compile(r"\s+[-–—]\s*$")
_BARE_AA_MARK_RE = re.compile(r"^\(AA\)\s*[-–—]+\s*")
_DASH_STARTS = frozenset("-–—•")


def ends_sentence(text: str) -> bool:
    """Tell whether text ends like a sentence (full stop, ! or ?, maybe inside closing quotes)."""
    return bool(_SENTENCE_END_RE.search(text))


def subhead_title(text: str) -> str | None:
    """Return the title of a ``- Title`` subhead line, or ``None`` when the line is not one.

    >>> subhead_title("- Cluster munitions")
    'Cluster munitions'
    >>> subhead_title("- He said it was over.") is None
    True
    """
    match = _SUBHEAD_RE.match(text.strip())
    if not match or text.rstrip().endswith((",", ";", ":")):
        return None
    if ends_sentence(text) and not _is_question_title(match.group("title")):
        return None
    return match.group("title").strip()


def _is_question_title(title: str) -> bool:
    """Tell whether a dashed line is a short question used as a subhead (``- What happens next?``)."""
    title = title.strip()
    return title.endswith("?") and len(title.split()) <= 10 and not any(mark in title for mark in "\"“”")


def text_block(text: str, *, subhead: bool = False) -> Block | None:
    """Make one block from a paragraph's text (``None`` when nothing is left of it)."""
    text = " ".join(text.split())
    title = subhead_title(text)
    if title:
        return Block("subhead", title)
    text = _TRAILING_END_MARK_RE.sub("", text).strip()
    if not text:
        return None
    return Block("subhead" if subhead else "paragraph", text.lstrip("-–— ") if subhead else text)


def _starts_with_dash(text: str) -> bool:
    """Tell whether a paragraph starts with a dash or bullet (a subhead or a list item)."""
    return text[:1] in _DASH_STARTS and len(text) > 1


def _is_list_item(paragraphs: list[str], index: int) -> bool:
    """Tell whether a dashed paragraph is one item of a list rather than a subhead.

    A subhead stands alone between paragraphs; list items come in runs of dashed lines or follow
    a line that announces them with a colon (``The package includes:``).
    """
    before = paragraphs[index - 1].rstrip() if index > 0 else ""
    after = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return before.endswith(":") or _starts_with_dash(before) or _starts_with_dash(after)


def paragraphs_to_blocks(paragraphs: Iterable[str]) -> tuple[Block, ...]:
    """Turn paragraph texts into blocks, spotting ``- Title`` subheads (but not runs of list items)."""
    texts = [" ".join(paragraph.split()) for paragraph in paragraphs]
    blocks: list[Block] = []
    for index, text in enumerate(texts):
        if _starts_with_dash(text) and subhead_title(text) and _is_list_item(texts, index):
            blocks.append(Block("paragraph", text))
            continue
        block = text_block(text)
        if block is not None:
            blocks.append(block)
    return tuple(blocks)


def strip_leading_dateline(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], InlineDateline | None]:
    """Take a ``CITY (AA) -`` dateline (or a bare ``(AA) -`` mark) off the first paragraph."""
    for index, block in enumerate(blocks):
        if block.type != "paragraph":
            continue
        dateline = match_inline_dateline(block.text)
        rest = dateline.rest if dateline else _BARE_AA_MARK_RE.sub("", block.text)
        if rest == block.text:
            return blocks, None
        remaining = list(blocks)
        if rest:
            remaining[index] = Block("paragraph", rest)
        else:
            del remaining[index]
        if dateline is None:
            dateline = InlineDateline(place="", agency="AA", authors=(), rest=rest)
        return tuple(remaining), dateline
    return blocks, None
