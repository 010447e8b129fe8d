"""Tests for gazete.comments.cache: one rendering of a story's comment block until a comment or the policy changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import translation

from gazete.comments.actions import ApproveComment, RemoveComment
from gazete.comments.cache import block_key, cached_block, forget_all, forget_story
from gazete.comments.models import Comment
from gazete.comments.policy import current_policy
from gazete.newsroom.actors import CLI
from gazete.newsroom.cache import bump_generation
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


def held(story: Story, text: str, n: int = 1) -> Comment:
    """A comment waiting for a moderator (text written for gazete tests)."""
    return Comment.objects.create(
        story=story,
        name="Okur",
        text=text,
        text_hash=f"h{n}",
        status="held",
        decision="review",
        visitor_hash=f"{n}" * 32,
    )


def renders(html: str) -> tuple[list[int], Callable[[], str]]:
    """A render function that counts its calls."""
    calls: list[int] = []

    def render() -> str:
        calls.append(1)
        return html

    return calls, render


def test_a_block_is_rendered_once_then_served_from_the_cache(story: Story) -> None:
    calls, render = renders("<section>yorumlar</section>")
    assert cached_block(story.pk, render) == cached_block(story.pk, render) == "<section>yorumlar</section>"
    assert len(calls) == 1


def test_the_key_moves_with_the_story_the_policy_the_generation_and_the_language(
    make_story: Callable[..., Story],
) -> None:
    first, other = make_story(), make_story()
    keys = [block_key(first.pk)]
    forget_story(other.pk)
    assert block_key(first.pk) == keys[0]  # another story's comments leave this one alone
    for change in (lambda: forget_story(first.pk), forget_all, bump_generation):
        change()
        keys.append(block_key(first.pk))
    with translation.override("en"):
        keys.append(block_key(first.pk))
    assert len(set(keys)) == len(keys)


def test_a_comment_stored_approved_or_removed_reaches_the_page(
    client: Client, story: Story, django_capture_on_commit_callbacks
) -> None:
    url = story.get_absolute_url()
    assert "Sahil yolu ne zaman açılacak?" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        comment = held(story, "Sahil yolu ne zaman açılacak?")
    assert "Sahil yolu ne zaman açılacak?" not in client.get(url).content.decode()  # held: not shown
    with django_capture_on_commit_callbacks(execute=True):
        ApproveComment(comment, CLI).execute()
    assert "Sahil yolu ne zaman açılacak?" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        RemoveComment(comment, CLI).execute()
    assert "Sahil yolu ne zaman açılacak?" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        Comment.objects.create(
            story=story,
            name="Okur",
            text="Otobüs seferleri artmalı.",
            text_hash="h9",
            status="approved",
            decision="approve",
            visitor_hash="9" * 32,
        )
    assert "Otobüs seferleri artmalı." in client.get(url).content.decode()


def test_a_rolled_back_change_does_not_drop_the_block(story: Story, django_capture_on_commit_callbacks) -> None:
    key = block_key(story.pk)
    with django_capture_on_commit_callbacks(execute=False):
        held(story, "Bu yorum hiç kaydedilmeyecek.")
    assert block_key(story.pk) == key  # dropped at commit only, not before


def test_a_policy_change_reaches_every_story_page(
    client: Client, make_story: Callable[..., Story], django_capture_on_commit_callbacks
) -> None:
    stories = [make_story(), make_story()]
    for story in stories:
        client.get(story.get_absolute_url())
    policy = current_policy()
    policy.max_length = 777
    with django_capture_on_commit_callbacks(execute=True):
        policy.save()
    for story in stories:
        assert 'data-max-length="777"' in client.get(story.get_absolute_url()).content.decode()
