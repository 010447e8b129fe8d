"""Benchmark the read beacon against a no-op endpoint on the same gunicorn stack, counts checked exact.

Target: beacon throughput at least half the no-op's (ratio ≥ 0.5). For each configuration a real
server is started (``gazete serve``, gunicorn with --workers W, gthread) on a throw-away data
directory: the embedded default (SQLite + the SQLite read buffer) always, and PostgreSQL + Redis
(a scratch database and Redis database beside the configured ones) when GAZETE_DATABASE_URL and
GAZETE_REDIS_URL are set. Clients are P processes × T threads with keep-alive connections; each
beacon carries a new visitor cookie, so every one must count. Rounds alternate ``GET /api/ping``
(the reference: same middleware and API stack, does nothing) and ``POST /api/stories/<id>/reads``;
the median rate of each is compared. Afterwards ``gazete flush_reads`` runs and the story's count
must equal exactly the number of beacons sent.

Run: .venv/bin/python benchmarks/bench_reads.py [--requests 3000] [--rounds 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from urllib.parse import urlsplit, urlunsplit

TARGET_RATIO = 0.5
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gazete(env: dict[str, str], *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "gazete.cli", *args], env=env, check=True,
                          capture_output=True, text=True, timeout=600).stdout


def start_server(env: dict[str, str], workers: int) -> tuple[subprocess.Popen, int]:
    gazete(env, "setup")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gazete.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/ping", timeout=2)
            return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not start")


def stop_server(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def _client_process(port: int, method: str, path: str, count: int, threads: int, cookies: bool,
                    queue: multiprocessing.Queue) -> None:
    """Send ``count`` requests from ``threads`` keep-alive connections; report status codes and latencies."""
    latencies: list[float] = []
    bad: list[int] = []
    lock = threading.Lock()

    def run(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine_lat, mine_bad = [], []
        for _ in range(n):
            headers = {"User-Agent": BROWSER}
            if cookies:
                headers["Cookie"] = "gz_rid=" + secrets.token_urlsafe(16)
            started = time.perf_counter()
            conn.request(method, path, headers=headers)
            response = conn.getresponse()
            response.read()
            mine_lat.append(time.perf_counter() - started)
            if response.status != 200:
                mine_bad.append(response.status)
        conn.close()
        with lock:
            latencies.extend(mine_lat)
            bad.extend(mine_bad)

    shares = [count // threads + (1 if i < count % threads else 0) for i in range(threads)]
    workers = [threading.Thread(target=run, args=(n,)) for n in shares]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    queue.put((latencies, bad))


def load(port: int, method: str, path: str, total: int, processes: int, threads: int, cookies: bool) -> dict:
    """Run one load round; return its rate (requests/s), p50/p99 latency (ms) and non-200 answers."""
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue = context.Queue()
    shares = [total // processes + (1 if i < total % processes else 0) for i in range(processes)]
    children = [context.Process(target=_client_process, args=(port, method, path, n, threads, cookies, queue))
                for n in shares]
    started = time.perf_counter()
    for child in children:
        child.start()
    results = [queue.get() for _ in children]
    elapsed = time.perf_counter() - started
    for child in children:
        child.join()
    latencies = sorted(x for lat, _bad in results for x in lat)
    bad = [code for _lat, codes in results for code in codes]
    return {
        "rate": total / elapsed,
        "p50": latencies[len(latencies) // 2] * 1000,
        "p99": latencies[int(len(latencies) * 0.99)] * 1000,
        "bad": bad,
    }


def story_count(port: int, story_id: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories/{story_id}", timeout=10) as response:
        return json.loads(response.read())["read_count"]


def scratch_backends() -> dict[str, str]:
    """A fresh PostgreSQL database and an empty Redis database beside the configured ones."""
    import psycopg
    import redis

    base = urlsplit(os.environ["GAZETE_DATABASE_URL"])
    with psycopg.connect(urlunsplit(base._replace(scheme="postgresql")), autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "gazete_bench_reads" WITH (FORCE)')
        conn.execute('CREATE DATABASE "gazete_bench_reads"')
    redis_url = urlunsplit(urlsplit(os.environ["GAZETE_REDIS_URL"])._replace(path="/4"))
    redis.Redis.from_url(redis_url).flushdb()
    return {"GAZETE_DATABASE_URL": urlunsplit(base._replace(path="/gazete_bench_reads")),
            "GAZETE_REDIS_URL": redis_url}


def run_configuration(name: str, backends: dict[str, str], args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory(prefix="gazete-bench-reads-") as data_dir:
        env = {k: v for k, v in os.environ.items() if k not in {"GAZETE_DATABASE_URL", "GAZETE_REDIS_URL"}}
        # Every beacon is a new visitor from 127.0.0.1: a cap this high keeps the per-address check
        # in the measured path (its worst case, one admission per beacon) without refusing any.
        env.update(backends, GAZETE_DATA_DIR=data_dir, GAZETE_READS_NEW_VISITORS_PER_ADDRESS="1000000000")
        process, port = start_server(env, args.workers)
        try:
            first_url = f"http://127.0.0.1:{port}/api/stories?limit=1"
            with urllib.request.urlopen(first_url, timeout=10) as response:
                story_id = json.loads(response.read())[0]["id"]
            before = story_count(port, story_id)
            beacon_path = f"/api/stories/{story_id}/reads"
            # Warm both paths (imports, connections, the crawler-list regex) before measuring.
            load(port, "GET", "/api/ping", 200, args.processes, args.threads, False)
            warm = load(port, "POST", beacon_path, 200, args.processes, args.threads, True)
            sent = 200
            pings, beacons = [], []
            for _ in range(args.rounds):
                clients = (args.requests, args.processes, args.threads)
                pings.append(load(port, "GET", "/api/ping", *clients, False))
                beacons.append(load(port, "POST", beacon_path, *clients, True))
                sent += args.requests
            bad = warm["bad"] + [code for r in pings + beacons for code in r["bad"]]
            live = story_count(port, story_id)
            flushed = json.loads(gazete(env, "flush_reads", "--json").strip().splitlines()[-1])["reads"]
            after = story_count(port, story_id)
        finally:
            stop_server(process)
    ping_rate = statistics.median(r["rate"] for r in pings)
    beacon_rate = statistics.median(r["rate"] for r in beacons)
    return {
        "name": name, "ping": ping_rate, "beacon": beacon_rate, "ratio": beacon_rate / ping_rate,
        "ping_p99": statistics.median(r["p99"] for r in pings),
        "beacon_p50": statistics.median(r["p50"] for r in beacons),
        "beacon_p99": statistics.median(r["p99"] for r in beacons),
        "sent": sent, "live_delta": live - before, "flushed": flushed, "stored_delta": after - before,
        "exact": live - before == sent and after - before == sent and not bad, "bad": len(bad),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests per round and endpoint")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--processes", type=int, default=4, help="client processes")
    parser.add_argument("--threads", type=int, default=8, help="client threads (connections) per process")
    args = parser.parse_args(argv)
    configurations = [("embedded (SQLite + SQLite buffer)", {})]
    if os.environ.get("GAZETE_DATABASE_URL") and os.environ.get("GAZETE_REDIS_URL"):
        configurations.append(("PostgreSQL + Redis", scratch_backends()))
    else:
        print("(PostgreSQL + Redis skipped: set GAZETE_DATABASE_URL and GAZETE_REDIS_URL to run it)")
    print(f"gunicorn --workers {args.workers} (gthread); clients: {args.processes} processes × "
          f"{args.threads} keep-alive connections; {args.rounds} rounds × {args.requests} requests "
          f"per endpoint; {os.cpu_count()} CPUs shared by server and clients")
    failed = False
    for name, backends in configurations:
        result = run_configuration(name, backends, args)
        verdict = "OK" if result["ratio"] >= TARGET_RATIO else f"below target {TARGET_RATIO}"
        print(f"\n== {result['name']}")
        print(f"  no-op GET /api/ping      {result['ping']:8.0f} req/s   p99 {result['ping_p99']:6.1f} ms")
        print(f"  beacon POST …/reads      {result['beacon']:8.0f} req/s   p50 {result['beacon_p50']:6.1f} ms"
              f"   p99 {result['beacon_p99']:6.1f} ms")
        print(f"  ratio beacon/no-op       {result['ratio']:8.2f}   ({verdict})")
        print(f"  counts: sent {result['sent']}, live +{result['live_delta']}, flushed {result['flushed']}, "
              f"stored +{result['stored_delta']}, non-200 answers {result['bad']} -> "
              f"{'EXACT' if result['exact'] else 'MISMATCH'}")
        failed = failed or not result["exact"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
