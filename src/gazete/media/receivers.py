"""Pictures the wire app delivers with a story (``newsroom.signals.picture_delivered``) become Pictures."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from gazete.media.ingest import PictureInfo, alt_from_caption, receive_picture
from gazete.media.models import Picture
from gazete.newsroom.models import Story
from gazete.wireformats.model import Media

logger = logging.getLogger(__name__)

KINDS: dict[str, str] = {"picture": "photo", "graphic": "graphic", "video": "video"}  # Media.type → Picture.Kind
MAX_ID = 300


def picture_key(media: Media, data: bytes | None, source_url: str) -> str:
    """The picture's identity: the agency's id, else its web address, else the hash of its bytes."""
    if media.id and len(media.id) <= MAX_ID:
        return media.id
    if source_url.startswith(("http://", "https://")) and len(source_url) <= MAX_ID:
        return source_url
    if media.id or source_url.startswith(("http://", "https://")):
        return "sha256-of-id:" + hashlib.sha256((media.id or source_url).encode()).hexdigest()
    if data is not None:
        return "sha256:" + hashlib.sha256(data).hexdigest()
    return "path:" + hashlib.sha256(f"{media.href}|{source_url}".encode()).hexdigest()


def picture_info(agency: str, media: Media, data: bytes | None, source_url: str) -> PictureInfo:
    """The wire's description of a picture, in the media app's terms (alt text from the caption when it has none)."""
    web_address = source_url if source_url.startswith(("http://", "https://")) else ""
    return PictureInfo(
        agency=agency or "",
        agency_id=picture_key(media, data, source_url),
        kind=KINDS.get(media.type, "photo"),
        caption=media.caption or "",
        byline=media.byline or "",
        credit=media.credit or "",
        alt_text=media.alt_text or alt_from_caption(media.caption or ""),
        taken_at=media.created_at,
        group_id=media.group_id or "",
        source_url=web_address,
        video_url=media.video_url if media.video_url and media.video_url.startswith(("http://", "https://")) else "",
    )


def on_picture_delivered(
    sender: type, *, story_id: int, agency: str, media: Media, data: bytes | None, error: str = "",
    source_url: str = "", **kwargs: Any,
) -> Picture:
    """Store one delivered picture and link it to its story."""
    story = Story.objects.filter(pk=story_id).first()
    return receive_picture(picture_info(agency, media, data, source_url), data, story=story, fetch_error=error)
