"""The desk's own records: where a wire draft stands in the incoming queue, and a log of desk actions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Story


class QueueMark(models.Model):
    """An editor's decision on a wire draft in the incoming queue: held, or spiked (never deleted)."""

    class State(models.TextChoices):
        HELD = "held", _("held")
        SPIKED = "spiked", _("spiked")

    story = models.OneToOneField(Story, on_delete=models.CASCADE, related_name="queue_mark")
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("queue mark")
        verbose_name_plural = _("queue marks")

    def __str__(self) -> str:
        return f"{self.state}: {self.story_id}"


class DeskLogEntry(models.Model):
    """One desk action (published, scheduled, spiked…) with who did it and when; the desk's audit trail.

    Its model also carries the desk's role permissions (see gazete.backoffice.roles).
    """

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="desk_log")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=30)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("desk log entry")
        verbose_name_plural = _("desk log entries")
        default_permissions = ("view",)
        permissions = [
            ("use_desk", _("Can open the desk")),
            ("edit_stories", _("Can edit, publish and withdraw stories")),
            ("manage_front_page", _("Can choose lead stories, breaking news and the section order")),
            ("moderate_comments", _("Can moderate comments")),
        ]

    def __str__(self) -> str:
        return f"{self.action} #{self.story_id}"
