"""Client for AA's subscriber API ("Haber Akış Sistemi"): discover, search and document download.

What the client guarantees (see docs/wire.md and AA-API-NOTES in ../shared):

- HTTP Basic auth from ``GAZETE_AA_USERNAME`` / ``GAZETE_AA_PASSWORD``; base address
  ``GAZETE_AA_BASE_URL`` (default ``https://api.aa.com.tr``). A 401 raises :class:`AAAuthError`
  whose one-line message names those variables.
- At least 500 ms between two requests of one account in this process (a shared client-side
  limiter with a small margin), because AA answers requests that come faster with an error.
- On 429 it waits (``Retry-After`` when given, else exponential backoff) and tries again, up to
  ``max_retries`` times, then raises :class:`AARateLimited`.
"""

from __future__ import annotations

import email.utils
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests

DEFAULT_BASE_URL = "https://api.aa.com.tr"
USERNAME_VAR = "GAZETE_AA_USERNAME"
PASSWORD_VAR = "GAZETE_AA_PASSWORD"  # noqa: S105 - the variable's name, not a password
BASE_URL_VAR = "GAZETE_AA_BASE_URL"
MIN_INTERVAL = 0.55  # AA asks for >= 500 ms between requests; 50 ms of margin for clock and network jitter
TEXT_FORMAT = "newsml29"
USER_AGENT = "gazete-wire/1 (+https://github.com/gazete)"


class AAError(RuntimeError):
    """The AA API answered with an error (or not at all)."""


class AAAuthError(AAError):
    """Missing or refused credentials."""


class AARateLimited(AAError):
    """AA kept answering 429 after every retry."""


def auth_error_message(detail: str) -> str:
    """The one-line message of an :class:`AAAuthError`, naming the credential variables."""
    return f"AA API: {detail}; set {USERNAME_VAR} and {PASSWORD_VAR} (the API user of AA's subscriber portal)"


def format_timestamp(moment: datetime) -> str:
    """An ISO-8601 UTC timestamp as the search call wants it: ``2016-08-30T10:45:00Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class RateLimiter:
    """Keeps at least ``min_interval`` seconds between two requests (thread-safe).

    The interval counts from the later of the previous request's start and the end of its answer
    (:meth:`done`), so a slow answer cannot squeeze two requests' arrivals closer than the rule.
    """

    def __init__(
        self,
        min_interval: float = MIN_INTERVAL,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self.clock = clock
        self.sleep = sleep
        self._last: float | None = None
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until a request may go out, and note that it does."""
        with self._lock:
            if self._last is not None:
                delay = self._last + self.min_interval - self.clock()
                if delay > 0:
                    self.sleep(delay)
            self._last = self.clock()

    def done(self) -> None:
        """Note that the answer to the current request has arrived (the next interval starts now)."""
        with self._lock:
            self._last = self.clock()


_LIMITERS: dict[tuple[str, str], RateLimiter] = {}
_LIMITERS_LOCK = threading.Lock()


def shared_limiter(base_url: str, username: str) -> RateLimiter:
    """The one rate limiter of an AA account in this process (AA counts per user, not per client)."""
    with _LIMITERS_LOCK:
        return _LIMITERS.setdefault((base_url, username), RateLimiter())


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = now if now is not None else time.time()
    return max(0.0, moment.timestamp() - current)


@dataclass(frozen=True)
class AACredentials:
    """Where the API is and who we are."""

    base_url: str
    username: str
    password: str

    @classmethod
    def from_env(cls, base_url: str | None = None) -> AACredentials:
        """Read the credentials from the environment; raise AAAuthError when they are missing."""
        username = os.environ.get(USERNAME_VAR, "").strip()
        password = os.environ.get(PASSWORD_VAR, "")
        if not username or not password:
            raise AAAuthError(auth_error_message("no credentials configured"))
        url = base_url or os.environ.get(BASE_URL_VAR, "").strip() or DEFAULT_BASE_URL
        return cls(base_url=url.rstrip("/"), username=username, password=password)


class AAClient:
    """Talks to the AA subscriber API with auth, the 500 ms rule and backoff on 429."""

    def __init__(
        self,
        credentials: AACredentials,
        *,
        session: requests.Session | None = None,
        limiter: RateLimiter | None = None,
        max_retries: int = 5,
        backoff_base: float = 2.0,
        backoff_cap: float = 60.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.credentials = credentials
        self.session = session or requests.Session()
        self.session.auth = (credentials.username, credentials.password)
        self.session.headers.setdefault("User-Agent", USER_AGENT)
        self.limiter = limiter or shared_limiter(credentials.base_url, credentials.username)
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.timeout = timeout
        self.sleep = sleep
        self.requests_sent = 0

    @classmethod
    def from_env(cls, base_url: str | None = None, **kwargs: Any) -> AAClient:
        """A client with credentials from GAZETE_AA_USERNAME / GAZETE_AA_PASSWORD / GAZETE_AA_BASE_URL."""
        return cls(AACredentials.from_env(base_url), **kwargs)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send one request under the rate limit, retrying on 429; raise AAError on failure."""
        url = f"{self.credentials.base_url}{path}"
        for attempt in range(self.max_retries + 1):
            self.limiter.wait()
            self.requests_sent += 1
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kwargs)
            except requests.RequestException as error:
                raise AAError(f"AA API: {method} {path} failed: {error}") from error
            finally:
                self.limiter.done()
            if response.status_code == 429:
                if attempt == self.max_retries:
                    break
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                if wait is None:
                    wait = self.backoff_base * (2**attempt)
                self.sleep(min(wait, self.backoff_cap))
                continue
            if response.status_code == 401:
                raise AAAuthError(auth_error_message(f"credentials refused (HTTP 401 from {path})"))
            if response.status_code >= 400:
                raise AAError(f"AA API: {method} {path} answered HTTP {response.status_code}")
            return response
        raise AARateLimited(f"AA API: still rate limited (HTTP 429) after {self.max_retries} retries: {path}")

    def _envelope(self, response: requests.Response, path: str) -> Any:
        """The ``data`` of AA's JSON envelope, after checking ``response.success``."""
        try:
            body = response.json()
        except ValueError as error:
            raise AAError(f"AA API: {path} did not answer JSON") from error
        status = body.get("response", {}) if isinstance(body, dict) else {}
        if not status.get("success", False):
            code = status.get("code")
            message = status.get("message") or "unsuccessful response"
            if code == 401:
                raise AAAuthError(auth_error_message(f"credentials refused ({message})"))
            raise AAError(f"AA API: {path}: {message} (code {code})")
        return body.get("data")

    def discover(self, locale: str = "tr_TR") -> dict[str, Any]:
        """The numeric codes behind the filters (category, type, language…) for a locale."""
        path = f"/abone/discover/{locale}"
        return self._envelope(self.request("GET", path), path) or {}

    def search(
        self, start: datetime, end: datetime, *, filters: dict[str, Any] | None = None, offset: int = 0,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """One page of items whose time lies between ``start`` and ``end``."""
        path = "/abone/search/"
        form = {"start_date": format_timestamp(start), "end_date": format_timestamp(end), "offset": offset,
                "limit": limit, **(filters or {})}
        data = self._envelope(self.request("POST", path, data=form), path) or {}
        result = data.get("result", []) if isinstance(data, dict) else []
        return [item for item in result if isinstance(item, dict)]

    def search_all(
        self, start: datetime, end: datetime, *, filters: dict[str, Any] | None = None, page_size: int = 100,
        max_pages: int = 50,
    ) -> Iterator[dict[str, Any]]:
        """Every item between ``start`` and ``end``, page by page."""
        for page in range(max_pages):
            items = self.search(start, end, filters=filters, offset=page * page_size, limit=page_size)
            yield from items
            if len(items) < page_size:
                return

    def document(self, document_id: str, document_format: str = TEXT_FORMAT) -> bytes:
        """Download one item (text as NewsML-G2 2.9 XML)."""
        path = f"/abone/document/{document_id}/{document_format}"
        response = self.request("GET", path)
        if "json" in response.headers.get("Content-Type", ""):
            self._envelope(response, path)  # an error envelope instead of the document
        return response.content
