"""``gazete manage refresh_pages``: drop every cached page part now (after a deploy that changed templates)."""

from django.core.management.base import BaseCommand

from gazete.newsroom.cache import bump_generation


class Command(BaseCommand):
    """Move the content generation: fragments, documents, cached stories and comment blocks are dropped at once.

    Every change to a story already does this at its commit; this is for what no story change
    announces: new templates or translations after a deploy, a setting shown on pages. The next
    request of each page renders it anew (nginx's copies are at most a second old: nothing to purge
    there). Every app server sharing the cache sees the new generation at once.
    """

    help = (
        "Drop every cached page part (fragments, feeds, stories, comment blocks) now, e.g. after a deploy "
        "that changed templates; the next request renders each page anew."
    )

    def handle(self, *args: object, **options: object) -> None:
        bump_generation()
        self.stdout.write("cached pages dropped: the next request of each page renders it anew")
