"""receive_picture and render_picture: originals under their hash, renditions, quarantine, re-delivery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gazete.media.ingest import FETCH_FAILED, PictureInfo, receive_picture, recrop_picture, render_picture
from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.naming import sha256_hex
from gazete.media.renditions import DECOMPRESSION_BOMB, NOT_AN_IMAGE, TRUNCATED, Limits
from gazete.media.selectors import lead_picture, social_image, srcset
from gazete.newsroom.models import Story
from gazete.newsroom.signals import story_changed
from tests.media.images import picture_bytes

pytestmark = pytest.mark.django_db

INFO = PictureInfo(agency="AA", agency_id="aa:picture:20261203:1", caption="Ankara'da kar yağışı",
                   byline="Ayşe Fotoğrafçı", credit="AA", group_id="g-1")


def _story() -> Story:
    return Story.objects.create(headline="Kar yağışı", slug="kar-yagisi")


def _receive(data: bytes | None, queued: list[int], info: PictureInfo = INFO, **kwargs: Any) -> Picture:
    return receive_picture(info, data, queue=queued.append, **kwargs)


def test_a_picture_is_stored_under_its_hash_linked_to_its_story_and_queued_after_commit(
    media_root: Path, django_capture_on_commit_callbacks: Any,
) -> None:
    story = _story()
    data = picture_bytes(1600, 1000)
    queued: list[int] = []
    with django_capture_on_commit_callbacks(execute=True):
        picture = _receive(data, queued, story=story)
    digest = sha256_hex(data)
    assert picture.status == Picture.Status.PENDING
    assert (picture.width, picture.height, picture.mimetype, picture.sha256) == (1600, 1000, "image/jpeg", digest)
    assert picture.original.name == f"originals/{digest[:2]}/{digest}.jpg"
    assert (media_root / picture.original.name).read_bytes() == data
    assert (picture.caption, picture.byline, picture.credit, picture.group_id) == (
        "Ankara'da kar yağışı", "Ayşe Fotoğrafçı", "AA", "g-1")
    assert list(StoryPicture.objects.values_list("story_id", "picture_id", "position")) == [(story.pk, picture.pk, 0)]
    assert queued == [picture.pk]
    assert lead_picture(story) is None  # not ready yet: pages show nothing rather than a broken image


def test_the_worker_makes_the_renditions_and_the_story_gets_its_lead(
    media_root: Path, django_capture_on_commit_callbacks: Any,
) -> None:
    story = _story()
    queued: list[int] = []
    picture = _receive(picture_bytes(1600, 1000), queued, story=story)
    outcomes: list[str] = []

    def listen(sender: type, story: Story, outcome: str, **kwargs: Any) -> None:
        outcomes.append(outcome)

    story_changed.connect(listen)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            render_picture(picture.pk)
    finally:
        story_changed.disconnect(listen)
    picture.refresh_from_db()
    assert picture.status == Picture.Status.READY and outcomes == ["picture"]
    assert lead_picture(story) == picture
    digest = picture.sha256
    assert srcset(picture).startswith(f"/media/p/{digest[:2]}/{digest}-360.webp 360w, ")
    social = social_image(picture)
    assert social is not None and (social.width, social.format) == (1200, "jpeg")
    for rendition in Rendition.objects.filter(picture=picture):
        assert (media_root / rendition.file.name).stat().st_size == rendition.size > 0
    render_picture(picture.pk)  # a ready picture is left alone
    assert Rendition.objects.filter(picture=picture).count() == len(picture.renditions.all())


def test_a_redelivery_of_the_same_bytes_updates_the_text_and_queues_nothing(
    django_capture_on_commit_callbacks: Any,
) -> None:
    data = picture_bytes(800, 600)
    queued: list[int] = []
    picture = _receive(data, queued)
    render_picture(picture.pk)
    with django_capture_on_commit_callbacks(execute=True):
        again = _receive(data, queued, info=PictureInfo(agency="AA", agency_id=INFO.agency_id,
                                                         caption="Düzeltilmiş altyazı"))
    assert again.pk == picture.pk and again.status == Picture.Status.READY and queued == []
    assert (again.caption, again.credit) == ("Düzeltilmiş altyazı", "AA")  # empty values keep the old text


def test_a_file_that_is_no_picture_is_quarantined_and_the_story_keeps_going(media_root: Path) -> None:
    story = _story()
    queued: list[int] = []
    picture = _receive(b"Please wait 0.5 seconds between requests", queued, story=story)
    assert (picture.status, picture.reason_code) == (Picture.Status.QUARANTINED, NOT_AN_IMAGE)
    assert not picture.original and queued == [] and not media_root.exists()
    assert Story.objects.filter(pk=story.pk).exists() and lead_picture(story) is None


def test_a_bomb_is_quarantined_on_arrival_and_a_truncated_jpeg_by_the_worker() -> None:
    queued: list[int] = []
    bomb = _receive(picture_bytes(1000, 1000), queued, limits=Limits(max_pixels=10_000))
    assert (bomb.status, bomb.reason_code) == (Picture.Status.QUARANTINED, DECOMPRESSION_BOMB)
    data = picture_bytes(1200, 800)
    cut = _receive(data[: len(data) // 2], queued,
                   info=PictureInfo(agency="AA", agency_id="aa:picture:20261203:2"))
    assert cut.status == Picture.Status.PENDING
    rendered = render_picture(cut.pk)
    assert rendered is not None and (rendered.status, rendered.reason_code) == (Picture.Status.QUARANTINED, TRUNCATED)
    fixed = _receive(data, queued, info=PictureInfo(agency="AA", agency_id="aa:picture:20261203:2"))
    assert fixed.status == Picture.Status.PENDING and fixed.reason_code == ""  # a good re-delivery is taken


def test_a_failed_fetch_quarantines_a_new_picture_but_not_a_ready_one() -> None:
    queued: list[int] = []
    missing = _receive(None, queued, fetch_error="HTTP 403 from the download address")
    assert (missing.status, missing.reason_code, missing.reason) == (
        Picture.Status.QUARANTINED, FETCH_FAILED, "HTTP 403 from the download address")
    ready = _receive(picture_bytes(640, 480), queued, info=PictureInfo(agency="AA", agency_id="p-ready"))
    render_picture(ready.pk)
    again = _receive(None, queued, info=PictureInfo(agency="AA", agency_id="p-ready"), fetch_error="timeout")
    assert again.status == Picture.Status.READY


def test_a_failed_fetch_leaves_a_picture_waiting_for_the_worker_alone() -> None:
    queued: list[int] = []
    info = PictureInfo(agency="AA", agency_id="p-pending")
    pending = _receive(picture_bytes(640, 480), queued, info=info)
    again = _receive(None, queued, info=info, fetch_error="timeout")
    assert again.pk == pending.pk and again.status == Picture.Status.PENDING and again.reason == ""
    rendered = render_picture(again.pk)
    assert rendered is not None and rendered.status == Picture.Status.READY


def test_a_picture_finished_by_another_worker_meanwhile_keeps_that_workers_renditions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gazete.media.ingest as ingest

    queued: list[int] = []
    picture = _receive(picture_bytes(640, 480), queued)
    real = ingest.make_renditions

    def while_another_worker_finishes(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        Rendition.objects.create(picture=picture, format="webp", width=360, height=270, file="p/x/other.webp")
        Picture.objects.filter(pk=picture.pk).update(status=Picture.Status.READY)  # it commits first
        return result

    monkeypatch.setattr(ingest, "make_renditions", while_another_worker_finishes)
    finished = render_picture(picture.pk)
    assert finished is not None and finished.status == Picture.Status.READY
    assert list(Rendition.objects.filter(picture=picture).values_list("file", flat=True)) == ["p/x/other.webp"]


def test_the_social_card_is_cut_around_the_focal_point_the_picture_has(media_root: Path) -> None:
    picture = _receive(picture_bytes(1600, 1000), [])
    Picture.objects.filter(pk=picture.pk).update(focal_x=0.5, focal_y=0.0)
    render_picture(picture.pk)
    social = Rendition.objects.get(picture=picture, purpose="social")
    assert (social.width, social.height) == (1200, 630)
    assert social.file.name.endswith("-1200-social-c50-0.jpg")


def test_recropping_replaces_only_the_cropped_renditions_under_new_names(
    media_root: Path, django_capture_on_commit_callbacks: Any,
) -> None:
    story = _story()
    picture = _receive(picture_bytes(1600, 1000), [], story=story)
    assert recrop_picture(picture.pk) == picture  # not ready yet: left to its own rendering
    render_picture(picture.pk)
    srcset_before = sorted(Rendition.objects.filter(picture=picture, purpose="srcset").values_list("file", flat=True))
    old = Rendition.objects.get(picture=picture, purpose="social").file.name
    Picture.objects.filter(pk=picture.pk).update(focal_x=0.2, focal_y=0.8)
    outcomes: list[str] = []

    def listen(sender: type, story: Story, outcome: str, **kwargs: Any) -> None:
        outcomes.append(outcome)

    story_changed.connect(listen)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            recropped = recrop_picture(picture.pk)
    finally:
        story_changed.disconnect(listen)
    assert recropped is not None and recropped.status == Picture.Status.READY and outcomes == ["picture"]
    new = Rendition.objects.get(picture=picture, purpose="social")
    assert new.file.name != old and new.file.name.endswith("-1200-social-c20-80.jpg")
    assert (media_root / new.file.name).stat().st_size == new.size > 0
    assert sorted(Rendition.objects.filter(picture=picture, purpose="srcset").values_list("file", flat=True)) \
        == srcset_before


def test_recropping_a_picture_whose_original_is_gone_keeps_what_it_has(media_root: Path) -> None:
    picture = _receive(picture_bytes(1600, 1000), [])
    render_picture(picture.pk)
    old = Rendition.objects.get(picture=picture, purpose="social").file.name
    (media_root / picture.original.name).unlink()
    Picture.objects.filter(pk=picture.pk).update(focal_x=0.1)
    assert recrop_picture(picture.pk).status == Picture.Status.READY  # type: ignore[union-attr]
    assert Rendition.objects.get(picture=picture, purpose="social").file.name == old
    assert recrop_picture(10**9) is None
