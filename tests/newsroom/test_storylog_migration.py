"""Tests for newsroom migration 0005 and backoffice 0002: the desk log moves to the newsroom, rows kept."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from gazete.newsroom.models import StoryLogEntry

BEFORE = [("newsroom", "0004_search_tokens"), ("backoffice", "0001_initial")]
AFTER = [("newsroom", "0005_storylogentry"), ("backoffice", "0002_desklogentry_proxy")]


@pytest.mark.django_db(transaction=True)
def test_the_log_entries_written_before_the_move_are_read_after_it() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    story = old.get_model("newsroom", "Story").objects.create(slug="before-the-move", headline="Before the move")
    old.get_model("backoffice", "DeskLogEntry").objects.create(story_id=story.pk, action="published", note="kept")

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    entry = StoryLogEntry.objects.get(story_id=story.pk)
    assert (entry.action, entry.note, entry.system_actor, entry.via) == ("published", "kept", "", "")
    from gazete.backoffice.models import DeskLogEntry

    assert list(DeskLogEntry.objects.values_list("pk", flat=True)) == [entry.pk]
    codenames = set(Permission.objects.filter(content_type__app_label="backoffice",
                                              content_type__model="desklogentry").values_list("codename", flat=True))
    assert {"use_desk", "edit_stories", "manage_front_page", "moderate_comments"} <= codenames
