"""Tests for media.actions: the desk's photo actions, permission, rules, one log entry, one event."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from huey.contrib.djhuey import HUEY

from gazete.backoffice.roles import EDITOR, MODERATOR, assign_role
from gazete.media.actions import (
    UPLOAD_AGENCY,
    ChooseLeadPicture,
    ClearLeadPicture,
    DetachPicture,
    EditPictureText,
    PictureText,
    SetFocalPoint,
    UploadPicture,
)
from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.renditions import Limits
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import NotPermitted, Refusal
from gazete.newsroom.services import upsert_story
from gazete.newsroom.signals import action_done, story_changed
from tests.media.conftest import ready_picture
from tests.media.images import picture_bytes
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
TEXT = PictureText("Test photo: the park from the air", "AA", "Test Photographer", "A green park between roofs")


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


@pytest.fixture
def editor() -> Actor:
    user = User.objects.create_user("photo-editor-actions")
    assign_role(user, EDITOR)
    return Actor.person(user)


@pytest.fixture
def moderator() -> Actor:
    user = User.objects.create_user("photo-moderator-actions")
    assign_role(user, MODERATOR)
    return Actor.person(user)


@pytest.fixture
def events() -> Iterator[list[tuple[type, str]]]:
    """``action_done`` (sender, log code) and ``story_changed`` ("changed", outcome) events, in order."""
    sent: list[tuple[type, str]] = []

    def done(sender: type, action: Any, entry: Any, **kwargs: object) -> None:
        sent.append((sender, entry.action))

    def changed(sender: type, story: Story, outcome: str, **kwargs: object) -> None:
        sent.append((Story, outcome))

    action_done.connect(done, dispatch_uid="test-photo-actions")
    story_changed.connect(changed, dispatch_uid="test-photo-actions-changed")
    yield sent
    action_done.disconnect(dispatch_uid="test-photo-actions")
    story_changed.disconnect(dispatch_uid="test-photo-actions-changed")



def log_of(story: Story) -> list[tuple[str, str]]:
    return list(StoryLogEntry.objects.filter(story=story).order_by("id").values_list("action", "note"))


def test_choosing_a_lead_photo_links_it_logs_once_and_announces(draft: Story, editor: Actor, events: list,
                                                                take: Callable[[Any], Any]) -> None:
    came = ready_picture(draft, agency_id="came")
    other = ready_picture(None, agency_id="wire-recent", seed=3, caption="Another test photo")
    assert take(ChooseLeadPicture(draft, editor, other)) == other
    assert list(StoryPicture.objects.filter(story=draft).order_by("position").values_list("picture_id", "is_lead")) \
        == [(came.pk, False), (other.pk, True)]
    assert log_of(draft) == [("lead photo", f"picture {other.pk}: Another test photo")]
    assert events == [(Story, "picture"), (ChooseLeadPicture, "lead photo")]


def test_a_moderator_may_not_touch_photos(draft: Story, moderator: Actor) -> None:
    picture = ready_picture(draft)
    for action in (ChooseLeadPicture(draft, moderator, picture), ClearLeadPicture(draft, moderator),
                   DetachPicture(draft, moderator, picture), EditPictureText(draft, moderator, picture, TEXT),
                   SetFocalPoint(draft, moderator, picture, 0.2, 0.2),
                   UploadPicture(draft, moderator, picture_bytes(400, 300), TEXT)):
        with pytest.raises(NotPermitted) as refusal:
            action.execute()
        assert refusal.value.code == "not_permitted" and isinstance(refusal.value, PermissionDenied)
    assert Picture.objects.count() == 1 and StoryPicture.objects.get().is_lead is False
    assert {action for action, _note in log_of(draft)} == {"refused"} and len(log_of(draft)) == 6


@pytest.mark.parametrize("empty", ["caption", "credit", "alt_text"])
def test_a_photo_without_caption_credit_or_alt_text_cannot_be_made_lead(draft: Story, editor: Actor,
                                                                        empty: str) -> None:
    picture = ready_picture(draft, **{empty: ""})
    with pytest.raises(Refusal) as refusal:
        ChooseLeadPicture(draft, editor, picture).execute()
    assert refusal.value.code == "picture_incomplete"
    assert not StoryPicture.objects.filter(is_lead=True).exists()
    assert log_of(draft)[0][0] == "refused" and "lacks" in log_of(draft)[0][1]


def test_a_quarantined_photo_cannot_be_made_lead(draft: Story, editor: Actor) -> None:
    picture = ready_picture(draft)
    Picture.objects.filter(pk=picture.pk).update(status=Picture.Status.QUARANTINED, reason_code="truncated")
    with pytest.raises(Refusal) as refusal:
        ChooseLeadPicture(draft, editor, picture).execute()
    assert refusal.value.code == "picture_quarantined" and "truncated" in refusal.value.reason


def test_clearing_the_choice_logs_only_when_there_was_one(draft: Story, editor: Actor) -> None:
    picture = ready_picture(draft)
    assert ClearLeadPicture(draft, editor).execute() is False and log_of(draft) == []
    ChooseLeadPicture(draft, editor, picture).execute()
    assert ClearLeadPicture(draft, editor).execute() is True
    assert [action for action, _ in log_of(draft)] == ["lead photo", "lead photo cleared"]
    assert not StoryPicture.objects.filter(is_lead=True).exists()


def test_removing_a_photo_takes_it_off_the_story_only(draft: Story, editor: Actor) -> None:
    picture = ready_picture(draft)
    DetachPicture(draft, editor, picture).execute()
    assert not StoryPicture.objects.exists() and Picture.objects.filter(pk=picture.pk).exists()
    with pytest.raises(Refusal) as refusal:
        DetachPicture(draft, editor, picture).execute()
    assert refusal.value.code == "picture_not_on_story"


def test_editing_the_text_saves_what_changed_and_logs_the_fields(draft: Story, editor: Actor, events: list,
                                                                 take: Callable[[Any], Any]) -> None:
    picture = ready_picture(draft, alt_text="", byline="")
    changed = take(EditPictureText(draft, editor, picture, PictureText(
        "  Test photo: the new park from the air ", "AA", "  Test   Photographer ", "Trees and a pond")))
    assert changed == ["byline", "alt_text"]
    picture.refresh_from_db()
    assert (picture.caption, picture.byline, picture.alt_text) == (
        "Test photo: the new park from the air", "Test Photographer", "Trees and a pond")
    assert log_of(draft) == [("photo text edited",
                              f"picture {picture.pk}: Test photo: the new park from the air (byline, alt_text)")]
    assert events == [(Story, "picture"), (EditPictureText, "photo text edited")]
    assert EditPictureText(draft, editor, picture, PictureText.of(picture)).execute() == []
    assert len(log_of(draft)) == 1  # the same text again is no change


def test_moving_the_focal_point_queues_new_crops_for_the_worker(draft: Story, editor: Actor, media_root: Path,
                                                              take: Callable[[Any], Any]) -> None:
    picture = ready_picture(draft)
    before = Rendition.objects.get(picture=picture, purpose="social").file.name
    HUEY.immediate = True  # the queued task runs here, as the worker would run it
    try:
        assert take(SetFocalPoint(draft, editor, picture, 0.1, 0.9)) is True
    finally:
        HUEY.immediate = False
    picture.refresh_from_db()
    assert (picture.focal_x, picture.focal_y, picture.status) == (0.1, 0.9, Picture.Status.READY)
    after = Rendition.objects.get(picture=picture, purpose="social").file.name
    assert after != before and after.endswith("-1200-social-c10-90.jpg") and (media_root / after).exists()
    assert log_of(draft) == [("focal point", f"picture {picture.pk}: Test photo: the new park from the air "
                                             "at 0.10, 0.90")]
    assert SetFocalPoint(draft, editor, picture, 0.1, 0.9).execute() is False and len(log_of(draft)) == 1


@pytest.mark.parametrize(("x", "y"), [(-0.1, 0.5), (0.5, 1.01)])
def test_a_focal_point_outside_the_photo_is_refused(draft: Story, editor: Actor, x: float, y: float) -> None:
    picture = ready_picture(draft)
    with pytest.raises(Refusal) as refusal:
        SetFocalPoint(draft, editor, picture, x, y).execute()
    assert refusal.value.code == "focal_out_of_frame"
    picture.refresh_from_db()
    assert (picture.focal_x, picture.focal_y) == (0.5, 0.5)


def test_an_upload_is_stored_linked_and_left_to_the_worker(draft: Story, editor: Actor, media_root: Path,
                                                          take: Callable[[Any], Any]) -> None:
    HUEY.flush()
    data = picture_bytes(900, 600, seed=7)
    action = UploadPicture(draft, editor, data, TEXT)
    picture = take(action)
    assert picture.status == Picture.Status.PENDING and not picture.renditions.exists()  # never made here
    assert (picture.agency, picture.caption, picture.credit, picture.byline, picture.alt_text) == (
        UPLOAD_AGENCY, *[getattr(TEXT, name) for name in PictureText.FIELDS])
    assert (media_root / picture.original.name).read_bytes() == data
    assert StoryPicture.objects.get(story=draft).picture == picture
    assert [task.args for task in HUEY.pending()] == [(picture.pk,)]  # queued for the worker
    assert log_of(draft) == [("photo uploaded", f"picture {picture.pk}: {TEXT.caption}")]
    HUEY.flush()


@pytest.mark.parametrize(("data", "code"), [
    (b"", "upload_empty"),
    (b"<html>not a photo</html>", "upload_not_an_image"),
    (picture_bytes(300, 200, format="BMP"), "upload_unsupported_format"),
    (picture_bytes(2000, 1000), "upload_decompression_bomb"),
    (picture_bytes(300, 200, format="PNG")[:-30], "upload_truncated"),
])
def test_a_bad_upload_is_refused_with_its_reason_and_nothing_is_stored(draft: Story, editor: Actor,
                                                                      media_root: Path, data: bytes,
                                                                      code: str) -> None:
    with pytest.raises(Refusal) as refusal:
        UploadPicture(draft, editor, data, TEXT, limits=Limits(max_pixels=1_000_000)).execute()
    assert refusal.value.code == code
    assert not Picture.objects.exists() and not media_root.exists()
    assert log_of(draft)[0][0] == "refused"


def test_an_upload_over_the_size_limit_is_refused(draft: Story, editor: Actor) -> None:
    with pytest.raises(Refusal) as refusal:
        UploadPicture(draft, editor, picture_bytes(300, 200), TEXT, limits=Limits(max_bytes=1000)).execute()
    assert refusal.value.code == "upload_too_large"
