"""Fault drill: the flusher killed (SIGKILL) at each seam of a flush while beacons stream in.

Two real gunicorn app servers (two workers each) share one data directory, database and read
buffer: the embedded SQLite buffer, or a redis-server of the test's own. Beacons of distinct new
visitors stream over both servers; meanwhile a flusher (``gazete flush_reads``'s code in a process
of its own, ``tests.drill_tools``) is killed with SIGKILL again and again, at each seam in turn:
after claiming a batch, in the middle of applying it (before its commit) and after applying it
(before dropping it from the buffer). Readers must see every read at once, and after one last
flush, every beacon answered ``counted`` must be in the database exactly once (totals, days and
hours), with nothing left in the buffer. Bounded: 9 kills, 1,000 beacons, one to two minutes per buffer.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PrivateRedis, scaled_out, scratch_postgres_database, start_private_redis
from tests.drill_tools import (
    SEAMS,
    BeaconStream,
    api_read_count,
    buffer_leftovers,
    first_story_id,
    flush,
    flush_dying_at,
    redis_read_keys,
    start_app_servers,
    stop_app_servers,
    stored_reads,
)

pytestmark = [pytest.mark.server, pytest.mark.drill]
ROUNDS = 3  # each seam is struck this many times
BEACONS_PER_KILL = 100  # the stream's allowance grows by this much for each strike…
BEACONS_BEFORE_KILL = 20  # …of which this many are answered before the flusher starts
MAX_BEACONS = 3000


@pytest.fixture(params=["embedded", "redis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, PrivateRedis | None]]:
    if request.param == "embedded":
        yield "", None
        return
    redis_server = start_private_redis(tmp_path / "redis", "--appendonly", "yes", "--appendfsync", "always")
    yield redis_server.url, redis_server
    redis_server.kill()


def test_every_beacon_counts_once_with_the_flusher_killed_at_each_seam(
    tmp_path: Path, backend: tuple[str, PrivateRedis | None]
) -> None:
    redis_url, _redis_server = backend
    # Every simulated reader comes from 127.0.0.1: no cap on new visitors per address here.
    extra = {
        "GAZETE_REDIS_URL": redis_url,
        "GAZETE_READS_NEW_VISITORS_PER_ADDRESS": "0",
        "GAZETE_SECRET_KEY": secrets.token_urlsafe(40),
    }
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database(f"drills_flush_{'redis' if redis_url else 'sqlite'}")
    servers = start_app_servers(tmp_path / "data", 2, env_extra=extra)
    try:
        story_id = first_story_id(servers[0])
        shown_before = api_read_count(servers[0], story_id)
        stored_before = stored_reads(servers[0], story_id)

        stream = BeaconStream(servers, story_id, total=MAX_BEACONS, clients=8, paced=True).start()
        deaths: list[tuple[str, int]] = []
        allowed = 0
        try:
            for _round in range(ROUNDS):
                for seam in SEAMS:
                    # Some beacons before the strike, and more still arriving while the flusher
                    # starts, claims, applies and dies.
                    allowed += BEACONS_PER_KILL
                    stream.allow(BEACONS_PER_KILL)
                    stream.wait_for(allowed - BEACONS_PER_KILL + BEACONS_BEFORE_KILL)
                    deaths.append((seam, flush_dying_at(servers[0].env, seam)))
            stream.allow(BEACONS_PER_KILL)
            stream.wait_for(allowed + BEACONS_PER_KILL)
        finally:
            stream.stop()
            stream.join()
        # Every flusher died where it was told to (there was always something to flush).
        assert deaths == [(seam, -9) for _ in range(ROUNDS) for seam in SEAMS], deaths
        assert stream.answered == BEACONS_PER_KILL * (ROUNDS * len(SEAMS) + 1)

        counted = stream.counted
        assert counted == stream.answered  # distinct visitors: every beacon counts
        # Readers see every read at once: stored + pending + claimed batches not yet applied.
        for server in servers:
            assert api_read_count(server, story_id) == shown_before + counted

        flush(servers[0])
        stored = stored_reads(servers[0], story_id)
        assert stored["counted"] == stored_before["counted"] + counted
        assert stored["days"] == stored_before["days"] + counted
        assert stored["hours"] == stored_before["hours"] + counted
        assert buffer_leftovers(servers[0], story_id) == {"pending": 0, "in_batches": 0, "unfinished": 0}
        if redis_url:
            assert redis_read_keys(redis_url) == []
        assert api_read_count(servers[1], story_id) == shown_before + counted
    finally:
        stop_app_servers(servers)
