"""``gazete manage compile_translations``: compile the .po catalogues to .mo without GNU gettext."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from gazete.newsroom.msgfmt import PoSyntaxError, compile_po, mo_bytes, parse_po, po_files


class Command(BaseCommand):
    """Compile every catalogue under LOCALE_PATHS (pure Python; GNU msgfmt is not needed)."""

    help = "Compile the .po translation catalogues under LOCALE_PATHS to .mo files (pure Python)."

    def add_arguments(self, parser) -> None:  # type: ignore[no-untyped-def]
        parser.add_argument("--check", action="store_true", help="only report catalogues whose .mo is out of date")

    def handle(self, *args: object, **options: object) -> None:
        stale = compiled = 0
        for po_path in po_files([Path(p) for p in settings.LOCALE_PATHS]):
            try:
                if options["check"]:
                    mo_path = po_path.with_suffix(".mo")
                    fresh = mo_bytes(parse_po(po_path.read_text("utf-8"), str(po_path)))
                    if not mo_path.exists() or mo_path.read_bytes() != fresh:
                        stale += 1
                        self.stdout.write(f"out of date: {mo_path}")
                    continue
                compile_po(po_path)
                compiled += 1
            except PoSyntaxError as exc:
                raise CommandError(str(exc)) from None
        if options["check"]:
            if stale:
                raise CommandError(f"{stale} catalogue(s) out of date: run gazete manage compile_translations")
            self.stdout.write("translations: every .mo is up to date")
        else:
            self.stdout.write(f"translations: {compiled} catalogue(s) compiled")
