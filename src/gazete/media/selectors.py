"""What pages read about pictures: a story's pictures and lead, srcset strings, the social image.

Only ``ready`` pictures are handed out: a pending or quarantined one has no renditions to show.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch

from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.newsroom.models import Story
from gazete.newsroom.written_sql import columns, instances, placeholders, rows

# Story ids per query of lead_pictures (SQLite allows 32,766 parameters, older builds 999).
IDS_PER_QUERY = 900
# Unordered: the callers sort the links, and the renditions, in Python (the links' default ordering,
# by story, joined the stories table to every page's picture query only to order one story's links).
_READY_LINKS = (StoryPicture.objects.filter(picture__status=Picture.Status.READY).select_related("picture")
                .order_by())


def _with_renditions() -> Prefetch:
    return Prefetch("picture__renditions", queryset=Rendition.objects.order_by())


def story_pictures(story: Story) -> list[Picture]:
    """The story's ready pictures in their order (the lead first when one is chosen), renditions prefetched.

    Two written statements (the pictures with their links' order, then their renditions, through
    ``newsroom.written_sql``), as an article reads this on every uncached render: composed with the
    ORM, the same two queries cost ~1 ms of CPU more.
    """
    picture_columns = columns(Picture)
    ranked = []
    for row in rows(
        f"SELECT {picture_columns.select('p')}, l.is_lead, l.position, l.id "  # noqa: S608
        f"FROM {StoryPicture._meta.db_table} l INNER JOIN {Picture._meta.db_table} p ON p.id = l.picture_id "
        "WHERE l.story_id = %s AND p.status = %s",
        [story.pk, str(Picture.Status.READY)],
    ):
        is_lead, position, link_id = row[picture_columns.count:]
        ranked.append(((not is_lead, position, link_id), picture_columns.instance(row[:picture_columns.count])))
    found = [picture for _, picture in sorted(ranked, key=lambda item: item[0])]
    if found:
        by_picture: dict[int, list[Rendition]] = {picture.pk: [] for picture in found}
        marks = placeholders(len(by_picture))
        rendition_columns = columns(Rendition)
        for rendition in instances(
            rendition_columns,
            f"SELECT {rendition_columns.select('r')} FROM {Rendition._meta.db_table} r "  # noqa: S608
            f"WHERE r.picture_id IN ({marks})", list(by_picture),
        ):
            by_picture[rendition.picture_id].append(rendition)
        for picture in found:
            for rendition in by_picture[picture.pk]:
                rendition.picture = picture  # as a prefetch leaves it: no query to reach the picture
            # Where a prefetch puts them: picture.renditions.all() reads them without a query.
            picture._prefetched_objects_cache = {"renditions": by_picture[picture.pk]}  # type: ignore[attr-defined]
    return found


def lead_picture(story: Story) -> Picture | None:
    """The story's lead picture: the one an editor chose, else the first ready one that came with it."""
    pictures = story_pictures(story)
    return pictures[0] if pictures else None


def lead_pictures(stories: Iterable[Story]) -> dict[int, Picture]:
    """The lead picture of each of ``stories`` by story id (for lists, feeds and sitemaps).

    Two queries (the links with their pictures, then the renditions) for every ``IDS_PER_QUERY``
    stories: a sitemap page of 50,000 stories would pass SQLite's limit on query parameters.
    """
    ids = [story.pk for story in stories]
    chosen: dict[int, tuple[bool, int, int, Picture]] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        batch = ids[start:start + IDS_PER_QUERY]
        for link in _READY_LINKS.filter(story_id__in=batch).prefetch_related(_with_renditions()):
            rank = (not link.is_lead, link.position, link.pk, link.picture)
            if link.story_id not in chosen or rank[:3] < chosen[link.story_id][:3]:
                chosen[link.story_id] = rank
    return {story_id: rank[3] for story_id, rank in chosen.items()}


def renditions(picture: Picture, *, format: str, purpose: str = "srcset") -> list[Rendition]:
    """The picture's renditions of one format and purpose, narrowest first (uses a prefetch when there).

    One rendition per width in a format and purpose (``rendition_unique``), so the order is total.
    """
    return sorted(
        (r for r in picture.renditions.all() if r.format == format and r.purpose == purpose),
        key=lambda r: r.width,
    )


def srcset(picture: Picture, format: str = "webp") -> str:
    """The ``srcset`` attribute for one format: ``/media/p/ab/…-360.webp 360w, …``; empty when none."""
    return ", ".join(f"{r.url} {r.width}w" for r in renditions(picture, format=format))


def fallback_rendition(picture: Picture) -> Rendition | None:
    """The one file for ``<img src>``: the widest srcset WebP (every browser gazete supports reads WebP)."""
    widths = renditions(picture, format="webp")
    return widths[-1] if widths else None


def social_image(picture: Picture) -> Rendition | None:
    """The 1200 px+ JPEG for social cards (og:image) and JSON-LD ``image``, or None."""
    social = [r for r in picture.renditions.all() if r.purpose == Rendition.Purpose.SOCIAL]
    social.sort(key=lambda r: (r.format != Rendition.Format.JPEG, -r.width))
    return social[0] if social else None
