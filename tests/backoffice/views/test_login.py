"""Tests for gazete.backoffice.views.login: signing in and out of the desk at /desk/login/."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "desk-test-pass"


def sign_in(client: Client, username: str, password: str = PASSWORD, next_url: str = ""):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post("/desk/login/", data)


def test_the_sign_in_page_is_in_the_desks_look_and_language(client: Client) -> None:
    html = client.get("/desk/login/?next=/desk/incoming/").content.decode()
    assert "backoffice/desk.css" in html and '<body class="desk">' in html
    assert "Haber masasına giriş" in html and 'name="username"' in html and 'name="password"' in html
    assert '<input type="hidden" name="next" value="/desk/incoming/">' in html
    assert "create_desk_user" in html
    assert 'action="/desk/logout/"' not in html  # no one to sign out yet
    english = client.get("/desk/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Sign in to the desk" in english


def test_an_editor_signs_in_and_goes_where_they_were_going(client: Client, editor: User) -> None:
    response = sign_in(client, editor.username, next_url="/desk/incoming/")
    assert response.status_code == 302 and response["Location"] == "/desk/incoming/"
    assert client.get("/desk/incoming/").status_code == 200


def test_without_next_the_desk_front_page_and_never_another_site(client: Client, moderator: User) -> None:
    response = sign_in(client, moderator.username, next_url="https://evil.example/")
    assert response.status_code == 302 and response["Location"] == "/desk/"


def test_a_wrong_password_is_refused_with_the_form_again(client: Client, editor: User) -> None:
    response = sign_in(client, editor.username, password="wrong")
    assert response.status_code == 200
    assert "errorlist" in response.content.decode() and "_auth_user_id" not in client.session


def test_an_account_without_a_desk_role_is_told_so(client: Client) -> None:
    User.objects.create_user("reader", password=PASSWORD)
    response = sign_in(client, "reader")
    html = response.content.decode()
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert "Bu hesabın haber masasında bir görevi yok." in html


def test_a_signed_in_desk_user_is_sent_straight_on(client: Client, editor: User) -> None:
    client.force_login(editor)
    response = client.get("/desk/login/?next=/desk/stories/")
    assert response.status_code == 302 and response["Location"] == "/desk/stories/"


def test_a_signed_in_account_without_a_desk_role_sees_the_form_not_a_loop(client: Client) -> None:
    client.force_login(User.objects.create_user("reader", password=PASSWORD))
    assert client.get("/desk/comments/")["Location"] == "/desk/login/?next=/desk/comments/"
    assert client.get("/desk/login/?next=/desk/comments/").status_code == 200


def test_signing_out_comes_back_to_the_sign_in_page(client: Client, editor: User) -> None:
    client.force_login(editor)
    html = client.get("/desk/").content.decode()
    assert 'action="/desk/logout/"' in html
    response = client.post("/desk/logout/")
    assert response.status_code == 302 and response["Location"] == "/desk/login/"
    assert client.get("/desk/")["Location"] == "/desk/login/?next=/desk/"


def test_the_comment_desk_signs_out_the_same_way(client: Client, moderator: User) -> None:
    client.force_login(moderator)
    assert 'action="/desk/logout/"' in client.get("/desk/comments/").content.decode()


SCREENS_BY_ROLE = {
    "editor": ("/desk/", "/desk/incoming/", "/desk/stories/", "/desk/wire-updates/", "/desk/front/",
               "/desk/categories/", "/desk/reads/"),
    "moderator": ("/desk/", "/desk/comments/", "/desk/comments/queue/reported/", "/desk/comments/numbers/",
                  "/desk/comments/policy/", "/desk/comments/blocked/", "/desk/reads/"),
}


@pytest.mark.parametrize("role", SCREENS_BY_ROLE)
def test_the_sign_out_form_of_every_desk_screen_signs_out(role: str, request: pytest.FixtureRequest) -> None:
    """Each screen's own form (with its own CSRF token, checked) signs out and comes back to the sign-in."""
    user = request.getfixturevalue(role)
    for path in SCREENS_BY_ROLE[role]:
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        html = client.get(path).content.decode()
        form = html.split('<form class="logout" method="post" action="/desk/logout/">')[1].split("</form>")[0]
        token = form.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
        assert f'<span class="who">{user.username}</span>' in form, path
        response = client.post("/desk/logout/", {"csrfmiddlewaretoken": token})
        assert response.status_code == 302 and response["Location"] == "/desk/login/", path
        assert client.get(path)["Location"] == f"/desk/login/?next={path}", path
