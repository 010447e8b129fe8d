"""Tests for gazete.wire.rules: routing by agency subject and per-section publish modes."""

from __future__ import annotations

import pytest

from gazete.newsroom.services import ensure_section
from gazete.wire.models import CategoryMapping, PublishMode, SectionRule, WireSource
from gazete.wire.rules import SourceRules, category_keys
from gazete.wireformats.model import Block, WireStory

pytestmark = pytest.mark.django_db


def _story(*subjects: str) -> WireStory:
    return WireStory(format="test", headline="A test headline", body=(Block("paragraph", "Text."),),
                     subjects=subjects)


def test_without_a_source_stories_are_published_without_a_section() -> None:
    decision = SourceRules(None).decide(_story("Spor"))
    assert decision.publish and decision.section is None


def test_subject_routes_to_a_section_case_insensitively_and_takes_its_mode() -> None:
    sport, economy, world = ensure_section("Spor"), ensure_section("Ekonomi"), ensure_section("Dünya")
    source = WireSource.objects.create(name="AA", slug="aa", kind="aa", default_section=world)
    SectionRule.objects.create(source=source, section=sport, subjects="spor, Sports", order=1)
    SectionRule.objects.create(source=source, section=economy, subjects="Ekonomi", publish_mode="hold",
                               order=2)
    rules = SourceRules(source)
    assert rules.decide(_story("SPORTS")).section == sport and rules.decide(_story("Spor")).publish
    held = rules.decide(_story("Ekonomi"))
    assert held.section == economy and not held.publish
    fallback = rules.decide(_story("Kültür"))
    assert fallback.section == world and fallback.publish


def test_a_rule_without_subjects_only_sets_the_mode_of_its_section() -> None:
    politics = ensure_section("Politika")
    source = WireSource.objects.create(name="AA", slug="aa", kind="aa", default_section=politics,
                                       publish_mode=PublishMode.PUBLISH)
    SectionRule.objects.create(source=source, section=politics, publish_mode="hold")
    decision = SourceRules(source).decide(_story())
    assert decision.section == politics and not decision.publish


def test_held_source_with_a_publishing_section() -> None:
    sport = ensure_section("Spor")
    source = WireSource.objects.create(name="AA", slug="aa", kind="aa", publish_mode=PublishMode.HOLD)
    SectionRule.objects.create(source=source, section=sport, subjects="Spor", publish_mode="publish")
    rules = SourceRules(source)
    assert rules.decide(_story("Spor")).publish
    assert not rules.decide(_story("Genel")).publish


def _coded(*codes: str, subjects: tuple[str, ...] = ()) -> WireStory:
    return WireStory(format="test", headline="A test headline", body=(Block("paragraph", "Text."),),
                     subject_codes=codes, subjects=subjects)


def test_category_keys_add_the_iptc_top_level() -> None:
    assert category_keys(_coded("subj:15054000", "medtop:20000822", "aacat:2", subjects=("Spor",))) == [
        "subj:15054000", "subj:15000000", "medtop:20000822", "medtop:20000000", "aacat:2", "spor"]


def test_category_table_routes_aa_and_iptc_codes_to_the_portals_sections() -> None:
    sport, economy = ensure_section("Spor"), ensure_section("Ekonomi")
    source = WireSource.objects.create(name="Wire", slug="wire", kind="files")
    rules = SourceRules(source)
    assert rules.decide(_coded("aacat:2")).section == sport  # shipped default
    assert rules.decide(_coded("subj:04016000")).section == economy  # narrower subject code, its top level
    assert rules.decide(_coded("medtop:15000000")).section == sport
    assert rules.decide(_coded(subjects=("Economy",))).section == economy
    assert rules.decide(_coded("aacat:1")).section is None  # gundem: not a section of this portal


def test_source_rules_come_first_then_the_table_then_the_default_section() -> None:
    sport, world, culture = ensure_section("Spor"), ensure_section("Dünya"), ensure_section("Kültür")
    source = WireSource.objects.create(name="Wire", slug="wire", kind="files", default_section=world)
    SectionRule.objects.create(source=source, section=culture, subjects="Spor")
    rules = SourceRules(source)
    assert rules.decide(_coded("aacat:2", subjects=("Spor",))).section == culture
    assert rules.decide(_coded("aacat:2")).section == sport
    assert rules.decide(_coded("subj:01000000")).section == world


def test_the_desk_edits_the_table_lowest_order_wins_and_disabled_rows_are_skipped() -> None:
    sport, culture = ensure_section("Spor"), ensure_section("Kültür")
    CategoryMapping.objects.create(code="medtop:01000000", section_slug="kultur", order=5)
    CategoryMapping.objects.filter(code="aacat:2").update(enabled=False)
    source = WireSource.objects.create(name="Wire", slug="wire", kind="files")
    rules = SourceRules(source)
    assert rules.decide(_coded("medtop:15000000", "medtop:01000000")).section == culture
    assert rules.decide(_coded("aacat:2")).section is None
    assert sport.slug == "spor"
