"""Small ``str -> str`` text fixes for matching Turkish comments, plus tokenisation with offsets.

Every function keeps to one job and shows itself in a doctest (in the style of ftfy's fixes).
Length-preserving functions say so: offsets found on their output are valid on their input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_ASCII_FOLD = str.maketrans("çğıöşüâîûÇĞİÖŞÜÂÎÛ", "cgiosuaiuCGIOSUAIU")
LEET_MAP = {
    "1": "i", "3": "e", "4": "a", "0": "o", "$": "s", "@": "a", "5": "s", "7": "t", "!": "i", "¡": "i", "€": "e",
}
_LEET_TABLE = str.maketrans(LEET_MAP)
LEET_CHARS = frozenset(LEET_MAP)
"""Digits and symbols typed for letters (``s1kt1r``, ``pezev€nk``)."""
CIRCUMFLEX_FOLD = str.maketrans("âîû", "aiu")
"""The circumflex is written or left out at will (``zekâlı``, ``zekalı``; ``hâlâ``, ``hala``): one form to read."""

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word: letters, optionally with apostrophe-joined suffixes (``Peskov'un``)."""

_LETTER = r"[^\W_]"
_SPACED_LETTERS_RE = re.compile(
    rf"(?<![^\W_])(?:{_LETTER}[.\-_*·]+){{1,}}{_LETTER}(?![^\W_])"
    rf"|(?<![^\W_])(?:{_LETTER} ){{2,}}{_LETTER}(?![^\W_])"
    # "s. i. k. t. i. r": a separator and a space after each letter, three letters at least ("M. Kemal" is no run)
    rf"|(?<![^\W_])(?:{_LETTER}[.\-_*·]+ ){{2,}}{_LETTER}(?![^\W_])"
    # "a q": two letters are no run, but q is no Turkish letter and the pair is the common spelling of "amk"
    r"|(?<![^\W_])[aA] [qQ](?![^\W_]|[&/])"
)
_MATCH_TOKEN_RE = re.compile(
    rf"{_SPACED_LETTERS_RE.pattern}|[^\W_$@*]*[^\W\d_][^\W_$@*]*(?:[$@*'’!¡€]+[^\W_$@*]+|[$@*€]+)*"
    rf"|[$@*]+[^\W_]*[^\W\d_][^\W_$@*]*(?:[$@*]+[^\W_$@*]*)*"
    # "5!kt!r": a leet digit, then a symbol for a letter, then the rest of the word
    rf"|\d+[!¡€]+[^\W_$@*]*[^\W\d_][^\W_$@*]*(?:[$@*'’!¡€]+[^\W_$@*]+)*"
)
_FOREIGN_LATIN = "áàäãåāăąéèëêēęěíìïīóòõōőúùūůűñńňćčśšźżžýÿř"
"""Latin letters Turkish does not write (``á``, ``ë``, ``ñ``): in a word matched against the lexicons, a disguise
(``amína``, ``sïktir``), read as their base letter; with ``ø``, ``ł``, ``đ`` (``ørøspu``). ``ç ğ ı ö ş ü`` and the
circumflexed ``â î û`` are Turkish and kept."""
_FOREIGN_LATIN_TABLE = str.maketrans(
    {
        **{char: unicodedata.normalize("NFKD", char)[0] for char in _FOREIGN_LATIN + _FOREIGN_LATIN.upper()},
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    }
)
_LEET_DIGITS = frozenset(ch for ch in LEET_MAP if ch.isdigit())
_FINAL_BANG_RE = re.compile(r"!(?![^\W_])")
"""A ``!`` after a token and before no letter or digit: an exclamation, or a leet word's last letter (``4n4n!``)."""
_REPEATS_RE = re.compile(r"([^\W\d_])\1{2,}")
_SEPARATORS_RE = re.compile(r"[.\-_·\s'’]+")


WORD_MEMO = 8192
"""Entries of each per-word memo (a word's key, its topic or group reading): the common words of a server's comments.

8,192 rather than 4,096: the first 5,000 OffensEval tweets have 24-30 thousand distinct keys per memo, and the
larger memos miss 13 % less (41,000 → 35,500 misses per memo); the benchmark's filled RSS grows 381 → 386 MB.
16,384 was faster still (about 6 %) but filled the RSS to 397 MB of the 400 MB limit."""


def tr_lower(text: str) -> str:
    """Lower-case with Turkish rules (I→ı, İ→i); length-preserving (:func:`_turkish_case`).

    >>> tr_lower("İSTANBUL IĞDIR")
    'istanbul ığdır'
    """
    return _turkish_case(text, (("I", "ı"), ("İ", "i")), str.lower, _TR_LOWER)


@lru_cache(maxsize=WORD_MEMO)
def tr_lower_word(word: str) -> str:
    """Return :func:`tr_lower` of one word, kept in a per-word memo (words repeat between comments, texts do not).

    >>> tr_lower_word("IĞDIR'da")
    "ığdır'da"
    """
    return tr_lower(word)


def tr_upper(text: str) -> str:
    """Upper-case with Turkish rules (i→İ, ı→I); length-preserving (:func:`_turkish_case`).

    >>> tr_upper("istanbul ığdır")
    'İSTANBUL IĞDIR'
    """
    return _turkish_case(text, (("i", "İ"), ("ı", "I")), str.upper, _TR_UPPER)


def _turkish_case(
    text: str, swaps: tuple[tuple[str, str], ...], convert: Callable[[str], str], table: dict[int, str]
) -> str:
    """Return ``text`` lowered or uppered the Turkish way: the dotted and dotless I swapped first, length kept.

    The two letters are replaced with ``str.replace`` (``str.translate`` looks every character up in a dict,
    several times slower on a word and ten times on a comment); a character whose case changes its length
    (``ß``, ``ŉ``) stays as it is.
    """
    cased = text
    for letter, replacement in swaps:
        if letter in cased:
            cased = cased.replace(letter, replacement)
    cased = convert(cased)
    if len(cased) == len(text):
        return cased
    return "".join(ch if len(other := convert(ch.translate(table))) != 1 else other for ch in text)


def tr_capitalize(text: str) -> str:
    """Upper-case the first character with Turkish rules, leave the rest alone.

    >>> tr_capitalize("imla kuralları")
    'İmla kuralları'
    """
    return tr_upper(text[:1]) + text[1:]


def ascii_fold(text: str) -> str:
    """Replace Turkish and circumflexed letters with their ASCII base letters; length-preserving.

    >>> ascii_fold("Şöför çığlık attı")
    'Sofor ciglik atti'
    """
    if text.isascii():
        return text  # nothing to fold, and no dict look-up per character
    return text.translate(_ASCII_FOLD)


def has_turkish_letters(text: str) -> bool:
    """Tell whether ``text`` holds any of ç ğ ı ö ş ü (either case) or İ.

    >>> has_turkish_letters("cok guzel"), has_turkish_letters("çok güzel")
    (False, True)
    """
    return not TURKISH_LETTERS.isdisjoint(text)


def deleet(token: str) -> str:
    """Read leetspeak digits and symbols as letters when the token also has letters.

    >>> deleet("s1k3r1m"), deleet("$1ktir"), deleet("2008")
    ('sikerim', 'siktir', '2008')
    """
    if LEET_CHARS.isdisjoint(token) or not any(ch.isalpha() for ch in token):
        return token
    return token.translate(_LEET_TABLE)


def collapse_repeats(text: str) -> str:
    """Shrink a letter repeated three or more times to one letter; doubles stay (``saat``, ``sikke``).

    >>> collapse_repeats("siiiiktir saat")
    'siktir saat'
    """
    # Searched first: most words have no such run, and a sub with a "\1" template calls back into Python's
    # re module on every call (about 1 µs a word) even when nothing matches.
    return _REPEATS_RE.sub(r"\1", text) if _REPEATS_RE.search(text) else text


VOWELS = frozenset("aeıioöuü")
"""The Turkish vowels (one per syllable), lower case."""


def vowels_left_out(typed: str, word: str) -> bool:
    """Tell whether ``typed`` is ``word`` with one vowel or more left out after its first letter, nothing else changed.

    Writers drop vowels to type fast (``knk``: kanka, ``cvp``: cevap) or to slip past a list (``sktir``). A word's
    first letter stays (``binenin``, of ``At binenin``, is no ``ibinenin`` without its ``i``).

    >>> vowels_left_out("sktir", "siktir"), vowels_left_out("siktir", "siktir"), vowels_left_out("sktar", "siktir")
    (True, False, False)
    >>> vowels_left_out("knk", "kanka"), vowels_left_out("binenin", "ibinenin"), vowels_left_out("bro", "bir")
    (True, False, False)
    """
    if len(typed) >= len(word) or typed[:1] != word[:1]:
        return False
    at = 0
    for letter in word:
        if at < len(typed) and typed[at] == letter:
            at += 1
        elif letter not in VOWELS:
            return False
    return at == len(typed)


def join_separated(text: str) -> str:
    """Drop separators placed between single letters (``o.r.o.s.p.u``, ``s-i-k``, ``a m k``).

    >>> join_separated("o.r.o.s.p.u ve s-i-k ile a m k, A q; s. i. k")
    'orospu ve sik ile amk, Aq; sik'
    """
    return _SPACED_LETTERS_RE.sub(lambda match: _SEPARATORS_RE.sub("", match.group()), text)


@lru_cache(maxsize=WORD_MEMO)
def matching_key(token: str) -> str:
    """Return the form a token is matched in: joined, de-leeted, Turkish-lowered, repeats collapsed.

    Masking stars are kept (``s*ktir``) so that a matcher can treat them as wildcards.

    >>> matching_key("S.İ.K"), matching_key("OROSPUUUU"), matching_key("s1kt1r"), matching_key("Peskov'un")
    ('sik', 'orospu', 'siktir', 'peskovun')
    """
    if not token.isascii():
        token = token.translate(_FOREIGN_LATIN_TABLE)  # "ørøspu": a letter Turkish does not write, a disguise
    if token.isalpha():
        return collapse_repeats(tr_lower(token))  # most words: no separator, apostrophe or leet character to undo
    joined = _SEPARATORS_RE.sub("", token) if _SPACED_LETTERS_RE.fullmatch(token) else token
    joined = joined.replace("'", "").replace("’", "")
    return collapse_repeats(tr_lower(deleet(joined)))


class Token(NamedTuple):
    """A word of the comment with its offsets: ``text[start:end] == token.text``.

    A named tuple rather than a frozen dataclass: as immutable, and made in a third of the time (a frozen
    dataclass sets each field through ``object.__setattr__``), which counts at some 25 tokens a comment.
    """

    start: int
    end: int
    text: str


_new_tuple = tuple.__new__
"""Makes a :class:`Token` from its three fields at once, skipping the generated ``__new__``'s argument handling."""


def words(text: str) -> list[Token]:
    """Split ``text`` into letter words with offsets (digits and punctuation are not words).

    >>> [t.text for t in words("Peskov'un G-7 açıklaması, 2023'te!")]
    ["Peskov'un", 'G', 'açıklaması', 'te']
    """
    return [_new_tuple(Token, (m.start(), m.end(), m.group())) for m in WORD_RE.finditer(text)]


def match_tokens(text: str) -> list[Token]:
    """Split ``text`` into tokens for lexicon matching, keeping obfuscated words whole.

    Letters spaced out with separators, leetspeak digits and masking stars stay inside one token.

    >>> [t.text for t in match_tokens("o.r.o.s.p.u s1kt1r s*ktir G-7 Amasya'da 2008 5!kt!r")]
    ['o.r.o.s.p.u', 's1kt1r', 's*ktir', 'G-7', "Amasya'da", '5!kt!r']
    """
    tokens = [_new_tuple(Token, (m.start(), m.end(), m.group())) for m in _MATCH_TOKEN_RE.finditer(text) if m.group()]
    return [_final_bang_kept(text, token) for token in tokens] if "!" in text else tokens


def _final_bang_kept(text: str, token: Token) -> Token:
    """Return ``token`` with a ``!`` right after it when the token is leet (digits for letters): ``4n4n!`` is ``anani``.

    >>> [t.text for t in match_tokens("4n4n! s4t4y!m, harika!")]
    ['4n4n!', 's4t4y!m', 'harika']
    """
    if (
        _FINAL_BANG_RE.match(text, token.end) is None
        or _LEET_DIGITS.isdisjoint(token.text)
        or sum(ch.isalpha() for ch in token.text) < 2
    ):
        return token
    return _new_tuple(Token, (token.start, token.end + 1, token.text + "!"))


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Return ``text`` without the (start, end) spans, which are sorted and do not overlap.

    >>> remove_spans("Bence CHP'nin önerisi makul.", [(6, 13)])
    'Bence  önerisi makul.'
    """
    pieces = []
    cursor = 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


_QUOTED_RE = re.compile(r"""(?<![^\W_])(["“”«'‘’])(?=[^\W_])(.+?)(?<=[^\W_]|[.!?…])(["“”»'‘’])(?![^\W_])(?!['’])""")
"""A quotation: an opening mark after no letter, then text, then a closing mark before no letter.

An apostrophe inside a word (``Kilisesi'nde``) opens nothing, since a letter stands before it."""


def in_spans(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Tell whether ``position`` lies inside one of ``spans`` (a URL, a hashtag, a quotation, a handle).

    >>> in_spans(3, [(0, 5)]), in_spans(5, [(0, 5)])
    (True, False)
    """
    return any(start <= position < end for start, end in spans)


SPEAKERS_OWN_QUOTE_RE = re.compile(
    r"\W{0,3}\s*(?:diye\s+)?(?:de|sor|söyle|yaz|bağır|haykır|cevap\s+ver|sesle)[a-zçğıöşü]*"
    r"(?:[dt][ıiuü][mk]|yorum|r[ıi]m)(?![a-zçğıöşü])",
    re.IGNORECASE,
)
"""After a closing quotation mark, the speaker's own saying of it (``"sağır mısın" dedim``, ``… diye sordum``)."""


def speakers_own_quote(text: str, end: int) -> bool:
    """Tell whether the quotation closing at ``end`` is followed by the speaker's own verb of saying.

    ``"engelli misin" diye sordum`` quotes the commenter: the words are theirs, not reported.

    >>> text = "Arkadaşıma 'engelli misin' diye sordum."
    >>> speakers_own_quote(text, text.index("' diye"))
    True
    >>> text = "Bakan muhalefete 'hain' dedi."
    >>> speakers_own_quote(text, text.index("' dedi"))
    False
    """
    return SPEAKERS_OWN_QUOTE_RE.match(text, end + 1) is not None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the text inside quotation marks: words reported, not said.

    >>> text = "Bakan muhalefete 'hain' dedi, \\"Suriyeliler gönderilsin\\" pankartı da vardı."
    >>> [text[start:end] for start, end in quoted_spans(text)]
    ['hain', 'Suriyeliler gönderilsin']
    >>> quoted_spans("Türkiye'nin ve Ankara'nın tavrı")
    []
    """
    return [match.span(2) for match in _QUOTED_RE.finditer(text)]
