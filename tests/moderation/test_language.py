"""Language detection: Turkish letters, short-text heuristic, lingua for the rest."""

from __future__ import annotations

import doctest

import pytest

from gazete.moderation import language
from gazete.moderation.language import detect_language


def test_doctests() -> None:
    assert doctest.testmod(language).failed == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peskov yine yalan söylüyor", "tr"),
        ("bu cok sacma bir karar, kimse inanmiyor artik", "tr"),
        ("The Kremlin spokesman said the statement was dangerous", "en"),
        ("this is true", "en"),
        ("NATO", "tr"),
        ("Great reporting, thank you.", "en"),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_english_confidence_tells_english_words_from_turkish_typos() -> None:
    assert language.english_confidence("podcast") >= 0.5
    assert language.english_confidence("army") >= 0.5
    assert language.english_confidence("geliyom") < 0.5
    assert language.english_confidence("gidicez") < 0.5


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Это очень плохая новость для всех нас", "ru"),
        ("Це дуже погана новина для нас", "uk"),
        ("هذا خبر سيء جدا لنا جميعا", "ar"),
        ("Αυτά είναι πολύ κακά νέα", "el"),
        ("这对我们来说是个坏消息", "zh"),
        ("Москва", "ru"),
    ],
)
def test_a_comment_mostly_in_another_script_is_named(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["Yunanca adı Αθήνα", "Rusça adı Москва, çok soğuk", "Moscow is Москва in Russian"])
def test_a_few_words_in_another_script_do_not_change_the_language(text: str) -> None:
    assert language.other_script_language(text) is None
    assert detect_language(text) in {"tr", "en"}


@pytest.mark.shared
def test_no_training_tweet_is_called_another_language(shared_dir) -> None:
    tsv = shared_dir / "data" / "moderation" / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"
    rows = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines()[1:]]
    texts = [row[1] for row in rows if len(row) >= 3]
    assert len(texts) > 30_000
    others = [text for text in texts if detect_language(text) not in {"tr", "en"}]
    assert others == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("President Erdoğan said in İstanbul that Türkiye would not accept the plan", "en"),
        ("The talks between Ankara and Kılıçdaroğlu's party went on until Saturday", "en"),
        ("Bugün kendimi on ilan ettim, yarın da bakarız", "tr"),
        ("Keşke bu haberi daha önce okusaydım", "tr"),
        ("Erdoğan haklı", "tr"),
        ("BU KARAR ÇOK YANLIŞ, HEMEN GERİ ALINMALI", "tr"),
    ],
)
def test_turkish_letters_in_names_alone_do_not_make_a_comment_turkish(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.shared
def test_every_sentence_of_the_english_wire_stories_is_english(shared_dir) -> None:
    import re

    from gazete.wireformats.pagetext import parse_page_text

    paths = sorted((shared_dir / "samples" / "wire").glob("en-*.txt"))
    stories = [parse_page_text(path.read_text(encoding="utf-8")) for path in paths]
    sentences = [
        sentence
        for story in stories
        for block in getattr(story, "body", ())
        for sentence in re.split(r"(?<=[.!?])\s+", block.text)
        if len(sentence.split()) >= 6 and not sentence.isupper()
    ]
    assert len(sentences) >= 50
    assert [sentence for sentence in sentences if detect_language(sentence) != "en"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich finde den Artikel gut, aber die Überschrift ist falsch.", "de"),
        ("Erdoğan hat recht, die Europäer verstehen das nicht.", "de"),
        ("Je ne suis pas d'accord avec cet article, il manque des faits.", "fr"),
        ("No estoy de acuerdo con el gobierno en este tema.", "es"),
        ("Çok güzel bir haber olmuş, teşekkürler herkese.", "tr"),
        ("bu haber cok guzel olmus ama biraz eksik kalmis", "tr"),
        ("The minister said the talks would go on next week.", "en"),
    ],
)
def test_german_french_and_spanish_are_named(text: str, lang: str) -> None:
    assert detect_language(text) == lang
