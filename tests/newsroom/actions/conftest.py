"""Fixtures for the story action tests: drafts, users with and without the desk's permissions, and
a recorder of the ``action_done`` events (sample text written for gazete tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User

from gazete.backoffice.roles import EDITOR, MODERATOR, assign_role
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.services import upsert_story
from gazete.newsroom.signals import action_done
from tests.newsroom.factories import wire_story


@pytest.fixture
def draft() -> Story:
    """A wire story held as a draft, with a real credit."""
    return upsert_story(wire_story(), publish=False).story


@pytest.fixture
def placeholder_draft() -> Story:
    """A wire draft whose credit line was the template placeholder, so it has no source."""
    wire = wire_story(agency=None, agency_id="x:placeholder", credit_placeholder=True)
    return upsert_story(wire, publish=False).story


@pytest.fixture
def editor() -> Actor:
    """An editor on the desk (may edit, publish and manage the front page)."""
    user = User.objects.create_user("editor-actions")
    assign_role(user, EDITOR)
    return Actor.person(user)


@pytest.fixture
def moderator() -> Actor:
    """A comment moderator on the desk: no story permission at all."""
    user = User.objects.create_user("moderator-actions")
    assign_role(user, MODERATOR)
    return Actor.person(user)


@pytest.fixture
def events() -> Iterator[list[tuple[type, Any, Any]]]:
    """``action_done`` events sent while the test runs, as (sender, action, entry)."""
    sent: list[tuple[type, Any, Any]] = []

    def receiver(sender: type, action: Any, entry: Any, **kwargs: object) -> None:
        sent.append((sender, action, entry))

    action_done.connect(receiver, dispatch_uid="test-story-actions")
    yield sent
    action_done.disconnect(dispatch_uid="test-story-actions")



def log_of(story: Story) -> list[tuple[str, str]]:
    """The story's log as (action, note) pairs, oldest first."""
    entries = StoryLogEntry.objects.filter(story=story).order_by("created_at", "id")
    return list(entries.values_list("action", "note"))
