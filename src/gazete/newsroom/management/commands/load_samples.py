"""``gazete load_samples``: store the bundled sample stories (idempotent)."""

from django.core.management.base import BaseCommand

from gazete.newsroom.sample_stories import load_sample_stories


class Command(BaseCommand):
    """Load the sample stories written by the gazete project (marked as samples)."""

    help = "Load the bundled sample stories (written by us, marked as samples). Safe to re-run."

    def handle(self, *args: object, **options: object) -> None:
        loaded = load_sample_stories()
        self.stdout.write(f"sample stories: {loaded.stories} new, {loaded.versions} versions stored")
