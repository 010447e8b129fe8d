"""Show or change the comment policy from the command line (``gazete manage comments_policy``)."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gazete.comments.policy import current_policy, published_policy_text
from gazete.moderation.policy import ALL_CODES
from gazete.newsroom.models import Section


class Command(BaseCommand):
    """Print the policy as JSON; options change it first."""

    help = "Show or change the comment policy (rules, limits, pre-moderated sections)."

    def add_arguments(self, parser: CommandParser) -> None:
        """Options for each setting."""
        parser.add_argument("--enable", nargs="*", default=[], help="rule codes to switch on")
        parser.add_argument("--disable", nargs="*", default=[], help="rule codes to switch off")
        parser.add_argument("--min-interval", type=int, help="seconds a visitor waits between comments")
        parser.add_argument("--daily-cap", type=int, help="comments per visitor per day")
        parser.add_argument("--max-length", type=int, help="longest comment in characters")
        parser.add_argument("--premoderate", nargs="*", default=[], help="section slugs to pre-moderate")
        parser.add_argument("--postmoderate", nargs="*", default=[], help="section slugs to post-moderate")
        parser.add_argument("--premoderate-all", choices=["on", "off"], help="pre-moderate every section")
        parser.add_argument(
            "--other-language", choices=["review", "reject", "note"],
            help="comments in another script (Russian, Arabic…): hold for review, reject, or publish (note)",
        )

    def handle(self, *args: object, **options: Any) -> None:
        """Apply the options and print the resulting policy."""
        policy = current_policy()
        unknown = (set(options["enable"]) | set(options["disable"])) - ALL_CODES
        if unknown:
            raise CommandError(f"unknown rule codes: {sorted(unknown)}; known: {sorted(ALL_CODES)}")
        codes = (set(policy.enabled_codes) | set(options["enable"])) - set(options["disable"])
        policy.enabled_codes = sorted(codes)
        for option, field in (("min_interval", "min_interval_seconds"), ("daily_cap", "daily_cap"),
                              ("max_length", "max_length")):
            if options[option] is not None:
                setattr(policy, field, max(0, int(options[option])))
        if options["premoderate_all"]:
            policy.premoderate_all = options["premoderate_all"] == "on"
        if options["other_language"]:
            policy.other_language = options["other_language"]
        policy.save()
        for slug in options["premoderate"]:
            policy.premoderated_sections.add(self._section(slug))
        for slug in options["postmoderate"]:
            policy.premoderated_sections.remove(self._section(slug))
        summary = {
            "enabled_codes": policy.enabled_codes, "min_interval_seconds": policy.min_interval_seconds,
            "daily_cap": policy.daily_cap, "max_length": policy.max_length,
            "premoderate_all": policy.premoderate_all, "other_language": policy.other_language,
            "premoderated_sections": sorted(policy.premoderated_sections.values_list("slug", flat=True)),
            "policy_text_tr": published_policy_text(policy, "tr"),
            "policy_text_en": published_policy_text(policy, "en"),
        }
        self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))

    @staticmethod
    def _section(slug: str) -> Section:
        section = Section.objects.filter(slug=slug).first()
        if section is None:
            raise CommandError(f"no section {slug!r}")
        return section
