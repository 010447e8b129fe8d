"""The worker's tasks: a received picture is rendered by the queued task; the sweep picks up stragglers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Picture
from gazete.media.tasks import recrop_picture_task, render_pending_pictures
from tests.media.images import picture_bytes

pytestmark = pytest.mark.django_db



def test_receiving_a_picture_queues_its_renditions_for_the_worker(
    immediate_huey: None, django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        picture = receive_picture(PictureInfo(agency="AA", agency_id="p1"), picture_bytes(800, 500))
    picture.refresh_from_db()
    assert picture.status == Picture.Status.READY and picture.renditions.count() >= 2


def test_the_sweep_renders_pictures_left_pending_for_minutes(immediate_huey: None) -> None:
    lost = receive_picture(PictureInfo(agency="AA", agency_id="lost"), picture_bytes(800, 500), queue=lambda _: None)
    fresh = receive_picture(PictureInfo(agency="AA", agency_id="fresh"), picture_bytes(700, 500),
                            queue=lambda _: None)
    Picture.objects.filter(pk=lost.pk).update(updated_at=timezone.now() - timedelta(minutes=10))
    assert render_pending_pictures.call_local() == 1
    assert Picture.objects.get(pk=lost.pk).status == Picture.Status.READY
    assert Picture.objects.get(pk=fresh.pk).status == Picture.Status.PENDING


def test_the_recrop_task_remakes_the_social_card_around_the_new_focal_point(immediate_huey: None) -> None:
    picture = receive_picture(PictureInfo(agency="AA", agency_id="recrop"), picture_bytes(800, 500),
                              queue=lambda _: None)
    assert recrop_picture_task(picture.pk)() == "pending"  # not ready yet: nothing to remake
    render_picture(picture.pk)
    Picture.objects.filter(pk=picture.pk).update(focal_x=0.0)
    assert recrop_picture_task(picture.pk)() == "ready"
    assert picture.renditions.get(purpose="social").file.name.endswith("-social-c0-50.jpg")
    assert recrop_picture_task(10**9)() == "gone"
