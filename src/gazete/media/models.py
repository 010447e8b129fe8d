"""Pictures from the wire, their renditions, and which pictures belong to which story.

Files live on Django's default storage (the data directory, or an S3-compatible bucket when
``GAZETE_MEDIA_S3_URL`` is set). Names are content-addressed (``gazete.media.naming``), so a file's
URL never changes its bytes and can be cached forever.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Story


class Picture(models.Model):
    """One picture the wire delivered (a photo, a graphic, or a video's poster frame).

    Identity is the agency's id (``agency`` + ``agency_id``); a picture without one (an RSS
    enclosure) is known by its address. ``status`` is ``pending`` until the worker has made its
    renditions, then ``ready``; a file that is no usable image is ``quarantined`` with a reason code
    and message, and the story it came with goes in all the same.
    """

    class Kind(models.TextChoices):
        PHOTO = "photo", _("photo")
        GRAPHIC = "graphic", _("graphic")
        VIDEO = "video", _("video poster")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for renditions")
        READY = "ready", _("ready")
        QUARANTINED = "quarantined", _("quarantined")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PHOTO)
    agency = models.CharField(_("agency"), max_length=20, blank=True)
    agency_id = models.CharField(_("agency id"), max_length=300)
    group_id = models.CharField(_("series (group id)"), max_length=200, blank=True, db_index=True)
    source_url = models.URLField(_("source address"), max_length=1000, blank=True)
    caption = models.TextField(_("caption"), blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True, help_text=_("The agency or owner."))
    byline = models.CharField(_("photographer"), max_length=200, blank=True)
    alt_text = models.CharField(_("alt text"), max_length=300, blank=True)
    taken_at = models.DateTimeField(_("date"), null=True, blank=True)
    width = models.PositiveIntegerField(_("width"), null=True, blank=True)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True)
    mimetype = models.CharField(_("file type"), max_length=60, blank=True)
    original = models.FileField(_("original file"), max_length=300, blank=True)
    sha256 = models.CharField(_("SHA-256 of the file"), max_length=64, blank=True, db_index=True)
    focal_x = models.FloatField(_("focal point x"), default=0.5, help_text=_("0 = left edge, 1 = right edge."))
    focal_y = models.FloatField(_("focal point y"), default=0.5, help_text=_("0 = top edge, 1 = bottom edge."))
    video_url = models.URLField(_("video address"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    reason_code = models.CharField(_("quarantine reason code"), max_length=40, blank=True)
    reason = models.TextField(_("quarantine reason"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("picture")
        verbose_name_plural = _("pictures")
        constraints = [
            models.UniqueConstraint(fields=["agency", "agency_id"], name="picture_unique_agency_id"),
            models.CheckConstraint(
                condition=models.Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="picture_focal_point_in_frame",
            ),
        ]

    def __str__(self) -> str:
        return self.caption[:80] or self.agency_id

    @property
    def is_ready(self) -> bool:
        """True once the renditions are made (pages show only ready pictures)."""
        return self.status == self.Status.READY


class Rendition(models.Model):
    """One file made from a picture by the worker: a width of one format for one purpose."""

    class Format(models.TextChoices):
        WEBP = "webp", "WebP"
        AVIF = "avif", "AVIF"
        JPEG = "jpeg", "JPEG"

    class Purpose(models.TextChoices):
        SRCSET = "srcset", _("page (srcset)")
        SOCIAL = "social", _("social card and JSON-LD")

    picture = models.ForeignKey(Picture, verbose_name=_("picture"), on_delete=models.CASCADE,
                                related_name="renditions")
    format = models.CharField(_("format"), max_length=8, choices=Format.choices)
    purpose = models.CharField(_("purpose"), max_length=8, choices=Purpose.choices, default=Purpose.SRCSET)
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    file = models.FileField(_("file"), max_length=300)
    size = models.PositiveIntegerField(_("bytes"), default=0)

    class Meta:
        ordering = ["picture", "purpose", "format", "width"]
        verbose_name = _("rendition")
        verbose_name_plural = _("renditions")
        constraints = [
            models.UniqueConstraint(fields=["picture", "format", "width", "purpose"], name="rendition_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.picture_id} {self.format} {self.width}w ({self.purpose})"

    @property
    def url(self) -> str:
        """The file's public address (stable: the name carries the picture's hash)."""
        return self.file.url

    @property
    def mimetype(self) -> str:
        """``image/webp``, ``image/avif`` or ``image/jpeg``."""
        return f"image/{self.format}"


class StoryPicture(models.Model):
    """A picture that came with (or was given to) a story, in order; at most one is the story's lead.

    The link lives here, not on ``Story``, so the newsroom knows nothing of media (media sits above it).
    """

    story = models.ForeignKey(Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="picture_links")
    picture = models.ForeignKey(Picture, verbose_name=_("picture"), on_delete=models.CASCADE,
                                related_name="story_links")
    position = models.PositiveIntegerField(_("position"), default=0)
    is_lead = models.BooleanField(_("lead picture"), default=False)

    class Meta:
        ordering = ["story", "position", "id"]
        verbose_name = _("story picture")
        verbose_name_plural = _("story pictures")
        constraints = [
            models.UniqueConstraint(fields=["story", "picture"], name="story_picture_unique"),
            models.UniqueConstraint(fields=["story"], condition=models.Q(is_lead=True),
                                    name="story_one_lead_picture"),
        ]

    def __str__(self) -> str:
        return f"{self.story_id} #{self.position} → {self.picture_id}"
