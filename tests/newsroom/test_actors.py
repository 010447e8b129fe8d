"""Tests for newsroom.actors: people and system actors, and what each may do."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, User

from gazete.backoffice.roles import EDITOR, assign_role
from gazete.newsroom.actors import CLI, SCHEDULER, Actor, as_actor
from gazete.newsroom.permissions import EDIT_STORIES, MODERATE_COMMENTS


def test_a_system_actor_may_do_anything_and_names_itself() -> None:
    assert SCHEDULER.may(EDIT_STORIES) and SCHEDULER.is_system
    assert (SCHEDULER.system, SCHEDULER.via, str(SCHEDULER)) == ("scheduler", "worker", "scheduler")
    assert (CLI.via, CLI.db_user) == ("cli", None)


@pytest.mark.django_db
def test_a_person_may_do_what_the_role_allows() -> None:
    user = User.objects.create_user("editor-actors")
    assign_role(user, EDITOR)
    actor = as_actor(user)
    assert actor == Actor.person(user, via="desk") and actor.db_user == user and str(actor) == "editor-actors"
    assert actor.may(EDIT_STORIES) and not actor.may(MODERATE_COMMENTS)
    user.is_active = False
    assert not Actor.person(user).may(EDIT_STORIES)


def test_nobody_signed_in_may_do_nothing() -> None:
    anonymous = Actor.person(AnonymousUser(), via="admin")
    assert not anonymous.may(EDIT_STORIES) and anonymous.db_user is None and as_actor(anonymous) is anonymous
