"""belief_attack: belief terms near hostility; Allah idioms and neutral mentions pass."""

from __future__ import annotations

import pytest

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules import belief
from gazete.moderation.rules.base import Comment


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Camiler yakılmalı", True),
        ("Hristiyanlar domuz gibi", True),
        ("muslumanlar pislik", True),
        ("dinini siktiğim", True),
        ("Allah razı olsun", False),
        ("Allah kahretsin bu savaşı", False),
        ("Cami ve kilise yan yana", False),
        ("Ateist ve dindar herkes aynı fikirde", False),
    ],
)
def test_belief(text: str, flagged: bool) -> None:
    assert (belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Kuran kursuna yazdırdığımız oğlum hafızlığa başladı, çok mutluyuz.", False),
        ("kuran kursuna gidenler kursuna dizilsin", True),
        ("Bu camileri yapanlar kurşuna dizilmeli", True),
    ],
)
def test_a_hostile_word_typed_without_its_turkish_letter_counts_only_where_the_comment_lacks_them(
    text: str, flagged: bool
) -> None:
    assert (belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    "text",
    ["Acının dini yok, hepimiz aynı yastayız.", "Bizim dinimizde zorla ibadet yok, herkes kendi bilir."],
)
def test_the_parts_of_a_phrase_of_harm_are_no_hostile_words(text: str) -> None:
    assert belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Toplantıda adı geçen Alevi dernek başkanı yarın konuşacak.", False),
        ("Şu adi Aleviler yine sokakta.", True),
    ],
)
def test_an_insult_counts_only_as_typed(text: str, flagged: bool) -> None:
    assert (belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


def test_a_belief_named_inside_quotes_is_reported_speech() -> None:
    text = 'Bir vaizin "ateistler cehennemlik" demesine tepki gösterenlere katılıyorum.'
    assert belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('Papaz efendinin "Menüde domuz yok, rahat olun" esprisi salonu güldürdü.', False),
        ("Namaz kılana 'yobaz, kafası çalışmaz' diyen kim? Ben diyorum, doğru da diyorum.", True),
    ],
)
def test_a_hostile_word_inside_quotes_beside_a_faith_is_someone_elses_unless_said_again(
    text: str, flagged: bool
) -> None:
    assert (belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tanrı yok abi, hâlâ dua eden salaklara şaşırıyorum.", True),
        ("Namaz kılan aptallar yine sokakta.", True),
        ("Dua eden annelere selam olsun.", False),
        ("Bu salaklara dua ettim ki akıllansınlar.", False),
    ],
)
def test_those_who_pray_insulted_are_believers_insulted(text: str, flagged: bool) -> None:
    assert (belief.check(Comment(text, "tr", DEFAULT_CONFIG)) is not None) is flagged
