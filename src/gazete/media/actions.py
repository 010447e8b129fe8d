"""The desk's actions on a story's photos, in the newsroom's action style (``newsroom.actions``).

Each checks the actor's permission (``backoffice.edit_stories``: editors, not moderators) and its
rules, makes the change, writes one entry in the story's log and sends one ``action_done`` after
commit; a refused one changes nothing, raises a coded :class:`~gazete.newsroom.refusal.Refusal`
and is logged as ``refused``. Whoever calls them (the desk, a command, a test) gets the same rules:

- :class:`ChooseLeadPicture` — make a photo the story's lead (a photo that came with it, a recent
  wire photo or an upload); refused while the photo is quarantined or lacks a caption, a credit or
  alt text (the provenance guard, ``media.provenance``).
- :class:`ClearLeadPicture` — drop the editor's choice (the first photo that came with the story leads).
- :class:`DetachPicture` — take a photo off the story altogether.
- :class:`EditPictureText` — caption, credit, photographer and alt text.
- :class:`SetFocalPoint` — where crops keep their eye; the worker then remakes the crops.
- :class:`UploadPicture` — a photo from the editor's computer, checked like a wire photo, stored,
  linked to the story and queued to the worker for its renditions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from gazete.media.ingest import PictureInfo, receive_picture
from gazete.media.models import Picture, StoryPicture
from gazete.media.naming import sha256_hex
from gazete.media.provenance import picture_problem
from gazete.media.renditions import DEFAULT_LIMITS, Limits, inspect
from gazete.media.renditions import Refusal as FileRefusal
from gazete.media.services import set_lead_picture
from gazete.newsroom.actions import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal

UPLOAD_AGENCY = "upload"  # Picture.agency of photos uploaded on the desk (agency_id: the bytes' hash)

# Why an uploaded file is refused, said to the editor (the codes of ``media.renditions``).
FILE_REFUSALS = {
    "empty": _("The file is empty."),
    "too_large": _("The file is too large (the limit is 40 MB)."),
    "not_an_image": _("The file is not a picture."),
    "unsupported_format": _("Pictures in this format are not accepted (JPEG, PNG, WebP, GIF, TIFF or AVIF are)."),
    "decompression_bomb": _("The picture has too many pixels (the limit is 100 million)."),
    "truncated": _("The file is damaged or incomplete."),
    "unreadable": _("The picture cannot be read."),
}


def _note(picture: Picture) -> str:
    caption = " ".join(picture.caption.split())
    return f"picture {picture.pk}" + (f": {caption[:80]}" if caption else "")


def _announce_stories_of(picture: Picture) -> None:
    for link in StoryPicture.objects.filter(picture=picture).select_related("story"):
        announce_on_commit(link.story, "picture")


R = TypeVar("R")


class PictureAction(StoryAction[R]):
    """A story action on one of its photos (or one to become its photo); logged with the photo's number and caption."""

    def __init__(self, story: Story, actor: Actor | Any, picture: Picture, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.picture = picture

    def note(self) -> str:
        """Which photo."""
        return _note(self.picture)


class ChooseLeadPicture(PictureAction[Picture]):
    """Make ``picture`` the story's lead photo (attaching it to the story when it came with another)."""

    permission = EDIT_STORIES
    code = "lead photo"

    def check(self, story: Story) -> None:
        """Not quarantined, and with caption, credit and alt text."""
        picture = Picture.objects.get(pk=self.picture.pk)
        if picture.status == Picture.Status.QUARANTINED:
            raise Refusal("picture_quarantined",
                          _("This photo was quarantined (%(reason)s), so it cannot lead a story."),
                          {"reason": picture.reason_code})
        problem = picture_problem(picture)
        if problem is not None:
            raise problem

    def change(self, story: Story) -> Picture:
        """The lead from now on (the story's pages follow)."""
        set_lead_picture(story, self.picture)
        return self.picture


class ClearLeadPicture(StoryAction[bool]):
    """Drop the editor's choice of lead photo; the first photo that came with the story leads again."""

    permission = EDIT_STORIES
    code = "lead photo cleared"

    def change(self, story: Story) -> bool:
        """True when there was a choice to drop."""
        chosen = StoryPicture.objects.filter(story=story, is_lead=True).exists()
        if chosen:
            set_lead_picture(story, None)
        return chosen

    def happened(self, result: bool) -> bool:
        """Nothing to log when no photo was chosen."""
        return result


class DetachPicture(PictureAction[None]):
    """Take ``picture`` off the story (it stays among the pictures, for other stories and later)."""

    permission = EDIT_STORIES
    code = "photo removed"

    def check(self, story: Story) -> None:
        """The photo belongs to the story."""
        if not StoryPicture.objects.filter(story=story, picture=self.picture).exists():
            raise Refusal("picture_not_on_story", _("This photo is not one of the story's photos."))

    def change(self, story: Story) -> None:
        """The link is gone; the story's pages follow."""
        StoryPicture.objects.filter(story=story, picture=self.picture).delete()
        announce_on_commit(story, "picture")


@dataclass(frozen=True)
class PictureText:
    """What the desk may say about a photo: caption, credit (agency or owner), photographer, alt text."""

    caption: str
    credit: str
    byline: str
    alt_text: str

    FIELDS = ("caption", "credit", "byline", "alt_text")

    @classmethod
    def of(cls, picture: Picture) -> PictureText:
        """The photo's text as it is."""
        return cls(picture.caption, picture.credit, picture.byline, picture.alt_text)


class EditPictureText(PictureAction[list[str]]):
    """Change a photo's caption, credit, photographer and alt text (logged on the story it was edited for)."""

    permission = EDIT_STORIES
    code = "photo text edited"

    def __init__(self, story: Story, actor: Actor | Any, picture: Picture, text: PictureText, *,
                 now: datetime | None = None) -> None:
        super().__init__(story, actor, picture, now=now)
        self.text = PictureText(*(" ".join(getattr(text, name).split()) if name != "caption"
                                  else getattr(text, name).strip() for name in PictureText.FIELDS))
        self.changed: list[str] = []

    def change(self, story: Story) -> list[str]:
        """Save the fields that changed; every story showing the photo is announced."""
        picture = Picture.objects.select_for_update().get(pk=self.picture.pk)
        self.changed = [name for name in PictureText.FIELDS if getattr(picture, name) != getattr(self.text, name)]
        if self.changed:
            for name in self.changed:
                setattr(picture, name, getattr(self.text, name))
                setattr(self.picture, name, getattr(self.text, name))
            picture.save(update_fields=[*self.changed, "updated_at"])
            _announce_stories_of(picture)
        return self.changed

    def happened(self, result: list[str]) -> bool:
        """A save that changes nothing is not logged."""
        return bool(result)

    def note(self) -> str:
        """Which photo and which fields."""
        return f"{_note(self.picture)} ({', '.join(self.changed)})"


class SetFocalPoint(PictureAction[bool]):
    """Set where a photo's crops keep their eye (``x``, ``y`` from 0 to 1); the worker remakes the crops."""

    permission = EDIT_STORIES
    code = "focal point"

    def __init__(self, story: Story, actor: Actor | Any, picture: Picture, x: float, y: float, *,
                 now: datetime | None = None) -> None:
        super().__init__(story, actor, picture, now=now)
        self.x, self.y = x, y

    def check(self, story: Story) -> None:
        """Inside the frame."""
        if not (0 <= self.x <= 1 and 0 <= self.y <= 1):
            raise Refusal("focal_out_of_frame",
                          _("The focal point must lie inside the photo (0 to 1 across and down)."))

    def change(self, story: Story) -> bool:
        """Saved; once committed, a ready photo's crops are queued to the worker (True when it moved)."""
        picture = Picture.objects.select_for_update().get(pk=self.picture.pk)
        x, y = round(self.x, 4), round(self.y, 4)
        if (picture.focal_x, picture.focal_y) == (x, y):
            return False
        Picture.objects.filter(pk=picture.pk).update(focal_x=x, focal_y=y)
        self.picture.focal_x, self.picture.focal_y = x, y
        if picture.status == Picture.Status.READY:
            transaction.on_commit(lambda: queue_recrop(picture.pk))
        return True

    def happened(self, result: bool) -> bool:
        """The same point again is not logged."""
        return result

    def note(self) -> str:
        """Which photo and where."""
        return f"{_note(self.picture)} at {self.x:.2f}, {self.y:.2f}"


def queue_recrop(picture_id: int) -> None:
    """Queue the worker's remaking of a ready picture's focal-point crops."""
    from gazete.media.tasks import recrop_picture_task  # the task module imports ingest, which imports models

    recrop_picture_task(picture_id)


class UploadPicture(StoryAction[Picture]):
    """Take in a photo uploaded on the desk for a story: checked like a wire photo, stored, queued.

    The file is checked from its header first (``media.renditions.inspect``: size, format, pixel
    count); a file that is no usable picture is refused with its reason code (``upload_<code>``)
    and nothing is stored. A usable one is stored through the storage API, linked to the story
    and its renditions queued to the worker after commit (never made here).
    """

    permission = EDIT_STORIES
    code = "photo uploaded"

    def __init__(self, story: Story, actor: Actor | Any, data: bytes, text: PictureText, *,
                 limits: Limits = DEFAULT_LIMITS, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.data = data
        self.text = text
        self.limits = limits
        self.picture: Picture | None = None

    def check(self, story: Story) -> None:
        """A usable picture file."""
        checked = inspect(self.data, self.limits)
        if isinstance(checked, FileRefusal):
            raise Refusal(f"upload_{checked.code}", FILE_REFUSALS.get(checked.code, _("The picture cannot be read.")))

    def change(self, story: Story) -> Picture:
        """Stored and linked to the story; renditions follow from the worker."""
        info = PictureInfo(agency=UPLOAD_AGENCY, agency_id=f"sha256:{sha256_hex(self.data)}", caption=self.text.caption,
                           credit=self.text.credit, byline=self.text.byline, alt_text=self.text.alt_text)
        self.picture = receive_picture(info, self.data, story=story, limits=self.limits)
        return self.picture

    def note(self) -> str:
        """Which photo."""
        return _note(self.picture) if self.picture is not None else ""
