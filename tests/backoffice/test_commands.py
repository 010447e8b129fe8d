"""Tests for the desk's management commands: setup_roles, create_desk_user, publish_due."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from gazete.backoffice.roles import EDIT_STORIES, MODERATE_COMMENTS
from gazete.newsroom import publishing
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


def run(*args: str, **options: object) -> str:
    out = StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue()


def test_setup_roles_reports_each_role_and_can_run_twice() -> None:
    first = run("setup_roles")
    assert run("setup_roles") == first
    assert [line.split(":")[0] for line in first.splitlines()] == ["editor", "moderator", "administrator"]


def test_create_desk_user_then_change_the_role() -> None:
    assert "created desk user ayse with role editor" in run(
        "create_desk_user", "--role", "editor", "--username", "ayse", "--password", "s3cret-pass")
    user = User.objects.get(username="ayse")
    assert user.is_staff and user.check_password("s3cret-pass") and user.has_perm(EDIT_STORIES)
    assert "updated" in run("create_desk_user", "--role", "moderator", "--username", "ayse")
    user = User.objects.get(username="ayse")
    assert user.check_password("s3cret-pass")
    assert user.has_perm(MODERATE_COMMENTS) and not user.has_perm(EDIT_STORIES)


def test_create_desk_user_takes_the_password_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAZETE_DESK_PASSWORD", "from-env-pass")
    run("create_desk_user", "--role", "administrator", "--username", "root2")
    assert User.objects.get(username="root2").check_password("from-env-pass")


def test_a_new_user_needs_a_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GAZETE_DESK_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="needs a password"):
        run("create_desk_user", "--role", "editor", "--username", "nopass")
    assert not User.objects.filter(username="nopass").exists()


def test_publish_due_publishes_what_is_due(draft: Story) -> None:
    now = timezone.now()
    publishing.schedule(draft, now + timedelta(seconds=30), now=now)
    assert "0 scheduled stories published" in run("publish_due")
    Story.objects.filter(pk=draft.pk).update(published_at=now - timedelta(seconds=1))
    output = run("publish_due")
    assert f"published #{draft.pk}" in output and "1 scheduled stories published" in output
    assert Story.objects.published().filter(pk=draft.pk).exists()
    assert draft.desk_log.filter(action="published", system_actor="cli").count() == 1


@pytest.mark.parametrize(("password", "because"), [
    ("123", "too short"), ("password123", "too common"), ("48151623420815", "entirely numeric"),
    ("melike.yilmaz", "similar"),
])
def test_create_desk_user_runs_the_password_validators(password: str, because: str) -> None:
    with translation.override("en"), pytest.raises(CommandError, match=f"^password refused: .*{because}"):
        run("create_desk_user", "--role", "editor", "--username", "melike.yilmaz", "--password", password)
    assert not User.objects.filter(username="melike.yilmaz").exists()


def test_a_refused_password_leaves_an_existing_users_password_as_it_was() -> None:
    run("create_desk_user", "--role", "editor", "--username", "ayse", "--password", "s3cret-pass")
    with pytest.raises(CommandError, match="password refused"):
        run("create_desk_user", "--role", "moderator", "--username", "ayse", "--password", "123")
    user = User.objects.get(username="ayse")
    assert user.check_password("s3cret-pass") and not user.has_perm(MODERATE_COMMENTS)
