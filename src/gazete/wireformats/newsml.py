"""Parse NewsML-G2 text items (AA's ``newsml29`` document format) into :class:`WireStory` objects.

The XML is read with a locked-down lxml parser: no network, no DTD loading, no entity expansion.
Field mapping (IPTC namespace ``http://iptc.org/std/nar/2006-10-01/``):

- ``newsItem/@guid`` → ``agency_id``; ``@version`` → ``version_number``
- ``itemMeta/versionCreated`` → ``updated_at``; ``contentMeta/contentCreated`` (else
  ``itemMeta/firstCreated``) → ``published_at``; ``itemMeta/pubStatus`` ``stat:canceled`` or
  ``stat:withheld`` → ``withdrawn``
- ``contentMeta/headline`` → headline (wire prefix split into version/kind); ``description`` or NITF
  ``body.head/abstract`` → standfirst; ``creator`` with an author role → authors
- ``contentMeta/located`` city (+ ``broader`` country) → dateline place; ``subject``, ``keyword``,
  ``urgency``, ``language``/``xml:lang``
- ``contentSet/inlineXML`` NITF ``body.content`` or XHTML ``body`` → blocks (sanitised with nh3)
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

from gazete.wireformats.blocks import strip_leading_dateline
from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, text_to_blocks
from gazete.wireformats.language import detect_language
from gazete.wireformats.model import Block, Dateline, ParseError, WireStory, agency_name
from gazete.wireformats.prefixes import split_prefixes

FORMAT = "newsml"
NAR = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WITHDRAWN_STATUSES = frozenset({"stat:canceled", "stat:withheld"})
AUTHOR_ROLE_RE = re.compile(r"author|writer|reporter|muhabir", re.IGNORECASE)
NOT_AUTHOR_ROLE_RE = re.compile(r"publisher|editor|photographer|provider", re.IGNORECASE)
AA_MARKERS_RE = re.compile(r"^(?:aa|urn:newsml:aa\.com\.tr)\b|anadolu|nprov:aa\b|\baa\.com\.tr", re.IGNORECASE)
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


def _body_blocks(news_item: etree._Element) -> tuple[tuple[Block, ...], etree._Element | None]:
    """Return the body blocks of the item's inline content and the NITF ``body.head`` if any."""
    content_set = _first(news_item, "n:contentSet")
    inline_xml = _first(content_set, "n:inlineXML")
    if inline_xml is not None:
        heads = _descendants(inline_xml, "body.head")
        contents = _descendants(inline_xml, "body.content")
        if contents:
            return html_to_blocks(_inner_html(contents[0])), heads[0] if heads else None
        bodies = _descendants(inline_xml, "body")
        target = bodies[0] if bodies else inline_xml
        return html_to_blocks(_inner_html(target)), heads[0] if heads else None
    inline_data = _first(content_set, "n:inlineData")
    if inline_data is not None and inline_data.text:
        return text_to_blocks(inline_data.text), None
    return (), None


def _authors(content_meta: etree._Element | None, body_head: etree._Element | None) -> tuple[str, ...]:
    """Return author names from ``creator`` elements with an author role (or NITF bylines)."""
    names: list[str] = []
    for creator in content_meta.findall("n:creator", _NS) if content_meta is not None else []:
        role = f"{creator.get('qcode', '')} {creator.get('role', '')}"
        if NOT_AUTHOR_ROLE_RE.search(role) or (role.strip() and not AUTHOR_ROLE_RE.search(role)):
            continue
        name = creator.get("literal") or _text(_first(creator, "n:name"))
        if name and name not in names:
            names.append(name)
    if not names and body_head is not None:
        for byline in _descendants(body_head, "byline"):
            text = _text(byline)
            if text:
                names.append(re.sub(r"^(?:By|Muhabir:)\s+", "", text))
    return tuple(names)


def _located_place(content_meta: etree._Element | None) -> str | None:
    """Return ``CITY, Country`` from ``located`` (the country from its ``broader`` element)."""
    located = _first(content_meta, "n:located")
    if located is None:
        return None
    city = _text(_first(located, "n:name")) or located.get("literal")
    country = None
    for broader in located.findall("n:broader", _NS):
        broader_type = broader.get("type", "")
        if not broader_type or "country" in broader_type:
            country = _text(_first(broader, "n:name")) or broader.get("literal")
            break
    if city and country and country.casefold() != city.casefold():
        return f"{city}, {country}"
    return city or country


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


def _is_aa(news_item: etree._Element, item_meta: etree._Element | None) -> bool:
    """Tell whether the item comes from Anadolu Agency (its guid, provider or copyright holder)."""
    markers = [news_item.get("guid", "")]
    provider = _first(item_meta, "n:provider")
    if provider is not None:
        markers += [provider.get("qcode", ""), provider.get("literal", ""), _text(provider) or ""]
    rights = _first(news_item, "n:rightsInfo/n:copyrightHolder")
    if rights is not None:
        markers += [rights.get("literal", ""), rights.get("qcode", ""), _text(rights) or ""]
    return any(AA_MARKERS_RE.search(marker) for marker in markers if marker)


def _int(value: str | None) -> int | None:
    """Return an int from text, or None."""
    try:
        return int(value.strip()) if value else None
    except ValueError:
        return None


def news_item_to_story(news_item: etree._Element) -> WireStory | ParseError:
    """Turn one ``newsItem`` element into a WireStory."""
    item_meta = _first(news_item, "n:itemMeta")
    content_meta = _first(news_item, "n:contentMeta")
    item_class = _first(item_meta, "n:itemClass")
    if item_class is not None and item_class.get("qcode", "ninat:text") not in ("ninat:text", "ninat:composite"):
        return ParseError(FORMAT, f"not a text item ({item_class.get('qcode')})")
    blocks, body_head = _body_blocks(news_item)
    status = _first(item_meta, "n:pubStatus")
    withdrawn = status is not None and status.get("qcode", "") in WITHDRAWN_STATUSES
    if not blocks and not withdrawn:
        return ParseError(FORMAT, "news item has no body text")
    blocks, dateline = strip_leading_dateline(blocks)
    language = _language(news_item, content_meta)
    raw_headline = _headline(content_meta, body_head, language)
    split = split_prefixes(raw_headline) if raw_headline else None
    standfirst = _standfirst(content_meta, body_head)
    if not language:
        sample = " ".join(block.text for block in blocks[:10])
        language = detect_language(f"{raw_headline or ''} {standfirst or ''} {sample}")
    authors = _authors(content_meta, body_head)
    if dateline and not authors:
        authors = dateline.authors
    place = _located_place(content_meta) or (dateline.place if dateline and dateline.place else None)
    agency = "AA" if _is_aa(news_item, item_meta) or dateline is not None else None
    published = _text(_first(content_meta, "n:contentCreated")) or _text(_first(item_meta, "n:firstCreated"))
    subjects = tuple(
        name
        for subject in (content_meta.findall("n:subject", _NS) if content_meta is not None else [])
        if (name := _text(_first(subject, "n:name")) or subject.get("qcode") or subject.get("literal"))
    )
    keywords = tuple(
        word for keyword in (content_meta.findall("n:keyword", _NS) if content_meta is not None else [])
        if (word := _text(keyword))
    )
    return WireStory(
        format=FORMAT,
        headline=split.headline if split else None,
        body=blocks,
        language=language,
        agency=agency,
        agency_id=news_item.get("guid"),
        version=split.version if split else None,
        kind=split.kind if split else None,
        standfirst=standfirst,
        authors=authors,
        dateline=Dateline(place=place, agency=agency if place else None),
        source=agency_name(agency, language or "en"),
        published_at=parse_datetime(published),
        updated_at=parse_datetime(_text(_first(item_meta, "n:versionCreated"))),
        version_number=_int(news_item.get("version")),
        withdrawn=withdrawn,
        subjects=subjects,
        keywords=keywords,
        priority=_int(_text(_first(content_meta, "n:urgency"))),
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
    return [news_item_to_story(item) for item in items]


def parse_newsml(data: bytes | str) -> WireStory | ParseError:
    """Parse a NewsML-G2 document holding one text item (the first item when there are several)."""
    results = parse_newsml_items(data)
    stories = [result for result in results if isinstance(result, WireStory)]
    return stories[0] if stories else results[0]
