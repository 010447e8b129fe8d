"""Tests for newsroom.written_sql: instances from written SQL are the ORM's, fields and state alike."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gazete.newsroom.models import Section, Story
from gazete.newsroom.services import ensure_section, upsert_story
from gazete.newsroom.written_sql import columns, instances, placeholders, read_value, rows
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def test_instances_carry_the_orms_values_converted_and_defer_what_was_left_out() -> None:
    story = upsert_story(wire_story(published_at=T0), section=ensure_section("Dünya"), now=T0).story
    expected = Story.objects.get(pk=story.pk)
    read = columns(Story, leave_out=("body",))
    (found,) = instances(read, f"SELECT {read.select('s')} FROM {Story._meta.db_table} s WHERE s.id = %s",  # noqa: S608
                         [story.pk])
    assert found == expected and not found._state.adding and found._state.db == "default"
    assert found.get_deferred_fields() == {"body"}
    for field in read.fields:
        assert getattr(found, field.attname) == getattr(expected, field.attname), field.name
    assert found.published_at == T0 and found.published_at.tzinfo is not None
    assert found.body == expected.body  # a deferred field is read when asked for, as the ORM's


def test_only_reads_the_named_fields_and_a_value_reads_as_the_orms() -> None:
    ensure_section("Ekonomi")
    only = columns(Section, only=("id", "slug"))
    assert [f.name for f in only.fields] == ["id", "slug"] and only.count == 2
    (section,) = instances(only, f"SELECT {only.select('c')} FROM {Section._meta.db_table} c")  # noqa: S608
    assert section.get_deferred_fields() == {"name", "name_en", "order"}
    story = upsert_story(wire_story(published_at=T0), now=T0).story
    ((raw,),) = rows(f"SELECT published_at FROM {Story._meta.db_table} WHERE id = %s", [story.pk])  # noqa: S608
    assert read_value(Story._meta.get_field("published_at"), raw) == T0
    assert read_value(Story._meta.get_field("published_at"), None) is None


def test_placeholders_mark_one_parameter_per_value() -> None:
    assert placeholders(3) == "%s, %s, %s"
    assert placeholders(1) == "%s"
