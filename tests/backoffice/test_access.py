"""Tests for gazete.backoffice.access: one sign-in and one translated 403 page for every desk screen."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from gazete.backoffice.access import is_desk_user, may_open
from gazete.backoffice.roles import EDIT_STORIES, MODERATE_COMMENTS, USE_DESK

pytestmark = pytest.mark.django_db

# One screen of each kind: the desk's own, the comment screens, the reads screens.
DESK_SCREENS = ("/desk/", "/desk/incoming/", "/desk/stories/", "/desk/wire-updates/", "/desk/front/",
                "/desk/categories/", "/desk/comments/", "/desk/comments/queue/rejected/", "/desk/comments/numbers/",
                "/desk/comments/blocked/", "/desk/comments/policy/", "/desk/reads/")
EDITOR_SCREENS = ("/desk/incoming/", "/desk/stories/", "/desk/wire-updates/", "/desk/front/", "/desk/categories/")


@pytest.mark.parametrize("path", DESK_SCREENS)
def test_anonymous_is_sent_to_the_desk_sign_in(client: Client, path: str) -> None:
    response = client.get(path + "?page=2")
    assert response.status_code == 302
    assert response["Location"] == f"/desk/login/?next={path}%3Fpage%3D2"


def test_a_signed_in_account_without_staff_is_sent_to_the_sign_in_too(client: Client) -> None:
    client.force_login(User.objects.create_user("reader", password="x"))
    for path in ("/desk/", "/desk/incoming/", "/desk/reads/"):
        assert client.get(path)["Location"] == f"/desk/login/?next={path}"


@pytest.mark.parametrize("path", EDITOR_SCREENS)
def test_a_moderator_on_an_editors_screen_gets_the_desks_403_in_english(moderator_client: Client, path: str) -> None:
    response = moderator_client.get(path)
    html = response.content.decode()
    assert response.status_code == 403
    assert "This screen is not open to your desk role" in html
    assert "You are signed in as moderator1 (moderator)." in html
    assert '<a class="button primary" href="/desk/">Back to the desk</a>' in html
    # inside the shell: the desk's look, its navigation, the language switch and the sign-out
    assert "backoffice/desk.css" in html and 'action="/desk/logout/"' in html and 'action="/i18n/setlang/"' in html
    assert 'data-screen="comments"' in html and 'data-screen="incoming"' not in html
    assert '<a class="skip" href="#main">Skip to content</a>' in html and '<main id="main">' in html


def test_a_moderator_on_an_editors_screen_gets_the_desks_403_in_turkish(moderator: User) -> None:
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(moderator)
    response = turkish.get("/desk/stories/")
    html = response.content.decode()
    assert response.status_code == 403 and '<html lang="tr">' in html
    assert "Bu ekran haber masasındaki görevinize açık değil" in html
    assert "moderator1 olarak oturum açtınız (moderatör)." in html
    assert '<a class="button primary" href="/desk/">Haber masasına dön</a>' in html
    assert "Forbidden" not in html and "This screen" not in html


def test_an_editor_on_the_comment_screens_gets_the_same_page(editor_client: Client) -> None:
    response = editor_client.get("/desk/comments/")
    assert response.status_code == 403 and "Back to the desk" in response.content.decode()


def test_a_refusal_raised_inside_a_screen_gets_the_same_page(client: Client, section_moderator: User) -> None:
    """The policy screen checks the policy permission itself (PermissionDenied from the view)."""
    client.force_login(section_moderator)
    response = client.get("/desk/comments/policy/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "This screen is not open to your desk role" in response.content.decode()
    assert "no desk role" in response.content.decode()  # a section moderator has no role group
    assert '<a class="button primary" href="/desk/">Back to the desk</a>' in response.content.decode()


def test_a_section_moderator_without_a_role_lands_on_the_desk_with_the_way_to_the_comments(
    client: Client, section_moderator: User
) -> None:
    client.force_login(section_moderator)
    html = client.get("/desk/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'href="/desk/comments/">Go to the comment queue</a>' in html and 'data-screen="comments"' in html


def test_a_staff_account_without_a_role_is_not_sent_back_into_a_refusal(client: Client) -> None:
    client.force_login(User.objects.create_user("staff-only", password="x", is_staff=True))
    response = client.get("/desk/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 403 and "no desk role" in html
    assert "Back to the desk" not in html  # /desk/ refuses them too: no link into another 403


def test_may_open_needs_a_desk_user_every_permission_and_the_test(editor: User, moderator: User) -> None:
    assert is_desk_user(editor) and may_open(editor, (USE_DESK, EDIT_STORIES))
    assert not may_open(editor, (USE_DESK, MODERATE_COMMENTS))
    assert may_open(moderator, ()) and not may_open(moderator, (), test=lambda user: False)
    reader = User.objects.create_user("reader", password="x")
    assert not is_desk_user(reader) and not may_open(reader, ())
    editor.is_active = False
    assert not may_open(editor, (USE_DESK,))
