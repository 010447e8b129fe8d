"""Search evaluation: for each query, the stories naming the term rank first (SQLite and PostgreSQL).

The archive (``tests/fixtures/search/archive.json``) holds sample stories written by the gazete
project, Turkish and English, with distractors that share letters, prefixes or scattered words with
the terms. Stories are stored in file order, one minute apart, and every distractor comes after
its target: it is newer, so newest-first could never put the target on top by luck.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gazete.newsroom.search import search_story_ids
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
ARCHIVE = Path(__file__).resolve().parents[1] / "fixtures" / "search" / "archive.json"
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def archive() -> dict[int, str]:
    """Store the sample archive; map each story id to its key in the file."""
    keys: dict[int, str] = {}
    for n, item in enumerate(json.loads(ARCHIVE.read_text(encoding="utf-8"))["stories"]):
        wire = wire_story(
            headline=item["headline"], paragraphs=tuple(item["paragraphs"]), language=item["language"],
            place=item["place"], agency_id=f"search-eval:{item['key']}", published_at=T0 + timedelta(minutes=n),
        )
        keys[upsert_story(wire, now=T0 + timedelta(minutes=n)).story.pk] = item["key"]
    return keys


def ranked(archive: dict[int, str], query: str) -> list[str]:
    """The keys of the stories ``query`` finds, best first."""
    return [archive[story_id] for story_id in search_story_ids(query)]


# (query, stories that must hold the top places in any order, stories that must follow them,
#  stories that must not be found at all)
CASES = [
    ("G-7", {"kremlin_g7", "g7_summit_tr"}, (), {"guarantees", "g77", "kremlin_visit"}),
    ("G7", {"kremlin_g7", "g7_summit_tr"}, (), {"guarantees", "g77"}),
    ("g-7 kremlin", {"kremlin_g7"}, (), {"kremlin_visit", "guarantees", "g7_summit_tr"}),
    ("NATO", {"nato_tr", "nato_en"}, ("national_park",), {"air_defence_apart"}),
    ("nato", {"nato_tr", "nato_en"}, ("national_park",), set()),
    ("15 Temmuz", {"temmuz15"}, ("temmuz_exports",), {"temmuz_150"}),
    ("Erdoğan'ın", {"erdogan"}, ("erdogan_mention",), set()),
    ("erdogan", {"erdogan"}, ("erdogan_mention",), set()),
    ("istanbul", {"istanbul_metro"}, ("society",), set()),
    ("İSTANBUL", {"istanbul_metro"}, ("society",), set()),
    ("ışık", {"isik_festival"}, (), set()),
    ("IŞIK festivali", {"isik_festival"}, (), set()),
    ('"hava savunma"', {"nato_tr"}, (), {"air_defence_apart"}),
    ("hava savunma", {"nato_tr"}, ("air_defence_apart",), set()),
    ("air defence", {"nato_en"}, (), set()),
    ("Kreml", {"kremlin_g7", "kremlin_visit"}, (), set()),
    ("Hiroşima'da", {"g7_summit_tr"}, (), set()),
    ("soci", {"society"}, (), set()),
    ("soci architects", set(), (), {"society"}),
    ("g", set(), (), {"guarantees", "g77", "kremlin_g7", "g7_summit_tr", "isik_festival"}),
]


@pytest.mark.parametrize(("query", "first", "then", "never"), CASES, ids=[case[0] for case in CASES])
def test_the_stories_naming_the_term_rank_first(
    archive: dict[int, str], query: str, first: set[str], then: tuple[str, ...], never: set[str],
) -> None:
    keys = ranked(archive, query)
    assert set(keys[: len(first)]) == first, keys
    for key in then:
        assert key in keys[len(first):], (key, keys)
    assert not never & set(keys), keys


def test_exact_words_rank_above_longer_words_that_start_with_them(archive: dict[int, str]) -> None:
    keys = ranked(archive, "ankara")
    assert keys[-1] == "ankaragucu", keys
    assert keys[0] == "ankara_city", keys
    assert len(keys) > 2


def test_a_lone_letter_or_digit_does_not_match_every_word_starting_with_it(archive: dict[int, str]) -> None:
    assert ranked(archive, "g") == []
    assert "g77" not in ranked(archive, "7")


def test_a_phrase_in_quotes_needs_its_words_side_by_side(archive: dict[int, str]) -> None:
    assert ranked(archive, '"15 Temmuz"') == ["temmuz15"]
    assert ranked(archive, '"temmuz 15"') == []
    assert ranked(archive, '"price cap" kremlin') == ["kremlin_g7"]
