"""Tests for backoffice.roles: the three groups exist after migrate, setup is idempotent, roles limit."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission, User

from gazete.backoffice import roles

pytestmark = pytest.mark.django_db


def test_groups_exist_after_migrate() -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


def test_setup_roles_is_idempotent() -> None:
    first = roles.setup_roles()
    second = roles.setup_roles()
    assert first == second
    assert Group.objects.filter(name__in=roles.ROLES).count() == 3
    assert second[roles.ADMINISTRATOR] == Permission.objects.count()


def test_editor_edits_stories_but_does_not_moderate(editor: User) -> None:
    assert editor.is_staff
    assert editor.has_perm(roles.EDIT_STORIES) and editor.has_perm(roles.MANAGE_FRONT_PAGE)
    assert not editor.has_perm(roles.MODERATE_COMMENTS)
    assert not editor.has_perm("auth.change_user")
    assert roles.role_of(editor) == roles.EDITOR


def test_moderator_cannot_edit_stories(moderator: User) -> None:
    assert moderator.has_perm(roles.USE_DESK) and moderator.has_perm(roles.MODERATE_COMMENTS)
    for permission in Permission.objects.filter(content_type__app_label="comments"):
        assert moderator.has_perm(f"comments.{permission.codename}")  # e.g. comments.moderate_all_sections
    assert not moderator.has_perm(roles.EDIT_STORIES)
    assert not moderator.has_perm("newsroom.change_story")
    assert roles.role_of(moderator) == roles.MODERATOR


def test_administrator_can_do_everything(administrator: User) -> None:
    for permission in (roles.EDIT_STORIES, roles.MODERATE_COMMENTS, roles.MANAGE_FRONT_PAGE,
                       "auth.change_user", "newsroom.change_story"):
        assert administrator.has_perm(permission)
    assert roles.role_of(administrator) == roles.ADMINISTRATOR


def test_assigning_a_new_role_replaces_the_old_one(editor: User) -> None:
    roles.assign_role(editor, roles.MODERATOR)
    editor = User.objects.get(pk=editor.pk)  # fresh permission cache
    assert list(editor.groups.values_list("name", flat=True)) == [roles.MODERATOR]
    assert not editor.has_perm(roles.EDIT_STORIES)


def test_unknown_role_is_refused(editor: User) -> None:
    with pytest.raises(ValueError, match="unknown role"):
        roles.assign_role(editor, "publisher")


def test_user_without_a_role_has_none() -> None:
    assert roles.role_of(User.objects.create_user("reader", password="x")) is None
