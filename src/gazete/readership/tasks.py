"""Background flushing of buffered reads: a huey periodic task (``gazete worker``) and a shutdown hook."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from gazete.readership.buffer import BufferUnavailable
from gazete.readership.services import flush_pending

logger = logging.getLogger(__name__)

# huey's periodic tasks run at most once a minute, so each run also schedules flushes for the
# rest of the minute: one every FLUSH_EVERY_SECONDS. A flush is idempotent and safe to overlap.
FLUSH_EVERY_SECONDS = 5


@db_task()
def flush_reads() -> None:
    """Move buffered reads into the database (later, when the buffer's Redis does not answer)."""
    try:
        result = flush_pending()
    except BufferUnavailable as exc:
        logger.warning("read flush postponed: the read buffer is unavailable (%s)", exc)
        return
    if result.reads:
        logger.debug("flushed %s reads in %s batches", result.reads, result.batches)


@db_periodic_task(crontab(minute="*"))
def flush_reads_this_minute() -> None:
    """Flush now and schedule a flush every few seconds for the rest of the minute."""
    flush_reads.call_local()
    for delay in range(FLUSH_EVERY_SECONDS, 60, FLUSH_EVERY_SECONDS):
        flush_reads.schedule(delay=delay)


def flush_on_shutdown() -> None:
    """Shutdown hook: flush what is buffered, so a stopped portal leaves nothing behind."""
    try:
        result = flush_pending()
    except BufferUnavailable as exc:  # the reads wait in Redis for the next flush anywhere
        logger.warning("read counts not flushed at shutdown: the read buffer is unavailable (%s)", exc)
        return
    logger.info("read counts flushed at shutdown: %s reads in %s batches", result.reads, result.batches)
