"""``gazete manage publish_due``: publish the scheduled stories whose time has come.

The worker does this every minute (``gazete.newsroom.tasks.publish_scheduled_stories``); this
command runs the same action by hand or from a test, logged as the ``cli`` actor.
"""

from django.core.management.base import BaseCommand

from gazete.newsroom.actions import publish_due_stories
from gazete.newsroom.actors import CLI


class Command(BaseCommand):
    """Publish every scheduled story whose publication time has passed."""

    help = "Publish the scheduled stories whose time has come (what the worker does every minute)."

    def handle(self, *args: object, **options: object) -> None:
        published = publish_due_stories(actor=CLI)
        for story in published:
            self.stdout.write(f"published #{story.pk}: {story.headline}")
        self.stdout.write(f"{len(published)} scheduled stories published")
