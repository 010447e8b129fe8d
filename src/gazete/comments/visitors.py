"""Who is commenting: a salted hash of the visitor's address, never the address itself."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

from gazete.proxies import client_ip


@dataclass(frozen=True)
class Visitor:
    """A visitor known only by ``hash`` (HMAC of the address under the site's secret key)."""

    hash: str


def hash_address(address: str) -> str:
    """Return the visitor hash of an IP address (stable for one SECRET_KEY)."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"visitor:{address}".encode(), hashlib.sha256).hexdigest()[:32]


def client_address(request: HttpRequest) -> str:
    """Return the client's address (see gazete.proxies: trusted reverse proxies only)."""
    return client_ip(request) or "unknown"


def visitor_from_request(request: HttpRequest) -> Visitor:
    """Return the Visitor making ``request``."""
    return Visitor(hash=hash_address(client_address(request)))
