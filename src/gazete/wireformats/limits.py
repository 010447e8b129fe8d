"""Resource limits of every parser: payload size, nesting depth, body length.

A payload past a limit is not parsed: the caller gets a :class:`ParseError` naming the limit and
quarantines the payload with that reason, and the rest of the batch goes on. The checks are linear
in the payload's size and run before the costly work (``json.loads`` recursion, the nh3 sanitiser,
which slows down quadratically on deeply nested HTML).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from gazete.wireformats.model import ParseError

MAX_PAYLOAD_BYTES = 16 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_HTML_DEPTH = 200
MAX_BODY_CHARS = 1_000_000



def _word_set(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in a text (for readable word tables)."""
    return frozenset(text.split())


_JSON_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKETS_RE = re.compile(r"[^\[\]{}]+")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:.-]*)[^>]*?(/?)>")
# Elements that never nest (void) or close themselves when the next one opens (p, li, td…).
_NOT_NESTING = _word_set("area base br col embed hr img input link meta source track wbr p li dt dd tr td th option")

T = TypeVar("T")


class LimitExceeded(ValueError):
    """A payload is past one of the parsers' limits; the message says which."""


def check_payload_size(data: bytes) -> str | None:
    """Say why a payload is too large to parse, or None."""
    if len(data) > MAX_PAYLOAD_BYTES:
        return (f"payload of {len(data):,} bytes is larger than the "
                f"{MAX_PAYLOAD_BYTES // (1024 * 1024)} MiB limit")
    return None


def json_depth(text: str, stop_above: int | None = None) -> int:
    """Return how deep a JSON text's arrays and objects nest (strings are skipped).

    With ``stop_above``, counting stops as soon as the depth passes it.
    """
    brackets = _JSON_BRACKETS_RE.sub("", _JSON_STRING_RE.sub('""', text))
    depth = deepest = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and deepest > stop_above:
                    break
        else:
            depth = max(depth - 1, 0)
    return deepest


def check_json_depth(text: str) -> None:
    """Raise LimitExceeded when JSON nests deeper than MAX_JSON_DEPTH."""
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and json_depth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise LimitExceeded(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")


def html_depth_exceeds(html: str, limit: int = MAX_HTML_DEPTH) -> bool:
    """Tell whether HTML elements nest deeper than ``limit`` (void and self-closing elements aside)."""
    if html.count("<") <= limit:
        return False
    depth = 0
    for match in _TAG_RE.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


def check_html_depth(html: str) -> None:
    """Raise LimitExceeded when body HTML nests deeper than MAX_HTML_DEPTH."""
    if html_depth_exceeds(html):
        raise LimitExceeded(f"HTML nested deeper than {MAX_HTML_DEPTH} levels")


def check_body_length(chars: int) -> str | None:
    """Say why a story body is too long to store, or None."""
    if chars > MAX_BODY_CHARS:
        return f"story body of {chars:,} characters is longer than the {MAX_BODY_CHARS:,}-character limit"
    return None


def guarded(format_name: str, parse: Callable[[], T]) -> T | ParseError:
    """Run one parse; a limit passed or a nesting too deep for Python comes back as a ParseError."""
    try:
        return parse()
    except LimitExceeded as error:
        return ParseError(format_name, str(error))
    except RecursionError:
        return ParseError(format_name, "nested too deeply to read")
