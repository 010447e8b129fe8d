"""Pictures in RSS and Atom entries: ``enclosure``, Atom ``link rel="enclosure"`` and Media RSS.

Read from the XML itself (with the locked-down parser of :mod:`gazete.wireformats.newsml`),
because feedparser flattens Media RSS: it folds ``media:description`` into the entry's content and
keeps one ``media:credit`` per entry. Per entry, in document order:

- ``media:content`` (also inside ``media:group``) with ``medium="image"`` or an ``image/*`` type;
  one with ``medium="video"`` or a ``video/*`` type is a video whose poster is its (or the entry's)
  ``media:thumbnail``. Its ``media:description`` (else ``media:title``) is the caption, its
  ``media:credit`` with a photographer role the byline and any other ``media:credit`` the credit
  (falling back to the entry's own);
- RSS ``enclosure`` and Atom ``link rel="enclosure"`` with an ``image/*`` type, when no Media RSS
  picture names the same address.
"""

from __future__ import annotations

from lxml import etree

from gazete.wireformats.model import Media

MEDIA_RSS = "http://search.yahoo.com/mrss/"
ATOM = "http://www.w3.org/2005/Atom"
RSS1 = "http://purl.org/rss/1.0/"
_M = {"m": MEDIA_RSS}
PHOTOGRAPHER_ROLES = frozenset({"photographer", "author", "creator", "artist", "camera operator"})


def entry_elements(root: etree._Element) -> list[etree._Element]:
    """The ``item`` (RSS 0.9x/2.0, RSS 1.0) or Atom ``entry`` elements of a feed, in document order."""
    found = [element for element in root.iter() if isinstance(element.tag, str)
             and element.tag in ("item", f"{{{RSS1}}}item", f"{{{ATOM}}}entry")]
    return found


def entry_media(entry: etree._Element) -> tuple[Media, ...]:
    """The pictures (and video posters) of one feed entry, Media RSS first, then enclosures."""
    entry_credit, entry_byline = _credits(entry)
    entry_thumbnail = _thumbnail(entry)
    media: list[Media] = []
    for content in entry.findall("m:content", _M) + entry.findall("m:group/m:content", _M):
        url = (content.get("url") or "").strip()
        kind = _kind(content.get("medium"), content.get("type"))
        if not url or kind is None:
            continue
        group = content.getparent()
        credit, byline = _credits(content)
        if group is not None and group.tag == f"{{{MEDIA_RSS}}}group":
            group_credit, group_byline = _credits(group)
            credit, byline = credit or group_credit, byline or group_byline
        caption = _child_text(content, "description") or _child_text(group, "description") \
            or _child_text(content, "title")
        if kind == "video":
            poster = _thumbnail(content) or (_thumbnail(group) if group is not None else None) or entry_thumbnail
            if poster is None:
                continue
            href, width, height = poster
            media.append(Media(href=href, type="video", width=width, height=height, caption=caption,
                               byline=byline or entry_byline, credit=credit or entry_credit, video_url=url))
            continue
        media.append(Media(href=url, type="picture", mimetype=content.get("type") or None,
                           width=_int(content.get("width")), height=_int(content.get("height")), caption=caption,
                           byline=byline or entry_byline, credit=credit or entry_credit))
    seen = {item.href for item in media}
    enclosures = entry.findall("enclosure") + [
        link for link in entry.findall(f"{{{ATOM}}}link") if link.get("rel") == "enclosure"]
    for enclosure in enclosures:
        url = (enclosure.get("url") or enclosure.get("href") or "").strip()
        mimetype = (enclosure.get("type") or "").strip().lower()
        if url and mimetype.startswith("image/") and url not in seen:
            seen.add(url)
            media.append(Media(href=url, type="picture", mimetype=mimetype, byline=entry_byline,
                               credit=entry_credit))
    return tuple(media)


def media_captions(entry: etree._Element) -> set[str]:
    """The ``media:description`` texts of an entry (feedparser mistakes them for the entry's content)."""
    return {text for element in entry.iter(f"{{{MEDIA_RSS}}}description") if (text := _text(element))}


def _kind(medium: str | None, mimetype: str | None) -> str | None:
    medium = (medium or "").strip().lower()
    mimetype = (mimetype or "").strip().lower()
    if medium == "image" or (not medium and mimetype.startswith("image/")):
        return "picture"
    if medium == "video" or (not medium and mimetype.startswith("video/")):
        return "video"
    return None


def _credits(element: etree._Element) -> tuple[str | None, str | None]:
    """(credit, photographer) from the element's own ``media:credit`` children."""
    credit = byline = None
    for item in element.findall("m:credit", _M):
        text = _text(item)
        if not text:
            continue
        if (item.get("role") or "").strip().lower() in PHOTOGRAPHER_ROLES:
            byline = byline or text
        else:
            credit = credit or text
    return credit, byline


def _thumbnail(element: etree._Element) -> tuple[str, int | None, int | None] | None:
    """The widest ``media:thumbnail`` of the element: (address, width, height)."""
    thumbnails = [t for t in element.findall("m:thumbnail", _M) if (t.get("url") or "").strip()]
    if not thumbnails:
        return None
    best = max(thumbnails, key=lambda t: _int(t.get("width")) or 0)
    return (best.get("url") or "").strip(), _int(best.get("width")), _int(best.get("height"))


def _child_text(element: etree._Element | None, name: str) -> str | None:
    return _text(element.find(f"m:{name}", _M)) if element is not None else None


def _text(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 7 else None
