"""gazete.request_drain: an unread request body is read to its end before the answer is sent."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from gazete.request_drain import MAX_DRAINED_BYTES, drain_unread_body, draining_unread_bodies


class CountingStream(io.BytesIO):
    """A request body that remembers how many bytes were read from it."""

    def __init__(self, body: bytes) -> None:
        super().__init__(body)
        self.reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self.reads += 1
        return super().read(size)


def environ_for(body: bytes, length: str | None = None) -> dict[str, Any]:
    return {"CONTENT_LENGTH": str(len(body)) if length is None else length, "wsgi.input": CountingStream(body)}


def test_what_the_app_left_unread_is_read_to_the_end() -> None:
    environ = environ_for(b"x" * 300_000)
    environ["wsgi.input"].read(1000)  # the app read the first part only
    assert drain_unread_body(environ) == 299_000
    assert environ["wsgi.input"].read() == b""


def test_a_body_already_read_costs_one_empty_read() -> None:
    environ = environ_for(b"csrfmiddlewaretoken=abc")
    environ["wsgi.input"].read()
    reads = environ["wsgi.input"].reads
    assert drain_unread_body(environ) == 0
    assert environ["wsgi.input"].reads == reads + 1


def test_no_body_a_bad_length_or_a_body_beyond_the_limit_is_left_alone() -> None:
    for environ in (environ_for(b""), environ_for(b"abc", length="many"), environ_for(b"abc", length="")):
        assert drain_unread_body(environ) == 0
        assert environ["wsgi.input"].reads == 0
    huge = environ_for(b"abc", length=str(MAX_DRAINED_BYTES + 1))
    assert drain_unread_body(huge) == 0 and huge["wsgi.input"].reads == 0
    assert drain_unread_body({"CONTENT_LENGTH": "3"}) == 0  # no input stream at all


def test_no_more_than_the_declared_length_is_read() -> None:
    environ = environ_for(b"abcdef", length="4")  # a keep-alive connection's next request follows
    assert drain_unread_body(environ) == 4
    assert environ["wsgi.input"].read() == b"ef"


def test_the_wrapped_app_answers_as_before_and_its_refusal_leaves_nothing_unread() -> None:
    events: list[str] = []

    def refusing_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("403 Forbidden", [("Content-Type", "text/plain")])
        events.append(f"answered with {environ['wsgi.input'].tell()} bytes read")
        return [b"CSRF verification failed."]

    environ = environ_for(b"\xff" * 5_000_000)
    answer = draining_unread_bodies(refusing_app)(environ, lambda status, headers: events.append(status))
    assert list(answer) == [b"CSRF verification failed."]
    assert events == ["403 Forbidden", "answered with 0 bytes read"]
    assert environ["wsgi.input"].tell() == 5_000_000  # read before the server sends the answer
