"""The wire's pictures: fetched beside the payload, over HTTP or through the AA API; the story always goes in."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gazete.media.models import Picture, StoryPicture
from gazete.media.selectors import lead_picture, social_image
from gazete.newsroom.models import Story
from gazete.wire.aa import AAClient, AACredentials
from gazete.wire.models import WireSource
from gazete.wire.pictures import PictureFetcher
from gazete.wire.polling import poll_source
from gazete.wire.services import Ingestor
from gazete.wireformats.model import Media
from tests.media.images import picture_bytes
from tests.wire.fake_aa import FakeAAState, FeedState, fake_aa_server, feed_server, files_server
from tests.wire.pages import FIXTURES, NEWSML

WITH_PICTURES = NEWSML / "aa-text-20241203-with-pictures.xml"



def test_a_file_beside_the_payload_is_read_and_one_outside_its_folder_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"bytes")
    (tmp_path / "secret.jpg").write_bytes(b"secret")
    fetcher = PictureFetcher()
    assert fetcher.fetch(Media(href="a.jpg"), base_dir=folder) == (b"bytes", "", str(folder / "a.jpg"))
    data, error, _ = fetcher.fetch(Media(href="../secret.jpg"), base_dir=folder)
    assert data is None and "outside the payload's folder" in error
    data, error, _ = fetcher.fetch(Media(href="missing.jpg"), base_dir=folder)
    assert data is None and "cannot read 'missing.jpg'" in error
    data, error, _ = fetcher.fetch(Media(href="a.jpg"))
    assert data is None and "only http(s) addresses" in error
    data, error, _ = fetcher.fetch(Media(href="file:///etc/passwd"), base_dir=folder)
    assert data is None and "only http(s) addresses" in error


def test_http_pictures_are_fetched_with_errors_and_a_size_limit() -> None:
    with files_server({"/p.jpg": b"x" * 1000}) as (base, requested):
        fetcher = PictureFetcher(max_bytes=2000)
        assert fetcher.fetch(Media(href=f"{base}/p.jpg"))[0] == b"x" * 1000
        assert fetcher.fetch(Media(href="p.jpg"), base_url=f"{base}/feed.xml")[0] == b"x" * 1000
        data, error, _ = fetcher.fetch(Media(href=f"{base}/gone.jpg"))
        assert data is None and error.endswith("answered HTTP 404")
        small = PictureFetcher(max_bytes=999)
        data, error, _ = small.fetch(Media(href=f"{base}/p.jpg"))
        assert data is None and "more than 999 bytes" in error
    assert requested.count("/p.jpg") == 3


def test_an_aa_id_needs_the_api_client_and_a_video_has_no_poster_there() -> None:
    data, error, _ = PictureFetcher().fetch(Media(href="", id="aa:picture:20241203:1"))
    assert data is None and "known by its AA id only" in error
    client = AAClient(AACredentials("http://127.0.0.1:9", "u", "p"))
    data, error, _ = PictureFetcher(aa_client=client).fetch(Media(href="", id="aa:video:1", type="video"))
    assert data is None and "no poster image" in error


@pytest.mark.django_db
def test_gazete_ingest_stores_the_story_and_its_pictures_and_quarantines_the_bad_one(
    tmp_path: Path, immediate_huey: None, django_capture_on_commit_callbacks: Any,
) -> None:
    shutil.copy(WITH_PICTURES, tmp_path / WITH_PICTURES.name)
    (tmp_path / "palandoken-print.jpg").write_bytes(picture_bytes(2400, 1600))
    (tmp_path / "palandoken-poster.jpg").write_bytes(b"<html>Too many requests</html>")
    with django_capture_on_commit_callbacks(execute=True):
        ingestor = Ingestor()
        results = ingestor.ingest_file(tmp_path / WITH_PICTURES.name)
        ingestor.finish()
    assert [r.outcome for r in results] == ["new"]
    story = Story.objects.get(agency_id="aa:text:20241203:9100001")
    links = StoryPicture.objects.filter(story=story).select_related("picture").order_by("position")
    found = [(link.picture.agency_id, link.picture.kind, link.picture.status, link.picture.reason_code)
             for link in links]
    assert found == [
        ("aa:picture:20241203:9100002", "photo", "ready", ""),
        ("aa:picture:20241203:9100009", "photo", "quarantined", "fetch_failed"),
        ("aa:video:20241203:9100003", "video", "quarantined", "not_an_image"),
    ]
    photo = lead_picture(story)
    assert photo is not None and photo.agency == "AA"
    assert (photo.caption, photo.byline, photo.credit, photo.width) == (
        "Kayakseverler sezonun ilk gününde pistlerde.", "Ayşe Fotoğrafçı", "Ayşe Fotoğrafçı - Anadolu Ajansı", 2400)
    social = social_image(photo)
    assert social is not None and social.width == 1200
    video = Picture.objects.get(agency_id="aa:video:20241203:9100003")
    assert video.video_url == "https://video.example.org/palandoken-hd.mp4"
    # Ingesting the same file again changes nothing and fetches nothing.
    again = Ingestor().ingest_file(tmp_path / WITH_PICTURES.name)
    assert [r.outcome for r in again] == ["unchanged"] and Picture.objects.count() == 3


@pytest.mark.django_db
def test_a_feed_poll_fetches_its_pictures_over_http(
    immediate_huey: None, django_capture_on_commit_callbacks: Any,
) -> None:
    with files_server({"/img/flamingo-1600.jpg": picture_bytes(1600, 1067)}) as (base, requested):
        # Every address of the fixture points at the local server, which has the flamingo photo only.
        body = (FIXTURES / "feeds" / "media-rss-pictures.xml").read_bytes()
        body = body.replace(b"https://img.example.org/", f"{base}/img/".encode())
        with feed_server(FeedState(body=body)) as url:
            source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url=url)
            with django_capture_on_commit_callbacks(execute=True):
                report = poll_source(source)
    assert report.error == "" and report.counts.as_dict()["new"] == 3
    flamingo = Story.objects.get(agency_id="ornek:2024:1001")
    picture = lead_picture(flamingo)
    assert picture is not None and picture.source_url == f"{base}/img/flamingo-1600.jpg"
    assert (picture.byline, picture.credit) == ("Can Kuşçu", "Örnek Haber Ajansı")
    assert sorted(requested) == ["/img/flamingo-1600.jpg", "/img/lastik-poster-1280.jpg", "/img/map.png"]
    missing = Picture.objects.get(source_url=f"{base}/img/map.png")
    assert (missing.status, missing.reason_code) == ("quarantined", "fetch_failed")
    assert missing.reason.endswith("answered HTTP 404")
    assert Story.objects.count() == 3


@pytest.mark.django_db
def test_an_aa_poll_fetches_the_linked_photo_through_the_api_within_the_rate_rule(
    monkeypatch: pytest.MonkeyPatch, immediate_huey: None, django_capture_on_commit_callbacks: Any,
) -> None:
    now = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)
    with fake_aa_server(FakeAAState()) as (url, state):
        monkeypatch.setenv("GAZETE_AA_USERNAME", state.username)
        monkeypatch.setenv("GAZETE_AA_PASSWORD", state.password)
        source = WireSource.objects.create(name="AA", slug="aa", kind="aa", url=url)
        state.publish("aa:text:20240612:9000001", (NEWSML / "aa-text-20240612-v1.xml").read_bytes(),
                      date=now - timedelta(hours=1))
        state.publish("aa:picture:20240612:9000002", picture_bytes(1200, 800), date=now - timedelta(hours=1),
                      kind=2, title="Sular çekildi", group_id="g-20240612-7")
        with django_capture_on_commit_callbacks(execute=True):
            report = poll_source(source, now=now)
    assert report.error == "" and state.violations == 0
    assert "/abone/document/aa:picture:20240612:9000002/web" in state.document_downloads()
    story = Story.objects.get(agency_id="aa:text:20240612:9000001")
    picture = lead_picture(story)
    assert picture is not None and (picture.agency, picture.width, picture.height) == ("AA", 1200, 800)
    assert picture.status == Picture.Status.READY
    assert (picture.caption, picture.group_id) == ("Sular çekildi", "g-20240612-7")  # from the search hit


@pytest.mark.django_db
def test_the_rest_of_a_linked_photos_series_comes_in_after_it_within_the_limit(
    monkeypatch: pytest.MonkeyPatch, immediate_huey: None, django_capture_on_commit_callbacks: Any,
) -> None:
    now = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)
    hour_ago = now - timedelta(hours=1)
    with fake_aa_server(FakeAAState()) as (url, state):
        monkeypatch.setenv("GAZETE_AA_USERNAME", state.username)
        monkeypatch.setenv("GAZETE_AA_PASSWORD", state.password)
        source = WireSource.objects.create(name="AA", slug="aa", kind="aa", url=url, options={"series_pictures": 2})
        state.publish("aa:text:20240612:9000001", (NEWSML / "aa-text-20240612-v1.xml").read_bytes(), date=hour_ago)
        state.publish("aa:picture:20240612:9000002", picture_bytes(900, 600), date=hour_ago, kind=2,
                      group_id="g-flood", title="Sular çekildi")
        for number, minutes in ((3, 10), (4, 20), (5, 30)):  # three more of the series: two fit the limit
            state.publish(f"aa:picture:20240612:900000{number}", picture_bytes(900, 600, seed=number),
                          date=hour_ago + timedelta(minutes=minutes), kind=2, group_id="g-flood",
                          title=f"Sel sonrası {number}")
        state.publish("aa:picture:20240612:9000009", picture_bytes(900, 600, seed=9), date=hour_ago, kind=2,
                      group_id="g-other", title="Başka bir olay")
        with django_capture_on_commit_callbacks(execute=True):
            report = poll_source(source, now=now)
    assert report.error == "" and state.violations == 0
    story = Story.objects.get(agency_id="aa:text:20240612:9000001")
    links = StoryPicture.objects.filter(story=story).order_by("position").select_related("picture")
    assert [(link.picture.agency_id, link.picture.group_id) for link in links] == [
        ("aa:picture:20240612:9000002", "g-flood"), ("aa:picture:20240612:9000003", "g-flood"),
        ("aa:picture:20240612:9000004", "g-flood")]  # the oldest first, up to the source's limit of 2
    lead = lead_picture(story)
    assert lead is not None and lead.agency_id == "aa:picture:20240612:9000002"  # the linked photo leads
    downloads = state.document_downloads()
    assert "/abone/document/aa:picture:20240612:9000009/web" not in downloads  # another series: not fetched
    assert len([path for path in downloads if path.endswith("/web")]) == 3
    assert Picture.objects.get(agency_id="aa:picture:20240612:9000003").caption == "Sel sonrası 3"
