"""Tests for the background flush: the huey task and the graceful-shutdown hook."""

from __future__ import annotations

import pytest

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.readership import services, tasks
from gazete.readership.botfilter import RequestMeta
from gazete.readership.buffer import ReadBuffer
from gazete.readership.models import StoryReads
from gazete.readership.visitors import Visitor, new_cookie_id
from gazete.shutdown import _HOOKS, run_shutdown_hooks

pytestmark = pytest.mark.django_db
BROWSER = RequestMeta("POST", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0")


@pytest.fixture
def story(read_buffer: ReadBuffer) -> Story:
    load_sample_stories()
    return Story.objects.published().first()


def test_the_flush_task_moves_reads_to_the_database(story: Story) -> None:
    services.record_read(story.pk, Visitor("c:" + new_cookie_id()), BROWSER)
    tasks.flush_reads.call_local()
    assert StoryReads.objects.get(story=story).counted == 1


def test_graceful_shutdown_flushes(story: Story) -> None:
    assert tasks.flush_on_shutdown in _HOOKS
    for _ in range(2):
        services.record_read(story.pk, Visitor("c:" + new_cookie_id()), BROWSER)
    run_shutdown_hooks()
    assert StoryReads.objects.get(story=story).counted == 2
