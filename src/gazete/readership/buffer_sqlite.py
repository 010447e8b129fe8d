"""The read buffer of the embedded default: one small SQLite file shared by all local processes.

gunicorn runs several worker processes, so neither dedupe keys nor pending increments can live
in one process's memory; a separate WAL-mode SQLite file keeps them without taking the main
database's write lock on every read. Each beacon is one short write transaction here.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from gazete.config import ensure_private_file
from gazete.readership.buffer import Batch, Bucket, BufferSnapshot

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, expires REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
    story_id INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (story_id, day, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS batch_rows (
    batch_id TEXT NOT NULL, story_id INTEGER NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL,
    n INTEGER NOT NULL, PRIMARY KEY (batch_id, story_id, day, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS address_visitors (
    address TEXT NOT NULL, win INTEGER NOT NULL, visitor TEXT NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY (address, win, visitor)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS address_windows (
    address TEXT NOT NULL, win INTEGER NOT NULL, admitted INTEGER NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY (address, win)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (name, value) VALUES ('generation', abs(random() % 281474976710656));
"""
_SEEN_UPSERT = (
    "INSERT INTO seen (key, expires) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
    "SET expires = excluded.expires WHERE seen.expires <= ?"
)
_SNAPSHOT_CHUNK = 500
LOCK_WAIT_SECONDS = 30.0
T = TypeVar("T")


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


class SqliteReadBuffer:
    """Read buffer in a SQLite file; one connection per thread and process.

    SQLite's own busy handler sleeps whole milliseconds (1, 2, 5, 10… ms) when another process
    holds the write lock, which is far longer than a beacon's transaction takes; so connections
    are opened with no busy timeout, and a lock is retried here after a short random pause.
    Threads of one process also take turns on a process lock, so they never spin against each other.
    """

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._private_for_pid = 0
        self._private_lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        if self._private_for_pid != os.getpid():  # once per process, before its first connection
            with self._private_lock:
                if self._private_for_pid != os.getpid():
                    ensure_private_file(self.path)  # 0600, and so its WAL and shared-memory files
                    self._private_for_pid = os.getpid()
        conn = sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} COMMIT;")
        conn.execute("PRAGMA busy_timeout=0")
        self._local.conn = conn
        self._local.pid = os.getpid()
        return conn

    def close(self) -> None:
        """Close this thread's connection (tests and shutdown)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _transaction(self, work: Callable[[sqlite3.Connection], T], *, write: bool) -> T:
        """Run ``work`` in one transaction (IMMEDIATE for writes), retrying while the file is locked."""
        conn = self._connection()
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        pause = 0.00005
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    result = work(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                return result
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(pause * (0.5 + random.random()))  # jitter, not security
            pause = min(pause * 2, 0.002)

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        with self._write_lock:
            return self._transaction(work, write=True)

    def record(self, story_id: int, day: str, hour: int, seen_key: str, alias_keys: Sequence[str],
               ttl_seconds: int) -> tuple[bool, BufferSnapshot]:
        """Add one read unless ``seen_key`` was seen within ``ttl_seconds``; mark aliases seen too.

        Returns whether it counted and, read in the same transaction, the story's buffered reads.
        """
        now = self.clock()
        expires = now + ttl_seconds

        def work(conn: sqlite3.Connection) -> tuple[bool, BufferSnapshot]:
            counted = True
            if ttl_seconds > 0:
                counted = conn.execute(_SEEN_UPSERT, (seen_key, expires, now)).rowcount == 1
                for alias in alias_keys:
                    conn.execute(_SEEN_UPSERT, (alias, expires, now))
            if counted:
                conn.execute(
                    "INSERT INTO pending (story_id, day, hour, n) VALUES (?, ?, ?, 1) "
                    "ON CONFLICT (story_id, day, hour) DO UPDATE SET n = n + 1",
                    (story_id, day, hour),
                )
            return counted, self._snapshot_in(conn, [story_id])

        return self._write(work)

    def admit_visitor(self, address: str, window: int, visitor_keys: Sequence[str], per_window: int,
                      window_seconds: int) -> bool:
        """Whether a visitor's reads from ``address`` may count in ``window``.

        A visitor already admitted costs one read transaction; a new one one short write.
        """
        keys = list(dict.fromkeys(visitor_keys))
        marks = ",".join("?" * len(keys))
        known_sql = (f"SELECT 1 FROM address_visitors WHERE address = ? AND win = ? "  # noqa: S608
                     f"AND visitor IN ({marks}) LIMIT 1")

        def known(conn: sqlite3.Connection) -> bool:
            return conn.execute(known_sql, (address, window, *keys)).fetchone() is not None

        if self._transaction(known, write=False):
            return True
        expires = self.clock() + 2 * window_seconds

        def admit(conn: sqlite3.Connection) -> bool:
            if known(conn):
                return True
            row = conn.execute("SELECT admitted FROM address_windows WHERE address = ? AND win = ?",
                               (address, window)).fetchone()
            if row is not None and row[0] >= per_window:
                return False
            conn.execute(
                "INSERT INTO address_windows (address, win, admitted, expires) VALUES (?, ?, 1, ?) "
                "ON CONFLICT (address, win) DO UPDATE SET admitted = admitted + 1", (address, window, expires))
            conn.executemany("INSERT OR IGNORE INTO address_visitors (address, win, visitor, expires) "
                             "VALUES (?, ?, ?, ?)", [(address, window, key, expires) for key in keys])
            return True

        return self._write(admit)

    def snapshot(self, story_ids: Sequence[int]) -> BufferSnapshot:
        """The pending and claimed-but-unfinished reads of ``story_ids`` and the generation."""
        ids = sorted({int(i) for i in story_ids})
        # One read transaction: a consistent view of all three tables.
        return self._transaction(lambda conn: self._snapshot_in(conn, ids), write=False)

    @staticmethod
    def _snapshot_in(conn: sqlite3.Connection, ids: Sequence[int]) -> BufferSnapshot:
        pending: dict[int, int] = {}
        batches: dict[str, dict[int, int]] = {}
        generation = conn.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()[0]
        for start in range(0, len(ids), _SNAPSHOT_CHUNK):
            chunk = ids[start:start + _SNAPSHOT_CHUNK]
            marks = ",".join("?" * len(chunk))
            for story_id, n in conn.execute(
                f"SELECT story_id, SUM(n) FROM pending WHERE story_id IN ({marks}) GROUP BY story_id",  # noqa: S608
                chunk,
            ):
                pending[story_id] = n
            for batch_id, story_id, n in conn.execute(
                f"SELECT batch_id, story_id, SUM(n) FROM batch_rows WHERE story_id IN ({marks}) "  # noqa: S608
                "GROUP BY batch_id, story_id",
                chunk,
            ):
                batches.setdefault(batch_id, {})[story_id] = n
        return BufferSnapshot(generation=generation, pending=pending, batches=batches)

    def generation(self) -> int:
        """The current generation."""
        conn = self._connection()
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                return conn.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()[0]
            except sqlite3.OperationalError as exc:  # WAL readers are only blocked during recovery
                if not _is_busy(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(0.0005)

    def claim(self, batch_id: str) -> Batch | None:
        """Move every pending increment into a new batch ``batch_id``; None when nothing is pending."""

        def work(conn: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
            rows = conn.execute("SELECT story_id, day, hour, n FROM pending").fetchall()
            if rows:
                conn.execute(
                    "INSERT INTO batch_rows (batch_id, story_id, day, hour, n) "
                    "SELECT ?, story_id, day, hour, n FROM pending",
                    (batch_id,),
                )
                conn.execute("DELETE FROM pending")
                conn.execute("UPDATE meta SET value = value + 1 WHERE name = 'generation'")
            return rows

        rows = self._write(work)
        if not rows:
            return None
        return Batch(batch_id, {(s, d, h): n for s, d, h, n in rows})

    def unfinished(self) -> list[Batch]:
        """Batches claimed but not finished."""
        rows = self._transaction(
            lambda conn: conn.execute(
                "SELECT batch_id, story_id, day, hour, n FROM batch_rows ORDER BY batch_id").fetchall(),
            write=False,
        )
        found: dict[str, dict[Bucket, int]] = {}
        for batch_id, story_id, day, hour, n in rows:
            found.setdefault(batch_id, {})[(story_id, day, hour)] = n
        return [Batch(batch_id, increments) for batch_id, increments in found.items()]

    def finish(self, batch_id: str) -> None:
        """Drop a batch whose increments are recorded in the database (bumps the generation)."""

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM batch_rows WHERE batch_id = ?", (batch_id,))
            conn.execute("UPDATE meta SET value = value + 1 WHERE name = 'generation'")

        self._write(work)

    def bump_generation(self) -> None:
        """Tell every process that stored totals changed."""
        self._write(lambda conn: conn.execute("UPDATE meta SET value = value + 1 WHERE name = 'generation'"))

    def purge_expired(self) -> int:
        """Forget seen keys and address windows that are over; return how many seen keys."""
        now = self.clock()

        def work(conn: sqlite3.Connection) -> int:
            for table in ("address_visitors", "address_windows"):
                conn.execute(f"DELETE FROM {table} WHERE expires <= ?", (now,))  # noqa: S608 - fixed names
            return conn.execute("DELETE FROM seen WHERE expires <= ?", (now,)).rowcount

        return self._write(work)

    def clear(self) -> None:
        """Forget everything (tests only)."""

        def work(conn: sqlite3.Connection) -> None:
            for table in ("seen", "pending", "batch_rows", "address_visitors", "address_windows"):
                conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            conn.execute("UPDATE meta SET value = abs(random() % 281474976710656)")

        self._write(work)
