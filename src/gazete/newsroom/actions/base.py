"""What every story action does, in order: check the actor's permission, check the rules on the
locked story, make the change, write one audit entry and, after commit, send one ``action_done``.

A refused action changes nothing and raises :class:`~gazete.newsroom.refusal.Refusal`; the refusal
is written to the story's log as ``refused`` (with the action and the reason in English), so the
log shows attempts the rules stopped, whoever made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import partial
from typing import Any, ClassVar, Generic, TypeVar

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom import audit
from gazete.newsroom.actors import Actor, as_actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import NotPermitted, Refusal
from gazete.newsroom.signals import action_done

Result = TypeVar("Result")

REFUSED = "refused"


class StoryAction(Generic[Result]):
    """One action on one story, taken by an actor (a user or a system actor such as the scheduler).

    Subclasses name their ``permission``, give their log ``code``, and implement :meth:`check`
    (raise a Refusal) and :meth:`change` (change the locked story, return the result). ``copied``
    lists the fields given back to the caller's story instance after the change.
    """

    permission: ClassVar[str]
    code: str = ""
    copied: ClassVar[Sequence[str]] = ()

    def __init__(self, story: Story, actor: Actor | Any, *, now: datetime | None = None) -> None:
        self.story = story
        self.actor = as_actor(actor)
        self.now = now or timezone.now()
        self.entry: StoryLogEntry | None = None

    def check(self, story: Story) -> None:
        """Raise a Refusal when the rules forbid this action on ``story`` (the locked row)."""

    def change(self, story: Story) -> Result:
        """Make the change on ``story`` (the locked row) and return the action's result."""
        raise NotImplementedError

    def happened(self, result: Result) -> bool:
        """Whether the change took place (an edit that changes nothing is neither logged nor announced)."""
        return True

    def note(self) -> str:
        """What the audit entry says besides the action code (a time, a reason…)."""
        return ""

    def records_refusal(self, refusal: Refusal) -> bool:
        """Whether ``refusal`` goes to the story's log (every refusal does, unless an action says not)."""
        return True

    def check_permission(self) -> None:
        """Raise NotPermitted when the actor does not hold this action's permission."""
        if not self.actor.may(self.permission):
            raise NotPermitted("not_permitted", _("Your role does not allow this (%(permission)s)."),
                               {"permission": self.permission})

    def locked_story(self) -> Story:
        """The story's row, locked until the transaction ends."""
        return Story.objects.select_for_update().get(pk=self.story.pk)

    def execute(self) -> Result:
        """Take the action: permission, rules, change, audit entry, and the event after commit."""
        try:
            self.check_permission()
            with transaction.atomic():
                story = self.locked_story()
                self.check(story)
                result = self.change(story)
                if self.happened(result):
                    self.entry = audit.record(story, self.actor, self.code, self.note())
                    transaction.on_commit(partial(action_done.send, sender=type(self), action=self,
                                                  entry=self.entry))
        except Refusal as refusal:
            if self.story.pk is not None and self.records_refusal(refusal):
                audit.record(self.story, self.actor, REFUSED, f"{self.code}: {refusal.reason}")
            raise
        for name in self.copied:
            setattr(self.story, name, getattr(story, name))
        return result
