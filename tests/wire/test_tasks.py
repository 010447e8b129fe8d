"""Tests for gazete.wire.tasks: the worker's periodic task polls each due source once."""

from __future__ import annotations

from datetime import datetime

import pytest
from huey.contrib.djhuey import HUEY

from gazete.wire.models import WireSource
from gazete.wire.tasks import poll_due_sources, poll_source_task
from tests.wire.fake_aa import FeedState, feed_server
from tests.wire.pages import FIXTURES

pytestmark = pytest.mark.django_db



def test_the_periodic_task_runs_every_minute() -> None:
    periodic = {task.__name__ for task in HUEY._registry._periodic_tasks}
    assert "poll_due_sources" in periodic
    runs_at = poll_due_sources.task_class().validate_datetime
    assert all(runs_at(datetime(2024, 6, 12, 10, minute)) for minute in range(60))


def test_periodic_task_polls_due_sources_and_respects_their_interval(immediate_huey: None) -> None:
    state = FeedState(body=(FIXTURES / "feeds" / "aa-en-rss20.xml").read_bytes())
    with feed_server(state) as url:
        source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url=url, poll_interval=300)
        WireSource.objects.create(name="Off", slug="off", kind="feed", url=url, enabled=False)
        poll_due_sources()
        assert state.gets == 1
        source.refresh_from_db()
        assert source.next_poll_at is not None and source.last_error == ""
        poll_due_sources()  # not due again for five minutes
    assert state.gets == 1


def test_poll_task_of_a_missing_source_does_nothing(immediate_huey: None) -> None:
    assert poll_source_task(999999).get() == "source gone or disabled"
