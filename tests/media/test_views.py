"""/media/p/…: rendition files from the data directory with a year-long immutable lifetime; nothing else."""

from __future__ import annotations

import pytest
from django.test import Client

from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Rendition
from tests.media.images import picture_bytes

pytestmark = pytest.mark.django_db


def test_a_rendition_is_served_with_its_type_and_cached_forever(client: Client) -> None:
    picture = receive_picture(PictureInfo(agency="AA", agency_id="p1"), picture_bytes(900, 600), queue=lambda _: None)
    render_picture(picture.pk)
    for rendition in Rendition.objects.filter(picture=picture):
        response = client.get(rendition.url)
        assert response.status_code == 200
        assert response["Content-Type"] == rendition.mimetype
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        assert b"".join(response.streaming_content) == rendition.file.read()  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", [
    "/media/p/ab/" + "ab" * 32 + "-360.webp",             # well formed, not there
    "/media/p/cd/" + "ab" * 32 + "-360.webp",             # prefix does not match the hash
    "/media/p/../originals/ab/" + "ab" * 32 + ".jpg",     # the originals are never served
    "/media/p/ab/" + "ab" * 32 + "-360.webp.exe",
    "/media/originals/ab/" + "ab" * 32 + ".jpg",
])
def test_anything_but_a_stored_rendition_is_not_found(client: Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_only_get_and_head_are_answered(client: Client) -> None:
    assert client.post("/media/p/ab/" + "ab" * 32 + "-360.webp").status_code == 405
