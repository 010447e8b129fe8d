"""Fixtures for the desk tests: users in each role and wire stories held as drafts (written by us).

The desk's comment and reads screens use the comments tests' stories, visitors and moderators and
the readership tests' read buffer (imported, not copied).
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from gazete.backoffice.roles import ADMINISTRATOR, EDITOR, MODERATOR, assign_role
from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from tests.comments.conftest import make_story, no_interval, section, section_moderator, story, superuser, visitor
from tests.newsroom.factories import wire_story
from tests.readership.conftest import _fresh_process_caches, read_buffer

__all__ = ["_fresh_process_caches", "make_story", "no_interval", "read_buffer", "section", "section_moderator",
           "story", "superuser", "visitor"]


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:  # type: ignore[no-untyped-def]
    """Desk tests log users in many times; a weak hasher keeps them fast (never used outside tests)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def desk_user(username: str, role: str) -> User:
    """A user with one desk role."""
    user = User.objects.create_user(username, password="desk-test-pass")
    assign_role(user, role)
    return user


@pytest.fixture
def editor() -> User:
    return desk_user("editor1", EDITOR)


@pytest.fixture
def moderator() -> User:
    return desk_user("moderator1", MODERATOR)


@pytest.fixture
def administrator() -> User:
    return desk_user("admin1", ADMINISTRATOR)


# The desk follows Accept-Language like the site; these clients ask for English, the wording the
# desk tests assert. The Turkish desk has tests of its own (they send ``tr``).
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def editor_client(client: Client, editor: User) -> Client:
    client.defaults.update(ENGLISH)
    client.force_login(editor)
    return client


@pytest.fixture
def moderator_client(moderator: User) -> Client:
    own = Client(**ENGLISH)  # not the shared ``client``, so a test can hold an editor and a moderator at once
    own.force_login(moderator)
    return own


@pytest.fixture
def draft() -> Story:
    """A wire story held as a draft (sample written for gazete tests)."""
    return upsert_story(wire_story(), publish=False).story


@pytest.fixture
def placeholder_draft() -> Story:
    """A wire draft whose credit line was the template placeholder, so it has no source."""
    return upsert_story(
        wire_story(agency=None, agency_id="x:placeholder", headline="Test story with a placeholder credit",
                   credit_placeholder=True),
        publish=False,
    ).story
