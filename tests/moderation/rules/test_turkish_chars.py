"""no_turkish_chars: ASCII-typed Turkish is flagged; English, names and letter-free Turkish are not."""

from __future__ import annotations

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules import turkish_chars
from gazete.moderation.rules.base import Comment, article_context


def _comment(text: str, lang: str = "tr", context: str | None = None) -> Comment:
    return Comment(text, lang, DEFAULT_CONFIG, article_context(context))


def test_ascii_turkish_is_flagged_with_word_suggestions() -> None:
    reason = turkish_chars.check(_comment("Bu cok sacma bir karar, kimse inanmiyor"))
    assert reason is not None
    assert [(s.original, s.replacement) for s in reason.suggestions] == [
        ("cok", "çok"),
        ("sacma", "saçma"),
        ("inanmiyor", "inanmıyor"),
    ]


def test_english_and_words_without_special_letters_pass() -> None:
    assert turkish_chars.check(_comment("This is a good article", lang="en")) is None
    assert turkish_chars.check(_comment("Ali ata bak, kale masa kalem")) is None
    assert turkish_chars.check(_comment("Bugün hava çok güzel, dışarı çıkalım")) is None


def test_article_names_are_not_changed(kremlin_context: str) -> None:
    comment = _comment("Peskov yine ayni seyleri soyluyor", context=kremlin_context)
    reason = turkish_chars.check(comment)
    assert reason is not None
    assert "Peskov" not in [s.original for s in reason.suggestions]
    assert turkish_chars.fix(comment.text, comment) == "Peskov yine aynı şeyleri söylüyor"


def test_circumflexed_words_are_never_flagged_or_changed() -> None:
    assert turkish_chars.check(_comment("Nikâh şahidimiz Nevzat amca olacak, hikâyesi de imkânsız güzellikte.")) is None
    text = "nikah sahidimiz olacak, hikâyesi de cok guzel"
    assert turkish_chars.fix(text, _comment(text)) == "nikah şahidimiz olacak, hikâyesi de çok güzel"
