"""Tests for the newsroom template tags: source lines, section names, times, optional includes."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from django.template import Context, Template
from django.utils import timezone

from gazete.newsroom.templatetags.newsroom_tags import section_label, source_line, story_words


def test_source_line_names_the_real_agency_in_the_story_language() -> None:
    tr = SimpleNamespace(source="Anadolu Ajansı", agency="AA", language="tr")
    en = SimpleNamespace(source="Anadolu Agency", agency="AA", language="en")
    assert source_line(tr) == "Kaynak: Anadolu Ajansı (AA)"
    assert source_line(en) == "Source: Anadolu Agency"
    assert source_line(SimpleNamespace(source="", agency="AA", language="tr")) == ""
    assert source_line(SimpleNamespace(source="AA", agency="AA", language="tr")) == "Kaynak: AA"


def test_section_label_and_story_words_follow_the_language() -> None:
    section = SimpleNamespace(name="Dünya", name_en="World")
    assert section_label(section, "en") == "World" and section_label(section, "tr") == "Dünya"
    assert section_label(SimpleNamespace(name="Spor", name_en=""), "en") == "Spor"
    assert story_words("en")["by"] == "By" and story_words("tr")["source"] == "Kaynak"
    assert story_words("ar") == story_words("en")


def test_include_if_exists_renders_only_what_exists() -> None:
    template = Template('{% load newsroom_tags %}[{% include_if_exists "no/such.html" %}]'
                        '[{% include_if_exists "newsroom/_pager.html" %}]')
    assert template.render(Context({"page": None})).replace("\n", "") == "[][]"


def test_datetime_attr_is_local_time_to_the_whole_second() -> None:
    moment = datetime(2026, 12, 3, 14, 59, 17, 123456, tzinfo=UTC)
    template = Template("{% load newsroom_tags %}<time datetime=\"{{ moment|datetime_attr }}\">")
    assert template.render(Context({"moment": moment})) == '<time datetime="2026-12-03T17:59:17+03:00">'
    with timezone.override("UTC"):
        assert template.render(Context({"moment": moment})) == '<time datetime="2026-12-03T14:59:17+00:00">'
    assert Template("{% load newsroom_tags %}[{{ none|datetime_attr }}]").render(Context({"none": None})) == "[]"


def test_the_address_tag_writes_what_the_url_tag_does() -> None:
    source = "{% load newsroom_tags %}{% address 'newsroom:home' %} {% address 'newsroom:story' pk=3 slug=s %}"
    url = "{% url 'newsroom:home' %} {% url 'newsroom:story' pk=3 slug=s %}"
    context = Context({"s": "a-b"})
    assert Template(source).render(context) == Template(url).render(context) == "/ /haber/3/a-b/"


def test_the_asset_tag_writes_what_the_static_tag_does() -> None:
    source = "{% load newsroom_tags %}{% asset 'gazete/site.css' %}"
    assert Template(source).render(Context()) == Template("{% load static %}{% static 'gazete/site.css' %}").render(
        Context())
