"""Tests for newsroom.audit: the story log's one writer records who acted and through which door."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from gazete.newsroom.actors import Actor
from gazete.newsroom.audit import record
from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story() -> Story:
    return upsert_story(wire_story(), publish=False).story


def test_a_person_is_recorded_by_user_and_door(story: Story) -> None:
    user = User.objects.create_user("someone")
    entry = record(story, Actor.person(user, via="admin"), "held", "why")
    assert (entry.user, entry.system_actor, entry.via, entry.action, entry.note) == (user, "", "admin", "held", "why")
    assert entry.actor_name == "someone" and list(story.desk_log.all()) == [entry]


def test_a_system_actor_is_recorded_by_name(story: Story) -> None:
    entry = record(story, Actor.named("wire"), "published")
    assert (entry.user, entry.system_actor, entry.via, entry.actor_name) == (None, "wire", "wire", "wire")
