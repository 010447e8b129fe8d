"""``gazete ingest PATH...``: store wire files and folders, or show what would be stored (--dry-run)."""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gazete.newsroom.invalidation import batched_invalidation
from gazete.newsroom.models import Section
from gazete.wire.models import WireSource
from gazete.wire.services import (
    EntryResult,
    Ingestor,
    dry_run_records,
    files_source,
    iter_payload_files,
    unreadable_record,
)

PROGRESS_MIN_FILES = 20


class Command(BaseCommand):
    """Ingest agency payloads (page text, NewsML-G2, ninjs, RSS/Atom) from files and folders."""

    help = (
        "Store wire files and folders (recursive) through the same service the pollers use, and print the "
        "counts: new, updated, unchanged, withdrawn, quarantined. --dry-run --json prints, per story, the "
        "parsed fields plus 'path' and 'error' (null, or why it would be quarantined) and stores nothing."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("paths", nargs="+", help="files or folders (folders are read recursively)")
        parser.add_argument("--dry-run", action="store_true", help="parse only: store nothing")
        parser.add_argument("--json", action="store_true",
                            help="JSON output: one object per story (dry run), else the counts")
        parser.add_argument("--source", metavar="SLUG",
                            help="apply this wire source's publish rules (default: the 'files' source)")
        parser.add_argument("--section", metavar="SLUG", help="put every story in this section")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--publish", dest="publish", action="store_const", const=True,
                          help="publish new stories at once, whatever the source's rule")
        mode.add_argument("--hold", dest="publish", action="store_const", const=False,
                          help="hold new stories as drafts for an editor, whatever the source's rule")
        parser.add_argument("--keep-read-counts", action="store_true",
                            help="start each new story's read counter at the count its page showed")
        bar = parser.add_mutually_exclusive_group()
        bar.add_argument("--progress", dest="progress", action="store_const", const=True,
                         help="always show the progress bar")
        bar.add_argument("--no-progress", dest="progress", action="store_const", const=False,
                         help="never show the progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        missing = [path for path in options["paths"] if not Path(path).exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        files = list(iter_payload_files(options["paths"]))
        if options["dry_run"]:
            self._dry_run(files, as_json=options["json"])
            return
        ingestor = Ingestor(
            self._source(options["source"]),
            publish=options["publish"],
            section=self._section(options["section"]),
            keep_read_counts=options["keep_read_counts"],
        )
        show_bar = options["progress"]
        if show_bar is None:
            show_bar = sys.stderr.isatty() and len(files) >= PROGRESS_MIN_FILES
        verbose = options["verbosity"] >= 2
        with batched_invalidation():
            for path in tqdm(files, file=sys.stderr, disable=not show_bar, unit="file", desc="ingest"):
                results = ingestor.ingest_file(path)
                if verbose:
                    self._report(results)
            finished = ingestor.finish()
        if verbose:
            self._report(finished)
        if options["json"]:
            self.stdout.write(json.dumps({"files": len(files), **ingestor.counts.as_dict()}))
        else:
            self.stdout.write(f"ingested {len(files)} files: {ingestor.counts.summary()}")

    def _report(self, results: list[EntryResult]) -> None:
        for result in results:
            where = result.location + ("" if result.entry_index is None else f"#{result.entry_index}")
            detail = f" ({result.reason})" if result.reason else ""
            self.stdout.write(f"{result.outcome}: {where}{detail}")
        self.stdout.flush()

    def _dry_run(self, files: list[Path], *, as_json: bool) -> None:
        for path in files:
            try:
                records = dry_run_records(path, path.read_bytes())
            except OSError as error:
                records = [unreadable_record(path, error)]
            for record in records:
                if as_json:
                    self.stdout.write(json.dumps(record, ensure_ascii=False))
                else:
                    label = " ".join(filter(None, [record["version"], record["kind"]]))
                    status = f"would quarantine: {record['error']}" if record["error"] else "ok"
                    headline = record["headline"] or "(no headline)"
                    self.stdout.write(f"{path}: {label + ' - ' if label else ''}{headline} [{status}]")

    def _source(self, slug: str | None) -> WireSource:
        if not slug:
            return files_source()
        try:
            return WireSource.objects.get(slug=slug)
        except WireSource.DoesNotExist:
            known = ", ".join(WireSource.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no wire source '{slug}' (known: {known})") from None

    def _section(self, slug: str | None) -> Section | None:
        if not slug:
            return None
        section = Section.objects.filter(slug=slug).first()
        section = section or Section.objects.filter(name__iexact=slug).first()
        if section is None:
            raise CommandError(f"no section '{slug}'")
        return section
