"""Comments, reader reports, moderator actions (the audit trail), blocks and the comment policy."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Section, Story


class Comment(models.Model):
    """One submission by a reader, with its status and the engine's verdict; never deleted by the engine.

    ``codes`` holds the verdict's reason codes as ``,code,code,`` so queues can filter by rule with a
    plain ``LIKE`` on every database.
    """

    class Status(models.TextChoices):
        APPROVED = "approved", _("approved")
        HELD = "held", _("held (awaiting approval)")
        REJECTED = "rejected", _("rejected")
        REMOVED = "removed", _("removed")

    story = models.ForeignKey(Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", verbose_name=_("reply to"), null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("e-mail"), blank=True)
    text = models.TextField(_("text"))
    text_hash = models.CharField(_("text hash"), max_length=64, db_index=True)
    lang = models.CharField(_("page language"), max_length=8, default="tr")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, db_index=True)
    decision = models.CharField(_("engine decision"), max_length=10, blank=True)
    verdict = models.JSONField(_("engine verdict"), default=dict, blank=True)
    codes = models.CharField(_("reason codes"), max_length=200, blank=True)
    refusal = models.CharField(_("refused before moderation"), max_length=20, blank=True)
    premoderated = models.BooleanField(_("held by pre-moderation"), default=False)
    visitor_hash = models.CharField(_("visitor (hashed)"), max_length=64, db_index=True)
    report_count = models.PositiveIntegerField(_("open reports"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [models.Index(fields=["story", "status", "created_at"])]
        permissions = [("moderate_all_sections", _("Can moderate comments in every section"))]

    def __str__(self) -> str:
        return f"{self.name}: {self.text[:40]}"

    @property
    def code_list(self) -> list[str]:
        """Return the verdict's reason codes."""
        return [code for code in self.codes.split(",") if code]


class CommentReport(models.Model):
    """A reader's report of a published comment; ``resolved_at`` is set when a moderator acts on it."""

    class Reason(models.TextChoices):
        PROFANITY = "profanity", _("profanity")
        INSULT = "insult", _("insult")
        OFFENSIVE = "offensive", _("offensive or hateful")
        BELIEF_ATTACK = "belief_attack", _("attack on beliefs")
        SPAM = "spam", _("spam or advertising")
        OTHER = "other", _("other")

    comment = models.ForeignKey(Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    visitor_hash = models.CharField(_("visitor (hashed)"), max_length=64)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("comment report")
        verbose_name_plural = _("comment reports")
        constraints = [
            models.UniqueConstraint(fields=["comment", "visitor_hash"], name="report_once_per_visitor")
        ]


class ModerationAction(models.Model):
    """One moderator decision on a comment (who, when, from which status to which, and why)."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("approve")
        REJECT = "reject", _("reject")
        REMOVE = "remove", _("remove")
        DISMISS_REPORTS = "dismiss", _("keep, dismiss reports")

    comment = models.ForeignKey(Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="actions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("moderator"), null=True,
                             on_delete=models.SET_NULL)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    from_status = models.CharField(_("from"), max_length=10)
    to_status = models.CharField(_("to"), max_length=10)
    engine_decision = models.CharField(_("engine decision"), max_length=10, blank=True)
    is_override = models.BooleanField(_("overrides the engine"), default=False)
    note = models.CharField(_("why"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")


class BlockedVisitor(models.Model):
    """A visitor (by hashed id) whose submissions are refused."""

    visitor_hash = models.CharField(_("visitor (hashed)"), max_length=64, unique=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    blocked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("blocked by"), null=True,
                                   on_delete=models.SET_NULL)
    created_at = models.DateTimeField(_("blocked at"), default=timezone.now)

    class Meta:
        verbose_name = _("blocked visitor")
        verbose_name_plural = _("blocked visitors")


class SectionModerator(models.Model):
    """Lets a staff user moderate the comments of one section."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("moderator"), on_delete=models.CASCADE,
                             related_name="+")
    section = models.ForeignKey(Section, verbose_name=_("section"), on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("section moderator")
        verbose_name_plural = _("section moderators")
        constraints = [models.UniqueConstraint(fields=["user", "section"], name="section_moderator_once")]

    def __str__(self) -> str:
        return f"{self.user} → {self.section}"


class CommentPolicy(models.Model):
    """The site's comment policy (a single row): rules, thresholds, words, limits, pre-moderation."""

    enabled_codes = models.JSONField(_("rules switched on"), default=list)
    review_threshold = models.FloatField(_("hold from score"), default=0.5)
    reject_threshold = models.FloatField(_("reject from score"), default=0.85)
    allowed_words = models.TextField(_("allowed words (one a line)"), blank=True)
    banned_words = models.TextField(_("banned words (one a line)"), blank=True)
    max_length = models.PositiveIntegerField(_("longest comment (characters)"), default=2000)
    min_interval_seconds = models.PositiveIntegerField(_("seconds between comments"), default=30)
    daily_cap = models.PositiveIntegerField(_("comments per visitor per day"), default=50)
    class OtherLanguage(models.TextChoices):
        """What a comment in another script's language (Russian, Arabic…) gets: no rule can read it."""

        REVIEW = "review", _("hold for a moderator")
        REJECT = "reject", _("reject")
        NOTE = "note", _("publish")

    other_language = models.CharField(
        _("comments in another script"), max_length=8, choices=OtherLanguage.choices, default=OtherLanguage.REVIEW
    )
    spelling_blocks = models.BooleanField(
        _("misspelled comments wait for the fix"),
        default=True,
        help_text=_("Off: a single spelling mistake is a note only, the comment is published with a suggested fix."),
    )
    premoderate_all = models.BooleanField(_("pre-moderate every section"), default=False)
    premoderated_sections = models.ManyToManyField(
        Section, blank=True, related_name="+", verbose_name=_("pre-moderated sections")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("comment policy")
        verbose_name_plural = _("comment policy")
