"""Tests for gazete.resilient_queue: huey's Redis queue parks tasks in SQLite while Redis is down.

Against a real redis-server of the test's own, killed and started again, and a real huey instance
with tasks of its own; the tasks run as the worker runs them (``huey.execute``).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from gazete.resilient_queue import ResilientRedisHuey, fallback_path
from tests.conftest import PrivateRedis, free_port, server_env, start_server, stop_server, wait_for


def make_huey(url: str, tmp_path: Path) -> ResilientRedisHuey:
    return ResilientRedisHuey("drill-queue", url=url, fallback_filename=str(fallback_path(tmp_path)), utc=True)


def run_next(huey: ResilientRedisHuey) -> object:
    """Take the next task off the queue and run it, as a worker of ``gazete worker`` does."""
    task = huey.dequeue()
    assert task is not None, "no task waiting"
    return huey.execute(task)


def test_tasks_go_through_redis_while_it_answers(private_redis: PrivateRedis, tmp_path: Path) -> None:
    huey = make_huey(private_redis.url, tmp_path)

    @huey.task()
    def add(a: int, b: int) -> int:
        return a + b

    result = add(2, 3)
    assert redis.Redis.from_url(private_redis.url).llen("huey.redis.drillqueue") == 1
    assert huey.storage.fallback.queue_size() == 0
    run_next(huey)
    assert result.get() == 5


def test_a_task_enqueued_while_redis_is_down_is_parked_run_and_its_result_kept(
    private_redis: PrivateRedis, tmp_path: Path, caplog
) -> None:  # type: ignore[no-untyped-def]
    huey = make_huey(private_redis.url, tmp_path)

    @huey.task()
    def add(a: int, b: int) -> int:
        return a + b

    private_redis.kill()
    result = add(1, 2)  # no exception: the task waits in the SQLite file
    assert huey.storage.fallback.queue_size() == 1
    assert "Redis unreachable for the task queue" in caplog.text
    assert run_next(huey) == 3
    assert result.get() == 3  # the result was kept in the SQLite file too
    assert huey.dequeue() is None  # nothing else, and no exception while Redis is still down


def test_parked_tasks_move_into_redis_when_it_answers_again(private_redis: PrivateRedis, tmp_path: Path) -> None:
    huey = make_huey(private_redis.url, tmp_path)

    @huey.task()
    def echo(value: str) -> str:
        return value

    private_redis.kill()
    echo("parked-1")
    echo("parked-2")
    private_redis.start()
    time.sleep(1.1)  # the breaker lets the next call try Redis again
    echo("after")
    queued = redis.Redis.from_url(private_redis.url).lrange("huey.redis.drillqueue", 0, -1)
    assert len(queued) == 3 and huey.storage.fallback.queue_size() == 0
    assert [run_next(huey) for _ in range(3)] == ["parked-1", "parked-2", "after"]  # oldest first


def test_a_parked_task_is_taken_before_redis_tasks_by_a_second_process_of_the_data_dir(
    private_redis: PrivateRedis, tmp_path: Path
) -> None:
    app_server, worker = make_huey(private_redis.url, tmp_path), make_huey(private_redis.url, tmp_path)

    @app_server.task(name="double")
    def double(value: int) -> int:
        return value * 2

    worker.task(name="double")(double.func)
    private_redis.kill()
    result = double(21)
    assert run_next(worker) == 42  # the worker reads the same SQLite file
    assert result.get() == 42


def test_a_scheduled_task_and_a_lock_work_while_redis_is_down(private_redis: PrivateRedis, tmp_path: Path) -> None:
    huey = make_huey(private_redis.url, tmp_path)

    @huey.task()
    def later() -> str:
        return "done"

    private_redis.kill()
    later.schedule(delay=60)
    task = huey.dequeue()  # the worker finds it is not due yet and puts it in the schedule
    assert task is not None and not huey.ready_to_run(task)
    huey.add_schedule(task)
    assert huey.storage.schedule_size() == 1
    due = huey.read_schedule(datetime.datetime.now(datetime.UTC).replace(tzinfo=None) + datetime.timedelta(minutes=2))
    assert [task.name for task in due] == [later.task_class.__name__]
    lock = huey.lock_task("drill-lock")
    with lock:
        assert lock.is_locked()
    assert not lock.is_locked()


def gazete(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "gazete.cli", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.server
def test_serve_and_the_worker_start_while_redis_is_down_and_say_so(tmp_path: Path) -> None:
    down = f"redis://127.0.0.1:{free_port()}/0"
    env = server_env(tmp_path / "data", GAZETE_REDIS_URL=down)
    env.pop("GAZETE_DATABASE_URL", None)  # the embedded database: this test is about Redis
    checked = subprocess.run(
        [sys.executable, "-m", "gazete.cli", "check"], env=env, capture_output=True, text=True, timeout=120
    )
    assert checked.returncode == 2 and "cannot reach Redis" in checked.stderr  # `check` still fails
    server = start_server(tmp_path / "data", workers=1, env_extra={"GAZETE_REDIS_URL": down, "GAZETE_DATABASE_URL": ""})
    try:
        wait_for(server.url + "/")
        import urllib.request

        with urllib.request.urlopen(server.url + "/api/stories?limit=1", timeout=10) as answer:
            assert answer.status == 200
    finally:
        stop_server(server)
    worker = gazete("worker", env=env)
    try:
        assert worker.stderr is not None
        line = worker.stderr.readline()
        assert line.startswith(f"gazete: warning: GAZETE_REDIS_URL: cannot reach Redis at {down}")
        assert "starting anyway" in line
        time.sleep(2)
        assert worker.poll() is None, worker.stderr.read()  # still running
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert os.stat(fallback_path(tmp_path / "data")).st_mode & 0o777 == 0o600
