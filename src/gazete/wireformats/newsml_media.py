"""Pictures, graphics and videos in NewsML-G2: the links of a text item and the media items themselves.

- A text item points at its pictures with ``itemMeta/link`` (AA: ``rel="irel:seeAlso"``,
  ``residref="aa:picture:…"``, a child ``itemClass qcode="ninat:picture"``).
- A picture, graphic or video item (``itemClass`` ``ninat:picture``/``ninat:graphic``/``ninat:video``)
  carries its files as ``contentSet/remoteContent`` renditions (``href``, ``width``, ``height``,
  ``contenttype``, ``rendition``) and its text in ``contentMeta``: ``headline``, ``description``
  (the caption), ``creator`` (the photographer), ``creditline``, ``contentCreated``; the copyright
  holder in ``rightsInfo``. For a video, the poster image is the widest image rendition and the
  video the widest video one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree

from gazete.wireformats.model import Media

NAR = "http://iptc.org/std/nar/2006-10-01/"
_NS = {"n": NAR}
# itemClass qcodes and URIs of media items, in the NewsML-G2 (ninat) and older (icls) vocabularies.
_CLASS_RE = re.compile(r"(?:ninat|icls):(picture|graphic|video)$|/(picture|graphic|video)$", re.IGNORECASE)
# An AA id names its kind: aa:picture:20240612:9000002.
_ID_KIND_RE = re.compile(r"^[a-z]+:(picture|photo|graphic|video):", re.IGNORECASE)
_KINDS = {"picture": "picture", "photo": "picture", "graphic": "graphic", "video": "video"}


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 7 else None


def _datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def media_kind(qcode: str | None) -> str | None:
    """``picture``, ``graphic`` or ``video`` for a media itemClass qcode or URI, else None."""
    match = _CLASS_RE.search((qcode or "").strip())
    if not match:
        return None
    return _KINDS[(match.group(1) or match.group(2)).lower()]


def item_media_kind(news_item: etree._Element) -> str | None:
    """The media kind of a ``newsItem`` from its ``itemMeta/itemClass``, or None for text and the rest."""
    item_class = news_item.find("n:itemMeta/n:itemClass", _NS)
    return media_kind(item_class.get("qcode") or item_class.get("uri")) if item_class is not None else None


def linked_media(news_item: etree._Element) -> tuple[Media, ...]:
    """The pictures, graphics and videos a text item links to (``itemMeta/link``), by id or address."""
    found: list[Media] = []
    for link in news_item.findall("n:itemMeta/n:link", _NS):
        item_class = link.find("n:itemClass", _NS)
        ref = (link.get("residref") or "").strip()
        kind = media_kind(item_class.get("qcode") if item_class is not None else None)
        if kind is None:
            id_kind = _ID_KIND_RE.match(ref)
            kind = _KINDS[id_kind.group(1).lower()] if id_kind else media_kind(link.get("contenttype"))
        if kind is None and (link.get("contenttype") or "").startswith("image/"):
            kind = "picture"
        if kind is None or not (ref or link.get("href")):
            continue
        found.append(Media(href=(link.get("href") or "").strip(), type=kind, id=ref or None,
                           caption=(link.get("title") or "").strip() or None,
                           mimetype=link.get("contenttype") or None))
    return tuple(found)


def media_item(news_item: etree._Element) -> Media | None:
    """The one file to fetch of a picture, graphic or video item, with its text; None if it has no file."""
    kind = item_media_kind(news_item)
    if kind is None:
        return None
    renditions = news_item.findall("n:contentSet/n:remoteContent", _NS)
    images = [r for r in renditions if _is_image(r) and (r.get("href") or r.get("residref"))]
    videos = [r for r in renditions if (r.get("contenttype") or "").startswith("video/") and r.get("href")]
    if not images:
        return None
    best = max(images, key=lambda r: (_int(r.get("width")) or 0, -images.index(r)))
    meta = news_item.find("n:contentMeta", _NS)
    caption = _caption(meta)
    best_video = max(videos, key=lambda r: _int(r.get("width")) or 0) if videos else None
    return Media(
        href=(best.get("href") or best.get("residref") or "").strip(),
        type=kind,
        mimetype=best.get("contenttype") or None,
        width=_int(best.get("width")),
        height=_int(best.get("height")),
        caption=caption,
        byline=_creator(meta),
        id=news_item.get("guid") or None,
        credit=(_text(meta.find("n:creditline", _NS)) if meta is not None else None) or _copyright_holder(news_item),
        alt_text=_description(meta, ("drol:alternative", "drol:alttext")),
        created_at=_datetime(_text(meta.find("n:contentCreated", _NS)) if meta is not None else None),
        video_url=best_video.get("href") if best_video is not None else None,
    )


def _is_image(rendition: etree._Element) -> bool:
    contenttype = (rendition.get("contenttype") or "").lower()
    return contenttype.startswith("image/") or (not contenttype and "video" not in (rendition.get("rendition") or ""))


def _description(meta: etree._Element | None, roles: tuple[str, ...]) -> str | None:
    if meta is None:
        return None
    for description in meta.findall("n:description", _NS):
        if (description.get("role") or "").lower() in roles:
            return _text(description)
    return None


def _caption(meta: etree._Element | None) -> str | None:
    """The caption: ``description`` with a caption role, else any ``description``, else the headline."""
    if meta is None:
        return None
    captioned = _description(meta, ("drol:caption", "drol:summary"))
    if captioned:
        return captioned
    for description in meta.findall("n:description", _NS):
        if "alt" not in (description.get("role") or "").lower() and (text := _text(description)):
            return text
    return _text(meta.find("n:headline", _NS))


def _creator(meta: etree._Element | None) -> str | None:
    """The photographer: the first ``creator`` (its ``literal`` or ``name``) that is not an organisation."""
    if meta is None:
        return None
    for creator in meta.findall("n:creator", _NS):
        role = (creator.get("role") or creator.get("qcode") or "").lower()
        if "publisher" in role or "provider" in role:
            continue
        name = creator.get("literal") or _text(creator.find("n:name", _NS))
        if name and name.strip():
            return name.strip()
    return None


def _copyright_holder(news_item: etree._Element) -> str | None:
    holder = news_item.find("n:rightsInfo/n:copyrightHolder", _NS)
    if holder is None:
        return None
    return (holder.get("literal") or "").strip() or _text(holder.find("n:name", _NS))
