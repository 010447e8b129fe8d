"""Tests for gazete.newsroom.relatedness: names in headlines, and how candidates are scored and ranked."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from gazete.newsroom.relatedness import (
    Candidate,
    headline_names,
    headline_words,
    rank_related,
    score,
    supporting_text,
    words,
)

T0 = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(("headline", "text", "names"), [
    # Acronyms and tokens with digits are names wherever they stand, endings after an apostrophe dropped.
    ("NATO'dan G-7 zirvesi öncesi açıklama", "", {"nato", "g-7"}),
    ("Turkey 'neutralizes' 8 PKK terrorists in northern Iraq", "", {"pkk", "iraq"}),
    # A capital inside a sentence-case headline is a name; the first word needs the text's word for it.
    ("Erdoğan'ın Soçi ziyareti sona erdi", "Cumhurbaşkanı Erdoğan, Soçi'de konuştu.", {"erdogan", "soci"}),
    ("Erdoğan'ın Soçi ziyareti sona erdi", "", {"soci"}),
    ("Kahramanmaraş'ta AFAD çadır kurdu", "KAHRAMANMARAŞ (AA) - Kahramanmaraş'ta kuruldu.", {"afad"}),
    # After a colon a new sentence starts: "Liman" (harbour) is no name unless the text writes it so.
    ("Örnek haber: Liman kentinde ihracat rekoru", "İZMİR (AA) - Liman kentinde rekor kırıldı.", set()),
    ("Kremlin: G-7 summit was a failure", "Moscow said the Kremlin was not invited.", {"kremlin", "g-7"}),
    # Title case: only the capitals the text also writes inside a sentence.
    ("Turkey's President Marks Anadolu Agency's 100Th Year",
     "ANKARA - Turkish President Recep Tayyip Erdogan marked the year of Anadolu Agency.",
     {"president", "anadolu", "agency", "100th"}),
    ("Curly apostrophes: Turkey’s exports rise", "Figures for Turkey’s trade.", {"turkey"}),
])
def test_headline_names(headline: str, text: str, names: set[str]) -> None:
    assert headline_names(headline, text) == frozenset(names)


def test_words_mark_sentence_starts_after_stops_colons_and_a_dateline_dash() -> None:
    found = words("ANKARA (AA) - Bakan açıkladı. Sonra Ali: Evet")
    assert [(w.text, w.starts_sentence) for w in found] == [
        ("ANKARA", True), ("AA", False), ("Bakan", True), ("açıkladı", False), ("Sonra", True), ("Ali", False),
        ("Evet", True),
    ]


def test_headline_words_are_folded_without_endings_or_one_letter_words() -> None:
    assert headline_words("İSTANBUL'da G-7 ve a NATO’nun") == frozenset({"istanbul", "g-7", "ve", "nato"})


def candidate(story_id: int, headline: str = "Unrelated words", *, section: int | None = None, tags: int = 0,
              hours: float = 1) -> Candidate:
    return Candidate(story_id=story_id, headline=headline, section_id=section, shared_tags=tags,
                     published_at=T0 + timedelta(hours=hours))


def test_score_weighs_tags_over_names_over_the_section() -> None:
    names = frozenset({"nato", "erdogan"})
    assert score(names, 5, candidate(1, tags=2)) == 6
    assert score(names, 5, candidate(2, "NATO'da Erdoğan konuştu")) == 4
    assert score(names, 5, candidate(3, section=5)) == 1
    assert score(names, None, candidate(4, section=None)) == 0  # no section is not a shared section
    assert score(frozenset(), 5, candidate(5, "NATO")) == 0


def test_rank_orders_by_score_then_nearness_in_time_and_leaves_out_the_unrelated() -> None:
    names = frozenset({"nato"})
    ranked = rank_related(names, 5, T0, [
        candidate(1, section=5, hours=10),
        candidate(2, "NATO toplandı", hours=-30),
        candidate(3, tags=1, hours=2),
        candidate(4, section=5, hours=-1),
        candidate(5, "Başka bir haber"),
        candidate(6, "NATO toplandı", section=5, hours=50),
    ], 4)
    assert ranked == [3, 6, 2, 4]


def test_rank_counts_a_candidate_found_twice_once_with_its_most_shared_tags() -> None:
    ranked = rank_related(frozenset(), None, T0, [candidate(1), candidate(1, tags=2), candidate(2, tags=1)], 4)
    assert ranked == [1, 2]


def test_rank_without_times_still_ranks_by_score() -> None:
    ranked = rank_related(frozenset(), 1, None, [candidate(1, section=1), candidate(2, tags=1)], 4)
    assert ranked == [2, 1]


def test_supporting_text_is_the_standfirst_and_first_paragraphs() -> None:
    assert supporting_text("Lead", ["One.", "Two.", "Three.", "Four."]) == "Lead\nOne.\nTwo.\nThree."


def test_the_module_imports_no_django() -> None:
    code = ("import sys, gazete.newsroom.relatedness\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
