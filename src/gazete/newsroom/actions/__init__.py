"""Story actions: each checks the actor's permission and the rules, changes the story, writes one
entry to the story's log and sends one ``action_done`` after commit, whoever calls it (the desk,
the admin, the worker's scheduler, a command): publishing (``publish``), taking down
(``unpublish``), the front page (``front_page``), corrections (``correct``), desk edits and wire
updates (``revise``), and the admin's field-by-field saves (``edit``).

Refusals are :class:`~gazete.newsroom.refusal.Refusal` exceptions with a code and a message
translated when shown. Usage: ``PublishStory(story, Actor.person(user)).execute()``.
"""

from gazete.newsroom.actions.base import REFUSED, StoryAction
from gazete.newsroom.actions.correct import CorrectStory
from gazete.newsroom.actions.edit import SaveStoryChanges
from gazete.newsroom.actions.front_page import SetBreaking, SetLead
from gazete.newsroom.actions.publish import PublishScheduledStory, PublishStory, ScheduleStory, publish_due_stories
from gazete.newsroom.actions.revise import ApplyWireUpdate, DismissWireUpdate, EditStoryText, RestoreRevision
from gazete.newsroom.actions.unpublish import UnpublishStory, WithdrawStory

__all__ = [
    "REFUSED",
    "ApplyWireUpdate",
    "CorrectStory",
    "DismissWireUpdate",
    "EditStoryText",
    "PublishScheduledStory",
    "PublishStory",
    "RestoreRevision",
    "SaveStoryChanges",
    "ScheduleStory",
    "SetBreaking",
    "SetLead",
    "StoryAction",
    "UnpublishStory",
    "WithdrawStory",
    "publish_due_stories",
]
