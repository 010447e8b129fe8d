"""Tests for newsroom.addresses: remembered addresses are reverse()'s, under the script prefix in force."""

from __future__ import annotations

from django.urls import reverse, set_script_prefix

from gazete.newsroom.addresses import address


def test_an_address_is_what_reverse_gives() -> None:
    assert address("newsroom:rss") == reverse("newsroom:rss") == "/rss/"
    assert address("newsroom:story", pk=12, slug="a-b") == reverse("newsroom:story", kwargs={"pk": 12, "slug": "a-b"})
    assert address("newsroom:story", slug="a-b", pk=12) == "/haber/12/a-b/"
    assert address("comments:post", 12) == reverse("comments:post", args=[12])


def test_an_address_follows_the_script_prefix() -> None:
    assert address("newsroom:home") == "/"
    set_script_prefix("/gazete/")
    try:
        assert address("newsroom:home") == reverse("newsroom:home") == "/gazete/"
        assert address("newsroom:section", slug="dunya") == "/gazete/bolum/dunya/"
    finally:
        set_script_prefix("/")
    assert address("newsroom:home") == "/"


def test_a_static_address_is_statics_and_follows_the_static_settings() -> None:
    from django.templatetags.static import static
    from django.test import override_settings

    from gazete.newsroom.addresses import static_address

    assert static_address("gazete/site.css") == static("gazete/site.css")
    with override_settings(STATIC_URL="/assets/"):
        assert static_address("gazete/site.css") == static("gazete/site.css") == "/assets/gazete/site.css"
    assert static_address("gazete/site.css") == static("gazete/site.css")
