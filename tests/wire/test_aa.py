"""Tests for gazete.wire.aa against the fake AA server: auth, the 500 ms rule, 429 backoff, envelope."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from gazete.wire.aa import (
    AAAuthError,
    AAClient,
    AACredentials,
    AARateLimited,
    RateLimiter,
    format_timestamp,
    retry_after_seconds,
)
from tests.wire.fake_aa import FakeAAState, fake_aa_server
from tests.wire.pages import NEWSML

NOW = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)


def _client(base_url: str, state: FakeAAState, **kwargs: object) -> AAClient:
    return AAClient(AACredentials(base_url, state.username, state.password), limiter=RateLimiter(), **kwargs)


def test_requests_keep_500_ms_apart_so_the_server_never_refuses_one() -> None:
    with fake_aa_server() as (url, state):
        state.publish("aa:text:20240612:9000001", (NEWSML / "aa-text-20240612-v1.xml").read_bytes(), date=NOW)
        client = _client(url, state)
        started = time.monotonic()
        client.discover("tr_TR")
        items = client.search(NOW - timedelta(hours=1), NOW + timedelta(hours=1), filters={"filter_type": 1})
        document = client.document(items[0]["id"])
        elapsed = time.monotonic() - started
    assert state.violations == 0 and len(state.requests) == 3
    assert elapsed >= 1.0  # three requests need two full gaps
    assert b"aa:text:20240612:9000001" in document
    assert state.searches[0]["filter_type"] == "1"
    assert state.searches[0]["start_date"] == "2024-06-12T11:00:00Z"


def test_the_fake_server_does_enforce_the_rule() -> None:
    with fake_aa_server() as (url, state):
        client = _client(url, state, max_retries=0)
        client.limiter.min_interval = 0  # misbehave on purpose
        client.discover()
        with pytest.raises(AARateLimited):
            client.discover()
    assert state.violations == 1


def test_wrong_credentials_raise_a_one_line_error_naming_the_variables() -> None:
    with fake_aa_server() as (url, state):
        client = AAClient(AACredentials(url, state.username, "wrong"), limiter=RateLimiter())
        with pytest.raises(AAAuthError) as caught:
            client.search(NOW - timedelta(hours=1), NOW)
    message = str(caught.value)
    assert "401" in message and "GAZETE_AA_USERNAME" in message and "GAZETE_AA_PASSWORD" in message
    assert "\n" not in message


def test_missing_credentials_raise_the_same_kind_of_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GAZETE_AA_USERNAME", raising=False)
    monkeypatch.delenv("GAZETE_AA_PASSWORD", raising=False)
    with pytest.raises(AAAuthError, match="GAZETE_AA_USERNAME and GAZETE_AA_PASSWORD"):
        AAClient.from_env()


def test_credentials_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAZETE_AA_USERNAME", "7654321")
    monkeypatch.setenv("GAZETE_AA_PASSWORD", "pw")
    monkeypatch.delenv("GAZETE_AA_BASE_URL", raising=False)
    assert AACredentials.from_env() == AACredentials("https://api.aa.com.tr", "7654321", "pw")
    monkeypatch.setenv("GAZETE_AA_BASE_URL", "http://127.0.0.1:9/")
    assert AACredentials.from_env().base_url == "http://127.0.0.1:9"


def test_429_with_retry_after_is_waited_out_and_retried() -> None:
    with fake_aa_server() as (url, state):
        state.force_429 = 2
        state.retry_after = "1"
        client = _client(url, state)
        started = time.monotonic()
        items = client.search(NOW - timedelta(hours=1), NOW)
        elapsed = time.monotonic() - started
    assert items == [] and len(state.requests) == 3
    assert elapsed >= 2.0  # two Retry-After waits of one second
    assert state.violations == 0


def test_429_without_retry_after_backs_off_exponentially_then_gives_up() -> None:
    waits: list[float] = []
    with fake_aa_server() as (url, state):
        state.force_429 = 10
        client = _client(url, state, max_retries=3, backoff_base=0.5, sleep=waits.append)
        with pytest.raises(AARateLimited, match="after 3 retries"):
            client.discover()
    assert waits == [0.5, 1.0, 2.0]


def test_rate_limiter_sleeps_only_the_rest_of_the_interval_from_the_last_answer() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    limiter = RateLimiter(0.5, clock=lambda: now[0], sleep=sleep)
    limiter.wait()
    now[0] += 0.2
    limiter.wait()
    now[0] += 0.9
    limiter.wait()
    assert slept == [0.3]
    now[0] += 0.4  # a slow answer: the interval counts from its end
    limiter.done()
    now[0] += 0.1
    limiter.wait()
    assert slept == [0.3, 0.4]


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 12 Jun 2024 10:00:10 GMT", now=datetime(2024, 6, 12, 10, tzinfo=UTC)
                               .timestamp()) == 10.0


def test_timestamps_are_utc_with_z() -> None:
    moment = datetime(2024, 6, 12, 15, 30, tzinfo=UTC).astimezone()
    assert format_timestamp(moment) == "2024-06-12T15:30:00Z"
