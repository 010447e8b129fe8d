"""Parse NewsML-G2 text items (AA's ``newsml29``, Reuters, AP, AFP, dpa, ANSA, STT…) into :class:`WireStory`.

The XML is read with a locked-down lxml parser: no network, no DTD loading, no entity expansion.
Field mapping (IPTC namespace ``http://iptc.org/std/nar/2006-10-01/``):

- ``itemClass`` text or composite in either vocabulary (``ninat:text``, ``icls:text``, a URI); a
  ``newsMessage`` gives one result per text ``newsItem``; its picture, graphic and video items
  become the ``media`` of the text items that link to them (of every text item when none links),
  read by :mod:`gazete.wireformats.newsml_media`; a text item's own ``link`` to a picture is a
  ``Media`` with the picture's id (AA: fetched through the API)
- ``newsItem/@guid`` → ``agency_id``; ``@version`` → ``version_number``
- ``itemMeta/versionCreated`` → ``updated_at``; ``contentMeta/contentCreated`` (else
  ``itemMeta/firstCreated``) → ``published_at``; ``pubStatus`` ``stat:canceled``/``stat:withheld``
  → ``withdrawn``; ``embargoed`` → ``embargoed_until``; ``signal`` ``sig:update``/``sig:correction``
  → version ``UPDATE``/``CORRECTION`` when the headline carries no prefix
- the agency profile (:mod:`gazete.wireformats.agencies`) from ``infoSource``, copyright holder,
  provider or guid, else from the body's dateline
- ``contentMeta/headline`` → headline (wire prefix split into version/kind); ``description`` or NITF
  ``body.head/abstract`` → standfirst; ``creator``/``contributor`` with an author role (a creator
  with no role counts), else ``by``, else NITF ``byline`` → authors, people only
- dateline place: ``located`` city (AA keeps the country: ``HAKKARI, Turkey``), else
  ``contentMeta/dateline``, else the body's printed dateline; ``subject`` names and qcodes,
  ``keyword``, ``urgency``, ``language``/``xml:lang``
- ``contentSet/inlineXML`` NITF ``body.content`` or XHTML ``body`` (its ``<header>`` dropped, its
  ``h1`` a headline fallback), or ``inlineData`` HTML or plain text → blocks (sanitised with nh3)
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial

from lxml import etree

from gazete.wireformats import agencies
from gazete.wireformats.agencies import AGENCY_ALIASES
from gazete.wireformats.bylines import persons_from_byline
from gazete.wireformats.datelines import clean_place
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, looks_like_html, text_to_blocks
from gazete.wireformats.language import detect_language
from gazete.wireformats.limits import guarded
from gazete.wireformats.model import Block, Dateline, Media, ParseError, WireStory
from gazete.wireformats.newsml_media import item_media_kind, linked_media, media_item
from gazete.wireformats.prefixes import split_prefixes
from gazete.wireformats.storybody import tidy_body

FORMAT = "newsml"
NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WITHDRAWN_STATUSES = frozenset({"stat:canceled", "stat:withheld"})
AUTHOR_ROLE_RE = re.compile(r"author|writer|reporter|muhabir", re.IGNORECASE)
NOT_AUTHOR_ROLE_RE = re.compile(r"publisher|editor|photographer|provider", re.IGNORECASE)
TEXT_NATURES = frozenset({"text", "composite"})
_NS = {"n": NAR}


def safe_xml_parser() -> etree.XMLParser:
    """Return an lxml parser that never touches the network, loads no DTD and expands no entities."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes | str) -> etree._Element | str:
    """Parse XML safely; return the root element or the parser's error message."""
    if isinstance(data, str):
        data = data.encode("utf-8") if not data.lstrip().startswith("<?xml") else _drop_declaration(data)
    try:
        root = etree.fromstring(data, parser=safe_xml_parser())
    except etree.XMLSyntaxError as error:
        return f"malformed XML: {error}"
    if root is None:
        return "malformed XML: no root element"
    _drop_entity_references(root)
    return root


def _drop_entity_references(root: etree._Element) -> None:
    """Remove unresolved entity references (``&secret;``), keeping the text around them."""
    for entity in list(root.iter(etree.Entity)):
        parent = entity.getparent()
        if parent is None:
            continue
        tail = entity.tail or ""
        previous = entity.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(entity)


def _drop_declaration(text: str) -> bytes:
    """Encode text XML as UTF-8 after removing its declaration (lxml refuses str with an encoding)."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1).encode("utf-8")


def _local(element: etree._Element) -> str:
    """Return an element's tag without its namespace."""
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _first(element: etree._Element | None, path: str) -> etree._Element | None:
    """Return the first element matching a path in the NewsML namespace, or None."""
    if element is None:
        return None
    found = element.find(path, _NS)
    return found


def _text(element: etree._Element | None) -> str | None:
    """Return an element's whole text, whitespace-collapsed, or None when empty."""
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO-8601 timestamp into an aware UTC datetime (naive times are taken as UTC)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _descendants(element: etree._Element | None, localname: str) -> list[etree._Element]:
    """Return descendants with a given local name in any namespace (NITF comes with or without one)."""
    if element is None:
        return []
    return [node for node in element.iter() if _local(node) == localname]


def _inner_html(element: etree._Element) -> str:
    """Serialise an element's children (and text) as an HTML string without namespaces."""
    copy = etree.fromstring(etree.tostring(element), parser=safe_xml_parser())
    for node in copy.iter():
        if isinstance(node.tag, str):
            node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(copy)
    parts = [copy.text or ""]
    parts.extend(etree.tostring(child, encoding="unicode", method="html") for child in copy)
    return "".join(parts)


def _item_class_is_text(item_meta: etree._Element | None) -> tuple[bool, str]:
    """Tell whether an item is text, whatever the vocabulary (``ninat:text``, ``icls:text``, a URI)."""
    item_class = _first(item_meta, "n:itemClass")
    if item_class is None:
        return True, ""
    code = item_class.get("qcode") or item_class.get("uri") or ""
    nature = re.split(r"[:/#]", code.strip())[-1].lower()
    return (not code or nature in TEXT_NATURES), code


def _strip_xhtml_header(body: etree._Element) -> tuple[str | None, str | None]:
    """Remove the ``<header>`` of an XHTML body (dpa), returning its headline and teaser."""
    headline = teaser = None
    for header in _descendants(body, "header"):
        for node in header.iter():
            name = _local(node)
            if name == "h1" and headline is None:
                headline = _text(node)
            elif name in ("h2", "h3", "h4") and teaser is None:
                teaser = _text(node)
        parent = header.getparent()
        if parent is not None:
            parent.remove(header)
    return headline, teaser


@dataclass
class _Content:
    """What an item's inline content gave: blocks, NITF ``body.head``, and an XHTML header's lines."""

    blocks: tuple[Block, ...] = ()
    body_head: etree._Element | None = None
    header_headline: str | None = None
    header_teaser: str | None = None


def _content(news_item: etree._Element) -> _Content:
    """Read the item's inline content: NITF or XHTML ``inlineXML``, or ``inlineData`` HTML or text."""
    content_set = _first(news_item, "n:contentSet")
    inline_xml = _first(content_set, "n:inlineXML")
    if inline_xml is not None:
        heads = _descendants(inline_xml, "body.head")
        contents = _descendants(inline_xml, "body.content")
        if contents:
            return _Content(html_to_blocks(_inner_html(contents[0])), heads[0] if heads else None)
        bodies = _descendants(inline_xml, "body")
        target = copy.deepcopy(bodies[0] if bodies else inline_xml)
        headline, teaser = _strip_xhtml_header(target)
        return _Content(html_to_blocks(_inner_html(target)), heads[0] if heads else None, headline, teaser)
    inline_data = _first(content_set, "n:inlineData")
    if inline_data is not None and inline_data.text:
        content_type = (inline_data.get("contenttype") or "").lower()
        if "html" in content_type or looks_like_html(inline_data.text):
            return _Content(html_to_blocks(inline_data.text, drop_header=True))
        return _Content(text_to_blocks(inline_data.text))
    return _Content()


def _byline_text(byline: etree._Element) -> str | None:
    """Return a NITF ``byline``'s own text, without its ``byttl`` (title) part."""
    parts = [byline.text or ""]
    for child in byline:
        if _local(child) != "byttl":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()) or None


def _authors(content_meta: etree._Element | None, body_head: etree._Element | None) -> tuple[str, ...]:
    """Return the people who wrote the item: author creators/contributors, else ``by``, else NITF bylines."""
    names: list[str] = []
    people = []
    if content_meta is not None:
        people = [*content_meta.findall("n:creator", _NS), *content_meta.findall("n:contributor", _NS)]
    for person in people:
        qcode_role = person.get("qcode", "") if AUTHOR_ROLE_RE.search(person.get("qcode", "")) else ""
        role = person.get("role", "") or qcode_role
        if NOT_AUTHOR_ROLE_RE.search(f"{role} {person.get('qcode', '')}"):
            continue
        if role and not AUTHOR_ROLE_RE.search(role):
            continue
        if not role and _local(person) == "contributor":
            continue
        name = person.get("literal") or _text(_first(person, "n:name"))
        names.extend(n for n in persons_from_byline(name, AGENCY_ALIASES) if n not in names)
    if names:
        return tuple(names)
    by_line = _text(_first(content_meta, "n:by"))
    if by_line:
        return persons_from_byline(by_line, AGENCY_ALIASES)
    for byline in _descendants(body_head, "byline"):
        names.extend(n for n in persons_from_byline(_byline_text(byline), AGENCY_ALIASES) if n not in names)
    return tuple(names)


def _located(content_meta: etree._Element | None) -> tuple[str | None, str | None]:
    """Return the ``located`` city and its country (from ``broader``), each maybe None."""
    located = _first(content_meta, "n:located")
    if located is None:
        return None, None
    city = _text(_first(located, "n:name")) or located.get("literal")
    country = None
    for broader in located.findall("n:broader", _NS):
        broader_type = broader.get("type", "")
        if not broader_type or "country" in broader_type:
            country = _text(_first(broader, "n:name")) or broader.get("literal")
            break
    return city, country


def _aa_place(city: str | None, country: str | None) -> str | None:
    """AA prints ``CITY, Country`` for places abroad: keep the country beside the city."""
    if city and country and country.casefold() != city.casefold():
        return f"{city}, {country}"
    return city or country


def _dateline_element_place(content_meta: etree._Element | None) -> str | None:
    """Return the place of ``contentMeta/dateline`` (``HELSINKI``, ``Lyon, June 10``): the city alone."""
    text = _text(_first(content_meta, "n:dateline"))
    if not text:
        return None
    place = re.sub(r"\s*\([^)]*\)\s*[-–—]*\s*$", "", text).split(",")[0]
    return clean_place(place) or None


def _language(news_item: etree._Element, content_meta: etree._Element | None) -> str | None:
    """Return the item's language code (``en``, ``tr``) from ``language``/``xml:lang``."""
    language = _first(content_meta, "n:language")
    for value in (
        language.get("tag") if language is not None else None,
        content_meta.get(XML_LANG) if content_meta is not None else None,
        news_item.get(XML_LANG),
    ):
        if value:
            return value.split("-")[0].split("_")[0].lower()
    return None


def _headline(content_meta: etree._Element | None, body_head: etree._Element | None, lang: str | None) -> str | None:
    """Return the headline in the item's language (or the first one, or NITF ``hl1``)."""
    headlines = content_meta.findall("n:headline", _NS) if content_meta is not None else []
    for headline in headlines:
        if lang and (headline.get(XML_LANG) or "").startswith(lang):
            return _text(headline)
    if headlines:
        return _text(headlines[0])
    for hl1 in _descendants(body_head, "hl1"):
        return _text(hl1)
    return None


def _standfirst(content_meta: etree._Element | None, body_head: etree._Element | None) -> str | None:
    """Return the summary: NITF ``abstract`` or ``contentMeta/description``."""
    for abstract in _descendants(body_head, "abstract"):
        text = html_to_text(_inner_html(abstract))
        if text:
            return text
    description = _first(content_meta, "n:description")
    return _text(description)


def _markers(news_item: etree._Element, item_meta: etree._Element | None,
             content_meta: etree._Element | None) -> list[str]:
    """Return the texts that name the item's agency, most telling first.

    The info source (the agency a distributor passes on) comes before the copyright holder, the
    provider and the guid.
    """
    markers: list[str] = []
    elements = [
        *(content_meta.findall("n:infoSource", _NS) if content_meta is not None else []),
        _first(news_item, "n:rightsInfo/n:copyrightHolder"),
        _first(item_meta, "n:provider"),
    ]
    for element in elements:
        if element is not None:
            markers += [element.get("literal", ""), element.get("qcode", ""), _text(_first(element, "n:name")) or "",
                        element.get("uri", ""), _text(element) or ""]
    markers.append(news_item.get("guid", ""))
    return markers


def _int(value: str | None) -> int | None:
    """Return an int from text, or None."""
    try:
        return int(value.strip()) if value else None
    except ValueError:
        return None


def _signal_version(item_meta: etree._Element | None) -> str | None:
    """Return ``CORRECTION`` or ``UPDATE`` from the item's ``signal`` qcodes."""
    codes = {(signal.get("qcode") or "").lower() for signal in item_meta.findall("n:signal", _NS)} \
        if item_meta is not None else set()
    if codes & {"sig:correction", "sig:corrected"}:
        return "CORRECTION"
    if "sig:update" in codes:
        return "UPDATE"
    return None


def news_item_to_story(news_item: etree._Element) -> WireStory | ParseError:
    """Turn one ``newsItem`` element into a WireStory."""
    item_meta = _first(news_item, "n:itemMeta")
    content_meta = _first(news_item, "n:contentMeta")
    is_text, item_class = _item_class_is_text(item_meta)
    if not is_text:
        return ParseError(FORMAT, f"not a text item ({item_class})")
    content = _content(news_item)
    status = _first(item_meta, "n:pubStatus")
    withdrawn = status is not None and status.get("qcode", "").lower() in WITHDRAWN_STATUSES
    if not content.blocks and not withdrawn:
        return ParseError(FORMAT, "news item has no body text")
    language = _language(news_item, content_meta)
    raw_headline = _headline(content_meta, content.body_head, language) or content.header_headline
    split = split_prefixes(raw_headline) if raw_headline else None
    profile = agencies.identify(_markers(news_item, item_meta, content_meta))
    body = tidy_body(content.blocks, headline=raw_headline, profile=profile)
    profile = profile or body.profile
    blocks = body.blocks
    standfirst = _standfirst(content_meta, content.body_head) or content.header_teaser
    if not language:
        sample = " ".join(block.text for block in blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    authors = _authors(content_meta, content.body_head) or body.dateline_authors
    city, country = _located(content_meta)
    if profile is not None and profile.place_keeps_region:
        place = _aa_place(city, country) or body.place
    else:
        place = city or _dateline_element_place(content_meta) or body.place
    agency = profile.code if profile else None
    published = _text(_first(content_meta, "n:contentCreated")) or _text(_first(item_meta, "n:firstCreated"))
    subject_elements = content_meta.findall("n:subject", _NS) if content_meta is not None else []
    subjects = tuple(
        name for subject in subject_elements
        if (name := _text(_first(subject, "n:name")) or subject.get("qcode") or subject.get("literal"))
    )
    keywords = tuple(
        word for keyword in (content_meta.findall("n:keyword", _NS) if content_meta is not None else [])
        if (word := _text(keyword))
    )
    version = (split.version if split else None) or _signal_version(item_meta)
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=blocks,
        language=language,
        agency=agency,
        agency_id=news_item.get("guid"),
        version=version,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=profile.credit if place and profile else None),
        source=profile.name(language) if profile else None,
        published_at=parse_datetime(published),
        updated_at=parse_datetime(_text(_first(item_meta, "n:versionCreated"))),
        version_number=_int(news_item.get("version")),
        withdrawn=withdrawn,
        embargoed_until=parse_datetime(_text(_first(item_meta, "n:embargoed"))),
        subjects=subjects,
        keywords=keywords,
        subject_codes=tuple(code for subject in subject_elements if (code := subject.get("qcode"))),
        priority=_int(_text(_first(content_meta, "n:urgency"))),
        media=linked_media(news_item),
    )


def news_items(root: etree._Element) -> list[etree._Element]:
    """Return the ``newsItem`` elements of a NewsML-G2 document (a newsMessage or a lone item)."""
    if root.tag == f"{{{NAR}}}newsItem":
        return [root]
    return list(root.iter(f"{{{NAR}}}newsItem"))


def parse_newsml_items(data: bytes | str) -> list[WireStory | ParseError]:
    """Parse every text ``newsItem`` of a NewsML-G2 document; a bad document gives one ParseError."""
    root = parse_xml(data)
    if isinstance(root, str):
        return [ParseError(FORMAT, root)]
    items = news_items(root)
    if not items:
        return [ParseError(FORMAT, f"no NewsML-G2 newsItem in <{_local(root)}>")]
    media_items = [item for item in items if item_media_kind(item) is not None]
    if media_items and len(media_items) == len(items):
        kinds = ", ".join(sorted({item_media_kind(item) or "" for item in items}))
        return [ParseError(FORMAT, f"not a text item ({kinds}): pictures come in with the story they belong to")]
    results = [guarded(FORMAT, partial(news_item_to_story, item)) for item in items if item not in media_items]
    if not media_items:
        return results
    delivered = [media for item in media_items if (media := media_item(item)) is not None]
    return [with_delivered_media(result, delivered) if isinstance(result, WireStory) else result
            for result in results]


def with_delivered_media(story: WireStory, delivered: list[Media]) -> WireStory:
    """``story`` with the media items of its message: those it links to (filled in), else all of them."""
    by_id = {media.id: media for media in delivered if media.id}
    if not story.media:
        return replace(story, media=tuple(delivered))
    merged = tuple(by_id.get(link.id, link) if link.id else link for link in story.media)
    return replace(story, media=merged)


def parse_newsml(data: bytes | str) -> WireStory | ParseError:
    """Parse a NewsML-G2 document holding one text item (the first item when there are several)."""
    results = parse_newsml_items(data)
    stories = [result for result in results if isinstance(result, WireStory)]
    return stories[0] if stories else results[0]
