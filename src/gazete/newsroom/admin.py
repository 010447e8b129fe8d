"""Admin registration for stories, versions, authors, sections and tags.

A story's changes in the admin go through the story actions, as on the desk: a save is the
``SaveStoryChanges`` action and publishing is an admin action (``PublishStory``…), so every one
is checked, logged in the story's log with ``via="admin"`` and announced. The publication state
itself is read-only in the change form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions import PublishStory, SaveStoryChanges, SetLead, StoryAction, UnpublishStory
from gazete.newsroom.actions.edit import STATE_FIELDS
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Author, Section, Story, StoryVersion, Tag
from gazete.newsroom.refusal import Refusal


class StoryVersionInline(admin.TabularInline):
    """The versions of a story, read-only."""

    model = StoryVersion
    extra = 0
    can_delete = False
    fields = ("label", "headline", "received_at", "format")
    readonly_fields = fields


def admin_actor(request: HttpRequest) -> Actor:
    """The signed-in user, acting through the admin."""
    return Actor.person(request.user, via="admin")


def _take(request: HttpRequest, stories: QuerySet[Story], action: Callable[[Story, Actor], StoryAction[Any]],
          done: str) -> None:
    """Take ``action`` on each story, telling the user how many went through and why others did not."""
    actor = admin_actor(request)
    taken = 0
    for story in stories:
        try:
            action(story, actor).execute()
        except Refusal as refusal:
            messages.error(request, f"{story.headline}: {refusal.text}")
        else:
            taken += 1
    if taken:
        messages.success(request, done % {"count": taken})


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    """Stories, newest first; saves and publishing are story actions, logged as the desk's are."""

    list_display = ("headline", "section", "status", "language", "published_at", "updated_at")
    list_filter = ("status", "section", "language", "agency")
    search_fields = ("headline", "standfirst")
    inlines = [StoryVersionInline]
    date_hierarchy = "published_at"
    readonly_fields = STATE_FIELDS
    actions = ["publish_stories", "unpublish_stories", "remove_from_leads"]

    def save_model(self, request: HttpRequest, obj: Story, form: Any, change: bool) -> None:
        """Save through the SaveStoryChanges action (checked, logged ``edited`` or ``created``)."""
        SaveStoryChanges(obj, admin_actor(request), form.changed_data).execute()

    @admin.action(description=_("Publish the selected stories now"))
    def publish_stories(self, request: HttpRequest, queryset: QuerySet[Story]) -> None:
        """The PublishStory action on each selected story."""
        _take(request, queryset, PublishStory, _("%(count)s stories published."))

    @admin.action(description=_("Unpublish the selected stories"))
    def unpublish_stories(self, request: HttpRequest, queryset: QuerySet[Story]) -> None:
        """The UnpublishStory action on each selected story."""
        _take(request, queryset, UnpublishStory, _("%(count)s stories unpublished."))

    @admin.action(description=_("Take the selected stories off the lead stories"))
    def remove_from_leads(self, request: HttpRequest, queryset: QuerySet[Story]) -> None:
        """The SetLead action (off) on each selected lead story."""
        _take(request, queryset.filter(is_lead=True), lambda story, actor: SetLead(story, actor, False),
              _("%(count)s stories taken off the lead stories."))


admin.site.register(Section)
admin.site.register(Author)
admin.site.register(Tag)
