"""Stories, their versions (the update chain), authors, sections and tags."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.addresses import address


class Section(models.Model):
    """A section of the site (Dünya, Ekonomi…), shown in the menu in ``order``."""

    name = models.CharField(_("name"), max_length=80)
    name_en = models.CharField(_("English name"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    order = models.PositiveIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return address("newsroom:section", slug=self.slug)


class Author(models.Model):
    """A byline name; wire reporters are created as their stories arrive."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return address("newsroom:author", slug=self.slug)


class Tag(models.Model):
    """A keyword a story is filed under."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return address("newsroom:tag", slug=self.slug)


class StoryQuerySet(models.QuerySet):
    """Queries readers' pages use."""

    def published(self) -> StoryQuerySet:
        """Stories readers may see: published and not in the future."""
        return self.filter(status=Story.Status.PUBLISHED, published_at__lte=timezone.now())

    def slot_holders(self) -> StoryQuerySet:
        """Stories that may hold a lead slot or the breaking bar: real ones always, the sample stories
        only while no real story is published (they step aside when real copy arrives). One query:
        the check for a real story is a subquery."""
        real_published = Story.objects.published().filter(is_sample=False)
        return self.filter(models.Q(is_sample=False) | ~models.Exists(real_published))


class Story(models.Model):
    """One story as readers see it; its current text is a copy of its newest version.

    Identity comes from the agency's id (``agency`` + ``agency_id``) when the feed has one, else
    from ``match_key``: the normalised headline, dateline and authors (see newsroom.matching).
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SCHEDULED = "scheduled", _("scheduled")
        PUBLISHED = "published", _("published")
        WITHDRAWN = "withdrawn", _("withdrawn")

    agency = models.CharField(_("agency"), max_length=20, blank=True)
    agency_id = models.CharField(_("agency id"), max_length=200, blank=True)
    match_key = models.CharField(_("match key"), max_length=64, db_index=True, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, allow_unicode=False)
    language = models.CharField(_("language"), max_length=8, default="tr")
    section = models.ForeignKey(
        Section, verbose_name=_("section"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="stories",
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="stories")
    authors = models.ManyToManyField(Author, verbose_name=_("authors"), blank=True, related_name="stories")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    headline = models.CharField(_("headline"), max_length=400)
    standfirst = models.TextField(_("standfirst"), blank=True)
    dateline_place = models.CharField(_("dateline place"), max_length=120, blank=True)
    dateline_agency = models.CharField(_("dateline agency"), max_length=20, blank=True)
    body = models.JSONField(_("body blocks"), default=list)
    source = models.CharField(_("source"), max_length=120, blank=True)
    kind = models.CharField(_("kind"), max_length=20, blank=True)
    priority = models.PositiveSmallIntegerField(_("priority"), null=True, blank=True)
    is_lead = models.BooleanField(_("lead story (manşet)"), default=False)
    breaking_until = models.DateTimeField(_("breaking until"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    withdrawn_reason = models.TextField(_("withdrawal reason"), blank=True)
    is_sample = models.BooleanField(_("sample story"), default=False)
    has_desk_edits = models.BooleanField(
        _("edited on the desk"), default=False,
        help_text=_("Wire updates to a story an editor has changed are held for review, not applied."),
    )

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "agency_id"],
                condition=~models.Q(agency_id=""),
                name="story_unique_agency_id",
            )
        ]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return address("newsroom:story", pk=self.pk, slug=self.slug)

    @property
    def subheads(self) -> list[str]:
        """The in-body subheads, in order."""
        return [block["text"] for block in self.body if block.get("type") == "subhead"]


class StoryVersion(models.Model):
    """One received version of a story (``UPDATE``, ``UPDATE 2``…), kept for the update history."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(_("version label"), max_length=20, blank=True)
    rank = models.PositiveIntegerField(_("rank"), default=0)
    headline = models.CharField(_("headline"), max_length=400)
    standfirst = models.TextField(_("standfirst"), blank=True)
    authors = models.JSONField(_("authors"), default=list)
    dateline_place = models.CharField(_("dateline place"), max_length=120, blank=True)
    dateline_agency = models.CharField(_("dateline agency"), max_length=20, blank=True)
    body = models.JSONField(_("body blocks"), default=list)
    source = models.CharField(_("source"), max_length=120, blank=True)
    format = models.CharField(_("format"), max_length=20, blank=True)
    raw_payload = models.TextField(_("raw payload"), blank=True)
    content_hash = models.CharField(_("content hash"), max_length=64, db_index=True)
    agency_updated_at = models.DateTimeField(_("agency time"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    pending_review = models.BooleanField(
        _("awaiting an editor"), default=False,
        help_text=_("A wire update that arrived after an editor changed the story; the desk decides."),
    )

    class Meta:
        ordering = ["story", "received_at", "id"]
        verbose_name = _("story version")
        verbose_name_plural = _("story versions")
        constraints = [
            models.UniqueConstraint(fields=["story", "content_hash"], name="version_unique_content"),
        ]

    def __str__(self) -> str:
        return f"{self.label or 'original'}: {self.headline}"


class StoryRevision(models.Model):
    """A saved state of a story's text on the desk; every editor save adds one, any can be restored."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="revisions")
    editor = models.ForeignKey(
        "auth.User", verbose_name=_("editor"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="story_revisions",
    )
    headline = models.CharField(_("headline"), max_length=400)
    standfirst = models.TextField(_("standfirst"), blank=True)
    body = models.JSONField(_("body blocks"), default=list)
    authors = models.JSONField(_("authors"), default=list)
    section_slug = models.CharField(_("section"), max_length=80, blank=True)
    tags = models.JSONField(_("tags"), default=list)
    language = models.CharField(_("language"), max_length=8, default="tr")
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        ordering = ["story", "-created_at", "-id"]
        verbose_name = _("story revision")
        verbose_name_plural = _("story revisions")

    def __str__(self) -> str:
        return f"{self.headline} ({self.created_at:%Y-%m-%d %H:%M})"


class Correction(models.Model):
    """A correction note shown on the article with its time."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="corrections")
    text = models.TextField(_("correction"))
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    created_by = models.ForeignKey(
        "auth.User", verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="story_corrections",
    )

    class Meta:
        ordering = ["story", "created_at", "id"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self) -> str:
        return self.text[:80]



class StoryLogEntry(models.Model):
    """One action on a story (published, scheduled, refused…): who took it, through which door, when.

    The story's audit trail, written by the actions of ``gazete.newsroom.actions`` whoever calls
    them (the desk, the admin, the worker's scheduler, a command). ``user`` is the person;
    ``system_actor`` names the part of the system when no person acted. The table keeps the name
    it had when the log lived in the desk app (``backoffice_desklogentry``).
    """

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="desk_log")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    system_actor = models.CharField(_("system actor"), max_length=30, blank=True)
    via = models.CharField(_("via"), max_length=20, blank=True)
    action = models.CharField(_("action"), max_length=30)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        db_table = "backoffice_desklogentry"
        ordering = ["-created_at", "-id"]
        verbose_name = _("story log entry")
        verbose_name_plural = _("story log entries")

    def __str__(self) -> str:
        return f"{self.action} #{self.story_id}"

    @property
    def actor_name(self) -> str:
        """Who acted, in one word: the user's name, else the system actor's."""
        if self.user is not None:
            return str(self.user.get_username())
        return self.system_actor
