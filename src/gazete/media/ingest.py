"""Take a picture in from the wire (store the original, link it to its story) and make its renditions.

Two steps, so no page request ever makes a rendition:

1. :func:`receive_picture` runs where the wire copy comes in (a poll, ``gazete ingest``): it
   checks the file from its header, stores the original under its hash and links the picture to
   its story. A file that is no usable picture is quarantined with its reason; the story is not
   touched. After commit it queues :func:`gazete.media.tasks.render_picture_task`.
2. :func:`render_picture` runs in the worker: it makes the renditions (``media.renditions``),
   stores them under content-addressed names and marks the picture ready, or quarantines it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.core.files.storage import Storage
from django.db import transaction
from django.utils import timezone

from gazete.media.files import media_storage, save_once
from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.naming import original_name, rendition_name, sha256_hex
from gazete.media.renditions import (
    DEFAULT_LIMITS,
    Limits,
    Refusal,
    RenderedFile,
    Spec,
    default_specs,
    make_renditions,
    rounded_focal,
)
from gazete.media.renditions import inspect as inspect_picture
from gazete.media.services import attach_picture
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story

logger = logging.getLogger(__name__)

FETCH_FAILED = "fetch_failed"
MISSING_FILE = "missing_file"

# Field limits of Picture, applied before saving so SQLite and PostgreSQL keep the same text.
_MAX = {"agency": 20, "agency_id": 300, "group_id": 200, "credit": 200, "byline": 200, "alt_text": 300,
        "source_url": 1000, "video_url": 1000}


@dataclass(frozen=True)
class PictureInfo:
    """What the wire says about a picture (everything but its bytes)."""

    agency: str
    agency_id: str
    kind: str = "photo"  # Picture.Kind
    caption: str = ""
    byline: str = ""
    credit: str = ""
    alt_text: str = ""
    taken_at: datetime | None = None
    group_id: str = ""
    source_url: str = ""
    video_url: str = ""


def _queue_render(picture_id: int) -> None:
    from gazete.media.tasks import render_picture_task  # the task module imports this one

    render_picture_task(picture_id)


def receive_picture(
    info: PictureInfo,
    data: bytes | None,
    *,
    story: Story | None = None,
    fetch_error: str = "",
    limits: Limits = DEFAULT_LIMITS,
    queue: Callable[[int], None] | None = None,
) -> Picture:
    """Store a picture delivered with (or without) a story; a bad or missing file is quarantined.

    ``data`` None means the file could not be had (``fetch_error`` says why). A picture already
    stored is updated in place: new wire text replaces the old, the same bytes are not stored or
    rendered again, and a picture that is ready stays ready when a later fetch fails. ``queue``
    (default: the worker task) is called after commit with the id of a picture that needs renditions.
    """
    queue = queue or _queue_render
    with transaction.atomic():
        picture, _ = Picture.objects.select_for_update().get_or_create(
            agency=info.agency[: _MAX["agency"]], agency_id=info.agency_id[: _MAX["agency_id"]],
        )
        _apply_info(picture, info)
        needs_render = False
        if data is None:
            if not picture.original:  # a stored original (ready, or waiting for the worker) stays as it is
                _quarantine(picture, FETCH_FAILED if fetch_error else MISSING_FILE,
                            fetch_error or "no file came with the picture")
        else:
            digest = sha256_hex(data)
            if digest != picture.sha256 or picture.status == Picture.Status.QUARANTINED:
                checked = inspect_picture(data, limits)
                picture.sha256 = digest
                if isinstance(checked, Refusal):
                    _quarantine(picture, checked.code, checked.message)
                else:
                    picture.original.name = save_once(original_name(digest, checked.extension), data)
                    picture.mimetype = checked.mimetype
                    picture.width, picture.height = checked.width, checked.height
                    picture.status, picture.reason_code, picture.reason = Picture.Status.PENDING, "", ""
                    needs_render = True
            elif picture.status == Picture.Status.PENDING:
                needs_render = True
        picture.save()
        if story is not None:
            attach_picture(story, picture)
        if needs_render:
            transaction.on_commit(lambda: queue(picture.pk))
    if picture.status == Picture.Status.QUARANTINED:
        logger.warning("picture %s quarantined: %s: %s", picture.agency_id, picture.reason_code, picture.reason)
    return picture


def render_picture(
    picture_id: int, *, limits: Limits = DEFAULT_LIMITS, specs: tuple[Spec, ...] | None = None,
) -> Picture | None:
    """Make and store the renditions of one pending picture (the worker's job); None if it is gone.

    ``specs`` defaults to ``media.renditions.default_specs()``.
    A picture whose file turns out unusable is quarantined. Stories showing the picture are
    announced (``story_changed``, outcome ``picture``) so their cached pages follow.
    """
    picture = Picture.objects.filter(pk=picture_id).first()
    if picture is None or picture.status != Picture.Status.PENDING or not picture.original:
        return picture
    storage = media_storage()
    try:
        with storage.open(picture.original.name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        Picture.objects.filter(pk=picture.pk).update(
            status=Picture.Status.QUARANTINED, reason_code=MISSING_FILE,
            reason=f"the original {picture.original.name} is not on the storage", updated_at=timezone.now())
        picture.refresh_from_db()
        return picture
    focal = rounded_focal(picture.focal_x, picture.focal_y)
    result = make_renditions(data, specs, caption=picture.caption, byline=picture.byline, credit=picture.credit,
                             limits=limits, focal=focal)
    if isinstance(result, Refusal):
        with transaction.atomic():
            _quarantine(picture, result.code, result.message)
            picture.save()
        logger.warning("picture %s quarantined: %s", picture.agency_id, result)
        return picture
    rows = _stored_rows(picture, result.files, focal, storage)
    with transaction.atomic():
        locked = Picture.objects.select_for_update().get(pk=picture.pk)
        if locked.status != Picture.Status.PENDING or locked.sha256 != picture.sha256:
            return locked  # another worker finished it meanwhile, or new bytes came (their own task follows)
        if rounded_focal(locked.focal_x, locked.focal_y) != focal:
            transaction.on_commit(lambda: _queue_recrop(picture.pk))  # the point moved while this ran
        Rendition.objects.filter(picture=picture).delete()
        Rendition.objects.bulk_create(rows)
        picture.status, picture.reason_code, picture.reason = Picture.Status.READY, "", ""
        picture.save(update_fields=["status", "reason_code", "reason", "updated_at"])
        for link in StoryPicture.objects.filter(picture=picture).select_related("story"):
            announce_on_commit(link.story, "picture")
    return picture


def recrop_picture(picture_id: int, *, limits: Limits = DEFAULT_LIMITS) -> Picture | None:
    """Make a ready picture's cropped renditions (the social card) again around its current focal point.

    The worker's job after an editor moves the focal point: the picture stays ready (pages keep
    showing it) and its cropped renditions are replaced by files under new names. A picture not
    ready is left alone (its own rendering uses the point it has by then); None if it is gone.
    """
    picture = Picture.objects.filter(pk=picture_id).first()
    if picture is None or picture.status != Picture.Status.READY or not picture.original:
        return picture
    specs = tuple(spec for spec in default_specs() if spec.is_cropped)
    focal = rounded_focal(picture.focal_x, picture.focal_y)
    storage = media_storage()
    try:
        with storage.open(picture.original.name, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        logger.warning("picture %s: original %s missing, crop not remade", picture.pk, picture.original.name)
        return picture
    result = make_renditions(data, specs, caption=picture.caption, byline=picture.byline, credit=picture.credit,
                             limits=limits, focal=focal)
    if isinstance(result, Refusal):  # it rendered before: the stored file changed under us
        logger.warning("picture %s: crop not remade: %s", picture.pk, result)
        return picture
    rows = _stored_rows(picture, result.files, focal, storage)
    with transaction.atomic():
        locked = Picture.objects.select_for_update().get(pk=picture.pk)
        if (locked.status != Picture.Status.READY or locked.sha256 != picture.sha256
                or rounded_focal(locked.focal_x, locked.focal_y) != focal):
            return locked  # changed meanwhile: the task queued by that change makes the crop
        for row in rows:
            Rendition.objects.filter(picture=picture, format=row.format, purpose=row.purpose).delete()
        Rendition.objects.bulk_create(rows)
        for link in StoryPicture.objects.filter(picture=picture).select_related("story"):
            announce_on_commit(link.story, "picture")
    return locked


def _stored_rows(picture: Picture, files: tuple[RenderedFile, ...], focal: tuple[float, float],
                 storage: Storage) -> list[Rendition]:
    """Store each rendered file under its content-addressed name; the unsaved Rendition rows for them."""
    rows = []
    for made in files:
        name = rendition_name(picture.sha256, made.width, made.format, social=made.purpose == "social",
                              focal=focal if made.cropped else None)
        rows.append(Rendition(picture=picture, format=made.format, purpose=made.purpose, width=made.width,
                              height=made.height, file=save_once(name, made.data, storage), size=len(made.data)))
    return rows


def _queue_recrop(picture_id: int) -> None:
    from gazete.media.tasks import recrop_picture_task  # the task module imports this one

    recrop_picture_task(picture_id)


def _apply_info(picture: Picture, info: PictureInfo) -> None:
    """Copy the wire's text onto the picture; empty values do not wipe what an earlier delivery gave."""
    picture.kind = info.kind
    for name in ("caption", "byline", "credit", "alt_text", "group_id", "source_url", "video_url"):
        value = (getattr(info, name) or "").strip()
        if value:
            limit = _MAX.get(name)
            setattr(picture, name, value[:limit] if limit else value)
    if info.taken_at is not None:
        picture.taken_at = info.taken_at


def alt_from_caption(caption: str, limit: int = _MAX["alt_text"]) -> str:
    """Return alt text taken from a caption: its first sentence, cut at a word within ``limit`` characters.

    Agencies send a caption and a credit but rarely alt text, and a caption describes what the photo
    shows; without this default every scheduled wire story with a photo would wait for an editor (the
    provenance guard asks for alt text). An editor's own alt text is never replaced.
    """
    text = " ".join(caption.split())
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜ0-9\"'“])", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-")


def _quarantine(picture: Picture, code: str, message: str) -> None:
    picture.status, picture.reason_code, picture.reason = Picture.Status.QUARANTINED, code, message
