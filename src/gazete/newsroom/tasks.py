"""Worker tasks of the newsroom: publish scheduled stories when their time comes (every minute)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from gazete.newsroom.actions import publish_due_stories
from gazete.newsroom.actors import SCHEDULER


@db_periodic_task(crontab(minute="*"))
@lock_task("newsroom-publish-due-stories")
def publish_scheduled_stories() -> int:
    """Publish every scheduled story whose time has passed, as the scheduler; return how many were published."""
    return len(publish_due_stories(actor=SCHEDULER))
