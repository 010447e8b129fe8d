"""The read-buffer contract, checked on both backends (SQLite file; Redis when configured)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazete.readership.buffer import ReadBuffer, get_buffer
from gazete.readership.buffer_redis import RedisReadBuffer
from gazete.readership.buffer_sqlite import SqliteReadBuffer
from tests.readership.conftest import NO_REDIS, redis_test_url

DAY, HOUR = "2026-03-01", 493_000


@pytest.fixture(params=["sqlite", "redis"])
def buffer(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ReadBuffer]:
    if request.param == "sqlite":
        backend: ReadBuffer = SqliteReadBuffer(tmp_path / "reads.sqlite3")
    else:
        url = redis_test_url()
        if url is None:
            pytest.skip(NO_REDIS)
        backend = RedisReadBuffer(url)
    backend.clear()  # type: ignore[attr-defined]
    yield backend
    backend.clear()  # type: ignore[attr-defined]


def test_get_buffer_follows_the_settings(settings, tmp_path: Path) -> None:
    settings.GAZETE_REDIS_URL = None
    settings.DATA_DIR = tmp_path
    assert isinstance(get_buffer(), SqliteReadBuffer)
    assert get_buffer() is get_buffer()
    settings.GAZETE_REDIS_URL = "redis://127.0.0.1:6379/7"
    assert isinstance(get_buffer(), RedisReadBuffer)


def test_a_visitor_counts_once_per_story(buffer: ReadBuffer) -> None:
    counted, snapshot = buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)
    assert counted and snapshot.pending == {1: 1}
    counted, snapshot = buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)
    assert not counted and snapshot.pending == {1: 1}
    assert buffer.record(2, DAY, HOUR, "2:c:alice", [], 1800)[0]
    assert buffer.record(1, DAY, HOUR, "1:c:bob", [], 1800)[0]
    assert buffer.snapshot([1, 2, 3]).pending == {1: 2, 2: 1}


def test_aliases_are_marked_seen_even_when_the_read_is_a_repeat(buffer: ReadBuffer) -> None:
    assert buffer.record(1, DAY, HOUR, "1:h:abc", ["1:c:new1"], 1800)[0]
    assert not buffer.record(1, DAY, HOUR, "1:h:abc", ["1:c:new2"], 1800)[0]
    assert not buffer.record(1, DAY, HOUR, "1:c:new1", [], 1800)[0]
    assert not buffer.record(1, DAY, HOUR, "1:c:new2", [], 1800)[0]


def test_a_zero_window_counts_every_read(buffer: ReadBuffer) -> None:
    for _ in range(5):
        assert buffer.record(1, DAY, HOUR, "1:c:alice", [], 0)[0]
    assert buffer.snapshot([1]).pending == {1: 5}


def test_claim_moves_pending_into_a_batch_and_bumps_the_generation(buffer: ReadBuffer) -> None:
    assert buffer.claim("empty") is None
    generation = buffer.generation()
    buffer.record(1, DAY, HOUR, "1:a", [], 1800)
    buffer.record(1, DAY, HOUR + 1, "1:b", [], 1800)
    buffer.record(2, "2026-03-02", HOUR + 30, "2:a", [], 1800)
    batch = buffer.claim("batch-1")
    assert batch is not None and batch.batch_id == "batch-1" and batch.reads == 3
    assert batch.increments == {(1, DAY, HOUR): 1, (1, DAY, HOUR + 1): 1, (2, "2026-03-02", HOUR + 30): 1}
    assert buffer.generation() == generation + 1
    snapshot = buffer.snapshot([1, 2])
    assert snapshot.pending == {} and snapshot.batches == {"batch-1": {1: 2, 2: 1}}
    buffer.record(1, DAY, HOUR, "1:c", [], 1800)
    assert [b.batch_id for b in buffer.unfinished()] == ["batch-1"]
    buffer.finish("batch-1")
    assert buffer.generation() == generation + 2  # finishing changes the stored totals: a new generation
    assert buffer.unfinished() == []
    assert buffer.snapshot([1, 2]).batches == {} and buffer.snapshot([1]).pending == {1: 1}


def test_record_reports_unfinished_batches_of_the_story(buffer: ReadBuffer) -> None:
    buffer.record(1, DAY, HOUR, "1:a", [], 1800)
    buffer.claim("b1")
    _counted, snapshot = buffer.record(1, DAY, HOUR, "1:b", [], 1800)
    assert snapshot.pending == {1: 1} and snapshot.batches == {"b1": {1: 1}}
    assert snapshot.generation == buffer.generation()


def test_concurrent_records_are_exact(buffer: ReadBuffer) -> None:
    def reader(worker: int) -> None:
        for i in range(100):
            buffer.record(7, DAY, HOUR, f"7:c:{worker}-{i}", [], 1800)
            buffer.record(7, DAY, HOUR, "7:c:same-visitor", [], 1800)

    threads = [threading.Thread(target=reader, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert buffer.snapshot([7]).pending == {7: 801}


def test_a_large_snapshot_is_read_in_chunks(buffer: ReadBuffer) -> None:
    ids = list(range(1, 1301))
    for story_id in (1, 700, 1300):
        buffer.record(story_id, DAY, HOUR, f"{story_id}:a", [], 1800)
    assert buffer.snapshot(ids).pending == {1: 1, 700: 1, 1300: 1}


def test_bump_generation_tells_readers_stored_totals_changed(buffer: ReadBuffer) -> None:
    generation = buffer.generation()
    buffer.bump_generation()
    assert buffer.generation() == generation + 1
    assert buffer.snapshot([1]).generation == generation + 1


def test_generations_start_at_random_so_a_wiped_buffer_does_not_repeat_them(buffer: ReadBuffer) -> None:
    starts = set()
    for _ in range(3):
        buffer.clear()  # type: ignore[attr-defined]
        starts.add(buffer.generation())
    assert len(starts) == 3


def test_an_address_admits_new_visitors_up_to_its_cap_per_window(buffer: ReadBuffer) -> None:
    admit = buffer.admit_visitor
    assert all(admit("a:office", 7, (f"c:{n}",), 3, 600) for n in range(3))
    assert not admit("a:office", 7, ("c:fourth",), 3, 600)  # a fourth new visitor is refused
    assert admit("a:office", 7, ("c:1",), 3, 600)  # visitors already admitted still count
    assert admit("a:home", 7, ("c:fourth",), 3, 600)  # another address has its own cap
    assert admit("a:office", 8, ("c:fourth",), 3, 600)  # and the next window starts afresh


def test_a_visitor_admitted_cookieless_is_known_by_its_new_cookie(buffer: ReadBuffer) -> None:
    assert buffer.admit_visitor("a:cafe", 1, ("h:hash", "c:given"), 1, 600)
    assert buffer.admit_visitor("a:cafe", 1, ("c:given",), 1, 600)
    assert not buffer.admit_visitor("a:cafe", 1, ("c:someone-else",), 1, 600)


def test_concurrent_new_visitors_never_overshoot_the_cap(buffer: ReadBuffer) -> None:
    admitted: list[bool] = []
    lock = threading.Lock()

    def worker(index: int) -> None:
        for n in range(20):
            result = buffer.admit_visitor("a:nat", 3, (f"c:{index}-{n}",), 25, 600)
            with lock:
                admitted.append(result)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert admitted.count(True) == 25 and len(admitted) == 80
