"""Fixtures shared by the whole suite: ../shared, Chromium, a live gunicorn server.

Tests that need ../shared, Chromium or a server skip with a clear reason when it is absent,
except under CI (``CI`` set), where a missing prerequisite is a failure: CI must run them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"
CHROMIUM = Path("/usr/bin/chromium")


def require(condition: bool, reason: str) -> None:
    """Skip (or, under CI, fail) the calling test when ``condition`` is false."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this test, but: {reason}")
    pytest.skip(reason)


def pytest_configure(config: pytest.Config) -> None:
    """In-process tests serve static files unhashed (the live-server tests run collectstatic)."""
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the repository (samples and moderation data)."""
    require(SHARED_DIR.is_dir(), f"../shared not found at {SHARED_DIR}: shared samples and data are absent")
    return SHARED_DIR


# Flags for Debian's chromium here: no sandbox as root, and no background connections (the network
# is closed, and each refused connection costs time).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def launch_chromium(playwright: object, chromium_path: Path) -> object:
    """Launch Debian's chromium headless through a Playwright ``sync_playwright()`` handle."""
    return playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def browser(chromium_path: Path) -> Iterator[object]:
    """Headless chromium for one test module (each test opens its own context or page on it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright, chromium_path)
        yield chromium
        chromium.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's chromium, driven by Playwright in the browser tests."""
    require(CHROMIUM.exists(), "Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Give every test an empty cache, so cached pages never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _fresh_read_buffer(request: pytest.FixtureRequest) -> Iterator[None]:
    """Empty the read buffer for database tests: it lives outside the database, which rolls back.

    Without this a read buffered by one test (story 1) shows up in the next test's story 1.
    """
    if request.node.get_closest_marker("django_db") is None:
        yield
        return
    from gazete.readership import services, visitors
    from gazete.readership.buffer import get_buffer

    def forget() -> None:
        get_buffer().clear()  # type: ignore[attr-defined]
        for memo in (services._readable, services._stored_cache, visitors._salts):
            memo.clear()

    forget()
    yield
    forget()


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    """A gunicorn server of gazete running as a separate process."""

    url: str
    data_dir: Path
    env: dict[str, str]
    process: subprocess.Popen

    def gazete(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a ``gazete`` command against the same data directory and database."""
        return subprocess.run(
            [sys.executable, "-m", "gazete.cli", *args], env=self.env, capture_output=True, text=True,
            check=check, timeout=300,
        )


def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment for a gazete process using ``data_dir`` (and the suite's database/Redis)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_CURRENT_TEST", "DJANGO_SETTINGS_MODULE"}}
    env["GAZETE_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def wait_for(url: str, timeout: float = 30.0) -> None:
    """Wait until ``url`` answers (any HTTP status), or raise TimeoutError."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=2)
        try:  # any answer, a redirect to https included (GAZETE_HTTPS=1), means the server is up
            conn.request("GET", parts.path or "/")
            conn.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
        finally:
            conn.close()
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def start_server(data_dir: Path, *, workers: int = 2, env_extra: dict[str, str] | None = None,
                 setup: bool = True) -> LiveServer:
    """Set up ``data_dir`` and start ``gazete serve`` on a free port."""
    env = server_env(data_dir, **(env_extra or {}))
    if setup:
        subprocess.run([sys.executable, "-m", "gazete.cli", "setup"], env=env, check=True,
                       capture_output=True, timeout=300)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gazete.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/")
    except TimeoutError:
        process.kill()
        raise
    return LiveServer(url=url, data_dir=data_dir, env=env, process=process)


def stop_server(server: LiveServer) -> None:
    """Stop the server gracefully (SIGTERM), killing it if it hangs."""
    server.process.terminate()
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture
def immediate_huey() -> Iterator[None]:
    """Run queued tasks in the calling thread (huey's immediate mode) for the duration of a test."""
    from huey.contrib.djhuey import HUEY

    before = HUEY.immediate
    HUEY.immediate = True
    yield
    HUEY.immediate = before


@pytest.fixture
def take(django_capture_on_commit_callbacks: Any) -> Callable[[Any], Any]:
    """Execute an action object and run what it left for after the commit (cache drops, events, tasks)."""

    def execute(action: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return action.execute()

    return execute


def scaled_out() -> bool:
    """True when the suite runs against PostgreSQL (GAZETE_DATABASE_URL) rather than SQLite."""
    return bool(os.environ.get("GAZETE_DATABASE_URL"))


@pytest.fixture(scope="session")
def live_server_process(tmp_path_factory: pytest.TempPathFactory, django_db_blocker) -> Iterator[LiveServer]:
    """A real gunicorn server with two workers and the sample stories, shared by a test session.

    On the embedded default it uses its own SQLite database under a temporary data directory; when
    GAZETE_DATABASE_URL is set it uses a separate PostgreSQL database made for it.
    """
    data_dir = tmp_path_factory.mktemp("live-data")
    extra: dict[str, str] = {}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_live")
    if os.environ.get("GAZETE_REDIS_URL"):
        extra["GAZETE_REDIS_URL"] = scratch_redis_database(1)
    server = start_server(data_dir, env_extra=extra)
    yield server
    stop_server(server)


def scratch_postgres_database(name: str) -> str:
    """Create (or recreate) an empty PostgreSQL database beside the configured one; return its URL."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    base = os.environ["GAZETE_DATABASE_URL"]
    parts = urlsplit(base)
    with psycopg.connect(urlunsplit(parts._replace(scheme="postgresql")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def scratch_redis_database(db: int) -> str:
    """Empty Redis database ``db`` beside the configured one (the suite's own cache uses the other)."""
    from urllib.parse import urlsplit, urlunsplit

    import redis

    parts = urlsplit(os.environ["GAZETE_REDIS_URL"])
    url = urlunsplit(parts._replace(path=f"/{db}"))
    redis.Redis.from_url(url).flushdb()
    return url


def which(name: str) -> str | None:
    """shutil.which, re-exported for tests."""
    return shutil.which(name)


REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


@dataclass
class PrivateRedis:
    """A redis-server of the test's own, on a free port, that the test may kill and start again."""

    port: int
    directory: Path
    options: tuple[str, ...]
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The redis:// URL of database 0."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start (or start again, from its data directory) and wait until it answers PING."""
        import redis

        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory),
             "--save", "", *self.options],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis(port=self.port, socket_connect_timeout=0.5).ping()
                return
            except (redis.RedisError, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def kill(self) -> None:
        """kill -9: no shutdown, no final save, as when the machine or the process dies."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def start_private_redis(directory: Path, *options: str) -> PrivateRedis:
    """Start a private redis-server (skipped, or failed under CI, when redis-server is absent)."""
    require(Path(REDIS_SERVER).exists(), "redis-server is not installed (apt-get install redis-server)")
    directory.mkdir(parents=True, exist_ok=True)
    server = PrivateRedis(port=free_port(), directory=directory, options=options)
    server.start()
    return server


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    """A private redis-server without persistence, killed after the test."""
    server = start_private_redis(tmp_path / "redis", "--appendonly", "no")
    yield server
    server.kill()
