"""``gazete setup``: migrate, collect static files and load the sample stories, idempotently."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from gazete.newsroom.models import Story

SAMPLES_NOTE = (
    "Samples: the stories marked as samples (not agency copy) hold the lead slots and the breaking bar "
    "only until a real story is published; remove them with: gazete manage remove_samples"
)


class Command(BaseCommand):
    """Bring a fresh or existing data directory up to date."""

    help = "Migrate the database, collect static files and load the sample stories (idempotent)."

    def add_arguments(self, parser) -> None:  # type: ignore[no-untyped-def]
        parser.add_argument("--no-samples", action="store_true", help="do not load the sample stories")

    def handle(self, *args: object, **options: object) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        if not options["no_samples"] and not Story.objects.exclude(is_sample=True).exists():
            call_command("load_samples")
        if Story.objects.filter(is_sample=True).exists():
            self.stdout.write(SAMPLES_NOTE)
        self.stdout.write("setup complete")
