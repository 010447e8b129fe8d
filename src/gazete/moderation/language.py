"""Tell Turkish from English per comment (lingua), and name the other languages the engine cannot read.

Turkish letters decide at once, unless only names hold them (an English comment about Erdoğan or
İstanbul). A comment written mostly in another script (Cyrillic, Arabic, Greek, Chinese…) is in
neither language: lingua names it among the languages of those scripts, and the engine holds it for
a moderator, because no rule of ours can read it. So it does for German, French and Spanish, the
Latin-script languages told apart, when lingua is sure and two of the language's function words
back it. Short texts (fewer letters than ``min_length``) are decided by common words, because
statistical detectors guess on a handful of letters. Turkish is the default: the portal is Turkish.

Other Latin-script languages (Azerbaijani, Dutch, Albanian…) are read as Turkish or English: lingua's
trigram models for 19 languages called 2 % of 2,860 ASCII-typed OffensEval tweets one of them at
confidence ≥ 0.8, and its full models for 19 languages grew the process by 339 MB.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from gazete.moderation.normalize import ascii_fold, has_turkish_letters, tr_lower, words


def _word_set(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` (word tables are easier to read as text)."""
    return frozenset(text.split())


TURKISH = "tr"
ENGLISH = "en"
UNDETERMINED = "und"
"""ISO 639-2's code for a language that could not be named (a script lingua was not given)."""
OTHER_SCRIPT_LANGUAGES = ("ru", "uk", "bg", "ar", "fa", "el", "he", "zh", "ja", "ko", "hy", "ka")
"""Languages of other scripts that lingua may name, ISO 639-1: Russian, Ukrainian, Bulgarian, Arabic, Persian,
Greek, Hebrew, Chinese, Japanese, Korean, Armenian, Georgian (trigram models only: about 1 MB resident once
loaded)."""
OTHER_LATIN_FUNCTION_WORDS = {
    "de": _word_set(
        """und ist nicht ich sie wir ein eine einen für auf das der die dem zu von sich auch aber wie noch
        nur schon wenn oder sind hat haben wird werden kann mein meine unser"""
    ),
    "fr": _word_set("le les est une des pas pour que qui dans il je nous vous avec sur mais sont cette ces tout très"),
    "es": _word_set("los las y es una por para con que del muy pero como está este esta estoy todos nosotros"),
}
"""Function words of the Latin-script languages told apart from Turkish and English (German, French,
Spanish: the readers' languages most likely on a Turkish portal besides English). lingua's trigram
models alone called 91 of 31,705 Turkish training tweets one of them at confidence ≥ 0.9 (keyboard
mashes, names, hashtags); also asking for two of its function words left none, and none of 66 English
wire sentences."""
OTHER_LATIN_CONFIDENCE = 0.9
MIN_FUNCTION_WORDS = 2
_NON_LATIN_LETTER_RE = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)
_LATIN_LETTER_RE = regex.compile(r"\p{Latin}")
_WORD_WITH_TURKISH_LETTER_RE = regex.compile(r"[^\W\d_]*[çğıöşüÇĞİÖŞÜ][^\W\d_]*")
ONLY_TURKISH_LETTERS = frozenset("ğışĞŞİ")
_WORD_WITH_ONLY_TURKISH_LETTER_RE = regex.compile(r"[^\W\d_]*[ğışĞŞİ][^\W\d_]*")
"""A word with a letter no other language of OTHER_LATIN_FUNCTION_WORDS has (ç, ö, ü are German or French too)."""
_FUNCTION_WORD_RE = regex.compile(r"[^\W\d_]+")

STOPWORDS_EN = frozenset(
    [
        "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be", "been", "not", "no", "of",
        "to", "in", "on", "at", "for", "with", "by", "from", "this", "that", "these", "those", "it", "its",
        "he", "she", "they", "we", "you", "i", "my", "your", "his", "her", "their", "our", "what", "who",
        "why", "how", "when", "where", "will", "would", "should", "could", "can", "do", "does", "did",
        "have", "has", "had", "just", "very", "about", "than", "then", "there", "here", "all", "any",
    ]
)
STOPWORDS_TR = frozenset(
    ascii_fold(word)
    for word in [
        "ve", "veya", "ama", "fakat", "bir", "bu", "şu", "o", "da", "de", "ki", "mi", "mı", "mu", "mü",
        "ile", "için", "gibi", "daha", "çok", "en", "her", "hiç", "ne", "neden", "nasıl", "var", "yok",
        "değil", "ben", "sen", "biz", "siz", "onlar", "olan", "olarak", "diye", "kadar", "sonra", "önce",
        "şimdi", "artık", "yine", "hem", "ya", "ise", "bile", "sadece", "ancak", "zaten", "böyle", "öyle",
    ]
)


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...] = (TURKISH, ENGLISH), low_accuracy: bool = False) -> Any | None:
    """Build a lingua detector for the ISO 639-1 ``codes`` once per set and mode (None when lingua is missing).

    ``low_accuracy`` (trigrams only) serves single words, where the full model is no better (it calls
    ``icin`` and ``muthis`` English too) and about 90 times slower, 1.8 ms against 20 µs a word,
    measured on 500 unknown words of tweets; and the other languages, which are named, not read.
    """
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        return None
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*(getattr(IsoCode639_1, code.upper()) for code in codes))
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def _letter_count(text: str) -> int:
    """Return how many letters ``text`` has."""
    return sum(map(str.isalpha, text))


def other_script_language(text: str) -> str | None:
    """Return the language of a text whose letters are mostly not Latin, or None for a Latin-script text.

    The answer is an ISO 639-1 code (``ru``, ``ar``, ``el``), or ``und`` when lingua cannot name it.

    >>> other_script_language("Это очень плохая новость"), other_script_language("Atina, yani Αθήνα")
    ('ru', None)
    """
    if not _NON_LATIN_LETTER_RE.search(text):
        return None
    other = len(_NON_LATIN_LETTER_RE.findall(text))
    if other <= len(_LATIN_LETTER_RE.findall(text)):
        return None
    detector = _detector(OTHER_SCRIPT_LANGUAGES, low_accuracy=True)
    found = detector.detect_language_of(text) if detector is not None else None
    return found.iso_code_639_1.name.lower() if found is not None else UNDETERMINED


def other_latin_language(text: str) -> str | None:
    """Return ``de``, ``fr`` or ``es`` for a comment in one of them, else None (lingua and two function words).

    >>> other_latin_language("Ich finde den Artikel gut, aber die Überschrift ist falsch")
    'de'
    >>> other_latin_language("Çok güzel bir haber olmuş, teşekkürler"), other_latin_language("This is fine news")
    (None, None)
    """
    # finditer, not findall: the first word that settles it ends the scan (most often the first one).
    if not ONLY_TURKISH_LETTERS.isdisjoint(text) and any(
        not match.group()[0].isupper() for match in _WORD_WITH_ONLY_TURKISH_LETTER_RE.finditer(text)
    ):
        return None
    # Counted first: most comments have no two function words of any of the languages, and lingua's
    # answer could not name one of them then (it costs a few hundred microseconds a comment).
    words_found = {word.lower() for word in _FUNCTION_WORD_RE.findall(text)}
    backed = [
        code for code, known in OTHER_LATIN_FUNCTION_WORDS.items() if len(words_found & known) >= MIN_FUNCTION_WORDS
    ]
    if not backed:
        return None
    detector = _detector((TURKISH, ENGLISH, *OTHER_LATIN_FUNCTION_WORDS), low_accuracy=True)
    if detector is None:
        return None
    best = detector.compute_language_confidence_values(text)[0]
    code = best.language.iso_code_639_1.name.lower()
    return code if code in backed and best.value >= OTHER_LATIN_CONFIDENCE else None


def english_confidence(word: str) -> float:
    """Return lingua's confidence (0..1) that ``word`` is English rather than Turkish (0 without lingua).

    >>> english_confidence("podcast") > 0.5 > english_confidence("geliyom")
    True
    """
    detector = _detector(low_accuracy=True)
    if detector is None:
        return 0.0
    from lingua import Language

    return float(detector.compute_language_confidence(word, Language.ENGLISH))


def guess_by_words(text: str) -> str:
    """Decide by counting English and Turkish function words (ties go to Turkish).

    >>> guess_by_words("this is not true"), guess_by_words("bu doğru değil"), guess_by_words("NATO")
    ('en', 'tr', 'tr')
    """
    tokens = [ascii_fold(tr_lower(token.text)) for token in words(text)]
    english = sum(1 for token in tokens if token in STOPWORDS_EN)
    turkish = sum(1 for token in tokens if token in STOPWORDS_TR)
    return ENGLISH if english > turkish else TURKISH


def _turkish_letters_outside_names(text: str) -> bool:
    """Tell whether a word other than a capitalised name holds a Turkish letter (``çok``, ``değil``, ``KAÇ``).

    Words with only a first capital are read as names; a word all in capitals is a shouted word.

    >>> _turkish_letters_outside_names("Erdoğan warned the UN"), _turkish_letters_outside_names("Erdoğan haklı")
    (False, True)
    """
    return any(  # finditer: the first word that settles it ends the scan
        not (word := match.group())[0].isupper() or word.isupper()
        for match in _WORD_WITH_TURKISH_LETTER_RE.finditer(text)
    )


def detect_language(text: str, min_length: int = 20) -> str:
    """Return ``tr`` or ``en`` for ``text``, or another language's code when it is mostly in another script.

    A Turkish letter in a word that does not start with a capital means Turkish at once; when only
    capitalised words hold them, the other words decide (``Erdoğan warned the UN on Saturday`` is
    English), and when they are too few to decide (``Bugün kendimi on ilan ettim``), Turkish.

    >>> detect_language("Peskov yine yalan söylüyor"), detect_language("The Kremlin is lying again, as usual")
    ('tr', 'en')
    >>> detect_language("President Erdoğan said in İstanbul that Türkiye would not accept it")
    'en'
    """
    letters = _letter_count(text)
    if letters >= min_length:
        latin = other_latin_language(text)
        if latin is not None:
            return latin
    if has_turkish_letters(text):
        if _turkish_letters_outside_names(text):
            return TURKISH
        # Only capitalised words hold Turkish letters: names (Erdoğan, İstanbul) in an English comment,
        # or a Turkish sentence's first word (Bugün, Keşke). The rest decides when there is enough of it.
        text = " ".join(token.text for token in words(text) if not has_turkish_letters(token.text))
        letters = _letter_count(text)
        if letters < min_length:
            return TURKISH
    other = other_script_language(text)
    if other is not None:
        return other
    if letters < min_length:
        return guess_by_words(text)
    detector = _detector()
    if detector is None:
        return guess_by_words(text)
    from lingua import Language

    return ENGLISH if detector.detect_language_of(text) == Language.ENGLISH else TURKISH
