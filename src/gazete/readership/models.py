"""Stored read counts: a total per story, per-day and per-hour buckets, applied flush batches."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Story


class StoryReads(models.Model):
    """The stored read total of one story: reads counted here plus a baseline carried over.

    ``counted`` only grows through flushes of the read buffer; ``baseline`` is the count an old
    portal showed when the story was migrated (``seed_read_count``). Readers see their sum plus
    whatever is still buffered (see ``services.read_counts``).
    """

    story = models.OneToOneField(
        Story, primary_key=True, on_delete=models.CASCADE, related_name="read_stats", verbose_name=_("story")
    )
    counted = models.BigIntegerField(_("reads counted"), default=0)
    baseline = models.BigIntegerField(_("reads carried over"), default=0)
    last_read_at = models.DateTimeField(_("last read"), null=True, blank=True)

    class Meta:
        verbose_name = _("story reads")
        verbose_name_plural = _("story reads")
        indexes = [models.Index(fields=["-counted"], name="readership_counted_desc")]

    def __str__(self) -> str:
        return f"{self.story_id}: {self.total}"

    @property
    def total(self) -> int:
        """What readers see (once the buffer is flushed): counted reads plus the baseline."""
        return self.counted + self.baseline


class DailyReads(models.Model):
    """Reads of one story on one local calendar day (settings.TIME_ZONE)."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="daily_reads")
    day = models.DateField(_("day"))
    reads = models.BigIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("daily reads")
        verbose_name_plural = _("daily reads")
        constraints = [models.UniqueConstraint(fields=["story", "day"], name="readership_daily_unique")]
        indexes = [models.Index(fields=["day", "-reads"], name="readership_day_reads")]


class HourlyReads(models.Model):
    """Reads of one story in one clock hour (UTC, kept a few days) for the trending score."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="hourly_reads")
    hour = models.DateTimeField(_("hour"))
    reads = models.BigIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("hourly reads")
        verbose_name_plural = _("hourly reads")
        constraints = [models.UniqueConstraint(fields=["story", "hour"], name="readership_hourly_unique")]
        indexes = [models.Index(fields=["hour"], name="readership_hour")]


class AppliedReadBatch(models.Model):
    """A flush batch whose increments are in the tables above; makes re-applying it a no-op.

    It is written in the same transaction as the increments, so after a crash a batch is either
    fully applied and recorded, or neither.
    """

    batch_id = models.CharField(_("batch id"), max_length=80, primary_key=True)
    applied_at = models.DateTimeField(_("applied at"), db_index=True)
    reads = models.BigIntegerField(_("reads"), default=0)

    class Meta:
        verbose_name = _("applied read batch")
        verbose_name_plural = _("applied read batches")


class VisitorSalt(models.Model):
    """The random salt of one day for hashing cookieless visitors (IP + user agent); rotated daily."""

    day = models.DateField(_("day"), primary_key=True)
    salt = models.CharField(_("salt"), max_length=64)

    class Meta:
        verbose_name = _("visitor salt")
        verbose_name_plural = _("visitor salts")


class OutageSeenRead(models.Model):
    """A visitor's read of a story counted while Redis was unreachable: the dedupe key of the
    database fallback (``services.record_read``), kept until the dedupe window is over."""

    key = models.CharField(_("visitor and story"), max_length=120, primary_key=True)
    expires = models.DateTimeField(_("expires"), db_index=True)

    class Meta:
        verbose_name = _("read seen during a Redis outage")
        verbose_name_plural = _("reads seen during a Redis outage")
