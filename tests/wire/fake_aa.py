"""A fake AA subscriber API (and a plain feed server) on 127.0.0.1 for the wire tests.

The fake AA server behaves like the public notes describe the real one: HTTP Basic auth (401 on
wrong credentials), a JSON envelope ``{"response": {...}, "data": {...}}``, ``/abone/search/``
and ``/abone/document/{id}/newsml29`` (``/web`` and ``/print`` for photos and graphics, types 2
and 5, whose payload is the image). It enforces the 500 ms rule: a request that comes less
than 500 ms after the previous one is answered 429 and counted in ``violations``. It can also be
told to answer 429 to the next N requests. Documents are our own NewsML samples.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

MIN_INTERVAL = 0.5


@dataclass
class FakeDocument:
    """One document in the fake feed: its id, current version, time and NewsML bytes."""

    document_id: str
    title: str
    date: datetime
    version: int
    payload: bytes
    type: int = 1
    group_id: str = ""


@dataclass
class FakeAAState:
    """What the fake server serves and what it saw."""

    username: str = "1234567"
    password: str = "secret-for-tests"
    documents: dict[str, FakeDocument] = field(default_factory=dict)
    force_429: int = 0
    retry_after: str | None = None
    violations: int = 0
    requests: list[tuple[str, str, float]] = field(default_factory=list)
    searches: list[dict[str, str]] = field(default_factory=list)
    last_request: float | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def publish(self, document_id: str, payload: bytes, *, date: datetime, version: int = 1,
                title: str = "", kind: int = 1, group_id: str = "") -> None:
        """Make a document (or a new version of it) available to search and download."""
        self.documents[document_id] = FakeDocument(document_id, title or document_id, date, version, payload,
                                                   kind, group_id)

    def document_downloads(self) -> list[str]:
        """Paths of the document requests the server answered or refused."""
        return [path for method, path, _ in self.requests if path.startswith("/abone/document/")]

    def text_downloads(self) -> list[str]:
        """Paths of the text (newsml29) document requests."""
        return [path for path in self.document_downloads() if path.endswith("/newsml29")]


def _parse_time(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


class _AAHandler(BaseHTTPRequestHandler):
    state: FakeAAState

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        return

    def _json(self, status: int, success: bool, data: Any, message: str = "") -> None:
        envelope = {"success": success, "code": status, "message": message}
        body = json.dumps({"response": envelope, "data": data})
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def _gate(self) -> bool:
        """Rate rule, forced 429s and auth; True when the request may be served."""
        state = self.state
        with state.lock:
            now = time.monotonic()
            too_soon = state.last_request is not None and now - state.last_request < MIN_INTERVAL
            state.last_request = now
            state.requests.append((self.command, self.path, now))
            forced = state.force_429 > 0
            if forced:
                state.force_429 -= 1
            if too_soon:
                state.violations += 1
        if forced or too_soon:
            self.send_response(429)
            if state.retry_after is not None:
                self.send_header("Retry-After", state.retry_after)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False
        expected = "Basic " + base64.b64encode(f"{state.username}:{state.password}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self._json(401, False, None, "Unauthorized")
            return False
        return True

    def do_GET(self) -> None:
        if not self._gate():
            return
        parts = self.path.strip("/").split("/")
        if parts[:2] == ["abone", "discover"]:
            codes = {"type": [{"id": 1, "name": "text"}], "language": [{"id": 1, "name": "tr"}]}
            self._json(200, True, codes)
        elif parts[:2] == ["abone", "document"] and len(parts) == 4:
            document = self.state.documents.get(parts[2])
            picture = document is not None and document.type in (2, 5)
            wanted = ("web", "print") if picture else ("newsml29",)
            if document is None or parts[3] not in wanted:
                self._json(404, False, None, "Not found")
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg" if picture else "application/xml")
            self.send_header("Content-Length", str(len(document.payload)))
            self.end_headers()
            self.wfile.write(document.payload)
        else:
            self._json(404, False, None, "Not found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        if not self._gate():
            return
        if self.path.rstrip("/") != "/abone/search":
            self._json(404, False, None, "Not found")
            return
        if self.headers.get("Content-Type", "").startswith("application/json"):
            form = {key: str(value) for key, value in json.loads(raw).items()}
        else:
            form = {key: values[0] for key, values in parse_qs(raw).items()}
        self.state.searches.append(form)
        start, end = _parse_time(form["start_date"]), _parse_time(form["end_date"])
        hits = [doc for doc in self.state.documents.values() if start <= doc.date <= end]
        if "filter_type" in form:
            hits = [doc for doc in hits if str(doc.type) == form["filter_type"]]
        hits.sort(key=lambda doc: doc.date)
        offset, limit = int(form.get("offset", 0)), int(form.get("limit", 5))
        result = [
            {"id": doc.document_id, "title": doc.title, "type": doc.type,
             "date": doc.date.strftime("%Y-%m-%dT%H:%M:%SZ"), "version": doc.version,
             **({"group_id": doc.group_id} if doc.group_id else {})}
            for doc in hits[offset:offset + limit]
        ]
        self._json(200, True, {"result": result, "total": len(hits)})


@contextmanager
def fake_aa_server(state: FakeAAState | None = None) -> Iterator[tuple[str, FakeAAState]]:
    """Run the fake AA API in a thread; yield its base URL and state."""
    state = state or FakeAAState()
    handler = type("Handler", (_AAHandler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class FeedState:
    """A feed served with ETag / Last-Modified, answering 304 to a matching conditional GET."""

    body: bytes
    etag: str = '"v1"'
    last_modified: str = "Wed, 12 Jun 2024 10:00:00 GMT"
    delay: float = 0.0
    gets: int = 0
    not_modified: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def change(self, body: bytes, etag: str, last_modified: str) -> None:
        """Serve new content under new validators."""
        self.body, self.etag, self.last_modified = body, etag, last_modified


class _FeedHandler(BaseHTTPRequestHandler):
    state: FeedState

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        state = self.state
        with state.lock:
            state.gets += 1
        if state.delay:
            time.sleep(state.delay)
        matches = (self.headers.get("If-None-Match") == state.etag
                   or self.headers.get("If-Modified-Since") == state.last_modified)
        if matches:
            with state.lock:
                state.not_modified += 1
            self.send_response(304)
            self.send_header("ETag", state.etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("ETag", state.etag)
        self.send_header("Last-Modified", state.last_modified)
        self.send_header("Content-Length", str(len(state.body)))
        self.end_headers()
        self.wfile.write(state.body)


@contextmanager
def feed_server(state: FeedState) -> Iterator[str]:
    """Serve ``state`` as a feed at ``/feed.xml`` in a thread; yield the feed's URL."""
    handler = type("Handler", (_FeedHandler,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()


class _FilesHandler(BaseHTTPRequestHandler):
    files: dict[str, bytes]
    requested: list[str]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self.requested.append(self.path)
        body = self.files.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def files_server(files: dict[str, bytes]) -> Iterator[tuple[str, list[str]]]:
    """Serve ``files`` (path → bytes, e.g. pictures) on 127.0.0.1; yield the base URL and the paths asked for."""
    requested: list[str] = []
    handler = type("Handler", (_FilesHandler,), {"files": files, "requested": requested})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requested
    finally:
        server.shutdown()
        server.server_close()
