"""Turn an HTTP request into what the read services need: request facts, client address, visitor."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from gazete.proxies import client_ip
from gazete.readership.botfilter import RequestMeta
from gazete.readership.visitors import COOKIE_MAX_AGE, COOKIE_NAME, Visitor, hashed_address_key, visitor_for

# A reverse proxy on the same machine (the shipped nginx) passes the reader's address on in
# X-Forwarded-For; only then is that header believed.
_PURPOSE_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_MOZ", "HTTP_X_PURPOSE")


def request_meta(request: HttpRequest) -> RequestMeta:
    """The facts the bot filter looks at."""
    meta = request.META
    return RequestMeta(
        method=request.method or "GET",
        user_agent=meta.get("HTTP_USER_AGENT", ""),
        purpose=" ".join(meta[h] for h in _PURPOSE_HEADERS if meta.get(h)),
    )


def visitor_from_request(request: HttpRequest) -> Visitor:
    """The visitor of a request: their cookie id, else a daily-salted hash of address and user agent."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    return visitor_for(request.COOKIES.get(COOKIE_NAME), client_ip(request), user_agent)


def address_from_request(request: HttpRequest) -> str:
    """The reader's network address as the new-visitor cap knows it: a daily-salted hash."""
    return hashed_address_key(client_ip(request))


def remember_visitor(request: HttpRequest, response: HttpResponse, visitor: Visitor) -> None:
    """Give a cookieless visitor their first-party id cookie (HttpOnly, SameSite=Lax)."""
    if visitor.new_cookie:
        response.set_cookie(COOKIE_NAME, visitor.new_cookie, max_age=COOKIE_MAX_AGE, httponly=True,
                            samesite="Lax", secure=request.is_secure())
