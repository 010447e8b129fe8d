"""Publish rules: which section a source's story goes to, and whether it is published or held."""

from __future__ import annotations

from dataclasses import dataclass

from gazete.newsroom.models import Section
from gazete.wire.models import PublishMode, SectionRule, WireSource
from gazete.wireformats.model import WireStory


@dataclass(frozen=True)
class PublishRule:
    """The decision for one story: publish at once (else hold as a draft) in this section."""

    publish: bool
    section: Section | None


class SourceRules:
    """A source's publish mode, default section and section rules, loaded once per batch."""

    def __init__(self, source: WireSource | None) -> None:
        self.source = source
        self.rules: list[SectionRule] = (
            list(source.section_rules.select_related("section").order_by("order", "id")) if source else []
        )

    def decide(self, wire: WireStory) -> PublishRule:
        """Route ``wire`` by its agency subjects, then take the section's publish mode (else the source's)."""
        subjects = {subject.strip().casefold() for subject in wire.subjects}
        section = None
        for rule in self.rules:
            if subjects & rule.subject_set():
                section = rule.section
                break
        if section is None and self.source is not None:
            section = self.source.default_section
        mode = self.source.publish_mode if self.source is not None else PublishMode.PUBLISH
        if section is not None:
            for rule in self.rules:
                if rule.section_id == section.pk and rule.publish_mode:
                    mode = rule.publish_mode
                    break
        return PublishRule(publish=mode == PublishMode.PUBLISH, section=section)
