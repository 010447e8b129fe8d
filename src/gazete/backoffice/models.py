"""The desk's own records: where a wire draft stands in the incoming queue; the story log as the desk reads it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Story, StoryLogEntry


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


class DeskLogEntry(StoryLogEntry):
    """The story log as the desk reads it; its model carries the desk's role permissions.

    The log itself is ``gazete.newsroom.models.StoryLogEntry`` (the newsroom's actions write it,
    whoever calls them); this proxy keeps the permissions the roles hand out under ``backoffice``
    (see gazete.backoffice.roles), with the content type they always had.
    """

    class Meta:
        proxy = True
        verbose_name = _("desk log entry")
        verbose_name_plural = _("desk log entries")
        default_permissions = ("view",)
        permissions = [
            ("use_desk", _("Can open the desk")),
            ("edit_stories", _("Can edit, publish and withdraw stories")),
            ("manage_front_page", _("Can choose lead stories, breaking news and the section order")),
            ("moderate_comments", _("Can moderate comments")),
        ]
