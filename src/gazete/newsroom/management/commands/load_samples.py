"""``gazete load_samples``: store the bundled sample stories and their drawn pictures (idempotent)."""

from argparse import ArgumentParser

from django.core.management.base import BaseCommand

from gazete.newsroom.sample_stories import load_sample_stories


class Command(BaseCommand):
    """Load the sample stories written by the gazete project (marked as samples), with sample pictures."""

    help = ("Load the bundled sample stories (written by us, marked as samples) with sample pictures drawn "
            "by code. Safe to re-run.")

    def add_arguments(self, parser: ArgumentParser) -> None:
        """``--no-pictures``: the stories alone."""
        parser.add_argument("--no-pictures", action="store_true",
                            help="do not draw sample pictures for the sample stories")

    def handle(self, *args: object, **options: object) -> None:
        loaded = load_sample_stories(pictures=not options["no_pictures"])
        self.stdout.write(f"sample stories: {loaded.stories} new, {loaded.versions} versions stored, "
                          f"{loaded.pictures} sample pictures drawn")
