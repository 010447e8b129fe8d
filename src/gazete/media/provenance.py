"""The photo provenance guard: no lead photo without a caption, a credit and alt text.

Registered into the newsroom's publish checks (``newsroom.publish_checks``) when the app is ready,
so every publishing action — the desk, the admin's actions, the worker's scheduled publishing —
refuses a story whose lead photo lacks one of them, and the lead-photo actions refuse to make such
a photo the lead. The picture checked is the one the story's pages would lead with once it is
rendered: the editor's choice, else the first picture that came with the story; a quarantined
picture is never shown, so it is skipped.
"""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from gazete.media.models import Picture, StoryPicture
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import Refusal

CHECK_NAME = "media.lead_picture"
PICTURE_INCOMPLETE = "picture_incomplete"
LEAD_PICTURE_INCOMPLETE = "lead_picture_incomplete"

# The fields a published photo needs, and how a person calls each (in the refusal's message).
REQUIRED_FIELDS = {"caption": _("caption"), "credit": _("credit"), "alt_text": _("alt text")}


def missing_fields(picture: Picture) -> list[str]:
    """The names of the required fields (``caption``, ``credit``, ``alt_text``) that ``picture`` leaves empty."""
    return [name for name in REQUIRED_FIELDS if not (getattr(picture, name) or "").strip()]


def _listed(names: list[str]) -> str:
    return ", ".join(str(REQUIRED_FIELDS[name]) for name in names)


# Lazy, so the list of fields is said in the language of whoever reads the refusal.
_listed_lazy = lazy(_listed, str)


def picture_problem(picture: Picture) -> Refusal | None:
    """A Refusal (code ``picture_incomplete``) naming what ``picture`` lacks to be a lead photo, or None."""
    missing = missing_fields(picture)
    if not missing:
        return None
    return Refusal(PICTURE_INCOMPLETE,
                   _("This photo lacks: %(missing)s. Fill them in before making it the lead photo."),
                   {"missing": _listed_lazy(missing)})


def would_lead(story: Story) -> Picture | None:
    """The picture the story's pages lead with (or will, once rendered): the chosen one, else the first."""
    links = list(
        StoryPicture.objects.filter(story=story).exclude(picture__status=Picture.Status.QUARANTINED)
        .select_related("picture").order_by("-is_lead", "position", "id")[:1]
    )
    return links[0].picture if links else None


def lead_picture_problem(story: Story) -> Refusal | None:
    """The publish check: a Refusal (``lead_picture_incomplete``) while the lead photo lacks a required field."""
    picture = would_lead(story)
    if picture is None:
        return None
    missing = missing_fields(picture)
    if not missing:
        return None
    return Refusal(LEAD_PICTURE_INCOMPLETE,
                   _("The lead photo lacks: %(missing)s. Fill them in on the story's photos page before "
                     "publishing."),
                   {"missing": _listed_lazy(missing)})
