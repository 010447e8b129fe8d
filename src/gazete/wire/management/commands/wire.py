"""``gazete wire``: wire sources (list, add, poll now), the quarantine (list, show, retry) and counts."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from gazete.newsroom.models import Section, Story, StoryVersion
from gazete.wire.models import PublishMode, QuarantinedPayload, WireSource
from gazete.wire.services import retry_quarantined

SHOW_LIMIT = 20000


class Command(BaseCommand):
    """Manage wire sources and the quarantine from the console."""

    help = (
        "Wire sources and the quarantine. Subcommands: quarantine [--all] [--show ID] [--retry ID] "
        "[--resolve ID]; sources; add-source; poll [SLUG...]; stats."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        quarantine = sub.add_parser("quarantine", help="list quarantined payloads, show or retry one")
        quarantine.add_argument("--all", action="store_true", help="include resolved entries")
        quarantine.add_argument("--show", type=int, metavar="ID", help="print one entry with its raw payload")
        quarantine.add_argument("--retry", type=int, metavar="ID", help="parse and store the payload again")
        quarantine.add_argument("--resolve", type=int, metavar="ID", help="mark an entry resolved by hand")
        quarantine.add_argument("--json", action="store_true", help="JSON lines instead of a table")
        sub.add_parser("sources", help="list wire sources and their polling state")
        add = sub.add_parser("add-source", help="add (or update) a wire source")
        add.add_argument("kind", choices=WireSource.Kind.values)
        add.add_argument("name")
        add.add_argument("--url", default="", help="feed address; for AA an API base other than the default")
        add.add_argument("--slug", help="short name (default: from the name)")
        add.add_argument("--hold", action="store_true", help="hold new stories for an editor (else publish)")
        add.add_argument("--section", help="default section (slug)")
        add.add_argument("--interval", type=int, help="poll interval in seconds (default: AA 60, feeds 300)")
        add.add_argument("--options", default="{}", help="""JSON options, e.g. '{"filter_language": 1}'""")
        poll = sub.add_parser("poll", help="poll sources now (all enabled pollable sources by default)")
        poll.add_argument("slugs", nargs="*")
        stats = sub.add_parser("stats", help="counts of stories, versions and quarantined payloads")
        stats.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action'].replace('-', '_')}")(options)

    def _quarantine(self, options: dict[str, Any]) -> None:
        if options["show"] is not None:
            self._show(self._item(options["show"]), as_json=options["json"])
        elif options["retry"] is not None:
            self._retry(self._item(options["retry"]))
        elif options["resolve"] is not None:
            item = self._item(options["resolve"])
            QuarantinedPayload.objects.filter(pk=item.pk).update(resolved=True)
            self.stdout.write(f"#{item.pk} marked resolved")
        else:
            items = QuarantinedPayload.objects.select_related("source").order_by("-received_at", "-id")
            if not options["all"]:
                items = items.filter(resolved=False)
            for item in items:
                if options["json"]:
                    self.stdout.write(json.dumps(_summary(item), ensure_ascii=False))
                else:
                    state = "resolved" if item.resolved else f"x{item.attempts}"
                    where = item.location + ("" if item.entry_index is None else f"#{item.entry_index}")
                    when = item.received_at.strftime("%Y-%m-%d %H:%M")
                    self.stdout.write(f"#{item.pk}  {when}  {state:8}  {where}\n      {item.reason}")
            if not options["json"] and not items.exists():
                self.stdout.write("quarantine is empty")

    def _item(self, pk: int) -> QuarantinedPayload:
        try:
            return QuarantinedPayload.objects.select_related("source").get(pk=pk)
        except QuarantinedPayload.DoesNotExist:
            raise CommandError(f"no quarantined payload #{pk}") from None

    def _show(self, item: QuarantinedPayload, *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps({**_summary(item), "raw": item.raw_text()}, ensure_ascii=False))
            return
        for key, value in _summary(item).items():
            self.stdout.write(f"{key}: {value}")
        size = len(bytes(item.raw))
        shown = f", first {SHOW_LIMIT}" if size > SHOW_LIMIT else ""
        self.stdout.write(f"--- raw payload ({size} bytes{shown})")
        self.stdout.write(item.raw_text(SHOW_LIMIT))

    def _retry(self, item: QuarantinedPayload) -> None:
        results = retry_quarantined(item)
        for result in results:
            detail = f": {result.reason}" if result.reason else ""
            story = f" (story {result.story_id})" if result.story_id else ""
            self.stdout.write(f"{result.outcome}{detail}{story}")
        item.refresh_from_db()
        if item.resolved:
            self.stdout.write(f"#{item.pk} resolved")
        else:
            raise CommandError(f"#{item.pk} is still quarantined: {item.reason}")

    def _sources(self, options: dict[str, Any]) -> None:
        for source in WireSource.objects.select_related("default_section"):
            state = "on " if source.enabled else "off"
            section = source.default_section.slug if source.default_section else "-"
            polled = source.last_polled_at.strftime("%Y-%m-%d %H:%M") if source.last_polled_at else "never"
            self.stdout.write(
                f"{source.slug:20} {state} {source.kind:5} {source.publish_mode:7} section={section} "
                f"every {source.poll_interval}s, last poll {polled}"
                + (f"\n      last error: {source.last_error}" if source.last_error else "")
            )

    def _add_source(self, options: dict[str, Any]) -> None:
        try:
            extra = json.loads(options["options"])
        except json.JSONDecodeError as error:
            raise CommandError(f"--options is not JSON: {error}") from None
        kind = options["kind"]
        if kind == WireSource.Kind.FEED and not options["url"]:
            raise CommandError("a feed source needs --url")
        section = None
        if options["section"]:
            section = Section.objects.filter(slug=options["section"]).first()
            if section is None:
                raise CommandError(f"no section '{options['section']}'")
        slug = options["slug"] or slugify(options["name"]) or kind
        interval = options["interval"] or (60 if kind == WireSource.Kind.AA else 300)
        source, created = WireSource.objects.update_or_create(
            slug=slug,
            defaults={
                "name": options["name"], "kind": kind, "url": options["url"], "options": extra,
                "publish_mode": PublishMode.HOLD if options["hold"] else PublishMode.PUBLISH,
                "default_section": section, "poll_interval": interval,
            },
        )
        self.stdout.write(f"{'added' if created else 'updated'} source '{source.slug}'")

    def _poll(self, options: dict[str, Any]) -> None:
        from gazete.wire.polling import poll_source

        sources = WireSource.objects.filter(enabled=True).exclude(kind=WireSource.Kind.FILES)
        if options["slugs"]:
            sources = WireSource.objects.filter(slug__in=options["slugs"])
            missing = set(options["slugs"]) - set(sources.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"no wire source {', '.join(sorted(missing))}")
        failed = False
        for source in sources:
            report = poll_source(source)
            self.stdout.write(f"{source.slug}: {report.summary()}")
            failed = failed or bool(report.error)
        if failed:
            raise CommandError("some sources failed; see above")

    def _stats(self, options: dict[str, Any]) -> None:
        counts = {
            "stories": Story.objects.count(),
            "published": Story.objects.filter(status=Story.Status.PUBLISHED).count(),
            "held": Story.objects.filter(status=Story.Status.DRAFT).count(),
            "withdrawn": Story.objects.filter(status=Story.Status.WITHDRAWN).count(),
            "versions": StoryVersion.objects.count(),
            "empty_stories": Story.objects.filter(versions__isnull=True).count(),
            "quarantined": QuarantinedPayload.objects.filter(resolved=False).count(),
        }
        if options["json"]:
            self.stdout.write(json.dumps(counts))
        else:
            self.stdout.write(", ".join(f"{key} {value}" for key, value in counts.items()))


def _summary(item: QuarantinedPayload) -> dict[str, Any]:
    return {
        "id": item.pk,
        "source": item.source.slug if item.source else None,
        "location": item.location,
        "entry": item.entry_index,
        "format": item.format,
        "reason": item.reason,
        "received_at": item.received_at.isoformat(),
        "attempts": item.attempts,
        "resolved": item.resolved,
        "story_id": item.story_id,
    }
