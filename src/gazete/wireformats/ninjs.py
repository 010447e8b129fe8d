"""Parse IPTC ninjs JSON (1.x and 2.x) news items into :class:`WireStory` objects.

Field mapping: ``guid``/``uri`` → ``agency_id``; ``version`` → ``version_number``;
``versioncreated``/``firstcreated`` → updated/published times; ``pubstatus`` ``canceled``/
``withheld`` → withdrawn; ``headline`` or ``headlines[]`` (wire prefix split off);
``description_text``/``description_html`` or ``descriptions[]`` → standfirst; ``byline`` or ``by`` →
authors; ``located`` → dateline place; ``subject[]``; ``keywords[]``; ``language``;
``urgency``/``priority``; ``body_html``/``body_text`` or ``bodies[]`` → blocks (sanitised with nh3).
"""

from __future__ import annotations

import json
import re
from typing import Any

from gazete.wireformats.blocks import strip_leading_dateline
from gazete.wireformats.bylines import split_names
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, text_to_blocks
from gazete.wireformats.language import detect_language
from gazete.wireformats.model import Block, Dateline, ParseError, WireStory, agency_name
from gazete.wireformats.newsml import parse_datetime
from gazete.wireformats.prefixes import split_prefixes

FORMAT = "ninjs"
WITHDRAWN_STATUSES = frozenset({"canceled", "cancelled", "withheld"})
AA_MARKERS_RE = re.compile(r"^aa:|anadolu|\baa\.com\.tr\b|^AA$", re.IGNORECASE)
_BY_PREFIX_RE = re.compile(r"^(?:By|Muhabir:)\s+", re.IGNORECASE)


def _pick(entries: Any, *, preferred_roles: tuple[str, ...]) -> dict[str, Any] | None:
    """Pick the entry of a ninjs 2.x list (``headlines``, ``bodies``) with the best role."""
    if not isinstance(entries, list):
        return None
    candidates = [entry for entry in entries if isinstance(entry, dict) and entry.get("value")]
    for role in preferred_roles:
        for entry in candidates:
            if str(entry.get("role", "")).lower() == role:
                return entry
    return candidates[0] if candidates else None


def _string(value: Any) -> str | None:
    """Return a stripped string, or None for anything else or empty."""
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _headline(item: dict[str, Any]) -> str | None:
    """Return ``headline`` (1.x) or the main entry of ``headlines`` (2.x)."""
    entry = _pick(item.get("headlines"), preferred_roles=("main", "default", ""))
    return _string(item.get("headline")) or (_string(entry.get("value")) if entry else None)


def _standfirst(item: dict[str, Any]) -> str | None:
    """Return the summary from ``description_text``/``description_html`` or ``descriptions``."""
    text = _string(item.get("description_text"))
    if text:
        return text
    html = _string(item.get("description_html"))
    if html:
        return html_to_text(html) or None
    entry = _pick(item.get("descriptions"), preferred_roles=("summary", "abstract", "main", "default"))
    if entry:
        return html_to_text(str(entry["value"])) or None
    return None


def _body(item: dict[str, Any]) -> tuple[Block, ...]:
    """Return body blocks from ``body_html``/``body_text`` or the main ``bodies`` entry."""
    html = item.get("body_html")
    if isinstance(html, str) and html.strip():
        return html_to_blocks(html)
    text = item.get("body_text")
    if isinstance(text, str) and text.strip():
        return text_to_blocks(text)
    entry = _pick(item.get("bodies"), preferred_roles=("main", "default", ""))
    if entry:
        value = str(entry["value"])
        if "html" in str(entry.get("contenttype", "text/html")):
            return html_to_blocks(value)
        return text_to_blocks(value)
    return ()


def _authors(item: dict[str, Any]) -> tuple[str, ...]:
    """Return authors from ``byline`` (1.x) or ``by`` (2.x, string or list of people)."""
    byline = item.get("byline") or item.get("by")
    if isinstance(byline, str):
        return split_names(_BY_PREFIX_RE.sub("", byline.strip()))
    if isinstance(byline, list):
        names = [entry.get("name") if isinstance(entry, dict) else entry for entry in byline]
        return tuple(name.strip() for name in names if isinstance(name, str) and name.strip())
    return ()


def _located(item: dict[str, Any]) -> str | None:
    """Return the dateline place from ``located`` (a string or an object with ``name``)."""
    located = item.get("located")
    if isinstance(located, dict):
        return _string(located.get("name"))
    return _string(located)


def _names(values: Any) -> tuple[str, ...]:
    """Return names from a list of strings or ``{"name": ...}``/``{"code": ...}`` objects."""
    if not isinstance(values, list):
        return ()
    names: list[str] = []
    for value in values:
        name = value.get("name") or value.get("code") if isinstance(value, dict) else value
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return tuple(names)


def _int(value: Any) -> int | None:
    """Return an int from a number or numeric string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _is_aa(item: dict[str, Any], agency_id: str | None) -> bool:
    """Tell whether the item names Anadolu Agency as its source (id, infosource, copyright)."""
    markers: list[str] = [agency_id or "", str(item.get("copyrightholder", ""))]
    for key in ("infosource", "infosources", "provider"):
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        markers += [str(v.get("name", "")) if isinstance(v, dict) else str(v or "") for v in values]
    return any(AA_MARKERS_RE.search(marker) for marker in markers if marker)


def ninjs_to_story(item: dict[str, Any]) -> WireStory | ParseError:
    """Turn one decoded ninjs object into a WireStory."""
    status = str(item.get("pubstatus", "usable")).lower()
    withdrawn = status in WITHDRAWN_STATUSES
    item_type = str(item.get("type", "text")).lower()
    if item_type not in ("text", "composite"):
        return ParseError(FORMAT, f"not a text item (type {item_type!r})")
    blocks = _body(item)
    if not blocks and not withdrawn:
        return ParseError(FORMAT, "ninjs item has no body")
    blocks, dateline = strip_leading_dateline(blocks)
    raw_headline = _headline(item)
    split = split_prefixes(raw_headline) if raw_headline else None
    standfirst = _standfirst(item)
    language = _string(item.get("language"))
    language = language.split("-")[0].lower() if language else None
    if not language:
        sample = " ".join(block.text for block in blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    agency_id = _string(item.get("guid")) or _string(item.get("uri"))
    agency = "AA" if _is_aa(item, agency_id) or dateline is not None else None
    authors = _authors(item) or (dateline.authors if dateline else ())
    place = _located(item) or (dateline.place if dateline and dateline.place else None)
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=blocks,
        language=language,
        agency=agency,
        agency_id=agency_id,
        version=split.version if split else None,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=agency if place else None),
        source=agency_name(agency, language or "en"),
        published_at=parse_datetime(_string(item.get("firstcreated"))),
        updated_at=parse_datetime(_string(item.get("versioncreated"))),
        version_number=_int(item.get("version")),
        withdrawn=withdrawn,
        subjects=_names(item.get("subject") or item.get("subjects")),
        keywords=_names(item.get("keywords")),
        priority=_int(item.get("urgency")) if item.get("urgency") is not None else _int(item.get("priority")),
    )


def decode_json(data: bytes | str) -> Any | ParseError:
    """Decode JSON text or UTF-8 bytes; a ParseError says why it is not JSON."""
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return ParseError(FORMAT, f"invalid JSON: {error}")


def parse_ninjs_items(data: bytes | str) -> list[WireStory | ParseError]:
    """Parse a ninjs object, a list of them, or an ``{"items": [...]}`` envelope."""
    decoded = decode_json(data)
    if isinstance(decoded, ParseError):
        return [decoded]
    if isinstance(decoded, dict) and isinstance(decoded.get("items"), list):
        decoded = decoded["items"]
    items = decoded if isinstance(decoded, list) else [decoded]
    results: list[WireStory | ParseError] = []
    for item in items:
        if not isinstance(item, dict):
            results.append(ParseError(FORMAT, f"expected a ninjs object, got {type(item).__name__}"))
        else:
            results.append(ninjs_to_story(item))
    return results or [ParseError(FORMAT, "empty ninjs list")]


def parse_ninjs(data: bytes | str) -> WireStory | ParseError:
    """Parse one ninjs item (the first, when the payload holds several)."""
    results = parse_ninjs_items(data)
    stories = [result for result in results if isinstance(result, WireStory)]
    return stories[0] if stories else results[0]
