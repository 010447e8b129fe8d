"""Tests for media.admin: a focal point moved in the admin gets its crops remade by the worker."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.admin import site
from django.contrib.auth.models import User
from django.forms import MultiWidget
from django.test import Client, RequestFactory
from django.urls import reverse

from gazete.media.models import Picture, Rendition
from tests.media.conftest import ready_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser() -> User:
    return User.objects.create_superuser("admin-pictures", password="admin-test-pass")



def change_form_data(picture: Picture, superuser: User, **changes: str) -> dict[str, Any]:
    """What the admin's change form of ``picture`` posts back, with ``changes``."""
    request = RequestFactory().get("/")
    request.user = superuser
    form = site._registry[Picture].get_form(request, picture)(instance=picture)
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            for index, part in enumerate(field.widget.decompress(value)):
                data[f"{name}_{index}"] = "" if part is None else part
        else:
            data[name] = "" if value is None else value
    renditions = list(picture.renditions.order_by("id"))
    data.update({"renditions-TOTAL_FORMS": str(len(renditions)), "renditions-INITIAL_FORMS": str(len(renditions)),
                 "renditions-MIN_NUM_FORMS": "0", "renditions-MAX_NUM_FORMS": "1000"})
    for index, rendition in enumerate(renditions):
        data[f"renditions-{index}-id"] = str(rendition.pk)
        data[f"renditions-{index}-picture"] = str(picture.pk)
    data.update(changes)
    return data


def test_moving_the_focal_point_in_the_admin_remakes_the_crop(client: Client, superuser: User, immediate_huey: None,
                                                             django_capture_on_commit_callbacks: Any) -> None:
    picture = ready_picture()
    client.force_login(superuser)
    url = reverse("admin:media_picture_change", args=[picture.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, change_form_data(picture, superuser, focal_x="0.8", focal_y="0.1"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Rendition.objects.get(picture=picture, purpose="social").file.name.endswith("-social-c80-10.jpg")


def test_a_save_that_leaves_the_focal_point_remakes_nothing(client: Client, superuser: User, immediate_huey: None,
                                                           django_capture_on_commit_callbacks: Any) -> None:
    picture = ready_picture()
    before = Rendition.objects.get(picture=picture, purpose="social").file.name
    client.force_login(superuser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:media_picture_change", args=[picture.pk]),
                    change_form_data(picture, superuser, caption="A new caption from the admin"))
    picture.refresh_from_db()
    assert picture.caption == "A new caption from the admin"
    assert Rendition.objects.get(picture=picture, purpose="social").file.name == before
