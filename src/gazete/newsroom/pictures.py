"""Where reader pages get their pictures: a provider the media app registers when it starts.

The newsroom knows nothing of media (media sits above it in the layers, docs/architecture.md), so
pages ask this module, and the media app hands it a :class:`PictureProvider` in its ``ready()``.
Without one (the newsroom alone, a project without media) every story simply has no picture.
What a provider returns is plain data (:class:`PageImage`): addresses, sizes and text, nothing to
query, so a page or a feed renders it without knowing where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from gazete.newsroom.models import Story


@dataclass(frozen=True)
class ImageFile:
    """One file of a picture: its address (absolute, or a path on the site), size in pixels and type."""

    url: str
    width: int
    height: int
    mimetype: str
    size: int = 0  # bytes, when known (an RSS enclosure states its length)


@dataclass(frozen=True)
class ImageSource:
    """One ``<source>`` of a ``<picture>``: a format and its ``srcset`` (``/media/p/… 360w, …``)."""

    mimetype: str
    srcset: str


@dataclass(frozen=True)
class PageImage:
    """A story's picture as pages show it: sources by format, the fallback file, its text, the social file."""

    sources: tuple[ImageSource, ...]  # the preferred format first (AVIF, then WebP)
    fallback: ImageFile  # ``<img src>``, with the width and height that reserve the picture's space
    alt: str
    caption: str = ""
    credit: str = ""  # the agency or owner (``AA``)
    byline: str = ""  # the photographer
    kind: str = "photo"  # "photo", "graphic" or "video" (a video's poster frame)
    social: ImageFile | None = None  # the 1200 px JPEG for og:image, JSON-LD and feeds
    focal_x: float = 0.5  # where a crop keeps its eye: 0 = left edge, 1 = right edge
    focal_y: float = 0.5  # 0 = top edge, 1 = bottom edge

    @property
    def focus(self) -> str:
        """The focal point to the nearest quarter, as cropped cards use it: ``x25-y50`` (class ``focus-x25-y50``)."""
        def quarter(value: float) -> int:
            return round(min(1.0, max(0.0, value)) * 4) * 25

        return f"x{quarter(self.focal_x)}-y{quarter(self.focal_y)}"

    @property
    def credit_name(self) -> str:
        """Who to credit under the picture: ``Ali Veli / AA``, ``AA``, or the photographer alone."""
        return " / ".join(part for part in (self.byline, self.credit) if part)


class PictureProvider(Protocol):
    """What the newsroom asks of whoever keeps pictures (the media app)."""

    def lead_image(self, story: Story) -> PageImage | None:
        """The story's lead picture, or None."""

    def lead_images(self, stories: Sequence[Story]) -> dict[int, PageImage]:
        """The lead picture of each story that has one, by story id, in one query."""


class NoPictures:
    """The provider when none is registered: no story has a picture."""

    def lead_image(self, story: Story) -> PageImage | None:
        """None: there are no pictures."""
        return None

    def lead_images(self, stories: Sequence[Story]) -> dict[int, PageImage]:
        """Nothing: there are no pictures."""
        return {}


_provider: PictureProvider = NoPictures()


def register_provider(provider: PictureProvider) -> None:
    """Make ``provider`` the source of every page's pictures (the media app calls this once, at start)."""
    global _provider
    _provider = provider


def current_provider() -> PictureProvider:
    """The provider pages ask now."""
    return _provider


def lead_image(story: Story) -> PageImage | None:
    """The lead picture of one story (for its article page), or None."""
    return _provider.lead_image(story)


def lead_images(stories: Sequence[Story]) -> dict[int, PageImage]:
    """The lead pictures of a list of stories (cards, feeds, sitemaps), by story id."""
    if not stories:
        return {}
    return _provider.lead_images(stories)
