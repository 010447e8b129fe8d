"""Parse an AA wire story republished as portal page text into a :class:`WireStory`.

The page text has no markup, so every field is recovered from line shapes: a headline (maybe
printed twice, maybe with an ``UPDATE -`` prefix), a standfirst, a byline, a dateline
(``ISTANBUL (AA) -``, ``ANKARA-Anadolu Agency``, a Turkish place alone on its line), the body with
``- Title`` subheads, credit lines (``Kaynak: AA``, ``Muhabir: X``) and portal chrome around it all.
Only the first story of a listing page is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gazete.wireformats.blocks import ends_sentence, paragraphs_to_blocks, subhead_title
from gazete.wireformats.bylines import (
    is_desk_credit,
    match_by_line,
    match_dated_author_line,
    match_muhabir_line,
)
from gazete.wireformats.chrome import (
    is_chrome_line,
    is_editor_note,
    is_terminator,
    match_credit,
    match_read_count,
)
from gazete.wireformats.datelines import (
    match_credit_dateline,
    match_inline_dateline,
    match_place_alone,
    match_place_time_line,
)
from gazete.wireformats.language import detect_language
from gazete.wireformats.model import Dateline, ParseError, WireStory, agency_name
from gazete.wireformats.pagetimes import find_page_time
from gazete.wireformats.prefixes import has_wire_prefix, split_prefixes
from gazete.wireformats.textclean import binary_reason, collapse_spaces, normalise_text

FORMAT = "pagetext"

# A headline longer than this is a paragraph; a standfirst with a full stop and no separator
# after it must be shorter than STANDFIRST_WITH_STOP_MAX (AA standfirsts carry no full stop).
HEADLINE_MAX_CHARS = 220
STANDFIRST_MAX_CHARS = 320
STANDFIRST_WITH_STOP_MAX = 160
HEADER_MAX_LINES = 3
LONG_LINE_CHARS = 320

_SENTENCE_BREAK_RE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bNo)[.!?][\"”’]?\s+[\"“‘]?[A-ZÇĞİÖŞÜ]")
_WEEKDAY_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|dün|bugün)\b",
    re.IGNORECASE,
)


@dataclass
class _Reading:
    """What the line walk has found so far (mutable while parsing one text)."""

    header: list[str] = field(default_factory=list)
    header_keys: set[str] = field(default_factory=set)
    separated: bool = False
    in_body: bool = False
    trailer: bool = False
    ended: bool = False
    paragraphs: list[str] = field(default_factory=list)
    joinable: bool = False
    headline: str | None = None
    standfirst: str | None = None
    header_resolved: bool = False
    authors: list[str] = field(default_factory=list)
    place: str | None = None
    place_agency: str | None = None
    fallback_place: str | None = None
    agency: str | None = None
    other_source: str | None = None
    placeholder: bool = False
    read_count: int | None = None
    chrome: bool = False


def is_footnote(line: str) -> bool:
    """Tell whether a line is an asterisked note (author bio, disclaimer), which is not body text."""
    return line.startswith("*") or line.startswith("(*)")


def _is_credit_like(line: str) -> bool:
    """Tell whether a line after the story's end is one of its credit or note lines (not chrome)."""
    return (
        is_footnote(line)
        or is_desk_credit(line)
        or match_credit(line) is not None
        or match_muhabir_line(line) is not None
    )


def _is_label_line(line: str) -> bool:
    """Tell whether a line of one or two words without a full stop is a label (section, site name)."""
    return len(line.split()) <= 2 and not ends_sentence(line)


def _key(text: str) -> str:
    """Return a comparison key for spotting a headline or standfirst printed twice."""
    return " ".join(split_prefixes(text).headline.casefold().split())


def _sentence_count(text: str) -> int:
    """Count sentences roughly (breaks after ``.``/``!``/``?`` followed by a capital)."""
    return 1 + len(_SENTENCE_BREAK_RE.findall(text))


def is_headline_like(text: str) -> bool:
    """Tell whether a line can be a headline: short, one sentence, no closing full stop."""
    headline = split_prefixes(text).headline
    if not headline or len(headline) > HEADLINE_MAX_CHARS or headline[0].islower():
        return False
    if headline.endswith(".") and not headline.endswith(("..", "U.S.", "U.K.", "Inc.", "Co.", "Jr.", "St.")):
        return False
    return _sentence_count(headline) == 1


def is_standfirst_like(text: str, *, separated: bool) -> bool:
    """Tell whether the line under a headline is a standfirst rather than the first body paragraph.

    With a separator (byline, dateline, credit) after it, any short line is. Without one, AA
    standfirsts end without a full stop; a portal's own summary line ending in one must be short and
    carry no day reference (leads say "on Monday").
    """
    if not text or len(text) > STANDFIRST_MAX_CHARS or text[0].islower() or subhead_title(text):
        return False
    if separated:
        return True
    if _sentence_count(text) > 1:
        return False
    if not ends_sentence(text):
        return True
    return len(text) <= STANDFIRST_WITH_STOP_MAX and not _WEEKDAY_RE.search(text)


def _looks_like_body(text: str) -> bool:
    """Tell whether a header candidate is plainly a body paragraph (long or several sentences)."""
    return len(text) > STANDFIRST_MAX_CHARS or _sentence_count(text) > 2


def _resolve_header(reading: _Reading, *, separated: bool) -> list[str]:
    """Decide which header lines are headline and standfirst; return the rest as body paragraphs.

    When a byline or dateline closed the header (``separated``), the headline and standfirst are
    the last lines before it and anything above them is unrecognised chrome. Otherwise the header
    ran into the body: the headline is the first line and the body follows it.
    """
    lines = reading.header
    reading.header_resolved = True
    if separated and len(lines) > HEADER_MAX_LINES - 1:
        if is_headline_like(lines[-2]) and is_standfirst_like(lines[-1], separated=True):
            lines = lines[-2:]
        elif is_headline_like(lines[-1]):
            lines = lines[-1:]
        # Lines above the headline are chrome the line tests did not know.
        reading.chrome = reading.chrome or len(lines) < len(reading.header)
    if not lines:
        return []
    if not is_headline_like(lines[0]):
        return list(lines)
    reading.headline = lines[0]
    rest = lines[1:]
    if rest and (separated or len(rest) > 1) and is_standfirst_like(rest[0], separated=separated):
        reading.standfirst = rest[0]
        rest = rest[1:]
    return rest


def _start_body(reading: _Reading, *, separated: bool) -> None:
    """Leave the header: settle headline and standfirst and carry leftover lines into the body."""
    for line in _resolve_header(reading, separated=separated):
        _add_paragraph(reading, line, adjacent=False)
    reading.in_body = True


def _add_paragraph(reading: _Reading, text: str, *, adjacent: bool) -> None:
    """Append a body line, joining it to the previous one when it is a hard-wrapped continuation."""
    if (
        adjacent
        and reading.joinable
        and reading.paragraphs
        and text[:1].islower()
        and not ends_sentence(reading.paragraphs[-1])
        and not subhead_title(reading.paragraphs[-1])
    ):
        reading.paragraphs[-1] = f"{reading.paragraphs[-1]} {text}"
        return
    reading.paragraphs.append(text)
    reading.joinable = True


def _take_credit_lines(reading: _Reading, line: str) -> bool:
    """Handle credit, byline and desk lines; return True when the line was one."""
    credit = match_credit(line)
    if credit is not None:
        if credit.agency:
            reading.agency = reading.agency or credit.agency
        elif credit.placeholder:
            reading.placeholder = True
        elif credit.name and not reading.other_source:
            reading.other_source = credit.name
        reading.chrome = reading.chrome or credit.section_label
        # "Kaynak: AA" closes a story; a bare "Anadolu Agency" line usually sits under the headline.
        _mark_separator(reading, trailing=credit.labelled)
        return True
    credit_place = match_credit_dateline(line)
    if credit_place:
        reading.agency = reading.agency or "AA"
        if not reading.place and not reading.in_body:
            reading.place, reading.place_agency = credit_place, "AA"
        _mark_separator(reading, trailing=False)
        return True
    if is_desk_credit(line):
        _mark_separator(reading, trailing=True)
        return True
    muhabir = match_muhabir_line(line)
    if muhabir:
        reading.authors.extend(name for name in muhabir if name not in reading.authors)
        _mark_separator(reading, trailing=True)
        return True
    by_names = match_by_line(line) or match_dated_author_line(line)
    if by_names:
        if reading.in_body:
            # A byline after body text starts the next story on a listing page.
            reading.ended = bool(reading.paragraphs)
        else:
            reading.authors.extend(name for name in by_names if name not in reading.authors)
            reading.separated = True
        return True
    return False


def _mark_separator(reading: _Reading, *, trailing: bool) -> None:
    """Note a credit-type line: in the body it opens the trailer; in the header it separates."""
    if reading.in_body:
        reading.trailer = True
        return
    if trailing and reading.header and (len(reading.header) > 1 or _looks_like_body(reading.header[0])):
        # A closing credit (``Kaynak: AA``) right after text: that text was the body.
        _start_body(reading, separated=False)
        reading.trailer = True
        return
    reading.separated = True


def _take_header_line(reading: _Reading, line: str) -> None:
    """Handle a text line while still above the body."""
    inline = match_inline_dateline(line)
    if inline:
        _start_body(reading, separated=True)
        reading.place, reading.place_agency = inline.place, inline.agency
        reading.agency = reading.agency or "AA"
        reading.authors.extend(name for name in inline.authors if name not in reading.authors)
        if inline.rest:
            _add_paragraph(reading, inline.rest, adjacent=False)
        return
    place_time = match_place_time_line(line)
    place = place_time or match_place_alone(line)
    if place:
        reading.fallback_place = reading.fallback_place or place
        reading.separated = True
        # A place with the portal's publication time is chrome; a place alone is the dateline.
        reading.chrome = reading.chrome or bool(place_time)
        return
    key = _key(line)
    if key in reading.header_keys:
        if has_wire_prefix(line):
            # The portal printed the headline twice and only one copy carries the wire prefix.
            reading.header = [line if _key(kept) == key else kept for kept in reading.header]
        return
    if _is_label_line(line):
        reading.chrome = True
        return
    if reading.separated:
        _start_body(reading, separated=True)
        _add_paragraph(reading, line, adjacent=False)
        return
    reading.header.append(line)
    reading.header_keys.add(key)
    if len(reading.header) > HEADER_MAX_LINES or _looks_like_body(line):
        _start_body(reading, separated=False)


def _take_body_line(reading: _Reading, line: str, *, adjacent: bool) -> None:
    """Handle a text line inside the body; stop where a next story or the footer starts."""
    if reading.trailer or (has_wire_prefix(line) and is_headline_like(line)):
        # Text after the credits, or a next story on a listing page.
        reading.ended = reading.chrome = True
        return
    if reading.paragraphs and match_inline_dateline(line):
        reading.ended = reading.chrome = True
        return
    if match_place_time_line(line) or (_is_label_line(line) and not subhead_title(line)):
        reading.chrome = True
        return
    _add_paragraph(reading, line, adjacent=adjacent)


def _walk_lines(text: str) -> _Reading:
    """Walk the lines of normalised text once, filling a :class:`_Reading`."""
    reading = _Reading()
    previous_blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            continue
        adjacent = not previous_blank
        previous_blank = False
        if reading.read_count is None:
            reading.read_count = match_read_count(stripped)
        if reading.ended:
            if not reading.chrome and not _is_credit_like(stripped):
                reading.chrome = True
            continue
        if len(stripped) > LONG_LINE_CHARS:
            # Credit, chrome and footer lines are all short: a long line is story text.
            line = collapse_spaces(stripped)
            if reading.in_body:
                _take_body_line(reading, line, adjacent=adjacent)
            else:
                _take_header_line(reading, line)
            continue
        if is_terminator(stripped):
            reading.chrome = True
            if reading.in_body and reading.paragraphs:
                reading.ended = True
            continue
        if _take_credit_lines(reading, stripped):
            continue
        if is_editor_note(stripped) or is_footnote(stripped):
            continue
        if is_chrome_line(stripped):
            reading.chrome = True
            continue
        line = collapse_spaces(stripped)
        if reading.in_body:
            _take_body_line(reading, line, adjacent=adjacent)
        else:
            _take_header_line(reading, line)
    if not reading.in_body:
        _finish_header_only(reading)
    return reading


def _finish_header_only(reading: _Reading) -> None:
    """Settle a text that never reached a body: a headline and one or two lines under it."""
    lines = reading.header
    if not lines:
        return
    if len(lines) == 1 or not is_headline_like(lines[0]):
        body = lines if not is_headline_like(lines[0]) else []
        if len(lines) == 1 and is_headline_like(lines[0]):
            reading.headline = lines[0]
        for line in body:
            _add_paragraph(reading, line, adjacent=False)
        reading.header_resolved = True
        return
    reading.headline = lines[0]
    for line in lines[1:]:
        _add_paragraph(reading, line, adjacent=False)
    reading.header_resolved = True


def parse_page_text(text: str, *, url: str | None = None) -> WireStory | ParseError:
    """Parse portal page text carrying one AA story (the first, on listing pages).

    Returns a :class:`ParseError` (never raises) for empty, binary or story-less text.
    """
    if not isinstance(text, str):
        return ParseError(FORMAT, f"expected text, got {type(text).__name__}")
    reason = binary_reason(text)
    if reason:
        return ParseError(FORMAT, reason)
    normalised = normalise_text(text)
    if not normalised.strip():
        return ParseError(FORMAT, "empty text")
    reading = _walk_lines(normalised)
    body = paragraphs_to_blocks(reading.paragraphs)
    if not any(block.type == "paragraph" for block in body):
        return ParseError(FORMAT, "no story body found")
    split = split_prefixes(reading.headline) if reading.headline else None
    sample = " ".join(block.text for block in body[:12])
    language = detect_language(f"{reading.headline or ''} {reading.standfirst or ''} {sample}")
    agency = reading.agency
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=body,
        language=language,
        agency=agency,
        version=split.version if split else None,
        kind=split.kind if split else None,
        standfirst=reading.standfirst,
        authors=tuple(reading.authors),
        dateline=Dateline(
            place=reading.place or reading.fallback_place,
            agency=reading.place_agency if reading.place else None,
        ),
        source=agency_name(agency, language or "en") if agency else reading.other_source,
        credit_placeholder=reading.placeholder,
        published_at=find_page_time(normalised),
        read_count=reading.read_count,
        url=url,
        has_portal_chrome=reading.chrome,
    )
