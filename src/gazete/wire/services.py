"""Ingest wire payloads: parse, apply the source's publish rules, store through upsert_story, quarantine.

This is the one path from raw bytes to stories, shared by ``gazete ingest``, the AA and feed
pollers and the quarantine's retry. Each story is stored in its own transaction (upsert_story is
atomic), so a process killed mid-batch leaves no half-written story, and running the batch again
finishes it without duplicates (identical versions come back ``unchanged``).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import DatabaseError, transaction

from gazete.newsroom.models import Section, Story
from gazete.newsroom.services import StoryRejected, upsert_story
from gazete.newsroom.signals import read_count_carried
from gazete.wire.models import QuarantinedPayload, WireSource
from gazete.wire.pictures import PictureFetcher, deliver_pictures
from gazete.wire.quarantine import mark_resolved, payload_hash, quarantine_payload, unresolved_hashes
from gazete.wire.rules import PublishRule, SourceRules
from gazete.wireformats import ParseError, WireStory, parse_payload
from gazete.wireformats.detect import payload_text

logger = logging.getLogger(__name__)

OUTCOMES = ("new", "updated", "unchanged", "withdrawn", "quarantined")
FILES_SOURCE_SLUG = "files"
SIDECAR_PAYLOAD_SUFFIXES = (".txt", ".xml", ".html", ".htm")

# Field limits of newsroom's models, checked up front so SQLite and PostgreSQL reject the same stories.
_LIMITS = {"headline": 400, "dateline place": 120, "agency id": 200, "version label": 20, "kind": 20}


@dataclass(frozen=True)
class EntryResult:
    """What happened to one story (entry) of a payload."""

    location: str
    entry_index: int | None
    outcome: str
    story_id: int | None = None
    reason: str | None = None
    wire: WireStory | None = None


@dataclass
class IngestCounts:
    """Running totals of a batch: new, updated, unchanged, withdrawn, quarantined."""

    counts: Counter = field(default_factory=Counter)

    def add(self, outcome: str) -> None:
        """Count one entry's outcome."""
        self.counts[outcome] += 1

    def as_dict(self) -> dict[str, int]:
        """The totals, every outcome present."""
        return {outcome: self.counts[outcome] for outcome in OUTCOMES}

    def summary(self) -> str:
        """One line for people: ``new 3, updated 1, unchanged 0, withdrawn 0, quarantined 1``."""
        return ", ".join(f"{outcome} {count}" for outcome, count in self.as_dict().items())


def storage_problem(wire: WireStory) -> str | None:
    """Why ``upsert_story`` would not store this version (the reason it would be quarantined), or None."""
    if not wire.headline or not wire.headline.strip():
        return "no headline: a story needs a headline to be stored"
    if not wire.body and not wire.withdrawn:
        return "no body text"
    values = {
        "headline": wire.headline,
        "dateline place": wire.dateline.place,
        "agency id": wire.agency_id,
        "version label": wire.version,
        "kind": wire.kind,
    }
    for name, value in values.items():
        if value and len(value) > _LIMITS[name]:
            return f"{name} longer than {_LIMITS[name]} characters"
    long_names = [name for name in wire.authors if len(name) > 120]
    if long_names:
        return f"author name longer than 120 characters: {long_names[0][:40]}…"
    return None


def files_source() -> WireSource:
    """The source whose publish rules apply to ``gazete ingest`` when no --source is given."""
    source, _ = WireSource.objects.get_or_create(
        slug=FILES_SOURCE_SLUG, defaults={"name": "Files (gazete ingest)", "kind": WireSource.Kind.FILES}
    )
    return source


class Ingestor:
    """Stores payloads of one source under its publish rules and keeps the batch's counts.

    Call :meth:`finish` at the end of a batch: a cancellation met before its story is retried then.
    The pictures a new or updated story names are fetched by ``pictures`` (files beside the payload
    and web addresses by default; the AA poller gives it its API client) and handed on with
    ``picture_delivered`` once the story is stored: a picture that fails never holds the story back.
    """

    def __init__(
        self,
        source: WireSource | None = None,
        *,
        publish: bool | None = None,
        section: Section | None = None,
        keep_read_counts: bool = False,
        pictures: PictureFetcher | None = None,
    ) -> None:
        self.source = source
        self.pictures = pictures if pictures is not None else PictureFetcher()
        self._base_dir: Path | None = None
        self._base_url: str | None = None
        self.rules = SourceRules(source)
        self.publish_override = publish
        self.section_override = section
        self.keep_read_counts = keep_read_counts
        self.counts = IngestCounts()
        self._waiting = unresolved_hashes()
        self._deferred: list[tuple[WireStory, bytes, str, str, str, int | None]] = []
        self._finishing = False

    def decide(self, wire: WireStory) -> PublishRule:
        """The publish rule for ``wire``: the source's rules, then any override given to the ingestor."""
        rule = self.rules.decide(wire)
        return PublishRule(
            publish=rule.publish if self.publish_override is None else self.publish_override,
            section=self.section_override or rule.section,
        )

    def ingest_bytes(
        self, data: bytes, *, location: str, filename: str | None = None, only_entry: int | None = None,
        base_dir: Path | None = None,
    ) -> list[EntryResult]:
        """Parse ``data`` and store each story; failures are quarantined and the rest goes on.

        Pictures named by a relative path are looked for in ``base_dir`` (the payload file's folder),
        relative addresses resolved against ``location`` when it is a web address.
        """
        self._base_dir = base_dir
        self._base_url = location if location.startswith(("http://", "https://")) else None
        results = parse_payload(data, filename=filename)
        several = len(results) > 1
        raw_text = payload_text(data) if not several else ""
        digest = payload_hash(data)
        outcomes = []
        for index, result in enumerate(results):
            entry_index = index if several else None
            if only_entry is not None and entry_index != only_entry:
                continue
            if isinstance(result, ParseError):
                outcome = self._quarantine(data, location, entry_index, str(result), result.format)
            else:
                raw = raw_text or json.dumps(result.to_json(), ensure_ascii=False)
                outcome = self._store(result, data, raw, digest, location, entry_index)
            if outcome.outcome != "deferred":
                self.counts.add(outcome.outcome)
            outcomes.append(outcome)
        return outcomes

    def finish(self) -> list[EntryResult]:
        """Apply the batch's deferred cancellations (their story may have come later in the batch)."""
        self._finishing = True
        outcomes = []
        deferred, self._deferred = self._deferred, []
        for wire, data, raw, digest, location, entry_index in deferred:
            outcome = self._store(wire, data, raw, digest, location, entry_index)
            self.counts.add(outcome.outcome)
            outcomes.append(outcome)
        return outcomes

    def ingest_file(self, path: Path, *, location: str | None = None) -> list[EntryResult]:
        """Read and ingest one file; an unreadable file is quarantined with the error."""
        where = location or str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            outcome = self._quarantine(b"", where, None, f"cannot read file: {error.strerror or error}", "")
            self.counts.add(outcome.outcome)
            return [outcome]
        return self.ingest_bytes(data, location=where, filename=path.name, base_dir=path.parent)

    def _store(
        self, wire: WireStory, data: bytes, raw: str, digest: str, location: str, entry_index: int | None
    ) -> EntryResult:
        problem = storage_problem(wire)
        if problem:
            return self._quarantine(data, location, entry_index, problem, wire.format, wire)
        rule = self.decide(wire)
        seed = self.keep_read_counts and wire.read_count is not None
        try:
            # upsert_story is atomic by itself; seeding the read count (readership receives
            # read_count_carried) joins the same transaction.
            with transaction.atomic() if seed else nullcontext():
                result = upsert_story(wire, raw_payload=raw, publish=rule.publish, section=rule.section)
                if seed and result.outcome == "new":
                    read_count_carried.send(sender=Story, story_id=result.story.pk, count=wire.read_count or 0)
        except StoryRejected as rejected:
            if wire.withdrawn and not self._finishing:
                self._deferred.append((wire, data, raw, digest, location, entry_index))
                reason = "cancellation waits for its story"
                return EntryResult(location, entry_index, "deferred", None, reason, wire)
            return self._quarantine(data, location, entry_index, str(rejected), wire.format, wire)
        except DatabaseError as error:  # a value the database refuses: keep the payload, go on with the batch
            reason = f"could not store: {type(error).__name__}: {error}".strip()
            return self._quarantine(data, location, entry_index, reason, wire.format, wire)
        if digest in self._waiting:
            mark_resolved(location=location, content_hash=digest, entry_index=entry_index,
                          story_id=result.story.pk)
        if result.outcome in ("new", "updated"):
            deliver_pictures(wire, result.story.pk, self.pictures, base_dir=self._base_dir, base_url=self._base_url)
        return EntryResult(location, entry_index, result.outcome, result.story.pk, None, wire)

    def _quarantine(
        self,
        data: bytes,
        location: str,
        entry_index: int | None,
        reason: str,
        format_name: str,
        wire: WireStory | None = None,
    ) -> EntryResult:
        item = quarantine_payload(
            data, location=location, reason=reason, source=self.source, format_name=format_name,
            entry_index=entry_index,
        )
        self._waiting.add(item.content_hash)
        entry = "" if entry_index is None else f" #{entry_index}"
        logger.warning("quarantined %s%s: %s", location, entry, reason)
        return EntryResult(location, entry_index, "quarantined", None, reason, wire)


def is_label_sidecar(path: Path) -> bool:
    """True for ``name.json`` / ``name.labels.json`` lying beside a ``name.txt`` (or .xml/.html) payload."""
    if not path.name.endswith(".json"):
        return False
    base = path.name.removesuffix(".json").removesuffix(".labels")
    return any((path.parent / f"{base}{ext}").exists() for ext in SIDECAR_PAYLOAD_SUFFIXES)


# What a folder walk passes over: notes, licences and media lying in a drop folder (README.md,
# LICENSE, photo.jpg) are not stories. Anything else is tried, and quarantined if it is no payload;
# a file named explicitly is always taken.
NOT_PAYLOAD_SUFFIXES = frozenset({".md", ".rst", ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg",
                                  ".mp3", ".mp4", ".mov", ".zip"})
NOT_PAYLOAD_NAMES = ("readme", "license", "licence", "notice", "copying")


def is_not_a_payload(path: Path) -> bool:
    """True for the documentation and media files a folder walk passes over."""
    return path.suffix.lower() in NOT_PAYLOAD_SUFFIXES or path.name.lower().startswith(NOT_PAYLOAD_NAMES)


def iter_payload_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files named, and the payload files under the folders named (sorted, hidden skipped).

    In a folder, notes, licences and media are passed over (``is_not_a_payload``), and a
    ``name.json`` or ``name.labels.json`` lying beside ``name.txt`` is a label sidecar, not a
    payload (name either explicitly to ingest it).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not child.is_file():
                    continue
                if is_not_a_payload(child) or is_label_sidecar(child):
                    continue
                yield child
        else:
            yield path


def dry_run_records(path: Path, data: bytes) -> list[dict[str, Any]]:
    """What ``ingest --dry-run --json`` prints for one file: one record per story, with ``error``."""
    records = []
    for result in parse_payload(data, filename=path.name):
        if isinstance(result, ParseError):
            records.append(_error_record(str(path), str(result)))
        else:
            records.append({"path": str(path), **result.to_json(), "error": storage_problem(result)})
    return records


def _error_record(path: str, error: str) -> dict[str, Any]:
    return {
        "path": path, "agency": None, "agency_id": None, "language": None, "headline": None, "version": None,
        "kind": None, "standfirst": None, "authors": [], "dateline": {"place": None, "agency": None},
        "body": [],
        "source": None, "published_at": None, "error": error,
    }


def unreadable_record(path: Path, error: OSError) -> dict[str, Any]:
    """The dry-run record of a file that cannot be read."""
    return _error_record(str(path), f"cannot read file: {error.strerror or error}")


def retry_quarantined(item: QuarantinedPayload) -> list[EntryResult]:
    """Try a quarantined payload again (e.g. after a parser fix); it is resolved when it goes through.

    A payload that fails again stays in the quarantine with its new reason and one more attempt.
    """
    ingestor = Ingestor(item.source)
    filename = Path(item.location).name if "://" not in item.location else None
    results = ingestor.ingest_bytes(bytes(item.raw), location=item.location, filename=filename,
                                    only_entry=item.entry_index)
    finished = ingestor.finish()
    return [result for result in results if result.outcome != "deferred"] + finished
