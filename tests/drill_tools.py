"""Shared tools of the fault drills: app servers, the flusher killed at a seam, beacons, counts.

The drills (``@pytest.mark.drill``) start real gunicorn app servers and real ``gazete`` processes,
kill them with SIGKILL where a crash hurts most, and then count: every beacon answered
``counted`` must be in the database exactly once. This module starts and kills those processes,
sends beacons concurrently as browsers do, and reads counts from the API, the database and Redis.

Run as a program (``python -m tests.drill_tools flush-dying-at SEAM``) it is a flusher that does
exactly what ``gazete flush_reads`` does, and kills itself with SIGKILL at one seam of the flush:

* ``after-claim``: the pending reads are claimed as a batch, nothing applied;
* ``mid-apply``: the batch's increments are written, its transaction not committed;
* ``after-apply``: the batch is committed (its id recorded), not yet deleted from the buffer.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tests.conftest import LiveServer, scaled_out, scratch_postgres_database, server_env, start_server, stop_server

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
SEAMS = ("after-claim", "mid-apply", "after-apply")
BEACON_TRIES = 5  # reads.js sends a beacon answered 503 up to 4 more times
REPO_ROOT = Path(__file__).resolve().parents[1]


# --- processes -----------------------------------------------------------------------------------


def start_app_servers(
    data_dir: Path, count: int, *, workers: int = 2, env_extra: dict[str, str] | None = None
) -> list[LiveServer]:
    """Start ``count`` gunicorn app servers sharing one data directory (and database, buffer, Redis)."""
    servers = [start_server(data_dir, workers=workers, env_extra=env_extra)]
    try:
        servers += [start_server(data_dir, workers=workers, env_extra=env_extra, setup=False) for _ in range(count - 1)]
    except BaseException:
        stop_app_servers(servers)
        raise
    return servers


def start_isolated_server(data_dir: Path, database: str) -> LiveServer:
    """Start one server of its own: a fresh secret key, no Redis, and on PostgreSQL its own ``database``."""
    extra = {"GAZETE_SECRET_KEY": secrets.token_urlsafe(40), "GAZETE_REDIS_URL": ""}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database(database)
    return start_server(data_dir, workers=2, env_extra=extra)


def stop_app_servers(servers: Sequence[LiveServer]) -> None:
    """Stop every server gracefully."""
    for server in servers:
        stop_server(server)


def gazete_process(env: dict[str, str], *args: str) -> subprocess.Popen:
    """Start a ``gazete`` command (``worker``, ``ingest``…) as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "gazete.cli", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def kill9(process: subprocess.Popen) -> int:
    """SIGKILL: no cleanup, no shutdown hook, as when the machine or the OOM killer takes a process."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.wait(timeout=30)


def flush_dying_at(env: dict[str, str], seam: str) -> int:
    """Run a flusher that kills itself at ``seam``; its exit code (-9 when it died there, 0 if nothing was pending)."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.drill_tools", "flush-dying-at", seam],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"flusher failed at {seam}: {result.returncode}\n{result.stderr[-2000:]}")
    return result.returncode


def flush(server: LiveServer) -> dict[str, int]:
    """Run ``gazete flush_reads --json`` and return what it flushed."""
    result = server.gazete("flush_reads", "--json")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- beacons -------------------------------------------------------------------------------------


class Client:
    """One keep-alive HTTP connection to a server, sending requests as a browser does."""

    def __init__(self, server: LiveServer) -> None:
        parts = urlsplit(server.url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def request(
        self,
        method: str,
        path: str,
        *,
        cookie: str | None = None,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, bytes]:
        """Send one request; again on a new connection when gunicorn closed an idle one first."""
        sent = {"User-Agent": BROWSER, **({"Cookie": f"gz_rid={cookie}"} if cookie else {}), **(headers or {})}
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=sent)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.conn.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def beacon(self, story_id: int, cookie: str) -> tuple[dict, int]:
        """Send a read beacon as reads.js does (again after a 503); return the answer and the 503s seen."""
        unavailable = 0
        for _attempt in range(BEACON_TRIES):
            status, body = self.request("POST", f"/api/stories/{story_id}/reads", cookie=cookie)
            if status == 503:
                unavailable += 1
                time.sleep(0.2)
                continue
            if status != 200:
                raise AssertionError(f"beacon answered {status}: {body[:300]!r}")
            return json.loads(body), unavailable
        raise AssertionError(f"beacon answered 503 {BEACON_TRIES} times")


@dataclass
class BeaconStream:
    """Beacons of distinct new visitors sent by ``clients`` threads, spread over the servers.

    ``answers`` fills up while it runs, so a drill can wait for a number of answers and strike; it
    stops after ``total`` beacons, or earlier when the drill calls ``stop``. With ``paced`` the
    clients send only the beacons the drill allows (``allow``), so the stream cannot end before
    the drill's last strike, whatever the speed of the machine.
    """

    servers: Sequence[LiveServer]
    story_id: int
    total: int
    clients: int = 8
    pause: float = 0.0  # between two beacons of one client, to spread the stream over the drill
    paced: bool = False
    answers: list[dict] = field(default_factory=list)
    unavailable: int = 0
    errors: list[BaseException] = field(default_factory=list)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _permits: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))

    def start(self) -> BeaconStream:
        """Start the clients (each on its own server, round robin)."""
        for index in range(self.clients):
            thread = threading.Thread(target=self._client, args=(index,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _client(self, index: int) -> None:
        client = Client(self.servers[index % len(self.servers)])
        try:
            for _n in range(index, self.total, self.clients):
                while self.paced and not self._permits.acquire(timeout=0.05):
                    if self._stop.is_set():
                        return
                if self._stop.is_set():
                    return
                answer, refused = client.beacon(self.story_id, secrets.token_urlsafe(16))
                with self._lock:
                    self.answers.append(answer)
                    self.unavailable += refused
                if self.pause:
                    time.sleep(self.pause)
        except BaseException as exc:  # noqa: BLE001 - reported by join()
            with self._lock:
                self.errors.append(exc)

    @property
    def answered(self) -> int:
        """Beacons answered so far."""
        with self._lock:
            return len(self.answers)

    @property
    def running(self) -> bool:
        """Whether any client still sends."""
        return any(thread.is_alive() for thread in self._threads)

    def wait_for(self, answered: int, timeout: float = 120) -> None:
        """Wait until ``answered`` beacons were answered (or the stream ended)."""
        deadline = time.monotonic() + timeout
        while self.answered < answered and self.running and time.monotonic() < deadline:
            time.sleep(0.01)

    def allow(self, beacons: int) -> None:
        """Let a paced stream send ``beacons`` more."""
        self._permits.release(beacons)

    def stop(self) -> None:
        """Let each client finish the beacon it is sending, then stop."""
        self._stop.set()

    def join(self, timeout: float = 180) -> None:
        """Wait for every client; raise the first error a client met."""
        for thread in self._threads:
            thread.join(timeout=timeout)
        if self.errors:
            raise self.errors[0]

    @property
    def counted(self) -> int:
        """Beacons answered ``counted``."""
        with self._lock:
            return sum(bool(answer["counted"]) for answer in self.answers)


# --- counts --------------------------------------------------------------------------------------


def api_read_count(server: LiveServer, story_id: int) -> int:
    """The story's count as readers see it (stored + buffered), from ``/api/stories/<id>``."""
    status, body = Client(server).request("GET", f"/api/stories/{story_id}")
    assert status == 200, (status, body[:300])
    return int(json.loads(body)["read_count"])


def first_story_id(server: LiveServer) -> int:
    """The id of the newest published story."""
    status, body = Client(server).request("GET", "/api/stories?limit=1")
    assert status == 200, (status, body[:300])
    return int(json.loads(body)[0]["id"])


def stored_reads(server: LiveServer, story_id: int) -> dict[str, int]:
    """What the database holds for the story: counted total, days and hours, applied batches."""
    code = (
        "import json; from django.db.models import Sum; "
        "from gazete.readership.models import AppliedReadBatch, DailyReads, HourlyReads, StoryReads; "
        f"row = StoryReads.objects.filter(story_id={story_id}).first(); "
        "print(json.dumps({'counted': row.counted if row else 0, "
        f"'days': DailyReads.objects.filter(story_id={story_id}).aggregate(n=Sum('reads'))['n'] or 0, "
        f"'hours': HourlyReads.objects.filter(story_id={story_id}).aggregate(n=Sum('reads'))['n'] or 0, "
        "'batches': AppliedReadBatch.objects.count()}))"
    )
    result = server.gazete("manage", "shell", "-c", code)
    return json.loads(result.stdout.strip().splitlines()[-1])


def buffer_leftovers(server: LiveServer, story_id: int) -> dict[str, int]:
    """The story's reads still in the buffer (pending, and in claimed batches), and unfinished batches."""
    code = (
        "import json; from gazete.readership.buffer import get_buffer; b = get_buffer(); "
        f"s = b.snapshot([{story_id}]); "
        f"print(json.dumps({{'pending': s.pending.get({story_id}, 0), "
        f"'in_batches': sum(reads.get({story_id}, 0) for reads in s.batches.values()), "
        "'unfinished': len(b.unfinished())}))"
    )
    result = server.gazete("manage", "shell", "-c", code)
    return json.loads(result.stdout.strip().splitlines()[-1])


def redis_read_keys(url: str) -> list[str]:
    """The read-counting keys in Redis that hold reads (pending hashes and claimed batches)."""
    import redis

    client = redis.Redis.from_url(url, decode_responses=True)
    return sorted(key for key in client.scan_iter("gazete:{reads}:*") if ":pending" in key or ":batch:" in key)


def drill_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a gazete process of the drill (same data directory, database and Redis)."""
    return server_env(data_dir, **extra)


# --- the flusher that dies at a seam ---------------------------------------------------------------


def _die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _flush_dying_at(seam: str) -> int:
    """Flush as ``gazete flush_reads`` does, dying (SIGKILL) at ``seam`` of the first batch it claims."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
    import django

    django.setup()
    from gazete.readership import services
    from gazete.readership.buffer import get_buffer

    buffer = get_buffer()
    if seam == "after-claim":
        claim = type(buffer).claim

        def claim_and_die(self: Any, batch_id: str) -> Any:
            batch = claim(self, batch_id)
            if batch is not None:
                _die()
            return batch

        type(buffer).claim = claim_and_die  # type: ignore[method-assign]
    elif seam == "mid-apply":
        add_increments: Callable[..., None] = services._add_increments

        def add_and_die(*args: Any, **kwargs: Any) -> None:
            add_increments(*args, **kwargs)
            _die()  # inside the batch's transaction, before its commit

        services._add_increments = add_and_die
    elif seam == "after-apply":
        apply_batch: Callable[..., bool] = services._apply_batch

        def apply_and_die(*args: Any, **kwargs: Any) -> bool:
            applied = apply_batch(*args, **kwargs)
            _die()  # committed, not yet finished in the buffer
            return applied

        services._apply_batch = apply_and_die
    else:
        raise SystemExit(f"unknown seam {seam!r}; one of {', '.join(SEAMS)}")
    services.flush_pending(buffer=buffer)
    return 0  # nothing was pending: the flusher had nothing to die on


def main(argv: Sequence[str]) -> int:
    """``python -m tests.drill_tools flush-dying-at SEAM``."""
    if len(argv) != 2 or argv[0] != "flush-dying-at":
        raise SystemExit("usage: python -m tests.drill_tools flush-dying-at " + "|".join(SEAMS))
    return _flush_dying_at(argv[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
