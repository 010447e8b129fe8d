"""``gazete manage render_pictures``: make the renditions of pictures now, outside the worker."""

from __future__ import annotations

from argparse import ArgumentParser
from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand

from gazete.media.ingest import render_picture
from gazete.media.models import Picture


class Command(BaseCommand):
    """Render pending pictures (or, with --again, every stored one) and print the counts."""

    help = (
        "Make the renditions of the pictures waiting for them, as the worker would (for a portal run "
        "without `gazete worker`, or after a restore). --again makes them anew for every picture with a "
        "stored original (after a change of rendition sizes or formats). --dry-run only counts."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--again", action="store_true", help="render ready pictures again too")
        parser.add_argument("--dry-run", action="store_true", help="count the pictures, render nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        statuses = [Picture.Status.PENDING, Picture.Status.READY] if options["again"] else [Picture.Status.PENDING]
        chosen = Picture.objects.filter(status__in=statuses).exclude(original="")
        ids = list(chosen.order_by("pk").values_list("pk", flat=True))
        if options["dry_run"]:
            self.stdout.write(f"{len(ids)} picture(s) would be rendered")
            return
        counts: Counter[str] = Counter()
        for picture_id in ids:
            Picture.objects.filter(pk=picture_id, status=Picture.Status.READY).update(status=Picture.Status.PENDING)
            picture = render_picture(picture_id)
            counts[picture.status if picture is not None else "gone"] += 1
        summary = ", ".join(f"{status} {counts[status]}" for status in ("ready", "quarantined", "gone"))
        self.stdout.write(f"{len(ids)} picture(s) rendered: {summary}")
