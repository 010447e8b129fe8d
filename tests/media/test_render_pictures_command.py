"""``gazete manage render_pictures``: pending pictures rendered now; --again renders ready ones anew; --dry-run."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from gazete.media.ingest import PictureInfo, receive_picture
from gazete.media.models import Picture, Rendition
from tests.media.images import picture_bytes

pytestmark = pytest.mark.django_db


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("render_pictures", *args, stdout=out)
    return out.getvalue().strip()


def test_pending_pictures_are_rendered_and_ready_ones_only_with_again() -> None:
    good = receive_picture(PictureInfo(agency="AA", agency_id="good"), picture_bytes(800, 500), queue=lambda _: None)
    data = picture_bytes(800, 500, seed=1)
    receive_picture(PictureInfo(agency="AA", agency_id="cut"), data[: len(data) // 2], queue=lambda _: None)
    receive_picture(PictureInfo(agency="AA", agency_id="bad"), b"not a picture", queue=lambda _: None)
    assert _run("--dry-run") == "2 picture(s) would be rendered"
    assert _run() == "2 picture(s) rendered: ready 1, quarantined 1, gone 0"
    assert Picture.objects.get(pk=good.pk).status == "ready"
    before = set(Rendition.objects.filter(picture=good).values_list("file", flat=True))
    assert _run() == "0 picture(s) rendered: ready 0, quarantined 0, gone 0"
    assert _run("--again") == "1 picture(s) rendered: ready 1, quarantined 0, gone 0"
    assert set(Rendition.objects.filter(picture=good).values_list("file", flat=True)) == before
