"""Tests for gazete.wire.rules: routing by agency subject and per-section publish modes."""

from __future__ import annotations

import pytest

from gazete.newsroom.services import ensure_section
from gazete.wire.models import PublishMode, SectionRule, WireSource
from gazete.wire.rules import SourceRules
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
