"""Parse RSS 2.0 and Atom feeds (via feedparser) into one :class:`WireStory` per entry.

Each entry: ``guid``/``id`` → ``agency_id``; ``title`` → headline (wire prefix split off);
``content:encoded``/Atom ``content`` → body (else ``description``/``summary``), sanitised with nh3;
the summary becomes the standfirst when a separate body exists; ``dc:creator``/``author`` →
authors; ``category`` → keywords; dates → published/updated (UTC); image enclosures and Media
RSS pictures → ``media`` (:mod:`gazete.wireformats.feed_media`). The language comes from the
feed (``<language>``, ``xml:lang``) or from the entry text.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import feedparser
from lxml import etree

from gazete.wireformats import agencies
from gazete.wireformats.agencies import AGENCY_ALIASES
from gazete.wireformats.agencies.profile import AgencyProfile
from gazete.wireformats.bylines import persons_from_byline
from gazete.wireformats.feed_media import entry_elements, entry_media, media_captions
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text
from gazete.wireformats.language import detect_language
from gazete.wireformats.limits import guarded
from gazete.wireformats.model import Dateline, Media, ParseError, WireStory
from gazete.wireformats.newsml import parse_xml
from gazete.wireformats.prefixes import split_prefixes
from gazete.wireformats.storybody import tidy_body

FORMAT = "feed"
STANDFIRST_MAX_CHARS = 400
AA_HOSTS = ("aa.com.tr",)
AA_NAMES = ("anadolu agency", "anadolu ajansı", "anadolu ajansi", "aa")


def _struct_to_datetime(value: Any) -> datetime | None:
    """Turn feedparser's UTC ``time.struct_time`` into an aware datetime."""
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)


def _language(code: Any) -> str | None:
    """Return ``en`` from ``en-us``, ``tr`` from ``tr-TR``; None for nothing."""
    if not isinstance(code, str) or not code.strip():
        return None
    return code.strip().split("-")[0].split("_")[0].lower()


def _authors(entry: Any) -> tuple[str, ...]:
    """Return entry authors from ``dc:creator``/``author`` (feedparser's ``authors`` list)."""
    names: list[str] = []
    for author in entry.get("authors") or []:
        name = author.get("name") if isinstance(author, dict) else None
        if name:
            names.extend(n for n in persons_from_byline(name, AGENCY_ALIASES) if n not in names)
    if not names and entry.get("author"):
        names.extend(persons_from_byline(entry["author"], AGENCY_ALIASES))
    return tuple(names)


def _is_aa(feed: Any, entry: Any, url: str | None) -> bool:
    """Tell whether the feed or entry credits Anadolu Agency (its host, title or source element)."""
    hosts = [urlsplit(link).hostname or "" for link in (url, feed.get("link"), entry.get("link")) if link]
    if any(host == aa or host.endswith("." + aa) for host in hosts for aa in AA_HOSTS):
        return True
    source = entry.get("source") or {}
    names = [str(feed.get("title", "")), str(source.get("title", "")) if isinstance(source, dict) else ""]
    return any(name.strip().lower() in AA_NAMES for name in names)


def _profile(feed: Any, entry: Any, url: str | None) -> AgencyProfile | None:
    """Return the agency of a feed entry: AA by its host or title, else the entry's id or the feed's names."""
    if _is_aa(feed, entry, url):
        return agencies.by_code("AA")
    source = entry.get("source") or {}
    feed_author = (feed.get("author_detail") or {}).get("name") if isinstance(feed.get("author_detail"), dict) else ""
    return agencies.identify([
        str(source.get("title", "")) if isinstance(source, dict) else "", str(entry.get("id", "")),
        str(feed_author or ""), str(feed.get("title", "")), str(feed.get("rights", "")),
    ])


def entry_to_story(
    entry: Any, feed: Any, *, format_name: str, url: str | None, element: etree._Element | None = None,
) -> WireStory | ParseError:
    """Turn one feedparser entry into a WireStory; ``element`` (the entry's XML) gives its pictures."""
    captions = media_captions(element) if element is not None else set()
    contents = [c for c in entry.get("content") or [] if " ".join(str(c.get("value", "")).split()) not in captions]
    body_html = next((c.get("value") for c in contents if c.get("value")), None)
    summary_html = entry.get("summary") or ""
    raw_headline = " ".join(str(entry.get("title", "")).split()) or None
    profile = _profile(feed, entry, url)
    body = tidy_body(html_to_blocks(body_html or summary_html), headline=raw_headline, profile=profile)
    blocks = body.blocks
    if not blocks:
        return ParseError(format_name, f"feed entry {entry.get('id') or entry.get('title')!r} has no text")
    profile = profile or body.profile
    standfirst = None
    if body_html and summary_html:
        summary = html_to_text(summary_html)
        first = next((b.text for b in blocks if b.type == "paragraph"), "")
        if summary and len(summary) <= STANDFIRST_MAX_CHARS and not first.startswith(summary[:60]):
            standfirst = summary
    split = split_prefixes(raw_headline) if raw_headline else None
    detail = entry.get("title_detail") or {}
    language = _language(feed.get("language")) or _language(detail.get("language"))
    if not language:
        sample = " ".join(block.text for block in blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    agency = profile.code if profile else None
    authors = _authors(entry) or body.dateline_authors
    place = body.place
    return WireStory(
        format=format_name,
        headline=split.headline if split else None,
        body=blocks,
        language=language,
        agency=agency,
        agency_id=entry.get("id") or entry.get("link"),
        version=split.version if split else None,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=body.profile.credit if place and body.profile else None),
        source=profile.name(language) if profile else None,
        published_at=_struct_to_datetime(entry.get("published_parsed")),
        # dict.get: feedparser's own .get maps a missing updated_parsed to published_parsed, with a warning.
        updated_at=_struct_to_datetime(dict.get(entry, "updated_parsed") or entry.get("published_parsed")),
        keywords=tuple(tag["term"] for tag in entry.get("tags") or [] if tag.get("term")),
        media=entry_media(element) if element is not None else _enclosures(entry),
        url=entry.get("link"),
    )


def _enclosures(entry: Any) -> tuple[Media, ...]:
    """Image enclosures as feedparser reads them (when the entry's own XML could not be matched)."""
    return tuple(
        Media(href=link["href"], type="picture", mimetype=link.get("type"))
        for link in entry.get("enclosures") or []
        if link.get("href") and str(link.get("type", "")).lower().startswith("image/")
    )


def parse_feed(data: bytes, *, url: str | None = None) -> list[WireStory | ParseError] | ParseError:
    """Parse an RSS 2.0 or Atom document; one WireStory (or ParseError) per entry.

    A document that is not a feed at all gives a single ParseError.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.strip():
        return ParseError(FORMAT, "empty feed")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if not version:
        problem = parsed.get("bozo_exception")
        return ParseError(FORMAT, f"not an RSS or Atom feed{': ' + str(problem) if problem else ''}")
    format_name = "atom" if version.startswith("atom") else "rss"
    root = parse_xml(data)
    elements = entry_elements(root) if not isinstance(root, str) else []
    if len(elements) != len(parsed.entries):  # feedparser read a broken feed its own way: no pairing
        elements = []
    return [
        guarded(format_name, partial(entry_to_story, entry, parsed.feed, format_name=format_name, url=url,
                                     element=elements[index] if elements else None))
        for index, entry in enumerate(parsed.entries)
    ]
