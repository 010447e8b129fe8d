"""``gazete manage remove_samples``: delete the bundled sample stories (marked as samples)."""

from django.core.management.base import BaseCommand

from gazete.newsroom.sample_stories import remove_sample_stories


class Command(BaseCommand):
    """Delete every sample story with its versions and comments; real stories are not touched."""

    help = "Delete the sample stories (written by the gazete project, marked as samples). Real stories stay."

    def handle(self, *args: object, **options: object) -> None:
        removed = remove_sample_stories()
        self.stdout.write(f"sample stories removed: {removed}")
