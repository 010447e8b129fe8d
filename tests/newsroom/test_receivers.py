"""Tests for newsroom.receivers: story, byline and section changes move the cache and the index."""

from __future__ import annotations

import pytest

from gazete.newsroom.cache import current_generation
from gazete.newsroom.models import Author, Story
from gazete.newsroom.search import search_story_ids
from gazete.newsroom.services import ensure_section, upsert_story
from gazete.newsroom.signals import story_changed
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_every_kind_of_change_moves_the_generation(django_capture_on_commit_callbacks) -> None:
    section = ensure_section("Dünya")
    with django_capture_on_commit_callbacks(execute=True):
        story = upsert_story(wire_story(), section=section).story
    seen = {current_generation()}
    steps = [
        lambda: setattr(section, "name_en", "World") or section.save(),
        lambda: story.tags.clear() or story.authors.add(Author.objects.create(name="New Name", slug="new-name")),
        lambda: story_changed.send(sender=Story, story=story, outcome="published"),
        lambda: story.delete(),
    ]
    for step in steps:
        with django_capture_on_commit_callbacks(execute=True):
            step()
        seen.add(current_generation())
    assert len(seen) == 5


def test_the_generation_moves_once_per_transaction_and_only_at_commit(django_capture_on_commit_callbacks) -> None:
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        story = upsert_story(wire_story(keywords=("parks",))).story
        story.headline = "Edited again"
        story.save()
        assert current_generation() == before  # not before the commit
    generations = set()
    for callback in callbacks:  # as a commit would run them, in order
        callback()
        generations.add(current_generation())
    assert len(generations) == 1 and before not in generations


def test_a_new_byline_is_searchable() -> None:
    story = upsert_story(wire_story()).story
    assert search_story_ids("zerrin") == []
    story.authors.add(Author.objects.create(name="Zerrin Örnek", slug="zerrin-ornek"))
    assert search_story_ids("zerrin") == [story.pk]


def test_deferred_indexing_indexes_each_story_once_and_not_after_an_error(monkeypatch) -> None:
    from gazete.newsroom import receivers, search

    indexed: list[int] = []
    monkeypatch.setattr(search, "index_story", lambda story: indexed.append(story.pk))
    monkeypatch.setattr(search, "supported", lambda *args: True)
    story = upsert_story(wire_story(authors=("One Author", "Other Author"))).story
    assert indexed == [story.pk]
    indexed.clear()
    with pytest.raises(RuntimeError), receivers.deferred_indexing():
        story.save()
        raise RuntimeError("rolled back")
    assert indexed == []

