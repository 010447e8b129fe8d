"""Tell reads by people from crawlers, link previews, prefetches and HEAD requests."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from crawlerdetect import CrawlerDetect

# Reasons a request is not counted, as they appear in ReadOutcome.reason and the API.
HEAD_REQUEST = "head_request"
PREFETCH = "prefetch"
CRAWLER = "crawler"
NO_USER_AGENT = "no_user_agent"
USER_AGENT_TOO_LONG = "user_agent_too_long"

# Speculative loads announce themselves: Sec-Purpose (Chromium, Firefox), Purpose (older Chromium),
# X-Moz (older Firefox), X-Purpose (Safari). Any of these words marks the request as not a read.
_SPECULATIVE_WORDS = ("prefetch", "prerender", "preview")
# No browser sends a longer user agent; a longer one is padding meant to hide a crawler's name
# past the part the crawler list is matched against, so it is not counted as a person.
MAX_USER_AGENT_LENGTH = 1000


@dataclass(frozen=True)
class RequestMeta:
    """What the bot filter needs to know about one beacon request."""

    method: str
    user_agent: str
    purpose: str = ""  # Sec-Purpose, Purpose, X-Moz and X-Purpose joined with spaces


def crawler_name(user_agent: str) -> str | None:
    """Return the crawler a user agent belongs to (e.g. ``Googlebot``), or None for a browser.

    The maintained list of the ``crawlerdetect`` package is used; the answer is cached because
    a miss scans hundreds of patterns and the same few user agents come again and again.
    """
    return _crawler_name(user_agent[:MAX_USER_AGENT_LENGTH])


@lru_cache(maxsize=4096)
def _crawler_name(user_agent: str) -> str | None:
    detector = CrawlerDetect()  # holds per-call state, so one per call (the patterns are shared)
    if detector.is_crawler(user_agent):
        return detector.get_matches() or "crawler"
    return None


def is_speculative(purpose: str) -> bool:
    """Whether purpose headers mark a prefetch, prerender or link preview."""
    lowered = purpose.lower()
    return any(word in lowered for word in _SPECULATIVE_WORDS)


def reason_not_counted(meta: RequestMeta) -> str | None:
    """Return why this request is not a read by a person, or None when it is one."""
    if meta.method.upper() == "HEAD":
        return HEAD_REQUEST
    if is_speculative(meta.purpose):
        return PREFETCH
    user_agent = meta.user_agent.strip()
    if not user_agent:
        return NO_USER_AGENT
    if len(user_agent) > MAX_USER_AGENT_LENGTH:
        return USER_AGENT_TOO_LONG
    if crawler_name(user_agent) is not None:
        return CRAWLER
    return None
