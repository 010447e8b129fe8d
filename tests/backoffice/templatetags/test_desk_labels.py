"""Tests for the desk_labels template filters: the desk's stored codes in the interface language."""

from __future__ import annotations

from django.template import Context, Template
from django.utils import translation


def test_the_template_filters() -> None:
    template = Template("{% load desk_labels %}{{ a|log_action }} / {{ s|queue_state }} / {{ r|desk_role }}")
    context = Context({"a": "breaking", "s": "new", "r": "moderator"})
    with translation.override("tr"):
        assert template.render(context) == "son dakikaya alındı / yeni / moderatör"
    with translation.override("en"):
        assert template.render(context) == "breaking / new / moderator"
