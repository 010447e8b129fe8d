"""Worker tasks: every minute, poll each wire source whose interval has come (``gazete worker``)."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from gazete.wire.models import WireSource
from gazete.wire.polling import due_sources, poll_source

logger = logging.getLogger(__name__)


@db_periodic_task(crontab(minute="*"))
def poll_due_sources() -> list[int]:
    """Queue a poll of every due source; each poll runs as its own task, so workers share them out."""
    ids = [source.pk for source in due_sources()]
    for source_id in ids:
        poll_source_task(source_id)
    return ids


@db_task()
def poll_source_task(source_id: int) -> str:
    """Poll one source (a no-op when another worker holds its lease); return the report line."""
    source = WireSource.objects.filter(pk=source_id, enabled=True).first()
    if source is None:
        return "source gone or disabled"
    return poll_source(source).summary()
