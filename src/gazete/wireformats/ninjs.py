"""Parse IPTC ninjs JSON (1.x, 2.x and 3.x) news items into :class:`WireStory` objects.

ninjs 3.x writes its keys in camelCase (``versionCreated``, ``pubStatus``, ``contentType``); keys
are folded to lower case first, so one mapping reads every generation:
``guid``/``uri`` → ``agency_id``; ``version`` → ``version_number``;
``versioncreated``/``firstcreated`` → updated/published times; ``pubstatus`` ``canceled``/
``withheld`` → withdrawn; ``embargoed`` → ``embargoed_until``; ``headline`` or ``headlines[]`` (wire
prefix split off); ``description_text``/``description_html`` or ``descriptions[]`` → standfirst;
``byline`` or ``by`` (a string or people) → authors, people only; ``located`` (a string or an object)
→ dateline place; ``associations`` (an object or, in 3.x, a list) with their ``renditions`` →
pictures; ``subject[]``/``subjects[]``; ``keywords[]``; ``language``; ``urgency``/``priority``;
``body_html``/``body_text`` or ``bodies[]`` → blocks (sanitised with nh3).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from gazete.wireformats import agencies
from gazete.wireformats.agencies import AGENCY_ALIASES
from gazete.wireformats.bylines import persons_from_byline
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, text_to_blocks
from gazete.wireformats.language import detect_language
from gazete.wireformats.limits import LimitExceeded, check_json_depth, guarded
from gazete.wireformats.model import Block, Dateline, Media, ParseError, WireStory
from gazete.wireformats.newsml import parse_datetime
from gazete.wireformats.prefixes import split_prefixes
from gazete.wireformats.storybody import tidy_body

FORMAT = "ninjs"
WITHDRAWN_STATUSES = frozenset({"canceled", "cancelled", "withheld"})
# Body roles in order of preference: a full HTML body before plain text (TT sends both).
BODY_ROLES = ("main", "default", "html", "html5", "richhtml5", "", "text")


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
        return html_to_blocks(html, drop_header=True)
    text = item.get("body_text")
    if isinstance(text, str) and text.strip():
        return text_to_blocks(text)
    nitf = item.get("body_nitf")
    if isinstance(nitf, str) and nitf.strip():
        return html_to_blocks(nitf, drop_header=True)
    bodies = item.get("bodies")
    html_bodies = [b for b in bodies if isinstance(b, dict) and "html" in str(b.get("contenttype", "text/html"))] \
        if isinstance(bodies, list) else []
    entry = _pick(html_bodies, preferred_roles=BODY_ROLES) or _pick(bodies, preferred_roles=BODY_ROLES)
    if entry:
        value = str(entry["value"])
        if "html" in str(entry.get("contenttype", "text/html")):
            return html_to_blocks(value, drop_header=True)
        return text_to_blocks(value)
    return ()


def _authors(item: dict[str, Any]) -> tuple[str, ...]:
    """Return the people of ``byline`` (1.x), ``by`` (2.x/3.x, a string or a list of people) or AP's ``bylines``."""
    byline = item.get("byline") or item.get("by")
    if not byline and isinstance(item.get("bylines"), list):
        byline = [{"name": entry.get("by") or entry.get("name")}
                  for entry in item["bylines"] if isinstance(entry, dict)]
    if isinstance(byline, str):
        return persons_from_byline(byline, AGENCY_ALIASES)
    names: list[str] = []
    if isinstance(byline, list):
        for entry in byline:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str):
                names.extend(n for n in persons_from_byline(name, AGENCY_ALIASES) if n not in names)
    return tuple(names)


MEDIA_TYPES = {"picture": "picture", "image": "picture", "graphic": "graphic", "video": "video"}


def _media(item: dict[str, Any]) -> tuple[Media, ...]:
    """Return the pictures, graphics and videos of ``associations`` (an object in 1.x/2.x, a list in 3.x).

    Each is the widest image rendition (the first listed when no widths are given); for a video,
    that image is its poster and the widest video rendition its ``video_url``. Text associations
    and media without an image rendition are left out.
    """
    associations = item.get("associations")
    if isinstance(associations, dict):
        values: list[Any] = list(associations.values())
    else:
        values = associations if isinstance(associations, list) else []
    media: list[Media] = []
    for association in values:
        if not isinstance(association, dict):
            continue
        kind = MEDIA_TYPES.get(str(association.get("type", "picture")).lower())
        if kind is None:
            continue
        renditions = association.get("renditions")
        entries = list(renditions.values()) if isinstance(renditions, dict) else renditions
        entries = [r for r in entries or [] if isinstance(r, dict) and isinstance(r.get("href"), str)]
        images = [r for r in entries if not _rendition_type(r).startswith("video/")]
        videos = [r for r in entries if _rendition_type(r).startswith("video/")]
        if not images:
            continue
        best = max(images, key=lambda r: _int(r.get("width")) or 0)
        video = max(videos, key=lambda r: _int(r.get("width")) or 0) if videos else None
        caption = (_string(association.get("description_text")) or _standfirst(association)
                   or _string(association.get("headline")))
        media.append(Media(
            href=best["href"], type=kind, mimetype=_rendition_type(best) or None,
            width=_int(best.get("width")), height=_int(best.get("height")), caption=caption,
            byline=_string(association.get("byline") or association.get("by")),
            id=_string(association.get("uri") or association.get("guid") or association.get("id")),
            credit=_string(association.get("copyrightholder") or association.get("creditline")),
            alt_text=_string(association.get("alt_text") or association.get("alttext")),
            created_at=parse_datetime(_string(association.get("firstcreated") or association.get("versioncreated"))),
            video_url=video["href"] if video else None,
        ))
    return tuple(media)


def _rendition_type(rendition: dict[str, Any]) -> str:
    """A rendition's MIME type (``mimetype`` in 1.x/2.x, ``contenttype`` in 3.x), lower case."""
    return str(rendition.get("mimetype") or rendition.get("contenttype") or "").lower()


def _located(item: dict[str, Any]) -> str | None:
    """Return the dateline place from ``located`` (a string or an object with ``name``)."""
    located = item.get("located")
    if isinstance(located, dict):
        located = located.get("name")
    place = _string(located)
    return place.split(",")[0].strip() if place else None


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


def _markers(item: dict[str, Any], agency_id: str | None) -> list[str]:
    """Return the texts naming the item's agency: info sources, copyright holder, provider, id."""
    markers: list[str] = []
    for key in ("infosource", "infosources", "copyrightholder", "provider"):
        value = item.get(key)
        values = value if isinstance(value, list) else [value]
        markers += [str(v.get("name", "")) if isinstance(v, dict) else str(v or "") for v in values]
    return [*markers, agency_id or ""]


def _fold_keys(value: Any, depth: int = 0) -> Any:
    """Return the object with every key in lower case (ninjs 3.x is camelCase), a few levels deep."""
    if depth > 6:
        return value
    if isinstance(value, dict):
        return {str(key).lower(): _fold_keys(inner, depth + 1) for key, inner in value.items()}
    if isinstance(value, list):
        return [_fold_keys(inner, depth + 1) for inner in value]
    return value


def ninjs_to_story(item: dict[str, Any]) -> WireStory | ParseError:
    """Turn one decoded ninjs object (any generation) into a WireStory."""
    item = _fold_keys(item)
    status = str(item.get("pubstatus", "usable")).lower()
    withdrawn = status in WITHDRAWN_STATUSES
    item_type = str(item.get("type", "text")).lower()
    if item_type not in ("text", "composite"):
        return ParseError(FORMAT, f"not a text item (type {item_type!r})")
    blocks = _body(item)
    if not blocks and not withdrawn:
        return ParseError(FORMAT, "ninjs item has no body")
    raw_headline = _headline(item)
    split = split_prefixes(raw_headline) if raw_headline else None
    agency_id = _string(item.get("guid")) or _string(item.get("uri"))
    profile = agencies.identify(_markers(item, agency_id))
    body = tidy_body(blocks, headline=raw_headline, profile=profile)
    profile = profile or body.profile
    blocks = body.blocks
    standfirst = _standfirst(item)
    language = _string(item.get("language"))
    language = language.split("-")[0].lower() if language else None
    if not language:
        sample = " ".join(block.text for block in blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    authors = _authors(item) or body.dateline_authors
    place: str | None
    if profile is not None and profile.place_keeps_region and body.place:
        place = body.place
    else:
        place = _located(item) or body.place
    published = _string(item.get("firstcreated")) or _string(item.get("contentcreated"))
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=blocks,
        language=language,
        agency=profile.code if profile else None,
        agency_id=agency_id,
        version=split.version if split else None,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=profile.credit if place and profile else None),
        source=profile.name(language) if profile else None,
        published_at=parse_datetime(published),
        updated_at=parse_datetime(_string(item.get("versioncreated"))),
        version_number=_int(item.get("version")),
        withdrawn=withdrawn,
        embargoed_until=parse_datetime(_string(item.get("embargoed"))),
        subjects=_names(item.get("subject") or item.get("subjects")),
        keywords=_names(item.get("keywords")),
        subject_codes=_codes(item.get("subject") or item.get("subjects")),
        priority=_int(item.get("urgency")) if item.get("urgency") is not None else _int(item.get("priority")),
        media=_media(item),
    )


def _codes(values: Any) -> tuple[str, ...]:
    """Return category codes of ``subject`` entries (``code``, ``qcode``, or an IPTC URI's last part)."""
    codes: list[str] = []
    for value in values if isinstance(values, list) else []:
        if not isinstance(value, dict):
            continue
        code = value.get("qcode") or value.get("code")
        uri = value.get("uri")
        if not code and isinstance(uri, str) and "/mediatopic/" in uri:
            code = "medtop:" + uri.rstrip("/").rsplit("/", 1)[-1]
        if not code and isinstance(uri, str) and "/subjectcode/" in uri:
            code = "subj:" + uri.rstrip("/").rsplit("/", 1)[-1]
        if isinstance(code, str) and code.strip():
            scheme = value.get("scheme")
            codes.append(code if ":" in code or not isinstance(scheme, str) else f"{scheme}:{code}")
    return tuple(codes)


def decode_json(data: bytes | str) -> Any | ParseError:
    """Decode JSON text or UTF-8 bytes; a ParseError says why it is not JSON."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        return ParseError(FORMAT, f"invalid JSON: not UTF-8 ({error})")
    try:
        check_json_depth(text)
        return json.loads(text)
    except json.JSONDecodeError as error:
        return ParseError(FORMAT, f"invalid JSON: {error}")
    except LimitExceeded as error:
        return ParseError(FORMAT, str(error))
    except RecursionError:
        return ParseError(FORMAT, "JSON nested too deeply to read")


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
            results.append(guarded(FORMAT, partial(ninjs_to_story, item)))
    return results or [ParseError(FORMAT, "empty ninjs list")]


def parse_ninjs(data: bytes | str) -> WireStory | ParseError:
    """Parse one ninjs item (the first, when the payload holds several)."""
    results = parse_ninjs_items(data)
    stories = [result for result in results if isinstance(result, WireStory)]
    return stories[0] if stories else results[0]
