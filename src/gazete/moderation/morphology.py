"""Read Turkish word forms: a noun stem with its endings, a verb with its voice, negation, mood and person.

The hostility model asks two questions of a word: *is it one of these nouns* (``Kürtlerin`` is
``kürt``) and *which verb is it, in which mood and person* (``gönderilmemeli`` is ``gönder``, passive,
negated, necessitative). zemberek answers both, but loading it costs seconds and hundreds of MB and
analysing a word about a millisecond, against a budget of one millisecond per *comment*. So this
module reads only the endings that matter for these questions, with vowel harmony classes, as
regular expressions compiled once per stem table; zemberek's morphotactics are the reference the
tests compare against (``tests/moderation/test_morphology.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from gazete.moderation.normalize import VOWELS

H = "[ıiuü]"  # a high vowel (four-way harmony)
A = "[ae]"  # a low unrounded vowel (two-way harmony)

SHORT_STEM = 3
"""Stems this short take only :data:`SHORT_TAILS` (``laz`` → ``Lazlar``, not ``lazım``)."""

SHORT_TAILS = frozenset(
    [
        "lar", "ler", "ları", "leri", "ların", "lerin", "lara", "lere", "larda", "lerde", "lardan", "lerden",
        "ın", "in", "un", "ün", "a", "e", "ı", "i", "u", "ü", "da", "de", "dan", "den", "ta", "te", "tan", "ten",
        "ca", "ce", "ça", "çe", "dır", "dir", "dur", "dür", "lık", "lik", "cı", "ci", "lı", "li", "lu", "lü",
        "dır", "dir", "ya", "ye", "yı", "yi", "yla", "yle"
    ]
)

NOMINAL_TAIL_RE = re.compile(
    rf"""(?:{H}?y?(?:l{H}k|l{H}|c{H}|ç{H}|s{H}z|g{H}l|c{A}|ç{A}|s{A}l))?   # derivation: -lı, -cı, -lık, -ca
    (?:l{A}r)?                                                                # plural
    (?:{H}?m{H}z|{H}?n{H}z|{H}?m|{H}?n|s?{H}|l{A}r{H})?                      # possessive
    (?:n?{H}n|y?{H}|y?{A}|n?{A}|n?[dt]{A}|n?[dt]{A}n|y?l{A}|c{A}|ç{A}|k{H}|s{H}z)?  # case and the like
    (?:[dt]{H}r|y{H}m|y{H}z|s{H}n|s{H}n{H}z|l{A}r|[dt]{H}rl{A}r|y?d{H}|y?m{H}ş|s{A})?  # copula
    (?:k{H})?$""",
    re.VERBOSE,
)
"""Endings a noun or adjective may carry: derivation, plural, possessive, case, copula."""


def softened(stem: str) -> str:
    """Return ``stem`` with its final p/ç/t/k softened before a vowel (``köpek`` → ``köpeğ``)."""
    last = stem[-1:]
    soft = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}.get(last)
    return stem[:-1] + soft if soft and len(stem) > SHORT_STEM else stem


class StemTable:
    """A table of noun stems that finds the stem of a word form (longest stem first)."""

    def __init__(self, stems: Iterable[str], other_words: tuple[str, ...] = ()) -> None:
        """Index ``stems`` and their softened forms; words beginning with ``other_words`` are other words.

        >>> StemTable(["ajan"], other_words=("ajans",)).stem_of("ajansının"), StemTable(["ajan"]).stem_of("ajanın")
        (None, 'ajan')
        """
        self._other_words = other_words
        self._stems: dict[str, str] = {}
        for stem in stems:
            self._stems.setdefault(stem, stem)
            self._stems.setdefault(softened(stem), stem)
        self._lengths = sorted({len(stem) for stem in self._stems}, reverse=True)
        # Every stem begins with one of these: most words of a comment fail this one set lookup.
        self._shortest = self._lengths[-1] if self._lengths else 0
        self._openings = frozenset(stem[: self._shortest] for stem in self._stems)

    @property
    def opening_length(self) -> int:
        """Return the length of the shortest stem: every stem begins with one of :attr:`openings`."""
        return self._shortest

    @property
    def openings(self) -> frozenset[str]:
        """Return the first :attr:`opening_length` letters of every stem (a word no stem begins like is none)."""
        return self._openings

    def stem_of(self, word: str) -> str | None:
        """Return the stem ``word`` is a form of, or None.

        >>> table = StemTable(["kürt", "laz", "köpek"])
        >>> table.stem_of("kürtlerin"), table.stem_of("köpeğe"), table.stem_of("lazım"), table.stem_of("lazlar")
        ('kürt', 'köpek', None, 'laz')
        """
        if word[: self._shortest] not in self._openings:
            return None  # no stem is a prefix of the word (nor of a word shorter than every stem)
        return _stem_of(self, word)

    def __contains__(self, word: object) -> bool:
        """Tell whether ``word`` is a form of one of the stems."""
        if not isinstance(word, str) or word[: self._shortest] not in self._openings:
            return False
        return _stem_of(self, word) is not None

    def _lookup(self, word: str) -> str | None:
        """Find the stem without the memo."""
        if self._other_words and word.startswith(self._other_words):
            return None
        for length in self._lengths:
            if length > len(word):
                continue
            stem = self._stems.get(word[:length])
            if stem is None:
                continue
            tail = word[length:]
            if length <= SHORT_STEM:
                if tail == "" or tail in SHORT_TAILS:
                    return stem
            elif len(tail) <= 10 and NOMINAL_TAIL_RE.match(tail) and not _buffer_after_consonant(stem, tail):
                return stem
        return None


def _buffer_after_consonant(stem: str, tail: str) -> bool:
    """Tell whether ``tail`` opens with the possessive's buffer ``s`` that only a vowel-final stem takes.

    ``ajansı`` is no form of ``ajan`` (the possessive of ``ajan`` is ``ajanı``); ``hainsin`` (the copula),
    ``vicdansız`` (the privative) and ``kedisi`` keep theirs.

    >>> _buffer_after_consonant("ajan", "sı"), _buffer_after_consonant("ajan", "sının")
    (True, True)
    >>> _buffer_after_consonant("hain", "sin"), _buffer_after_consonant("kedi", "si")
    (False, False)
    >>> _buffer_after_consonant("vicdan", "sız")
    False
    """
    return stem[-1] not in VOWELS and POSSESSIVE_BUFFER_RE.match(tail) is not None


POSSESSIVE_BUFFER_RE = re.compile(r"s[ıiuü](?:$|n[ıiuü]n|n[ae]|nd[ae]|nd[ae]n|n[ıiuü]$|yl[ae]|d[ıi]r)")
"""The possessive ``-sı`` with what may follow it (``-sının``, ``-sına``, ``-sında``, ``-sını``, ``-sıyla``); not the
copula ``-sın``, ``-sınız`` nor the privative ``-sız``."""


@lru_cache(maxsize=65536)
def _stem_of(table: StemTable, word: str) -> str | None:
    """Memoised :meth:`StemTable._lookup` (tables are long-lived module constants)."""
    return table._lookup(word)


# --- verbs ------------------------------------------------------------------------------------------------
PERSON_1 = "1"
PERSON_2 = "2"
PERSON_3 = "3"

_MOODS: tuple[tuple[str, str, str], ...] = (
    # (mood, person, ending after the voice and negation)
    ("optative", PERSON_3, rf"s{H}n(?:l{A}r)?"),
    ("imperative", PERSON_2, rf"y?{H}n(?:{H}z)?"),
    ("necessitative", "", rf"m{A}l{H}(?:y{H}z|y{H}m|s{H}n|s{H}n{H}z|[dt]{H}r|l{A}r|[dt]{H}rl{A}r)?"),
    ("optative", PERSON_1, rf"y?{A}(?:y{H}m|l{H}m)"),
    ("future", PERSON_1, rf"y?{A}c{A}(?:ğ{H}m|ğ{H}z|m|z)|y?{H}c{A}(?:m|z|ğ{H}m|ğ{H}z)"),
    ("future", PERSON_2, rf"y?{A}c{A}ks{H}n(?:{H}z)?|y?{H}c{A}ks{H}n(?:{H}z)?"),
    ("future", PERSON_3, rf"y?{A}c{A}k(?:l{A}r|t{H}r)?"),
    ("aorist", PERSON_1, rf"(?:{A}|{H})?r(?:{H}m|{H}z)|m{A}m|m{A}y{H}z"),
    ("aorist", PERSON_2, rf"(?:{A}|{H})?rs{H}n(?:{H}z)?|m{A}zs{H}n(?:{H}z)?"),
    ("aorist", PERSON_3, rf"(?:{A}|{H})?r(?:l{A}r)?|m{A}z(?:l{A}r)?"),
    ("past_conditional", PERSON_1, rf"(?:{A}|{H})?rd{H}(?:m|k)|m{A}zd{H}(?:m|k)"),
    ("conditional", "", rf"s{A}(?:m|n|k|n{H}z|l{A}r)?|s{A}yd{H}(?:m|n|k|n{H}z|l{A}r)?|s{A}l{A}r"),
    ("progressive", PERSON_1, rf"{H}?yor(?:um|uz)"),
    ("progressive", "", rf"{H}?yor(?:sun|sunuz|lar)?"),
    ("infinitive", "", rf"m{A}k|m{A}s{H}|m{A}l{A}r{H}|m{A}s{H}n{H}"),
    ("curse", PERSON_3, rf"{A}s{H}c{A}(?:l{A}r)?|{A}s{H}"),
    ("past", "", rf"[dt]{H}(?:m|n|k|n{H}z|l{A}r)?|m{H}ş(?:{H}m|s{H}n|{H}z|l{A}r)?"),
    ("participle", "", rf"y?{A}n(?:l{A}r)?\w*|[dt]{H}ğ{H}\w*|y?{A}c{A}ğ{H}\w*"),
    ("converb", "", rf"y?{H}p"),
    ("imperative", PERSON_2, ""),
)
MOOD_NAMES = tuple(dict.fromkeys(name for name, _person, _ending in _MOODS))
CALL_MOODS = frozenset({"optative", "imperative", "necessitative"})
"""Moods that call for an act (``gönderilsin``, ``asın``, ``atılmalı``)."""


@dataclass(frozen=True)
class VerbReading:
    """A verb form read: its stem, whether passive, whether negated, its mood and person (``1``/``2``/``3``/``""``)."""

    stem: str
    passive: bool
    negated: bool
    mood: str
    person: str

    @property
    def calls(self) -> bool:
        """Tell whether the form calls for the act (imperative, optative, necessitative, first-person optative)."""
        return self.mood in CALL_MOODS

    @property
    def first_person_intent(self) -> bool:
        """Tell whether the speaker announces the act: first person future, aorist or optative."""
        return self.person == PERSON_1 and self.mood in ("future", "aorist", "optative", "past_conditional")


class VerbTable:
    """A table of verb stems that reads a word form as one of them with voice, negation, mood and person."""

    def __init__(self, stems: Iterable[str]) -> None:
        """Compile one pattern for every stem (and its softened form) of the table."""
        stems = sorted(set(stems), key=len, reverse=True)
        # Every form begins with a stem, so with one of these: most words of a comment fail this one set look-up.
        self._shortest = min(map(len, stems), default=0)
        self._openings = frozenset(stem[: self._shortest] for stem in stems)
        alternation = "|".join(re.escape(stem) for stem in stems)
        moods = "|".join(f"(?P<m{index}>{ending})" for index, (_m, _p, ending) in enumerate(_MOODS))
        self._pattern = re.compile(
            rf"(?P<stem>{alternation})(?P<caus>[dt]{H}r|t)??(?P<voice>{H}?l|(?<=[aeıioöuü])n|(?<=l){H}n|{H}l{H}n)??"
            rf"(?P<neg>m{A})??(?:{moods})$"
        )

    def read(self, word: str) -> VerbReading | None:
        """Return the reading of ``word`` or None when it is no form of a stem of the table.

        >>> table = VerbTable(["gönder", "öl", "kır"])
        >>> table.read("gönderilmemeli")
        VerbReading(stem='gönder', passive=True, negated=True, mood='necessitative', person='')
        >>> table.read("ölsünler").mood, table.read("kırarım").first_person_intent, table.read("ölüm")
        ('optative', True, None)
        """
        if word[: self._shortest] not in self._openings:
            return None  # no stem begins the word: the pattern cannot match, and the memo keeps no None for it
        return _read(self, word)

    def _read(self, word: str) -> VerbReading | None:
        """Read without the memo."""
        match = self._pattern.match(word)
        if match is None:
            return None
        index = next(index for index in range(len(_MOODS)) if match.group(f"m{index}") is not None)
        mood, person, ending = _MOODS[index]
        if not ending and (match.group("voice") or match.group("neg") or match.group("caus")):
            return None  # ``asıl`` (main) is no command; a bare negation is no word
        # The negative aorist carries its negation in the ending (``bırakmayız``, ``kırmam``, ``affetmez``).
        negated = bool(match.group("neg")) or (
            mood in ("aorist", "past_conditional") and match.group(f"m{index}").startswith(("ma", "me"))
        )
        return VerbReading(match.group("stem"), bool(match.group("voice")), negated, mood, person)


@lru_cache(maxsize=65536)
def _read(table: VerbTable, word: str) -> VerbReading | None:
    """Memoised :meth:`VerbTable._read` (tables are long-lived module constants)."""
    return table._read(word)
