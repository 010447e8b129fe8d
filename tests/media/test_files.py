"""save_once on the data directory and on an S3-compatible bucket (moto_server, started by the test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from django.core.files.storage import FileSystemStorage, storages
from django.test import override_settings

from gazete.config import media_storage_options
from gazete.media.files import media_storage, save_once
from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Picture, Rendition
from gazete.media.selectors import social_image, srcset
from tests.media.images import picture_bytes
from tests.media.s3server import ACCESS_KEY, SECRET_KEY, local_s3_server

BUCKET = "gazete-media"


def test_the_default_is_the_data_directory_and_a_name_is_written_once(media_root: Path) -> None:
    storage = media_storage()
    assert isinstance(storage, FileSystemStorage)
    assert save_once("p/ab/x-360.webp", b"first") == "p/ab/x-360.webp"
    assert save_once("p/ab/x-360.webp", b"first") == "p/ab/x-360.webp"
    assert (media_root / "p/ab/x-360.webp").read_bytes() == b"first"
    assert sorted(p.name for p in (media_root / "p/ab").iterdir()) == ["x-360.webp"]  # no x-360_AbCd.webp copy


@pytest.fixture(scope="module")
def s3_url() -> Iterator[str]:
    """A bucket on a local moto_server, as GAZETE_MEDIA_S3_URL names it."""
    import boto3

    with local_s3_server() as endpoint:
        client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=ACCESS_KEY,
                              aws_secret_access_key=SECRET_KEY, region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        yield f"s3+{endpoint.replace('http://', 'http://' + ACCESS_KEY + ':' + SECRET_KEY + '@')}/{BUCKET}?public_acl=1"


@pytest.fixture
def on_s3(s3_url: str) -> Iterator[str]:
    """Pictures stored in the bucket for one test (what GAZETE_MEDIA_S3_URL sets up in settings)."""
    default = {"BACKEND": "gazete.media.storage.PictureS3Storage", "OPTIONS": media_storage_options(s3_url)}
    with override_settings(STORAGES={**storages.backends, "default": default}):
        yield s3_url


@pytest.mark.django_db
def test_a_picture_and_its_renditions_go_to_the_bucket_and_read_back(
    on_s3: str, media_root: Path, django_capture_on_commit_callbacks: Any,
) -> None:
    data = picture_bytes(1300, 900)
    picture = receive_picture(PictureInfo(agency="AA", agency_id="aa:picture:s3"), data, queue=lambda _: None)
    render_picture(picture.pk)
    picture = Picture.objects.get(pk=picture.pk)
    assert picture.status == Picture.Status.READY
    storage = media_storage()
    assert type(storage).__name__ == "PictureS3Storage"
    with storage.open(picture.original.name, "rb") as handle:
        assert handle.read() == data
    endpoint = on_s3.split("@", 1)[1].rsplit("/", 1)[0]
    original = requests.get(f"http://{endpoint}/{BUCKET}/{picture.original.name}", timeout=10)
    assert original.status_code == 403  # the original (EXIF and all) stays private
    for rendition in Rendition.objects.filter(picture=picture):
        assert rendition.url == f"http://{endpoint}/{BUCKET}/{rendition.file.name}"  # stable: no signature
        response = requests.get(rendition.url, timeout=10)
        assert response.status_code == 200 and len(response.content) == rendition.size
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert srcset(picture).count(f"http://{endpoint}/{BUCKET}/p/") == 3
    social = social_image(picture)
    assert social is not None and social.width == 1200
    assert not media_root.exists()  # nothing went to the data directory
