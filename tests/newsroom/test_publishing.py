"""Tests for newsroom.publishing: publish, schedule, unpublish, withdraw, the provenance guard,
desk edits as revisions, restore, held wire updates, corrections and the story_changed signal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from gazete.newsroom import publishing
from gazete.newsroom.models import Correction, Section, Story, StoryRevision
from gazete.newsroom.publishing import StoryText
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.services import upsert_story
from gazete.newsroom.signals import story_changed
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


@pytest.fixture
def placeholder_draft() -> Story:
    wire = wire_story(agency=None, agency_id="x:1", credit_placeholder=True)
    story = upsert_story(wire, publish=False).story
    assert story.source == ""
    return story


@pytest.fixture
def signals() -> Iterator[list[tuple[int, str]]]:
    sent: list[tuple[int, str]] = []

    def receiver(sender: object, story: Story, outcome: str, **kwargs: object) -> None:
        sent.append((story.pk, outcome))

    story_changed.connect(receiver, dispatch_uid="test-publishing-signals")
    yield sent
    story_changed.disconnect(dispatch_uid="test-publishing-signals")


def edited_text(story: Story, **changes: object) -> StoryText:
    text = StoryText.of(story)
    return StoryText(**{**text.__dict__, **changes})


def test_publish_now_makes_a_draft_visible_and_signals_after_commit(
    draft: Story, signals: list, django_capture_on_commit_callbacks
) -> None:
    assert not Story.objects.published().filter(pk=draft.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        publishing.publish_now(draft)
    assert Story.objects.published().filter(pk=draft.pk).exists()
    assert signals == [(draft.pk, "published")]


def test_publishing_twice_is_refused(draft: Story) -> None:
    publishing.publish_now(draft)
    with pytest.raises(Refusal, match="already published"):
        publishing.publish_now(draft)


@pytest.mark.parametrize("credit", ["", "Source of News", "Kaynak: Source of News", "  source of news. "])
def test_provenance_guard_refuses_missing_or_placeholder_credit(draft: Story, credit: str) -> None:
    Story.objects.filter(pk=draft.pk).update(source=credit)
    draft.refresh_from_db()
    with pytest.raises(Refusal) as refusal:
        publishing.publish_now(draft)
    assert "source" in refusal.value.reason.lower()
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT


def test_provenance_guard_also_refuses_scheduling(placeholder_draft: Story) -> None:
    with pytest.raises(Refusal, match="no source credit"):
        publishing.schedule(placeholder_draft, timezone.now() + timedelta(minutes=5))


def test_real_credit_passes_the_guard(draft: Story) -> None:
    assert draft.source == "Anadolu Agency"
    assert publishing.provenance_problem(draft) is None
    assert publishing.is_placeholder_credit("Haber Kaynağı")
    assert not publishing.is_placeholder_credit("Reuters")


def test_editor_can_fix_the_credit_then_publish(placeholder_draft: Story) -> None:
    publishing.save_desk_edit(placeholder_draft, edited_text(placeholder_draft, source="Anadolu Ajansı"))
    placeholder_draft.refresh_from_db()
    publishing.publish_now(placeholder_draft)
    assert Story.objects.published().filter(pk=placeholder_draft.pk).exists()


def test_schedule_then_publish_due_stories_publishes_at_the_time(
    draft: Story, signals: list, django_capture_on_commit_callbacks
) -> None:
    now = timezone.now()
    when = now + timedelta(minutes=10)
    publishing.schedule(draft, when, now=now)
    draft.refresh_from_db()
    assert draft.status == Story.Status.SCHEDULED and draft.published_at == when
    assert publishing.publish_due_stories(now=now + timedelta(minutes=9)) == []
    with django_capture_on_commit_callbacks(execute=True):
        published = publishing.publish_due_stories(now=now + timedelta(minutes=10, seconds=1))
    assert [s.pk for s in published] == [draft.pk]
    draft.refresh_from_db()
    assert draft.status == Story.Status.PUBLISHED and draft.published_at == when
    assert signals == [(draft.pk, "published")]
    assert publishing.publish_due_stories(now=now + timedelta(minutes=11)) == []


def test_scheduling_in_the_past_is_refused(draft: Story) -> None:
    with pytest.raises(Refusal, match="already passed"):
        publishing.schedule(draft, timezone.now() - timedelta(seconds=1))


def test_a_due_story_that_lost_its_credit_goes_back_to_draft(draft: Story) -> None:
    now = timezone.now()
    publishing.schedule(draft, now + timedelta(minutes=1), now=now)
    Story.objects.filter(pk=draft.pk).update(source="Source of News")
    assert publishing.publish_due_stories(now=now + timedelta(minutes=2)) == []
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT


def test_unpublish_takes_it_off_the_site_and_off_the_front_page(
    draft: Story, signals: list, django_capture_on_commit_callbacks
) -> None:
    publishing.publish_now(draft)
    publishing.set_lead(draft, True)
    with django_capture_on_commit_callbacks(execute=True):
        publishing.unpublish(draft)
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT and not draft.is_lead
    assert ("unpublished" in [outcome for _, outcome in signals])
    with pytest.raises(Refusal):
        publishing.unpublish(draft)


def test_withdraw_needs_a_reason_and_keeps_it(
    draft: Story, signals: list, django_capture_on_commit_callbacks
) -> None:
    publishing.publish_now(draft)
    with pytest.raises(Refusal, match="reason"):
        publishing.withdraw(draft, "   ")
    with django_capture_on_commit_callbacks(execute=True):
        publishing.withdraw(draft, "The agency withdrew the figures.")
    draft.refresh_from_db()
    assert draft.status == Story.Status.WITHDRAWN
    assert draft.withdrawn_reason == "The agency withdrew the figures."
    assert signals == [(draft.pk, "withdrawn")]


def test_a_draft_cannot_be_withdrawn_so_it_never_shows_on_the_site(draft: Story) -> None:
    with pytest.raises(Refusal, match="Only a published story"):
        publishing.withdraw(draft, "Never mind.")
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT


def test_desk_edit_saves_a_revision_and_marks_the_story(
    draft: Story, signals: list, django_capture_on_commit_callbacks
) -> None:
    editor = User.objects.create_user("ed", password="x")
    section = Section.objects.create(name="Dünya", slug="dunya")
    text = edited_text(
        draft, headline="Council approves park", body=[{"type": "paragraph", "text": "New text."},
                                                       {"type": "subhead", "text": "Next"}],
        authors=["Ayşe Yazar"], tags=["parks", "city"], section=section, language="en",
    )
    with django_capture_on_commit_callbacks(execute=True):
        revision = publishing.save_desk_edit(draft, text, editor=editor, note="tightened")
    assert revision is not None
    draft.refresh_from_db()
    assert draft.headline == "Council approves park" and draft.has_desk_edits
    assert draft.section == section
    assert [a.name for a in draft.authors.all()] == ["Ayşe Yazar"]
    assert sorted(t.name for t in draft.tags.all()) == ["city", "parks"]
    # The first save also keeps the story as received, so it can be restored.
    revisions = list(draft.revisions.order_by("created_at", "id"))
    assert [r.headline for r in revisions] == [
        "Test story: the council approves a new park", "Council approves park"]
    assert revisions[1].editor == editor and revisions[1].note == "tightened"
    assert revisions[1].section_slug == "dunya" and revisions[1].tags == ["parks", "city"]
    assert signals == [(draft.pk, "edited")]


def test_saving_unchanged_text_adds_no_revision(draft: Story) -> None:
    assert publishing.save_desk_edit(draft, StoryText.of(draft)) is None
    assert not StoryRevision.objects.exists()
    draft.refresh_from_db()
    assert not draft.has_desk_edits


def test_restore_brings_back_an_earlier_revision_as_a_new_one(draft: Story) -> None:
    publishing.save_desk_edit(draft, edited_text(draft, headline="Second headline"))
    publishing.save_desk_edit(draft, edited_text(draft, headline="Third headline"))
    original = draft.revisions.order_by("created_at", "id").first()
    assert original.headline == "Test story: the council approves a new park"
    restored = publishing.restore_revision(original)
    draft.refresh_from_db()
    assert draft.headline == "Test story: the council approves a new park"
    assert restored is not None and restored.note.startswith("Restored the revision of")
    assert draft.revisions.count() == 4


def test_wire_update_after_a_desk_edit_waits_and_can_be_applied(draft: Story) -> None:
    publishing.save_desk_edit(draft, edited_text(draft, headline="Desk headline"))
    wire = wire_story(version="UPDATE", paragraphs=("The council approved it.", "More."))
    update = upsert_story(wire).version
    draft.refresh_from_db()
    assert draft.headline == "Desk headline"
    assert [v.pk for v in publishing.pending_versions(draft)] == [update.pk]
    publishing.apply_wire_version(update)
    draft.refresh_from_db()
    assert draft.body == [{"type": "paragraph", "text": "The council approved it."},
                          {"type": "paragraph", "text": "More."}]
    assert draft.headline == "Test story: the council approves a new park"
    assert publishing.pending_versions(draft) == []
    assert draft.revisions.first().note == "Applied the wire update UPDATE"


def test_dismissed_wire_update_leaves_the_desk_text(draft: Story) -> None:
    publishing.save_desk_edit(draft, edited_text(draft, headline="Desk headline"))
    update = upsert_story(wire_story(version="UPDATE", paragraphs=("Other.",))).version
    publishing.dismiss_wire_version(update)
    draft.refresh_from_db()
    assert draft.headline == "Desk headline" and publishing.pending_versions(draft) == []
    assert draft.versions.count() == 2


def test_correction_is_kept_with_its_time(draft: Story) -> None:
    publishing.publish_now(draft)
    correction = publishing.add_correction(draft, "An earlier version misspelled the mayor's name.")
    assert Correction.objects.get().pk == correction.pk
    draft.refresh_from_db()
    assert draft.updated_at == correction.created_at
    with pytest.raises(Refusal):
        publishing.add_correction(draft, " ")


def test_lead_and_breaking_only_for_published_stories(draft: Story) -> None:
    with pytest.raises(Refusal):
        publishing.set_lead(draft, True)
    with pytest.raises(Refusal):
        publishing.set_breaking(draft, timezone.now() + timedelta(hours=1))
    publishing.publish_now(draft)
    publishing.set_lead(draft, True)
    until = timezone.now() + timedelta(hours=1)
    publishing.set_breaking(draft, until)
    draft.refresh_from_db()
    assert draft.is_lead and draft.breaking_until == until
    with pytest.raises(Refusal, match="future"):
        publishing.set_breaking(draft, timezone.now() - timedelta(minutes=1))
    publishing.set_breaking(draft, None)
    draft.refresh_from_db()
    assert draft.breaking_until is None


def test_reorder_sections_changes_the_menu_order() -> None:
    first = Section.objects.create(name="A", slug="a", order=1)
    second = Section.objects.create(name="B", slug="b", order=2)
    publishing.reorder_sections([(first, 5), (second, 1)])
    assert list(Section.objects.values_list("slug", flat=True)) == ["b", "a"]
