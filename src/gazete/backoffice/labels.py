"""Words the desk shows for the codes it stores: desk-log actions, queue states and roles, translated.

The codes stay English in the database (``DeskLogEntry.action``, ``QueueMark.state``, group names);
only what the editor reads follows the interface language. An unknown code is shown as it is.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Every action written to a story's log: by the story actions (gazete.newsroom.actions), whoever
# calls them, and by the desk itself (views/story.py, queue.py).
LOG_ACTIONS: dict[str, Promise] = {
    "published": pgettext_lazy("desk log", "published"),
    "scheduled": pgettext_lazy("desk log", "scheduled"),
    "unpublished": pgettext_lazy("desk log", "unpublished"),
    "withdrawn": pgettext_lazy("desk log", "withdrawn"),
    "correction": pgettext_lazy("desk log", "correction"),
    "lead": pgettext_lazy("desk log", "lead"),
    "lead removed": pgettext_lazy("desk log", "lead removed"),
    "breaking": pgettext_lazy("desk log", "breaking"),
    "breaking removed": pgettext_lazy("desk log", "breaking removed"),
    "refused": pgettext_lazy("desk log", "refused"),
    "unscheduled": pgettext_lazy("desk log", "unscheduled"),
    "edited": pgettext_lazy("desk log", "edited"),
    "created": pgettext_lazy("desk log", "created"),
    "held": pgettext_lazy("desk log", "held"),
    "spiked": pgettext_lazy("desk log", "spiked"),
    "returned to the queue": pgettext_lazy("desk log", "returned to the queue"),
    "left the queue": pgettext_lazy("desk log", "left the queue"),
    "restored": pgettext_lazy("desk log", "restored"),
    "applied wire update": pgettext_lazy("desk log", "applied wire update"),
    "dismissed wire update": pgettext_lazy("desk log", "dismissed wire update"),
    # The photo actions (gazete.media.actions).
    "lead photo": pgettext_lazy("desk log", "lead photo"),
    "lead photo cleared": pgettext_lazy("desk log", "lead photo cleared"),
    "photo removed": pgettext_lazy("desk log", "photo removed"),
    "photo text edited": pgettext_lazy("desk log", "photo text edited"),
    "focal point": pgettext_lazy("desk log", "focal point"),
    "photo uploaded": pgettext_lazy("desk log", "photo uploaded"),
}

# The incoming queue's states (gazete.backoffice.queue.QUEUE_STATES); "held" and "spiked" are
# the same words as QueueMark.State's labels.
QUEUE_STATE_LABELS: dict[str, Promise] = {"new": _("new"), "held": _("held"), "spiked": _("spiked")}

ROLE_LABELS: dict[str, Promise] = {
    "editor": _("editor"),
    "moderator": _("moderator"),
    "administrator": _("administrator"),
}


def _label(table: dict[str, Promise], code: object) -> str:
    text = "" if code is None else str(code)
    return str(table[text]) if text in table else text


def log_action_label(code: object) -> str:
    """The desk-log action ``code`` in the interface language (the code itself when unknown)."""
    return _label(LOG_ACTIONS, code)


def queue_state_label(code: object) -> str:
    """The incoming-queue state ``code`` (new, held, spiked) in the interface language."""
    return _label(QUEUE_STATE_LABELS, code)


def role_label(code: object) -> str:
    """The desk role ``code`` (editor, moderator, administrator) in the interface language."""
    return _label(ROLE_LABELS, code)
