"""The media app's answer to the newsroom's pages: a story's lead picture as plain page data.

``MediaPictures`` is the :class:`gazete.newsroom.pictures.PictureProvider` the app registers at
start (``MediaConfig.ready``): it reads ready pictures through ``media.selectors`` and turns each
into a :class:`~gazete.newsroom.pictures.PageImage` (sources per format, the fallback file with its
size, alt text, caption, credit, the social JPEG), so the newsroom's templates, feeds and sitemaps
never touch a media model.
"""

from __future__ import annotations

from collections.abc import Sequence

from gazete.media import selectors
from gazete.media.ingest import alt_from_caption
from gazete.media.models import Picture, Rendition
from gazete.newsroom.models import Story
from gazete.newsroom.pictures import ImageFile, ImageSource, PageImage

# <source> order: the smallest files first, for browsers that read them (AVIF, then WebP).
SOURCE_FORMATS = ("avif", "webp")


def _file(rendition: Rendition) -> ImageFile:
    return ImageFile(
        url=rendition.url,
        width=rendition.width,
        height=rendition.height,
        mimetype=rendition.mimetype,
        size=rendition.size,
    )


def alt_text(picture: Picture) -> str:
    """The picture's alt text; a picture without one is described by its caption's first sentence (as at ingest)."""
    return picture.alt_text.strip() or alt_from_caption(picture.caption)


def page_image(picture: Picture) -> PageImage | None:
    """What pages show of a ready picture; None when it has no page renditions to show."""
    fallback = selectors.fallback_rendition(picture)
    if fallback is None:
        return None
    sources = tuple(
        ImageSource(mimetype=f"image/{format}", srcset=srcset)
        for format in SOURCE_FORMATS
        if (srcset := selectors.srcset(picture, format))
    )
    social = selectors.social_image(picture)
    return PageImage(
        sources=sources,
        fallback=_file(fallback),
        alt=alt_text(picture),
        caption=picture.caption.strip(),
        credit=picture.credit.strip(),
        byline=picture.byline.strip(),
        kind=picture.kind,
        social=_file(social) if social is not None else None,
        focal_x=picture.focal_x,
        focal_y=picture.focal_y,
    )


class MediaPictures:
    """The pages' picture provider backed by the media app's ready pictures."""

    def lead_image(self, story: Story) -> PageImage | None:
        """The story's lead picture (the editor's choice, else the first that came with it), or None."""
        picture = selectors.lead_picture(story)
        return page_image(picture) if picture is not None else None

    def lead_images(self, stories: Sequence[Story]) -> dict[int, PageImage]:
        """The lead picture of each story that has one, by story id (two queries for any number)."""
        found = {}
        for story_id, picture in selectors.lead_pictures(stories).items():
            image = page_image(picture)
            if image is not None:
                found[story_id] = image
        return found
