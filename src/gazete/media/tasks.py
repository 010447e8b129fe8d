"""Worker tasks: make a picture's renditions (and its crops again after a focal point moved), and every
few minutes pick up pictures left pending.

Renditions are made here and only here (never in a page request). A queued task can be lost (the
queue was down when the picture came in); the sweep finds such pictures and queues them again.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task, lock_task

from gazete.media.ingest import recrop_picture, render_picture
from gazete.media.models import Picture

SWEEP_AFTER = timedelta(minutes=5)
SWEEP_BATCH = 200


@db_task(retries=2, retry_delay=30)
def render_picture_task(picture_id: int) -> str:
    """Make the renditions of one picture; return its status (``ready``, ``quarantined``…)."""
    picture = render_picture(picture_id)
    return picture.status if picture is not None else "gone"


@db_task(retries=2, retry_delay=30)
def recrop_picture_task(picture_id: int) -> str:
    """Remake a ready picture's focal-point crops (the social card) after its focal point moved."""
    picture = recrop_picture(picture_id)
    return picture.status if picture is not None else "gone"


@db_periodic_task(crontab(minute="*/5"))
@lock_task("media-render-pending-pictures")
def render_pending_pictures() -> int:
    """Make the renditions of pictures pending for more than five minutes; return how many were tried."""
    stale = Picture.objects.filter(status=Picture.Status.PENDING, updated_at__lt=timezone.now() - SWEEP_AFTER)
    ids = list(stale.order_by("updated_at").values_list("pk", flat=True)[:SWEEP_BATCH])
    for picture_id in ids:
        render_picture(picture_id)
    return len(ids)
