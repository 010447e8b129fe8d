"""Tests for newsroom.pages: what the article and home pages show, and that it is computed lazily."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from gazete.newsroom.models import Story
from gazete.newsroom.pages import HomePage, StoryPage
from gazete.newsroom.services import ensure_section, upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def test_history_lists_headline_and_paragraph_changes_per_version() -> None:
    story = upsert_story(wire_story(paragraphs=("One.", "Two.")), now=T0).story
    upsert_story(wire_story(version="UPDATE", headline="Test story: the council approves two parks",
                            paragraphs=("One.", "Two and a half.")), now=T0 + timedelta(hours=1))
    upsert_story(wire_story(version="UPDATE 2", headline="Test story: the council approves two parks",
                            paragraphs=("One.", "Two and a half.", "Three.")), now=T0 + timedelta(hours=2))
    story.refresh_from_db()
    page = StoryPage(story, "en")
    assert [e.version.label for e in page.history] == ["UPDATE", "UPDATE 2"]
    first, second = page.history
    assert first.headline_before == "Test story: the council approves a new park"
    assert first.changes[0]["kind"] == "changed"
    assert first.changes[0]["runs"] == [("delete", "Two."), ("insert", "Two and a half.")]
    assert second.headline_before is None and second.changes == [{"kind": "added", "before": None, "after": "Three."}]
    assert page.first_version.label == "" and page.version_label == "UPDATE 2"


def test_dateline_goes_on_the_first_paragraph_not_a_subhead() -> None:
    story = upsert_story(wire_story(place="ANKARA")).story
    story.body = [{"type": "subhead", "text": "Opening"}, {"type": "paragraph", "text": "Text."}]
    page = StoryPage(story, "tr")
    assert [b["dateline"] for b in page.blocks] == [False, True]
    assert page.dateline == "ANKARA (AA)"


def test_pages_run_no_query_until_read() -> None:
    story = upsert_story(wire_story()).story
    with CaptureQueriesContext(connection) as queries:
        StoryPage(story, "tr")
        HomePage()
    assert len(queries) == 0


def stored(n: int, headline: str, when: datetime, *, section: str | None = None, keywords: tuple[str, ...] = (),
           paragraphs: tuple[str, ...] = ("Text of the story.",)) -> Story:
    """Store a story written for these tests, published at ``when``."""
    wire = wire_story(headline=headline, agency_id=f"related:{n}", published_at=when, keywords=keywords,
                      paragraphs=paragraphs)
    return upsert_story(wire, section=ensure_section(section) if section else None, now=when).story


def test_related_stories_score_a_shared_tag_3_a_shared_name_2_the_section_1() -> None:
    story = stored(1, "Test story: NATO ministers meet in Brussels", T0, section="Dünya", keywords=("defence",),
                   paragraphs=("BRUSSELS - The ministers met at NATO headquarters.",))
    by_tag = stored(2, "Test story: budgets grow", T0 + timedelta(hours=9), keywords=("defence",))
    by_names = stored(3, "Test story: Brussels talks before the NATO vote", T0 + timedelta(hours=8), section="Ekonomi")
    by_one_name = stored(4, "Test story: a NATO exercise ends", T0 + timedelta(days=3))
    by_section = stored(5, "Test story: elections abroad", T0 - timedelta(hours=1), section="Dünya")
    stored(6, "Test story: a cooking contest", T0 + timedelta(minutes=5), section="Yaşam")
    page = StoryPage(story, "en")
    assert page.names == frozenset({"nato", "brussels"})
    assert page.related == [by_names, by_tag, by_one_name, by_section]  # 4, 3, 2, 1


def test_related_stories_are_published_ones_only() -> None:
    story = stored(1, "Test story: NATO ministers meet", T0, keywords=("defence",))
    withdrawn = stored(2, "Test story: NATO withdrawn", T0 + timedelta(hours=1), keywords=("defence",))
    Story.objects.filter(pk=withdrawn.pk).update(status=Story.Status.WITHDRAWN)
    future = stored(3, "Test story: NATO later", T0 + timedelta(hours=2), keywords=("defence",))
    Story.objects.filter(pk=future.pk).update(published_at=timezone.now() + timedelta(days=1))
    draft = stored(4, "Test story: NATO draft", T0 + timedelta(hours=3), keywords=("defence",))
    Story.objects.filter(pk=draft.pk).update(status=Story.Status.DRAFT)
    shown = stored(5, "Test story: NATO shown", T0 + timedelta(hours=4), keywords=("defence",))
    assert StoryPage(story, "en").related == [shown]


def test_reading_time_counts_the_standfirst_and_body() -> None:
    story = stored(1, "Test story: a long read", T0, paragraphs=tuple(" ".join(["word"] * 100) for _ in range(5)))
    assert StoryPage(story, "en").reading_minutes == 3  # 500 body words and a short standfirst, at 200 a minute
    assert StoryPage(stored(2, "Test story: short", T0), "en").reading_minutes == 1


def test_the_share_address_is_the_full_canonical_one() -> None:
    story = stored(1, "Test story: shared", T0)
    assert StoryPage(story, "en").share_url == f"{settings.SITE_URL}{story.get_absolute_url()}"


def orm_candidate_ids(story: Story, tag_ids: list[int]) -> set[int]:
    """The related candidates' ids as the ORM chose them before ``candidate_ids_sql`` (the reference)."""
    from django.db.models import Q

    from gazete.newsroom.pages import RELATED_BY_TIME, RELATED_IN_SECTION, RELATED_TAG_LINKS

    published = Story.objects.published().exclude(pk=story.pk)
    chosen = Q(pk__in=[])
    if tag_ids:
        links = Story.tags.through.objects.filter(tag_id__in=tag_ids)
        before = links.filter(story_id__lt=story.pk).order_by("-story_id").values("id")[:RELATED_TAG_LINKS]
        after = links.filter(story_id__gt=story.pk).order_by("story_id").values("id")[:RELATED_TAG_LINKS]
        chosen |= Q(pk__in=Story.tags.through.objects.filter(Q(id__in=before) | Q(id__in=after)).values("story_id"))
    around = [(published, RELATED_BY_TIME)]
    if story.section_id is not None:
        around.append((published.filter(section_id=story.section_id), RELATED_IN_SECTION))
    when = story.published_at
    for stories, reach in around:
        earlier = stories if when is None else stories.filter(published_at__lte=when)
        chosen |= Q(pk__in=earlier.order_by("-published_at", "-id").values("id")[:reach])
        if when is not None:
            later = stories.filter(published_at__gt=when).order_by("published_at", "id")
            chosen |= Q(pk__in=later.values("id")[:reach])
    return set(Story.objects.filter(chosen).values_list("id", flat=True))


def test_the_written_sql_chooses_the_same_candidates_as_the_orm_did(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.db.models.expressions import RawSQL

    from gazete.newsroom import pages

    monkeypatch.setattr(pages, "RELATED_BY_TIME", 7)  # reaches smaller than the archive, so the limits bite
    monkeypatch.setattr(pages, "RELATED_TAG_LINKS", 5)
    sections, keywords = ["Dünya", "Ekonomi", None], [("defence",), ("trade", "defence"), (), ("trade",)]
    archive = [stored(n, f"Test story {n}: NATO and trade", T0 + timedelta(hours=n % 13, minutes=n),
                      section=sections[n % 3], keywords=keywords[n % 4]) for n in range(40)]
    Story.objects.filter(pk__in=[s.pk for s in archive[5:9]]).update(status=Story.Status.WITHDRAWN)
    Story.objects.filter(pk__in=[s.pk for s in archive[9:11]]).update(published_at=timezone.now() + timedelta(days=1))
    Story.objects.filter(pk=archive[11].pk).update(published_at=archive[12].published_at)  # a tie in time
    Story.objects.filter(pk=archive[13].pk).update(published_at=None, status=Story.Status.DRAFT)
    sizes = set()
    for story in Story.objects.filter(pk__in=[s.pk for s in archive]):
        tag_ids = list(story.tags.values_list("pk", flat=True))
        sql, params = pages.candidate_ids_sql(story, tag_ids)
        written = set(Story.objects.filter(pk__in=RawSQL(sql, params)).values_list("id", flat=True))  # noqa: S611
        assert written == orm_candidate_ids(story, tag_ids), story.headline
        sizes.add(len(written))
    assert len(sizes) > 3 and max(sizes) < len(archive) - 1  # the reaches and the tags choose, not the whole archive


def orm_neighbours(story: Story) -> tuple[Story | None, Story | None]:
    """The previous and next stories as the ORM found them before ``neighbour_ids_sql`` (the reference)."""
    from django.db.models import Q

    stories = Story.objects.published()
    stories = stories.filter(section__isnull=True) if story.section_id is None else stories.filter(
        section_id=story.section_id)
    when = story.published_at
    before = Q(published_at__lt=when) | Q(published_at=when, id__lt=story.pk)
    after = Q(published_at__gt=when) | Q(published_at=when, id__gt=story.pk)
    return (stories.filter(before).order_by("-published_at", "-id").first(),
            stories.filter(after).order_by("published_at", "id").first())


def test_previous_and_next_are_the_stories_the_orm_found_ties_and_all() -> None:
    sections = ["Dünya", "Ekonomi", None]
    archive = [stored(n, f"Test story {n}: the harbour", T0 + timedelta(hours=n % 7), section=sections[n % 3])
               for n in range(24)]  # several stories share each time: ties are broken by id
    Story.objects.filter(pk__in=[s.pk for s in archive[3:5]]).update(status=Story.Status.WITHDRAWN)
    Story.objects.filter(pk=archive[6].pk).update(published_at=timezone.now() + timedelta(days=1))
    checked = 0
    for story in Story.objects.published().filter(pk__in=[s.pk for s in archive]):
        page = StoryPage(story, "en")
        expected = orm_neighbours(story)
        assert (page.previous_story, page.next_story) == expected, story.headline
        checked += sum(found is not None for found in expected)
    assert checked > 20
