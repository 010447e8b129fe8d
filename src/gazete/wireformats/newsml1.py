"""Parse NewsML 1.2 documents (AFP, EFE, ANA-MPA and others still send it) into :class:`WireStory` objects.

A document is ``NewsML/NewsItem/NewsComponent`` (components nest) with ``ContentItem/DataContent``
holding NITF, XHTML or plain text. The XML declaration's encoding (ISO-8859-1, ISO-8859-7…) is
honoured: the bytes go to lxml undecoded. Field mapping:

- ``Identification/NewsIdentifier/PublicIdentifier`` → ``agency_id`` (else ProviderId:NewsItemId);
  ``RevisionId`` → ``version_number``, ``@Update="U"`` → version ``UPDATE``
- ``NewsManagement/FirstCreated`` → ``published_at``, ``ThisRevisionCreated`` → ``updated_at``;
  ``Status`` Canceled/Withheld → withdrawn; Embargoed with ``StatusWillChange`` → ``embargoed_until``
- ``NewsLines/HeadLine``, ``SubHeadLine`` (standfirst), ``ByLine`` (people only), ``DateLine``;
  ``DescriptiveMetadata/Location`` city → dateline place; ``Language``; ``SubjectCode`` → subjects
"""

from __future__ import annotations

import re
from functools import partial

from lxml import etree

from gazete.wireformats import agencies
from gazete.wireformats.agencies import AGENCY_ALIASES
from gazete.wireformats.bylines import persons_from_byline
from gazete.wireformats.datelines import clean_place
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, text_to_blocks
from gazete.wireformats.language import detect_language
from gazete.wireformats.limits import guarded
from gazete.wireformats.model import Block, Dateline, ParseError, WireStory
from gazete.wireformats.newsml import parse_datetime, parse_xml
from gazete.wireformats.prefixes import split_prefixes
from gazete.wireformats.storybody import tidy_body

FORMAT = "newsml1"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WITHDRAWN_STATUSES = frozenset({"canceled", "cancelled", "withheld", "withdrawn", "kill"})
_ROOT_RE = re.compile(rb"<NewsML\b")


def can_read(head: bytes, filename: str = "") -> bool:
    """Tell whether a payload's first bytes are a NewsML 1.x document (root ``<NewsML>``, no G2 namespace)."""
    return bool(_ROOT_RE.search(head)) and b"iptc.org/std/nar/2006-10-01" not in head


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _find(element: etree._Element | None, name: str) -> etree._Element | None:
    """Return the first descendant with a local name (NewsML 1.2 is usually namespace-free)."""
    if element is None:
        return None
    return next((node for node in element.iter() if _local(node) == name), None)


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name] if element is not None else []


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    return " ".join("".join(element.itertext()).split()) or None


def _formal(element: etree._Element | None) -> str | None:
    """Return an element's ``FormalName`` (NewsML 1.2 puts values there), else its text."""
    if element is None:
        return None
    return element.get("FormalName") or _text(element)


def _inner_html(element: etree._Element) -> str:
    """Serialise an element's children without namespaces, as HTML."""
    clone = etree.fromstring(etree.tostring(element))
    for node in clone.iter():
        if isinstance(node.tag, str):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(clone)
    return (clone.text or "") + "".join(etree.tostring(child, encoding="unicode", method="html") for child in clone)


NOT_STORY_ROLES = frozenset({"caption", "photo", "picture", "graphic", "thumbnail", "preview", "quicklook", "video"})


def _is_text_item(content_item: etree._Element) -> bool:
    """Tell whether a ContentItem holds the story's text (not a picture, nor a caption's component)."""
    media = _formal(_find(content_item, "MediaType")) or ""
    mime = _formal(_find(content_item, "MimeType")) or ""
    component = content_item.getparent()
    role = _formal(next(iter(_children(component, "Role")), None)) if component is not None else None
    if role and role.lower() in NOT_STORY_ROLES:
        return False
    return not media or media.lower() == "text" or "text" in mime.lower() or "nitf" in mime.lower()


def _body(component: etree._Element) -> tuple[Block, ...]:
    """Return the blocks of the first text ``ContentItem``'s ``DataContent`` (NITF, XHTML or text)."""
    for content_item in (node for node in component.iter() if _local(node) == "ContentItem"):
        data = _find(content_item, "DataContent")
        if data is None or not _is_text_item(content_item):
            continue
        nitf_content = _find(data, "body.content")
        if nitf_content is not None:
            return html_to_blocks(_inner_html(nitf_content))
        body = _find(data, "body")
        if body is not None:
            return html_to_blocks(_inner_html(body), drop_header=True)
        if len(data):
            return html_to_blocks(_inner_html(data))
        if data.text and data.text.strip():
            return text_to_blocks(data.text)
    return ()


def _news_lines(item: etree._Element) -> etree._Element | None:
    return _find(item, "NewsLines")


def _location_city(item: etree._Element) -> str | None:
    """Return the ``City`` property of the item's ``Location`` (``HowPresent="Origin"`` first)."""
    locations = [node for node in item.iter() if _local(node) == "Location"]
    locations.sort(key=lambda node: node.get("HowPresent", "") != "Origin")
    for location in locations:
        for prop in _children(location, "Property"):
            if prop.get("FormalName", "").lower() == "city" and prop.get("Value"):
                return prop.get("Value")
    return None


def _dateline_place(text: str | None) -> str | None:
    """Return the place of a ``DateLine`` (``Lyon, 10 juin 2024 (AFP)`` → ``Lyon``)."""
    if not text:
        return None
    text = re.sub(r"\s*\([^)]*\)\s*[-–—.]*\s*$", "", text)
    return clean_place(text.split(",")[0]) or None


def _language(item: etree._Element) -> str | None:
    for node in item.iter():
        name = _local(node)
        value = node.get("FormalName") if name == "Language" else node.get(XML_LANG)
        if value:
            return value.split("-")[0].split("_")[0].lower()
    return None


def _markers(item: etree._Element) -> list[str]:
    """Texts that name the agency: provider party, ProviderId, PublicIdentifier."""
    markers = [party.get("FormalName", "") for node in item.iter() if _local(node) in ("Provider", "Creator")
               for party in _children(node, "Party")]
    markers += [_text(_find(item, "ProviderId")) or "", _text(_find(item, "PublicIdentifier")) or ""]
    return markers


def _guid(item: etree._Element) -> str | None:
    public = _text(_find(item, "PublicIdentifier"))
    if public:
        return public
    provider, item_id = _text(_find(item, "ProviderId")), _text(_find(item, "NewsItemId"))
    return f"{provider}:{item_id}" if provider and item_id else item_id


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value else None
    except ValueError:
        return None


def news_item_to_story(item: etree._Element) -> WireStory | ParseError:
    """Turn one NewsML 1.2 ``NewsItem`` into a WireStory."""
    status = (_formal(_find(item, "Status")) or "usable").lower()
    withdrawn = status in WITHDRAWN_STATUSES
    components = _children(item, "NewsComponent")
    if not components:
        return ParseError(FORMAT, "NewsItem has no NewsComponent")
    blocks = _body(components[0])
    if not blocks and not withdrawn:
        return ParseError(FORMAT, "NewsItem has no text content")
    lines = _news_lines(item)
    raw_headline = _text(_find(lines, "HeadLine"))
    split = split_prefixes(raw_headline) if raw_headline else None
    profile = agencies.identify(_markers(item))
    body = tidy_body(blocks, headline=raw_headline, profile=profile)
    profile = profile or body.profile
    standfirst = html_to_text(_text(_find(lines, "SubHeadLine")) or "") or None
    language = _language(item)
    if not language:
        sample = " ".join(block.text for block in body.blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    nitf_head = _find(item, "body.head")
    byline = _text(_find(lines, "ByLine")) or _text(_find(nitf_head, "byline"))
    authors = persons_from_byline(byline, AGENCY_ALIASES) or body.dateline_authors
    dateline = _text(_find(lines, "DateLine")) or _text(_find(nitf_head, "dateline"))
    place = _location_city(item) or _dateline_place(dateline) or body.place
    revision = _find(item, "RevisionId")
    version = split.version if split else None
    if version is None and revision is not None and revision.get("Update", "").upper() == "U":
        version = "UPDATE"
    will_change = _find(_find(item, "StatusWillChange"), "DateAndTime")
    embargo = parse_datetime(_text(will_change)) if status == "embargoed" else None
    subject_codes = tuple(
        f"subj:{code}" for node in item.iter() if _local(node) in ("Subject", "SubjectMatter", "SubjectDetail")
        if (code := node.get("FormalName"))
    )
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=body.blocks,
        language=language,
        agency=profile.code if profile else None,
        agency_id=_guid(item),
        version=version,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=profile.credit if place and profile else None),
        source=profile.name(language) if profile else None,
        published_at=parse_datetime(_text(_find(item, "FirstCreated"))),
        updated_at=parse_datetime(_text(_find(item, "ThisRevisionCreated"))),
        version_number=_int(_text(revision)),
        withdrawn=withdrawn,
        embargoed_until=embargo,
        subject_codes=subject_codes,
        priority=_int(_formal(_find(item, "Urgency"))),
    )


def parse_newsml1_items(data: bytes | str) -> list[WireStory | ParseError]:
    """Parse every ``NewsItem`` of a NewsML 1.x document; a bad document gives one ParseError."""
    root = parse_xml(data)
    if isinstance(root, str):
        return [ParseError(FORMAT, root)]
    items = [node for node in root.iter() if _local(node) == "NewsItem"]
    if not items:
        return [ParseError(FORMAT, f"no NewsML 1.x NewsItem in <{_local(root)}>")]
    return [guarded(FORMAT, partial(news_item_to_story, item)) for item in items]
