"""Tests for visitor ids: a first-party cookie id, else a daily-salted hash with no raw IP kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from gazete.readership.models import VisitorSalt
from gazete.readership.visitors import (
    daily_salt,
    forget_old_salts,
    hashed_visitor_key,
    is_valid_cookie_id,
    new_cookie_id,
    visitor_for,
)

pytestmark = pytest.mark.django_db
AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"


def test_a_valid_cookie_id_is_the_visitor() -> None:
    cookie = new_cookie_id()
    visitor = visitor_for(cookie, "203.0.113.7", AGENT)
    assert visitor.key == f"c:{cookie}"
    assert visitor.aliases == () and visitor.new_cookie is None


@pytest.mark.parametrize("bad", [None, "", "short", "x" * 23, "has space in it 123456",
                                 "<script>alert(1)</scr"])
def test_a_missing_or_malformed_cookie_falls_back_to_the_hash_and_gets_a_new_cookie(bad: str | None) -> None:
    visitor = visitor_for(bad, "203.0.113.7", AGENT)
    assert visitor.key.startswith("h:")
    assert visitor.new_cookie is not None and is_valid_cookie_id(visitor.new_cookie)
    assert visitor.aliases == (f"c:{visitor.new_cookie}",)


def test_new_cookie_ids_are_random_and_valid() -> None:
    ids = {new_cookie_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(is_valid_cookie_id(i) for i in ids)


def test_the_hash_is_stable_within_a_day_and_tells_visitors_apart() -> None:
    key = hashed_visitor_key("203.0.113.7", AGENT)
    assert key == hashed_visitor_key("203.0.113.7", AGENT)
    assert key != hashed_visitor_key("203.0.113.8", AGENT)
    assert key != hashed_visitor_key("203.0.113.7", AGENT + " other")


def test_no_raw_ip_is_kept_and_the_salt_rotates_daily() -> None:
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    key_today = hashed_visitor_key("203.0.113.7", AGENT, today)
    key_yesterday = hashed_visitor_key("203.0.113.7", AGENT, yesterday)
    assert key_today != key_yesterday
    assert "203.0.113.7" not in key_today
    stored = list(VisitorSalt.objects.values_list("day", "salt"))
    assert {day for day, _salt in stored} == {today, yesterday}
    assert all("203.0.113" not in salt for _day, salt in stored)
    assert daily_salt(today) != daily_salt(yesterday)


def test_old_salts_are_forgotten_so_old_hashes_cannot_be_recomputed() -> None:
    old_day = date(2020, 1, 1)
    daily_salt(old_day)
    daily_salt()
    assert forget_old_salts() == 1
    assert not VisitorSalt.objects.filter(day=old_day).exists()
    assert VisitorSalt.objects.filter(day=timezone.localdate()).exists()
