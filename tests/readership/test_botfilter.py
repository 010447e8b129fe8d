"""Tests for the bot filter: crawlers, link previews, prefetch/prerender and HEAD are not reads."""

from __future__ import annotations

import pytest

from gazete.readership.botfilter import (
    CRAWLER,
    HEAD_REQUEST,
    NO_USER_AGENT,
    PREFETCH,
    USER_AGENT_TOO_LONG,
    RequestMeta,
    crawler_name,
    reason_not_counted,
)

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36",
]
CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WhatsApp/2.23.20.0",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "python-requests/2.31.0",
    "curl/8.5.0",
]


@pytest.mark.parametrize("agent", BROWSERS)
def test_browsers_are_readers(agent: str) -> None:
    assert reason_not_counted(RequestMeta("POST", agent)) is None
    assert crawler_name(agent) is None


@pytest.mark.parametrize("agent", CRAWLERS)
def test_crawlers_and_link_previews_are_not_counted(agent: str) -> None:
    assert reason_not_counted(RequestMeta("POST", agent)) == CRAWLER
    assert crawler_name(agent)


@pytest.mark.parametrize("purpose", ["prefetch", "prefetch;prerender", "Prefetch", "preview"])
def test_prefetch_prerender_and_previews_are_not_counted(purpose: str) -> None:
    assert reason_not_counted(RequestMeta("POST", BROWSERS[0], purpose=purpose)) == PREFETCH


def test_head_requests_are_not_counted() -> None:
    assert reason_not_counted(RequestMeta("HEAD", BROWSERS[0])) == HEAD_REQUEST


@pytest.mark.parametrize("agent", ["", "   "])
def test_requests_without_a_user_agent_are_not_counted(agent: str) -> None:
    assert reason_not_counted(RequestMeta("GET", agent)) == NO_USER_AGENT


def test_a_user_agent_longer_than_any_browser_sends_is_not_a_reader() -> None:
    padded_crawler = BROWSERS[0] + " " * 1000 + "Googlebot/2.1"  # the crawler's name hidden past 1,000 characters
    assert reason_not_counted(RequestMeta("POST", padded_crawler)) == USER_AGENT_TOO_LONG
    assert reason_not_counted(RequestMeta("POST", "Mozilla/5.0 " + "x" * 100_000)) == USER_AGENT_TOO_LONG
    assert reason_not_counted(RequestMeta("POST", BROWSERS[0].ljust(1000, "x"))) is None  # 1,000 exactly is fine
