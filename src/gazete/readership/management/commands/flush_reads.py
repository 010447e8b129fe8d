"""``gazete flush_reads``: move buffered read counts into the database now."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from gazete.readership.services import flush_pending


class Command(BaseCommand):
    """Flush the read buffer (Redis or the local SQLite file) into the database."""

    help = "Move buffered read counts into the database now (idempotent; safe beside the worker)."

    def add_arguments(self, parser) -> None:  # type: ignore[no-untyped-def]
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args: object, **options: object) -> None:
        result = flush_pending()
        if options["json"]:
            self.stdout.write(json.dumps({"batches": result.batches, "reads": result.reads,
                                          "skipped_batches": result.skipped_batches}))
        else:
            skipped = f" ({result.skipped_batches} already applied)" if result.skipped_batches else ""
            self.stdout.write(f"flushed {result.reads} reads in {result.batches} batches{skipped}")
