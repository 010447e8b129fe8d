"""The reader's IP address behind the reverse proxies we run (nginx in front of gunicorn).

``X-Forwarded-For`` is trusted only when the request comes straight from one of
``settings.GAZETE_TRUSTED_PROXIES`` (GAZETE_TRUSTED_PROXIES, default the loopback addresses), and
then only its last hop — the address that proxy saw — so a client cannot forge its own address.
Read counting and comment rate limits both identify visitors through this one function.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """Return the client's address: REMOTE_ADDR, or the last X-Forwarded-For hop from a trusted proxy."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.GAZETE_TRUSTED_PROXIES:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return remote
