"""Tests for gazete.backoffice.navigation: each role sees the screens it may open, and each of them opens."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from gazete.backoffice.navigation import navigation_for, screens_for

pytestmark = pytest.mark.django_db


def keys(user: User) -> list[str]:
    return [screen.key for screen in screens_for(user)]


def test_an_editor_sees_the_story_screens_and_reads(editor: User) -> None:
    assert keys(editor) == ["incoming", "stories", "wire_updates", "front", "reads"]


def test_a_moderator_sees_comments_and_reads(moderator: User) -> None:
    assert keys(moderator) == ["comments", "reads"]


def test_a_section_moderator_without_a_role_sees_comments_and_reads(section_moderator: User) -> None:
    assert keys(section_moderator) == ["comments", "reads"]


def test_an_administrator_and_a_superuser_see_everything(administrator: User, superuser: User) -> None:
    every = ["incoming", "stories", "wire_updates", "front", "comments", "reads", "admin"]
    assert keys(administrator) == every and keys(superuser) == every


def test_nobody_outside_the_desk_sees_a_screen() -> None:
    assert keys(User.objects.create_user("reader", password="x")) == []


def test_the_screen_the_page_is_in_is_current(moderator: User) -> None:
    links = navigation_for(moderator, "/desk/comments/queue/rejected/")
    assert [(link.url, link.current) for link in links] == [("/desk/comments/", True), ("/desk/reads/", False)]
    assert not any(link.current for link in navigation_for(moderator, "/desk/"))


@pytest.mark.parametrize("role_fixture", ["editor", "moderator", "administrator", "section_moderator"])
def test_every_link_of_the_navigation_opens_and_is_shown(request: pytest.FixtureRequest, role_fixture: str) -> None:
    user = request.getfixturevalue(role_fixture)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    for link in navigation_for(user, "/desk/"):
        page = client.get(link.url)
        assert page.status_code == 200, link.url
        if link.key != "admin":  # the Django admin has its own look
            html = page.content.decode()
            assert all(f'href="{other.url}" data-screen="{other.key}"' in html for other in navigation_for(user, "/"))
            assert f'href="{link.url}" data-screen="{link.key}" aria-current="page"' in html


def test_the_administration_link_leads_to_turkish_names(superuser: User) -> None:
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(superuser)
    desk = turkish.get("/desk/").content.decode()
    assert 'href="/admin/" data-screen="admin">Yönetim</a>' in desk
    index = turkish.get("/admin/").content.decode()
    for name in ("Haber merkezi", "Ajans akışı", "Yorumlar", "Bölüm moderatörleri", "Engellenen ziyaretçiler",
                 "Moderatör kararları", "Yorum kuralları", "Görülen belgeler"):
        assert name in index, name
    for english in ("Section moderators", "Blocked visitors", "Moderation actions", "Comment policy"):
        assert english not in index, english
    assert '<a href="/desk/">Haber masasına dön</a> /' in index  # and the way back from the admin


def test_every_model_and_field_the_admin_shows_has_a_turkish_name() -> None:
    """Each of gazete's admin models, its app and its fields read differently in Turkish than in English."""
    from django.apps import apps
    from django.contrib import admin
    from django.utils import translation

    def names() -> dict[str, str]:
        found = {}
        for model in admin.site._registry:
            if not model.__module__.startswith("gazete."):
                continue
            label = model._meta.label
            found[label] = str(model._meta.verbose_name_plural)
            found[label + " app"] = str(apps.get_app_config(model._meta.app_label).verbose_name)
            for field in model._meta.get_fields():
                if not field.auto_created and field.name not in ("etag", "last_modified"):  # HTTP header names
                    found[f"{label}.{field.name}"] = str(field.verbose_name)
        return found

    with translation.override("en"):
        english = names()
    with translation.override("tr"):
        turkish = names()
    assert [key for key in english if english[key] == turkish[key]] == []
