"""Tests for gazete.form_tokens: the uncached token endpoint and Django's CSRF check run in a view."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

from gazete.form_tokens import csrf_refusal

pytestmark = pytest.mark.django_db


def test_the_token_endpoint_sets_the_cookie_and_is_never_cached() -> None:
    response = Client().get("/yorum/token/")
    assert response.status_code == 200 and response.json()["token"]
    assert response.cookies["csrftoken"].value
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    assert Client().post("/yorum/token/").status_code == 405


def test_the_check_is_djangos_own() -> None:
    client = Client(enforce_csrf_checks=True)
    token = client.get("/yorum/token/").json()["token"]
    cookie = client.cookies["csrftoken"].value
    factory = RequestFactory()
    good = factory.post("/x/", {"csrfmiddlewaretoken": token}, HTTP_COOKIE=f"csrftoken={cookie}")
    assert csrf_refusal(good) is None
    no_cookie = factory.post("/x/", {"csrfmiddlewaretoken": token})
    assert csrf_refusal(no_cookie).status_code == 403
    wrong = factory.post("/x/", {"csrfmiddlewaretoken": "x" * 64}, HTTP_COOKIE=f"csrftoken={cookie}")
    assert csrf_refusal(wrong).status_code == 403
    assert csrf_refusal(factory.get("/x/")) is None  # safe methods need no token
