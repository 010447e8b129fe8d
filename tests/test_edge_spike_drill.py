"""The breaking-news spike drill: 64 readers on one article through deploy/nginx.conf while ten wire UPDATEs land.

A real gunicorn (``gazete serve``) behind a real nginx running the shipped config. 64 reader
threads, each with its own address (127.0.1.n: nginx passes it on in ``X-Forwarded-For``, which
gazete believes from nginx's 127.0.0.1) and its own keep-alive connection, ask for the article
again and again (10 ms apart).
Each reader sends the read beacon after its first answer, as a browser showing the page does, and
once more at the end (the same reader: it must not count twice). Meanwhile ten ``UPDATE`` versions
of the story are ingested one after the other, a second apart (each ``gazete ingest`` prints its
counts once the version is committed).

The drill holds when: no reader gets an error or another status than 200, every version is in the
article's body through nginx within 2 s of its commit, and the read count is exact afterwards (64
readers, one counted read each). No timing is asserted except that 2 s bound, which is the
behaviour under test; the latencies are printed.
"""

from __future__ import annotations

import http.client
import json
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import LiveServer, scaled_out, scratch_postgres_database, start_server, stop_server
from tests.nginx_tools import REPO, call, start_shipped_nginx

pytestmark = [pytest.mark.server, pytest.mark.drill]
ORIGINAL = REPO / "tests" / "fixtures" / "wire" / "newsml" / "aa-text-20240613-tr.xml"
HEADLINE = "Kütüphane haftası etkinlikleri başladı"
READERS = 64
VERSIONS = range(2, 12)  # ten UPDATE versions after the first
BODY = re.compile(rb'<div class="body">(.*?)</div>', re.DOTALL)
THINK_SECONDS = 0.01  # between one reader's requests: 64 readers ask up to ~6,000 times a second
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.{n}"
# The pollers' ingest service in one long-running process, as the worker runs it: one file path a
# line on stdin; DONE and the outcomes printed once the version is committed.
INGESTER = """
import sys
from pathlib import Path
from gazete.wire.services import Ingestor, files_source
ingestor = Ingestor(files_source())
print("READY", flush=True)
for line in sys.stdin:
    results = ingestor.ingest_file(Path(line.strip()))
    print("DONE", " ".join(result.outcome for result in results), flush=True)
"""


def marker(version: int) -> str:
    """The sentence only version ``version`` has in its body."""
    return f"Program {version}. kez güncellendi."


def write_version(directory: Path, version: int) -> Path:
    """Version ``version`` of the fixture story: a newer version number and time, and its own sentence."""
    text = ORIGINAL.read_text(encoding="utf-8")
    text = text.replace('version="1"', f'version="{version}"', 1)
    text = text.replace("2024-06-13T07:30:00Z", f"2024-06-13T{7 + version:02d}:30:00Z", 1)
    text = text.replace(
        "<p>Etkinliklere öğrenciler ve veliler katıldı.</p>",
        f"<p>Etkinliklere öğrenciler ve veliler katıldı.</p>\n<p>{marker(version)}</p>",
        1,
    )
    assert text.count(marker(version)) == 1 and f'version="{version}"' in text
    path = directory / f"library-v{version}.xml"
    path.write_text(text, encoding="utf-8")
    return path


def version_in(body: bytes) -> int:
    """The version whose sentence is in the article's body (1 when none is)."""
    found = BODY.search(body)
    text = found.group(1).decode() if found else ""
    return max((v for v in VERSIONS if marker(v) in text), default=1)


@dataclass
class Reader:
    """One reader's record: answers by status, latencies, beacons, and when each version was first seen."""

    n: int
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    first_seen: dict[int, float] = field(default_factory=dict)
    beacons: int = 0
    counted: int = 0
    refusals: list[str] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"User-Agent": BROWSER.format(n=self.n), "Accept": "text/html"}

    def connect(self, base: str) -> http.client.HTTPConnection:
        """A connection from this reader's own loopback address (nginx passes it on as X-Forwarded-For)."""
        parts = urlsplit(base)
        return http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=30, source_address=(f"127.0.1.{self.n + 1}", 0)
        )

    def run(self, base: str, path: str, story_id: int, stop: threading.Event) -> None:
        conn = self.connect(base)
        while not stop.is_set():
            try:
                started = time.monotonic()
                conn.request("GET", path, headers=self.headers)
                response = conn.getresponse()
                body = response.read()
                self.latencies.append(time.monotonic() - started)
                self.statuses[response.status] = self.statuses.get(response.status, 0) + 1
                version = version_in(body)
                self.first_seen.setdefault(version, time.monotonic())
                if not self.beacons:  # the page is on screen: the browser sends the beacon
                    self.beacon(conn, story_id)
                stop.wait(THINK_SECONDS)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                self.errors.append(repr(exc))
                conn.close()
                conn = self.connect(base)
        self.beacon(conn, story_id)  # the same reader again: must not count twice
        conn.close()

    def beacon(self, conn: http.client.HTTPConnection, story_id: int) -> None:
        """Send the read beacon as reads.js does; note whether it counted."""
        try:
            conn.request("POST", f"/api/stories/{story_id}/reads", headers=self.headers)
            response = conn.getresponse()
            answer = response.read()
        except (OSError, http.client.HTTPException) as exc:
            self.errors.append(f"beacon: {exc!r}")
            return
        self.beacons += 1
        if response.status != 200:
            self.errors.append(f"beacon {response.status}: {answer[:200]!r}")
        elif json.loads(answer)["counted"]:
            self.counted += 1
        else:
            self.refusals.append(json.loads(answer).get("reason", ""))


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    extra = {"GAZETE_TRUSTED_PROXIES": "127.0.0.1,::1"}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_spike_drill")
    server = start_server(tmp_path_factory.mktemp("spike-data"), workers=2, env_extra=extra)
    server.gazete("ingest", str(ORIGINAL))
    yield server
    stop_server(server)


def watch(base: str, path: str, stop: threading.Event, log: list[tuple[float, int, str | None]]) -> None:
    """Ask for the page every 50 ms and log the version and nginx's cache status (printed if the drill fails)."""
    while not stop.wait(0.05):
        answer = call(base, "GET", path)
        log.append((time.monotonic(), version_in(answer.body), answer.getheader("X-Cache-Status")))  # type: ignore[attr-defined]


def read_count(base: str, story_id: int) -> int:
    return int(json.loads(call(base, "GET", f"/api/stories/{story_id}").body)["read_count"])  # type: ignore[attr-defined]


def test_64_readers_on_one_article_while_ten_updates_land(
    app_server: LiveServer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    nginx = start_shipped_nginx(tmp_path_factory.mktemp("spike-nginx"), urlsplit(app_server.url).port)
    try:
        stories = json.loads(call(nginx.url, "GET", "/api/stories?limit=50").body)  # type: ignore[attr-defined]
        story = next(s for s in stories if s["headline"] == HEADLINE)
        path, before = urlsplit(story["url"]).path, read_count(nginx.url, story["id"])
        files = [write_version(tmp_path_factory.mktemp("spike-wire"), version) for version in VERSIONS]
        readers, stop = [Reader(n) for n in range(READERS)], threading.Event()
        threads = [threading.Thread(target=r.run, args=(nginx.url, path, story["id"], stop)) for r in readers]
        for thread in threads:
            thread.start()
        committed: dict[int, float] = {}
        watched: list[tuple[float, int, str | None]] = []  # (time, version, X-Cache-Status) every 50 ms
        watcher = threading.Thread(target=watch, args=(nginx.url, path, stop, watched))
        watcher.start()
        ingester = subprocess.Popen(
            [sys.executable, "-m", "gazete.cli", "manage", "shell", "-c", INGESTER],
            env=app_server.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            while (line := ingester.stdout.readline()) and line.strip() != "READY":  # type: ignore[union-attr]
                pass  # Django's shell says how many models it imported
            time.sleep(2)  # the spike is on before the first update
            next_start = time.monotonic()
            for version, wire_file in zip(VERSIONS, files, strict=True):
                time.sleep(max(0.0, next_start - time.monotonic()))
                next_start = time.monotonic() + 1.0
                ingester.stdin.write(f"{wire_file}\n")  # type: ignore[union-attr]
                ingester.stdin.flush()  # type: ignore[union-attr]
                line = ingester.stdout.readline()  # type: ignore[union-attr]
                committed[version] = time.monotonic()
                assert line.split() == ["DONE", "updated"], f"version {version}: {line!r}"
            time.sleep(3)  # the last version has time to show
        finally:
            stop.set()
            ingester.communicate(timeout=60)
            for thread in [*threads, watcher]:
                thread.join(timeout=60)
        after = read_count(nginx.url, story["id"])
    finally:
        nginx.stop()

    latencies = sorted(latency for r in readers for latency in r.latencies)
    statuses: dict[int, int] = {}
    for r in readers:
        for status, count in r.statuses.items():
            statuses[status] = statuses.get(status, 0) + count
    visible = {
        v: min((r.first_seen[w] for r in readers for w in r.first_seen if w >= v), default=None) for v in VERSIONS
    }
    delays = {v: None if visible[v] is None else visible[v] - committed[v] for v in VERSIONS}
    shown = [d for d in delays.values() if d is not None]
    print(
        f"\nspike drill: {len(latencies)} page answers to {READERS} readers, statuses {statuses}; latency "
        f"min {latencies[0] * 1000:.1f} ms, median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
    )
    print(
        f"each update seen through nginx after its commit: {min(shown):.2f}-{max(shown):.2f} s "
        f"({', '.join(f'v{v} {d:.2f}' for v, d in delays.items() if d is not None)})"
    )
    print(
        f"beacons {sum(r.beacons for r in readers)}, counted {sum(r.counted for r in readers)}, "
        f"read count {before} -> {after}"
    )
    print(f"beacons not counted: {Counter(reason for r in readers for reason in r.refusals)}")
    assert [e for r in readers for e in r.errors] == []
    assert set(statuses) == {200}
    late = [v for v, delay in delays.items() if delay is None or delay > 2.0]
    for v in late:
        print(
            f"v{v}, committed at 0: "
            + ", ".join(
                f"{t - committed[v]:+.2f} v{w} {status}" for t, w, status in watched if -1 < t - committed[v] < 5
            )
        )
    assert not late, delays
    assert all(r.counted == 1 for r in readers), [(r.counted, r.refusals[:2]) for r in readers]
    assert after == before + READERS
