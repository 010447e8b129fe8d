"""Tests for the SQLite read buffer: the dedupe window on its clock, sharing between processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from gazete.readership.buffer_sqlite import SqliteReadBuffer

DAY, HOUR = "2026-03-01", 493_000


def test_the_dedupe_window_counts_one_visitor_once_per_window(sqlite_buffer: SqliteReadBuffer) -> None:
    clock = sqlite_buffer.test_clock  # type: ignore[attr-defined]
    assert sqlite_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)[0]
    clock["now"] += 1799
    assert not sqlite_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)[0]
    clock["now"] += 1  # 30 minutes after the counted read
    assert sqlite_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)[0]
    clock["now"] += 600  # the window starts again at the second counted read
    assert not sqlite_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1800)[0]
    assert sqlite_buffer.snapshot([1]).pending == {1: 2}


def test_expired_seen_keys_are_purged(sqlite_buffer: SqliteReadBuffer) -> None:
    clock = sqlite_buffer.test_clock  # type: ignore[attr-defined]
    sqlite_buffer.record(1, DAY, HOUR, "1:a", [], 60)
    sqlite_buffer.record(1, DAY, HOUR, "1:b", [], 600)
    clock["now"] += 61
    assert sqlite_buffer.purge_expired() == 1
    assert not sqlite_buffer.record(1, DAY, HOUR, "1:b", [], 600)[0]


def test_address_windows_are_purged_when_over(sqlite_buffer: SqliteReadBuffer) -> None:
    clock = sqlite_buffer.test_clock  # type: ignore[attr-defined]
    assert sqlite_buffer.admit_visitor("a:office", 1, ("c:1",), 1, 60)
    assert not sqlite_buffer.admit_visitor("a:office", 1, ("c:2",), 1, 60)
    clock["now"] += 121
    sqlite_buffer.purge_expired()
    assert sqlite_buffer.admit_visitor("a:office", 1, ("c:2",), 1, 60)  # the old window's rows are gone


def _record_many(path: str, worker: int, count: int) -> None:
    buffer = SqliteReadBuffer(Path(path))
    for i in range(count):
        buffer.record(3, DAY, HOUR, f"3:c:{worker}-{i}", [], 1800)
        buffer.record(3, DAY, HOUR, "3:c:shared-visitor", [], 1800)


def test_processes_share_dedupe_keys_and_counts(tmp_path: Path) -> None:
    path = str(tmp_path / "reads.sqlite3")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_many, args=(path, w, 150)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert SqliteReadBuffer(Path(path)).snapshot([3]).pending == {3: 601}
