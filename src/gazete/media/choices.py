"""What the desk chooses a story's photos from: the story's own pictures and recent wire pictures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.provenance import missing_fields, would_lead
from gazete.newsroom.models import Story

RECENT_HOURS = 48
RECENT_LIMIT = 30

_WEBP_RENDITIONS = Prefetch("renditions", queryset=Rendition.objects.filter(format="webp", purpose="srcset")
                            .order_by("width"))


@dataclass(frozen=True)
class Choice:
    """A picture as the desk lists it: is it the lead, which required fields it lacks, a preview file."""

    picture: Picture
    is_lead: bool
    chosen: bool  # the editor's choice (else the lead by default: the first that came with the story)
    missing: tuple[str, ...]
    thumbnail: Rendition | None
    large: Rendition | None


def _choice(picture: Picture, *, is_lead: bool = False, chosen: bool = False) -> Choice:
    webp = list(picture.renditions.all())  # the prefetch: WebP srcset files, narrowest first
    return Choice(picture, is_lead, chosen, tuple(missing_fields(picture)), webp[0] if webp else None,
                  webp[-1] if webp else None)


def story_choices(story: Story) -> list[Choice]:
    """Every picture linked to ``story`` (any status), in order, marking the one its pages lead with."""
    leader = would_lead(story)
    links = (StoryPicture.objects.filter(story=story).select_related("picture")
             .prefetch_related(Prefetch("picture__renditions", queryset=_WEBP_RENDITIONS.queryset))
             .order_by("position", "id"))
    return [_choice(link.picture, is_lead=leader is not None and link.picture_id == leader.pk, chosen=link.is_lead)
            for link in links]


def recent_pictures(story: Story | None = None, *, query: str = "", hours: int = RECENT_HOURS,
                    limit: int = RECENT_LIMIT, now: datetime | None = None) -> list[Choice]:
    """Photos and graphics in from the wire (or uploaded) in the last ``hours``, newest first, not quarantined,
    not already on ``story``; ``query`` keeps those whose caption holds every one of its words."""
    since = (now or timezone.now()) - timedelta(hours=hours)
    pictures: QuerySet[Picture] = Picture.objects.filter(created_at__gte=since).exclude(
        status=Picture.Status.QUARANTINED)
    if story is not None:
        pictures = pictures.exclude(story_links__story=story)
    for word in query.split()[:8]:
        pictures = pictures.filter(caption__icontains=word)
    return [_choice(picture) for picture in pictures.prefetch_related(_WEBP_RENDITIONS).order_by("-created_at", "-id")
            [:limit]]


def picture_choice(story: Story, picture: Picture) -> Choice:
    """One picture as the desk shows it for ``story`` (the picture's own page)."""
    link = StoryPicture.objects.filter(story=story, picture=picture).first()
    leader = would_lead(story)
    fresh = Picture.objects.prefetch_related(_WEBP_RENDITIONS).get(pk=picture.pk)
    return _choice(fresh, is_lead=leader is not None and leader.pk == picture.pk,
                   chosen=bool(link and link.is_lead))


def lead_choice(story: Story) -> Choice | None:
    """The picture the story's pages lead with (or will), as the desk shows it; None without one."""
    leader = would_lead(story)
    return picture_choice(story, leader) if leader is not None else None


def social_crop(picture: Picture) -> Rendition | None:
    """The picture's social card as made now (the focal-point crop), for the desk to show; None before."""
    return (Rendition.objects.filter(picture=picture, purpose=Rendition.Purpose.SOCIAL)
            .order_by("format", "-width").first())
