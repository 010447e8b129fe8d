"""Who is reading: a first-party random cookie id, else a daily-salted hash of IP and user agent.

No raw IP address is stored anywhere: cookieless visitors are identified by
``HMAC(salt of the day, IP + user agent)``, and the salt is random, kept in the database and
replaced every day (old salts are deleted), so yesterday's hashes cannot be recomputed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError
from django.utils import timezone

from gazete.readership.models import VisitorSalt

COOKIE_NAME = "gz_rid"
COOKIE_MAX_AGE = 365 * 24 * 3600
_COOKIE_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")  # secrets.token_urlsafe(16)

_salts: dict[date, str] = {}
_salts_lock = threading.Lock()


@dataclass(frozen=True)
class Visitor:
    """One reader, as far as deduplication is concerned.

    ``key`` decides whether a read is new; ``aliases`` are marked as having read the story too
    (a cookieless visitor is given a cookie, so their next request is recognised by it);
    ``new_cookie`` is the id to set in the visitor's cookie, when they had none.
    """

    key: str
    aliases: tuple[str, ...] = ()
    new_cookie: str | None = None


def new_cookie_id() -> str:
    """A fresh random visitor id (128 bits, URL-safe)."""
    return secrets.token_urlsafe(16)


def is_valid_cookie_id(value: str | None) -> bool:
    """Whether a cookie value has the shape of an id we hand out."""
    return bool(value) and _COOKIE_ID.match(value) is not None  # type: ignore[arg-type]


def daily_salt(day: date | None = None) -> str:
    """The random salt of ``day`` (today by default), shared by every process through the database."""
    day = day or timezone.localdate()
    salt = _salts.get(day)
    if salt is not None:
        return salt
    with _salts_lock:
        salt = _salts.get(day)
        if salt is None:
            salt = _load_or_create_salt(day)
            _salts.clear()  # keep only the current day's salt in memory
            _salts[day] = salt
    return salt


def _load_or_create_salt(day: date) -> str:
    existing = VisitorSalt.objects.filter(day=day).values_list("salt", flat=True).first()
    if existing:
        return existing
    try:
        return VisitorSalt.objects.create(day=day, salt=secrets.token_hex(32)).salt
    except IntegrityError:  # another process created it first: use theirs
        return VisitorSalt.objects.get(day=day).salt


def hashed_visitor_key(ip: str, user_agent: str, day: date | None = None) -> str:
    """The key of a cookieless visitor: a salted hash of IP and user agent, changing every day."""
    salt = daily_salt(day)
    digest = hmac.new(salt.encode(), f"{ip}\n{user_agent}".encode(), hashlib.sha256).hexdigest()
    return "h:" + digest[:32]


def hashed_address_key(ip: str, day: date | None = None) -> str:
    """The key of one network address for the new-visitor cap: a salted hash, changing every day."""
    salt = daily_salt(day)
    digest = hmac.new(salt.encode(), f"address\n{ip}".encode(), hashlib.sha256).hexdigest()
    return "a:" + digest[:32]


def visitor_for(cookie_value: str | None, ip: str, user_agent: str) -> Visitor:
    """Identify the visitor of a request from their cookie, else from IP and user agent."""
    if is_valid_cookie_id(cookie_value):
        return Visitor(key="c:" + str(cookie_value))
    cookie_id = new_cookie_id()
    return Visitor(key=hashed_visitor_key(ip, user_agent), aliases=("c:" + cookie_id,), new_cookie=cookie_id)


def forget_old_salts(keep_days: int = 0) -> int:
    """Delete the salts of days before today (minus ``keep_days``); return how many were deleted."""
    cutoff = timezone.localdate() - timedelta(days=keep_days)
    deleted, _ = VisitorSalt.objects.filter(day__lt=cutoff).delete()
    return deleted
