"""Wire sources with their publish rules, section rules, the seen-id store, and quarantined payloads."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Section, Story


class PublishMode(models.TextChoices):
    """Whether a source's new stories go live at once or wait for an editor."""

    PUBLISH = "publish", _("publish at once")
    HOLD = "hold", _("hold for an editor")


class WireSource(models.Model):
    """One place wire copy comes from: the AA subscriber API, an RSS/Atom feed, or files.

    Publish rules live here: ``publish_mode`` and ``default_section`` apply to every story of the
    source unless a :class:`SectionRule` routes it to another section with its own mode. Polling
    state (checkpoint, conditional-GET validators, lease) is kept on the row too.
    """

    class Kind(models.TextChoices):
        AA = "aa", _("AA subscriber API")
        FEED = "feed", _("RSS/Atom feed")
        FILES = "files", _("files (gazete ingest)")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    url = models.URLField(_("address"), max_length=500, blank=True,
                          help_text=_("Feed address, or the AA API base (default: GAZETE_AA_BASE_URL)."))
    enabled = models.BooleanField(_("enabled"), default=True)
    publish_mode = models.CharField(_("publish mode"), max_length=10, choices=PublishMode.choices,
                                    default=PublishMode.PUBLISH)
    default_section = models.ForeignKey(Section, verbose_name=_("default section"), null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+")
    poll_interval = models.PositiveIntegerField(_("poll interval (seconds)"), default=300)
    options = models.JSONField(_("options"), default=dict, blank=True,
                               help_text=_('AA search filters, e.g. {"filter_language": 1}.'))
    # Polling state.
    checkpoint = models.DateTimeField(_("checkpoint (last search end)"), null=True, blank=True)
    etag = models.CharField(_("ETag"), max_length=300, blank=True)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True)
    last_polled_at = models.DateTimeField(_("last polled at"), null=True, blank=True)
    next_poll_at = models.DateTimeField(_("next poll at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    lease_until = models.DateTimeField(_("poll lease until"), null=True, blank=True)
    lease_token = models.CharField(_("poll lease token"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("wire source")
        verbose_name_plural = _("wire sources")

    def __str__(self) -> str:
        return self.name


class SectionRule(models.Model):
    """Routes a source's stories into a section by agency subject, and overrides its publish mode there."""

    source = models.ForeignKey(WireSource, on_delete=models.CASCADE, related_name="section_rules")
    section = models.ForeignKey(Section, verbose_name=_("section"), on_delete=models.CASCADE,
                                related_name="+")
    subjects = models.CharField(
        _("agency subjects"), max_length=300, blank=True,
        help_text=_("Comma-separated agency categories that go to this section (e.g. 'Ekonomi, Economy'). "
                    "Empty: the rule only sets the publish mode of stories landing in the section."),
    )
    publish_mode = models.CharField(_("publish mode"), max_length=10, choices=PublishMode.choices, blank=True,
                                    help_text=_("Empty: as the source."))
    order = models.PositiveIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["source", "order", "id"]
        verbose_name = _("section rule")
        verbose_name_plural = _("section rules")

    def __str__(self) -> str:
        return f"{self.source} → {self.section}"

    def subject_set(self) -> frozenset[str]:
        """The rule's subjects, case-folded."""
        return frozenset(part.strip().casefold() for part in self.subjects.split(",") if part.strip())


class CategoryMapping(models.Model):
    """Sends stories of an agency category (AA's ``aacat:2``, IPTC ``medtop:15000000``, a name) to a section.

    The desk edits this table; it applies to every source after the source's own section rules and
    before its default section. An IPTC subject or media-topic code also matches its narrower codes
    that share its top level (``subj:15000000`` takes ``subj:15054000``). The section is named by its
    slug, so the shipped defaults wait, inert, until the portal has that section.
    """

    code = models.CharField(
        _("agency category"), max_length=120, unique=True,
        help_text=_("A category code as the agency sends it (aacat:2, medtop:04000000, subj:15000000) or a "
                    "category name (Spor, Economy); case does not matter."),
    )
    label = models.CharField(_("description"), max_length=120, blank=True)
    section_slug = models.SlugField(_("section"), max_length=80,
                                    help_text=_("The section's slug (gundem, dunya, ekonomi, spor…)."))
    order = models.PositiveIntegerField(_("order"), default=100,
                                        help_text=_("When a story has several categories, the lowest order wins."))
    enabled = models.BooleanField(_("enabled"), default=True)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("category mapping")
        verbose_name_plural = _("categories to sections")

    def __str__(self) -> str:
        return f"{self.code} → {self.section_slug}"


class SeenDocument(models.Model):
    """An agency document already fetched in this version, so a poll does not download it again."""

    source = models.ForeignKey(WireSource, verbose_name=_("source"), on_delete=models.CASCADE,
                               related_name="seen_documents")
    document_id = models.CharField(_("document id"), max_length=200)
    version = models.CharField(_("version marker"), max_length=100, blank=True)
    seen_at = models.DateTimeField(_("seen at"), default=timezone.now)

    class Meta:
        verbose_name = _("seen document")
        verbose_name_plural = _("seen documents")
        constraints = [
            models.UniqueConstraint(fields=["source", "document_id", "version"], name="seen_document_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.document_id} ({self.version or '-'})"


class QuarantinedPayload(models.Model):
    """A payload that could not be parsed or stored, kept with its reason for an editor to look at."""

    source = models.ForeignKey(WireSource, verbose_name=_("source"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="quarantined")
    location = models.CharField(_("path or address"), max_length=1000)
    entry_index = models.PositiveIntegerField(
        _("entry"), null=True, blank=True, help_text=_("Which entry of a multi-story payload failed."))
    raw = models.BinaryField(_("raw payload"))
    content_hash = models.CharField(_("content hash"), max_length=64, db_index=True)
    format = models.CharField(_("format"), max_length=20, blank=True)
    reason = models.TextField(_("reason"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    resolved = models.BooleanField(_("resolved"), default=False, db_index=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    story = models.ForeignKey(Story, verbose_name=_("stored as"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("quarantined payload")
        verbose_name_plural = _("quarantined payloads")

    def __str__(self) -> str:
        return f"#{self.pk} {self.location}: {self.reason[:60]}"

    def raw_text(self, limit: int | None = None) -> str:
        """The raw payload decoded for display (undecodable bytes shown as U+FFFD)."""
        data = bytes(self.raw)
        if limit is not None:
            data = data[:limit]
        return data.decode("utf-8", errors="replace")
