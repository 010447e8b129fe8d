"""Publish rules: which section a source's story goes to, and whether it is published or held."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazete.newsroom.models import Section
from gazete.wire.models import CategoryMapping, PublishMode, SectionRule, WireSource
from gazete.wireformats.model import WireStory

# IPTC codes with eight digits (subject codes, media topics): the first two digits are the top level.
_IPTC_CODE_RE = re.compile(r"^(?P<scheme>subj|medtop|iptc|subjectcode|mediatopic):(?P<top>\d{2})\d{6}$")


def category_keys(wire: WireStory) -> list[str]:
    """The keys a story's categories are looked up by: codes, their IPTC top level, then names (case-folded)."""
    keys: list[str] = []
    for code in wire.subject_codes:
        folded = code.strip().casefold()
        keys.append(folded)
        match = _IPTC_CODE_RE.match(folded)
        if match:
            keys.append(f"{match.group('scheme')}:{match.group('top')}000000")
    keys.extend(subject.strip().casefold() for subject in wire.subjects)
    return [key for key in keys if key]


class CategoryTable:
    """The desk's table of agency categories to sections, loaded once per batch."""

    def __init__(self) -> None:
        mappings = list(CategoryMapping.objects.filter(enabled=True))
        by_slug = {section.slug: section for section in
                   Section.objects.filter(slug__in={mapping.section_slug for mapping in mappings})}
        self.sections: dict[str, tuple[int, Section]] = {
            mapping.code.strip().casefold(): (mapping.order, by_slug[mapping.section_slug])
            for mapping in mappings if mapping.section_slug in by_slug
        }

    def section_for(self, wire: WireStory) -> Section | None:
        """Return the section of the story's best-placed category (lowest order), or None."""
        found = [self.sections[key] for key in category_keys(wire) if key in self.sections]
        return min(found, key=lambda pair: pair[0])[1] if found else None


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
        self.categories = CategoryTable() if source else None

    def decide(self, wire: WireStory) -> PublishRule:
        """Route ``wire`` by the source's rules, then the category table, then the source's default section.

        The section's publish mode applies (else the source's).
        """
        subjects = {subject.strip().casefold() for subject in wire.subjects}
        section = None
        for rule in self.rules:
            if subjects & rule.subject_set():
                section = rule.section
                break
        if section is None and self.categories is not None:
            section = self.categories.section_for(wire)
        if section is None and self.source is not None:
            section = self.source.default_section
        mode = self.source.publish_mode if self.source is not None else PublishMode.PUBLISH
        if section is not None:
            for rule in self.rules:
                if rule.section_id == section.pk and rule.publish_mode:
                    mode = rule.publish_mode
                    break
        return PublishRule(publish=mode == PublishMode.PUBLISH, section=section)
