"""Tell Turkish from English per comment (lingua, restricted to the two), and name other scripts' languages.

Turkish letters decide at once, unless only names hold them (an English comment about Erdoğan or
İstanbul). A comment written mostly in another script (Cyrillic, Arabic,
Greek, Chinese…) is in neither language: lingua names it among the languages of those scripts, and
the engine holds it for a moderator, because no rule of ours can read it. Short texts (fewer
letters than ``min_length``) are decided by common words, because statistical detectors guess on a
handful of letters. Turkish is the default: the portal is Turkish.

Latin-script languages other than Turkish and English (German, French…) are not told apart: with
only trigram models they were confused with ASCII-typed Turkish tweets (2 % of 2,860 OffensEval
tweets called Azerbaijani, Albanian, Dutch… at confidence ≥ 0.8), and with lingua's full models for
19 languages the process grew by 339 MB.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from gazete.moderation.normalize import ascii_fold, has_turkish_letters, tr_lower, words

TURKISH = "tr"
ENGLISH = "en"
UNDETERMINED = "und"
"""ISO 639-2's code for a language that could not be named (a script lingua was not given)."""
OTHER_SCRIPT_LANGUAGES = (
    "RUSSIAN", "UKRAINIAN", "BULGARIAN", "ARABIC", "PERSIAN", "GREEK", "HEBREW",
    "CHINESE", "JAPANESE", "KOREAN", "ARMENIAN", "GEORGIAN",
)
"""Languages of other scripts that lingua may name (trigram models only: 7 MB for all of them)."""
_NON_LATIN_LETTER_RE = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)
_LATIN_LETTER_RE = regex.compile(r"\p{Latin}")
_WORD_WITH_TURKISH_LETTER_RE = regex.compile(r"[^\W\d_]*[çğıöşüÇĞİÖŞÜ][^\W\d_]*")

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


@lru_cache(maxsize=2)
def _detector(low_accuracy: bool = False) -> Any | None:
    """Build a lingua detector for Turkish and English once per mode (None when lingua is missing).

    ``low_accuracy`` (trigrams only) is for single words: there the full model is no better (it calls
    ``icin`` and ``muthis`` English too) and about 90 times slower, 1.8 ms against 20 µs a word,
    measured on 500 unknown words of tweets.
    """
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    builder = LanguageDetectorBuilder.from_languages(Language.TURKISH, Language.ENGLISH)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


@lru_cache(maxsize=1)
def _other_script_detector() -> Any | None:
    """Build a lingua detector (trigrams only) for the languages of other scripts, once (None without lingua)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    languages = [getattr(Language, name) for name in OTHER_SCRIPT_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


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
    detector = _other_script_detector()
    found = detector.detect_language_of(text) if detector is not None else None
    return found.iso_code_639_1.name.lower() if found is not None else UNDETERMINED


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
    return any(
        not word[0].isupper() or word.isupper() for word in _WORD_WITH_TURKISH_LETTER_RE.findall(text)
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
    if has_turkish_letters(text):
        if _turkish_letters_outside_names(text):
            return TURKISH
        # Only capitalised words hold Turkish letters: names (Erdoğan, İstanbul) in an English comment,
        # or a Turkish sentence's first word (Bugün, Keşke). The rest decides when there is enough of it.
        text = " ".join(token.text for token in words(text) if not has_turkish_letters(token.text))
        if sum(1 for ch in text if ch.isalpha()) < min_length:
            return TURKISH
    letters = sum(1 for ch in text if ch.isalpha())
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
