"""The desk's plain-text body format: paragraphs between blank lines, ``- Subhead``, ``> quote``.

A paragraph that really starts with ``- ``, ``>`` or a backslash is written with a backslash in
front (``\\- 5 degrees``), so ``text_to_blocks(blocks_to_text(blocks))`` gives back ``blocks``.
"""

from __future__ import annotations

SUBHEAD_MARK = "- "
QUOTE_MARK = "> "


def _needs_escape(text: str) -> bool:
    return text == "-" or text.startswith((SUBHEAD_MARK, ">", "\\"))


def blocks_to_text(blocks: list[dict[str, str]]) -> str:
    """Write body blocks as the desk's textarea text."""
    chunks = []
    for block in blocks:
        text = " ".join(str(block.get("text", "")).split())
        kind = block.get("type")
        if kind == "subhead":
            chunks.append(SUBHEAD_MARK + text)
        elif kind == "quote":
            chunks.append(QUOTE_MARK + text)
        elif _needs_escape(text):
            chunks.append("\\" + text)
        else:
            chunks.append(text)
    return "\n\n".join(chunks)


def _flush(blocks: list[dict[str, str]], kind: str, lines: list[str]) -> None:
    text = " ".join(" ".join(lines).split())
    if text:
        blocks.append({"type": kind, "text": text})
    lines.clear()


def text_to_blocks(text: str) -> list[dict[str, str]]:
    """Read the desk's textarea text into body blocks (paragraph, subhead, quote).

    >>> text_to_blocks("First line\\nwraps.\\n\\n- A subhead\\n> Quoted\\n\\n\\\\- not a subhead")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'type': 'paragraph', 'text': 'First line wraps.'}, {'type': 'subhead', 'text': 'A subhead'},
     {'type': 'quote', 'text': 'Quoted'}, {'type': 'paragraph', 'text': '- not a subhead'}]
    """
    blocks: list[dict[str, str]] = []
    kind = "paragraph"
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            _flush(blocks, kind, lines)
            kind = "paragraph"
        elif line.startswith("\\"):
            if kind != "paragraph":
                _flush(blocks, kind, lines)
                kind = "paragraph"
            lines.append(line[1:])
        elif line == "-" or line.startswith(SUBHEAD_MARK):
            _flush(blocks, kind, lines)
            kind = "paragraph"
            _flush(blocks, "subhead", [line[1:]])
        elif line.startswith(">"):
            if kind != "quote":
                _flush(blocks, kind, lines)
                kind = "quote"
            lines.append(line[1:])
        else:
            if kind == "quote":
                _flush(blocks, kind, lines)
                kind = "paragraph"
            lines.append(line)
    _flush(blocks, kind, lines)
    return blocks
