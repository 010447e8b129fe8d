"""Media tests write files under a temporary MEDIA_ROOT, never the data directory; pictures ready to use."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Picture
from gazete.newsroom.models import Story
from tests.media.images import picture_bytes


@pytest.fixture(autouse=True)
def media_root(settings: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A fresh MEDIA_ROOT for each test (the default FileSystemStorage follows the setting)."""
    root = tmp_path / "media"
    settings.MEDIA_ROOT = str(root)  # type: ignore[attr-defined]
    return root


def ready_picture(story: Story | None = None, *, agency_id: str = "aa:picture:test:1",
                  caption: str = "Test photo: the new park from the air", credit: str = "AA",
                  alt_text: str = "A green park between grey roofs", byline: str = "Test Photographer",
                  width: int = 1600, height: int = 1000, seed: int = 0, render: bool = True) -> Picture:
    """A picture drawn by the tests, received for ``story`` and (unless ``render`` is False) rendered
    as the worker would; its text as given (empty strings leave a field empty)."""
    info = PictureInfo(agency="AA", agency_id=agency_id, caption=caption, credit=credit, alt_text=alt_text,
                       byline=byline)
    picture = receive_picture(info, picture_bytes(width, height, seed=seed), story=story, queue=lambda _: None)
    if not render:
        return picture
    rendered = render_picture(picture.pk)
    assert rendered is not None
    return rendered
