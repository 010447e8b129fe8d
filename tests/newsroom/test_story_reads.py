"""Tests for newsroom.story_reads: each written statement returns what the ORM query it replaced did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db.models import Q
from django.utils import timezone

from gazete.newsroom import story_reads
from gazete.newsroom.models import Correction, Section, Story, StoryVersion
from gazete.newsroom.services import ensure_section, upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def fields(instance: object) -> dict[str, object]:
    """An instance's loaded field values (deferred ones left out), to compare with the ORM's."""
    return {f.attname: instance.__dict__[f.attname] for f in instance._meta.concrete_fields  # type: ignore[attr-defined]
            if f.attname in instance.__dict__}


def stories() -> dict[str, Story]:
    """A story with a byline of three, tags, two versions and corrections; one without a section; others."""
    world = ensure_section("Dünya", name_en="World")
    ensure_section("Ekonomi")
    main = upsert_story(wire_story(
        headline="Test story: the port opens", agency_id="reads:1", authors=("Zeynep Test", "Ali Test", "Can Test"),
        keywords=("port", "ship", "Another"), published_at=T0,
    ), section=world, now=T0).story
    upsert_story(wire_story(
        headline="Test story: the port opens a quay", agency_id="reads:1", version="UPDATE",
        authors=("Zeynep Test", "Ali Test", "Can Test"), keywords=("port", "ship", "Another"),
    ), section=world, now=T0 + timedelta(hours=1))
    Correction.objects.create(story=main, text="Second.", created_at=T0 + timedelta(hours=3))
    Correction.objects.create(story=main, text="First.", created_at=T0 + timedelta(hours=2))
    plain = upsert_story(wire_story(headline="Test story: no section", agency_id="reads:2", authors=(),
                                    published_at=T0 + timedelta(hours=2)), now=T0 + timedelta(hours=2)).story
    later = upsert_story(wire_story(headline="Test story: not yet", agency_id="reads:3",
                                    published_at=timezone.now() + timedelta(days=1)), section=world).story
    withdrawn = upsert_story(wire_story(headline="Test story: withdrawn", agency_id="reads:4", published_at=T0),
                             now=T0).story
    Story.objects.filter(pk=withdrawn.pk).update(status=Story.Status.WITHDRAWN)
    return {"main": main, "plain": plain, "later": later, "withdrawn": withdrawn}


def test_a_visible_story_is_read_whole_with_its_section() -> None:
    found = stories()
    visible = Q(status=Story.Status.PUBLISHED, published_at__lte=timezone.now()) | Q(status=Story.Status.WITHDRAWN)
    for story in found.values():
        expected = Story.objects.select_related("section").filter(visible, pk=story.pk).first()
        actual = story_reads.visible_story(story.pk)
        if expected is None:
            assert actual is None
            continue
        assert actual is not None and fields(actual) == fields(expected)
        assert actual.section == expected.section
        if expected.section is not None:
            assert fields(actual.section) == fields(expected.section)
    assert story_reads.visible_story(found["later"].pk) is None
    assert story_reads.visible_story(found["withdrawn"].pk) is not None


def test_cards_are_the_published_stories_among_the_ids_without_their_body() -> None:
    found = stories()
    ids = [story.pk for story in found.values()]
    expected = Story.objects.published().select_related("section").defer("body").in_bulk(ids)
    actual = story_reads.published_cards(ids)
    assert sorted(actual) == sorted(expected) == sorted([found["main"].pk, found["plain"].pk])
    for pk, story in actual.items():
        assert fields(story) == fields(expected[pk]) and "body" not in story.__dict__
        assert story.section == expected[pk].section
    assert story_reads.published_cards([]) == {}


def test_byline_tags_versions_and_corrections_come_in_the_orms_order() -> None:
    main = stories()["main"]
    links = Story.authors.through.objects.filter(story_id=main.pk).select_related("author").order_by("id")
    assert story_reads.byline(main.pk) == [link.author for link in links]
    assert [a.name for a in story_reads.byline(main.pk)] == ["Zeynep Test", "Ali Test", "Can Test"]
    assert story_reads.story_tags(main.pk) == list(main.tags.all())
    expected_versions = list(main.versions.filter(pending_review=False).order_by("rank", "received_at", "id")
                             .defer("raw_payload"))
    actual_versions = story_reads.shown_versions(main.pk)
    assert [fields(v) for v in actual_versions] == [fields(v) for v in expected_versions]
    assert len(actual_versions) == 2 and "raw_payload" not in actual_versions[0].__dict__
    StoryVersion.objects.filter(pk=actual_versions[1].pk).update(pending_review=True)
    assert story_reads.shown_versions(main.pk) == actual_versions[:1]
    assert [c.text for c in story_reads.corrections(main.pk)] == ["First.", "Second."]
    assert story_reads.corrections(main.pk) == list(main.corrections.all())


def test_menu_sections_and_breaking_stories_are_the_orms() -> None:
    found = stories()
    Section.objects.filter(name="Ekonomi").update(order=1)
    assert story_reads.menu_sections() == list(Section.objects.all())
    until = timezone.now() + timedelta(hours=1)
    Story.objects.filter(pk__in=[found["main"].pk, found["plain"].pk, found["withdrawn"].pk]).update(
        breaking_until=until)
    expected = list(Story.objects.published().filter(breaking_until__gt=timezone.now()).slot_holders()[:3])
    assert story_reads.breaking_stories(3) == expected == [found["plain"], found["main"]]
    assert story_reads.breaking_stories(1) == [found["plain"]]


def test_samples_leave_the_breaking_bar_once_a_real_story_is_published() -> None:
    found = stories()
    Story.objects.filter(pk=found["plain"].pk).update(breaking_until=timezone.now() + timedelta(hours=1),
                                                      is_sample=True)
    assert story_reads.breaking_stories(3) == []  # the other published stories are real
    Story.objects.exclude(pk=found["plain"].pk).update(is_sample=True)
    assert story_reads.breaking_stories(3) == [found["plain"]]

