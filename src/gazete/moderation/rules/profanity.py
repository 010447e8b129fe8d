"""profanity: lexicon matching after normalisation, with Turkish suffixes and obfuscations.

Matching is on whole tokens (never substrings), so Amasya, götürmek, sıkıntı, Ankara, ambulans
or Scunthorpe are not hits. A token matches an entry when it equals it or the entry is followed
only by inflectional suffixes. ASCII-typed tokens are also compared with the entries' ASCII
spellings, unless the deasciified word is an innocent word (``sike`` → ``şike``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib.resources import files

from gazete.moderation.deasciify import deasciify
from gazete.moderation.lexicons import (
    INNOCENT_EXACT,
    INNOCENT_STEMS,
    NEVER_INNOCENT,
    NEVER_PROFANE,
    OWN_PROFANITY,
    PROFANE_IN_IDIOMS,
)
from gazete.moderation.normalize import (
    LEET_CHARS,
    VOWELS,
    Token,
    ascii_fold,
    has_turkish_letters,
    match_tokens,
    matching_key,
    quoted_spans,
    tr_lower,
    vowels_left_out,
)
from gazete.moderation.rules.base import Comment, apply_suggestions, by_first_word, make_reason, span_of
from gazete.moderation.spelling_model import get_model
from gazete.moderation.verdict import Reason, WordSuggestion

CODE = "profanity"
MIN_STEM_FOR_SUFFIXES = 3
MIN_VISIBLE_LETTERS = 2
DECIDED_LIMIT = 100_000
#: Letters, one dot, letters, with no space: ``s.ktir`` (a dot hiding a letter), at least 4 letters in all; a last
#: dot may end the sentence (``tek kelime: s.ktir.``) and an ellipsis the word left unsaid (``a.nasını...``).
DOT_MASK_RE = re.compile(r"(?<![\w.])(?=(?:[^\W\d_]\.?){4})[^\W\d_]+\.[^\W\d_]+(?=\.*(?![\w.]))")
#: Letters with two or more dots between them, each hiding a letter (``s.k.k``, ``S.k.yim``), or one dot between
#: single letters (``g.t``, ``p.ç``, ``s.g.``); a last dot may end the sentence or the abbreviation, and an ellipsis a
#: spelt-out word (``a.n.a.s.ı.n.ı...``). Single letters count only as lower-case consonants (initials and religious
#: abbreviations have capitals or vowels: ``A.K.``, ``a.s.m.``, ``s.a.v.``).
DOTS_MASK_RE = re.compile(
    r"(?<![\w.])[^\W\d_]+(?:\.[^\W\d_]+){2,}(?=\.*(?![\w.]))|(?<![\w.])[^\W\d_]\.[^\W\d_](?=\.?(?![\w.]))"
)
#: Letters, two or more hyphens, letters: ``a--na`` (hyphens hiding letters; one hyphen joins words, ``e-Devlet``).
HYPHEN_MASK_RE = re.compile(r"(?<![\w-])[^\W\d_]+-{2,}[^\W\d_]+(?![\w-])")
MASK_SYMBOLS = frozenset("_#€@$%&+~^=-|\\¡")
"""Symbols a writer puts for one letter of a swear word (``s_ktir``, ``s€kerim``)."""
_SYMBOL_CLASS = "".join(re.escape(symbol) for symbol in sorted(MASK_SYMBOLS))
#: Letters, one masking symbol, letters, at least five letters in all: ``s_ktir``, ``s#ktir``, ``s€kerim``, ``s-ktir``
#: (the symbol hides a letter; ``@`` and ``$`` are also read as the letters they look like, elsewhere).
SYMBOL_MASK_RE = re.compile(
    rf"(?<![\w{_SYMBOL_CLASS}*])(?=(?:[^\W\d_][{_SYMBOL_CLASS}]?){{5}})"
    rf"[^\W\d_]+(?P<symbol>[{_SYMBOL_CLASS}])[^\W\d_]+(?![\w{_SYMBOL_CLASS}*])"
)
#: Letters, a picture, letters: ``s🔥ktir``, ``or💩spu``; the picture (or a run of them) hides a letter (the emoji
#: blocks, as ``re`` has no emoji property; a variation selector may follow). Read as a star, so only a word that then
#: fits an entry counts: ``gol😉ilki``, two words typed around a smiley, is none.
PICTURE_MASK_RE = re.compile(
    r"(?<![\w*])[^\W\d_]+(?P<symbol>(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)+)[^\W\d_]+(?![\w*])"
)
_PICTURE_RE = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]")
#: A doubled vowel (``siiktir``): collapse_repeats keeps doubles because of saat and maaş. Not ``oo``
#: and ``ee``, which English words double (book, need) and Turkish ones do not.
DOUBLE_VOWEL_RE = re.compile(r"([aıiuöü])\1")
VOWEL_RE = re.compile(r"[aeıioöuü]")
SOFTENED_K_RE = re.compile(r"ğ(?=[aeıioöuü])")
"""A ``k`` softened to ``ğ`` before a vowel ending (``taşak`` → ``taşağa``)."""
MIN_SKELETON = 4
"""Consonants a vowel-less word needs to be matched as an entry's skeleton (``sktr``; not ``mk``, ``pç``)."""

_SUFFIXES_TR = [
    "lar", "ler", "ları", "leri", "ın", "in", "un", "ün", "ı", "i", "u", "ü", "sı", "si", "su", "sü", "yı",
    "yi", "yu", "yü", "nı", "ni", "nu", "nü", "m", "ım", "im", "um", "üm", "n", "mız", "miz", "muz", "müz",
    "nız", "niz", "nuz", "nüz", "a", "e", "ya", "ye", "na", "ne", "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden", "nın", "nin", "nun", "nün", "la", "le", "yla", "yle", "dır",
    "dir", "dur", "dür", "tır", "tir", "tur", "tür", "sın", "sin", "sun", "sün", "ki", "dı", "di", "du",
    "dü", "tı", "ti", "tu", "tü", "mış", "miş", "muş", "müş", "er", "ar", "ecek", "acak", "ecem", "acam",
    "eceğim", "acağım", "ecez", "acaz", "ey", "ay", "iyor", "ıyor", "uyor", "üyor", "yor", "mek", "mak",
    "me", "ma", "ip", "ıp", "en", "an", "se", "sa", "yım", "yim", "iz", "ız", "uz", "üz", "sinler",
    "sınlar", "eceğ", "acağ", "dık", "dik", "duk", "dük", "tık", "tik", "tuk", "tük",
    # Derivations (orospuluk, boklu, sikişelim, sikici, sikilmek) and -ken (sikerken); never the aorist
    # -ür/-ir, which would make göt+ür "götürmek". ASCII look-alikes of innocent words (sıkıcı, sıkıl-,
    # sıkış) stay innocent through the deasciifier check below.
    "lik", "lık", "luk", "lük", "li", "lı", "lu", "lü", "ken", "iş", "ış", "uş", "üş", "ici", "ıcı",
    "il", "ıl", "elim", "alım",
    # The object participle (siktiği, siktiğimin): a chain of these after an entry, never a word of its own.
    "diği", "dığı", "duğu", "düğü", "tiği", "tığı", "tuğu", "tüğü",
]
SUFFIX_SKELETONS = frozenset(VOWEL_RE.sub("", ascii_fold(suffix)) for suffix in _SUFFIXES_TR) - {""}
"""The consonants of the Turkish endings (``n``, ``snlr``): what a vowel-less entry may end in (``sktrn``)."""


_SUFFIXES_EN = ["s", "es", "ing", "in", "er", "ers", "ed", "y"]
SUFFIX_CHAIN_TR_RE = re.compile(
    "(?:{})*".format("|".join(sorted({*_SUFFIXES_TR, *map(ascii_fold, _SUFFIXES_TR)}, key=len, reverse=True)))
)
SUFFIX_CHAIN_EN_RE = re.compile("(?:{})*".format("|".join(sorted(_SUFFIXES_EN, key=len, reverse=True))))


def is_suffix_chain(rest: str, lang: str = "tr") -> bool:
    """Tell whether ``rest`` is made only of inflectional suffixes of ``lang`` (the empty string is).

    >>> is_suffix_chain("ine"), is_suffix_chain("ürmek"), is_suffix_chain(""), is_suffix_chain("tures")
    (True, False, True, False)
    """
    pattern = SUFFIX_CHAIN_EN_RE if lang == "en" else SUFFIX_CHAIN_TR_RE
    return pattern.fullmatch(rest) is not None


@dataclass(frozen=True)
class Lexicon:
    """Profanity entries as matching keys: Turkish words, their ASCII folds, English words, phrases."""

    words: frozenset[str]
    folded: frozenset[str]
    english: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    _decided: dict[tuple[str, bool, bool], bool] = field(default_factory=dict, compare=False, repr=False)
    """Words already decided by :meth:`hits_word` (words repeat; the suffix search is the costly part)."""

    @cached_property
    def phrases_by_first_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Multi-word phrases grouped by their first word, so a comment is scanned once, not per phrase."""
        return by_first_word(phrase for phrase in self.phrases if len(phrase) > 1)

    @cached_property
    def single_word_phrases(self) -> tuple[tuple[str, ...], ...]:
        """Phrases of one word (matched with suffixes like the last word of longer phrases)."""
        return tuple(phrase for phrase in self.phrases if len(phrase) == 1)

    @cached_property
    def _turkish_by_first_letters(self) -> dict[str, tuple[str, ...]]:
        """Turkish entries of 3+ letters (and their ASCII folds) by their first three letters."""
        grouped: dict[str, list[str]] = {}
        for entry in self.words | self.folded:
            if len(entry) >= MIN_STEM_FOR_SUFFIXES:
                grouped.setdefault(entry[:MIN_STEM_FOR_SUFFIXES], []).append(entry)
        return {head: tuple(entries) for head, entries in grouped.items()}

    @cached_property
    def skeletons(self) -> frozenset[str]:
        """The consonants of every Turkish entry that has vowels and four consonants or more, ASCII-folded.

        A word typed without its vowels (``sktr``, ``skrm``) is matched against these: writers drop vowels to
        slip past a list. Shorter skeletons (``pç``, ``mk``) would meet ordinary abbreviations (``chp``), so they
        are left out.
        """
        return frozenset(self.entries_by_skeleton)

    @cached_property
    def entries_by_skeleton(self) -> dict[str, tuple[str, ...]]:
        """The Turkish entries with vowels and four consonants or more, by their consonants ASCII-folded."""
        grouped: dict[str, list[str]] = {}
        for entry in self.words:
            folded = ascii_fold(entry)
            consonants = VOWEL_RE.sub("", folded)
            if len(consonants) >= MIN_SKELETON and consonants != folded:
                grouped.setdefault(consonants, []).append(entry)
        return {consonants: tuple(entries) for consonants, entries in grouped.items()}

    def vowels_dropped(self, key: str) -> bool:
        """Tell whether ``key`` is an entry typed with some of its vowels left out (``sktir``, ``siktr``), or an
        entry's consonants alone or with an ending's (``sktr``; ``sktrn``, ``sktrsnlr``: siktirin, siktirsinler
        without vowels).

        >>> lexicon = load_lexicon()
        >>> lexicon.vowels_dropped("sktir"), lexicon.vowels_dropped("siktr"), lexicon.vowels_dropped("sktrsnlr")
        (True, True, True)
        >>> lexicon.vowels_dropped("sktr")
        True
        >>> lexicon.vowels_dropped("siktir"), lexicon.vowels_dropped("sikke"), lexicon.vowels_dropped("tşk")
        (False, False, False)

        A word typed with Turkish letters is compared letter for letter (``sıktım``, sprayed, is no ``siktiim``), and
        consonants with endings are an abbreviation's (``gbtler``: the ``GBT`` checks, no ``gibtiler``).

        >>> lexicon.vowels_dropped("sıktım"), lexicon.vowels_dropped("gbtler")
        (False, False)
        """
        folded = ascii_fold(key)
        consonants = VOWEL_RE.sub("", folded)
        if len(consonants) < MIN_SKELETON:
            return False
        if consonants == folded:
            return any(
                consonants[:cut] in self.entries_by_skeleton
                and (cut == len(consonants) or consonants[cut:] in SUFFIX_SKELETONS)
                for cut in range(MIN_SKELETON, len(consonants) + 1)
            )
        first_vowel = VOWEL_RE.search(folded)
        if first_vowel is not None and first_vowel.start() > 1 and is_suffix_chain(key[first_vowel.start() :]):
            return False
        typed_ascii = key == folded
        return any(
            vowels_left_out(key, ascii_fold(entry) if typed_ascii else entry)
            for entry in self.entries_by_skeleton.get(consonants, ())
        )

    @cached_property
    def _entries_by_length(self) -> dict[int, tuple[str, ...]]:
        """Turkish and English entries by their length (a masked word is matched against those of a length)."""
        grouped: dict[int, list[str]] = {}
        for entry in self.words | self.english:
            grouped.setdefault(len(entry), []).append(entry)
        return {length: tuple(entries) for length, entries in grouped.items()}

    def begins_like_entry(self, key: str) -> bool:
        """Tell whether ``key`` starts with a Turkish entry of 3+ letters (``sikke`` with ``sik``)."""
        entries = self._turkish_by_first_letters.get(key[:MIN_STEM_FOR_SUFFIXES], ())
        return any(key.startswith(entry) for entry in entries)

    @staticmethod
    def _stem_match(form: str, entries: frozenset[str], lang: str) -> bool:
        """Tell whether ``form`` is an entry or an entry followed by suffixes of ``lang``."""
        if form in entries:
            return True
        if form[:MIN_STEM_FOR_SUFFIXES] not in _openings(entries):
            return False  # most words: no entry of 3+ letters begins like them
        return any(
            form[:cut] in entries and is_suffix_chain(form[cut:], lang)
            for cut in range(MIN_STEM_FOR_SUFFIXES, len(form))
        )

    def matches_word(self, key: str, ascii_token: bool, fold: bool = True) -> bool:
        """Tell whether a token key is an entry, or an entry followed by suffixes.

        ASCII tokens also meet the ASCII folds of the Turkish entries when ``fold`` is on (it is
        off for English comments, where ``gotten`` is a word, not ``göt`` + ``ten``).
        """
        # English entries have no dotless ı: a capital I lowered the Turkish way is an i there.
        if self._stem_match(key, self.words, "tr") or self._stem_match(key.replace("ı", "i"), self.english, "en"):
            return True
        return ascii_token and fold and self._stem_match(ascii_fold(key), self.folded, "tr")

    def hits_word(self, key: str, ascii_token: bool, fold: bool = True) -> bool:
        """Tell whether a token key reads as an entry: as typed, with stretched vowels undone, or a doubled last letter.

        :meth:`matches_word` of ``key``, else of ``key`` with doubled vowels made single (``siiik``; not when
        that gives a word that is never profane), else an entry with its last letter typed twice (``amkk``).
        Decided once per key (words repeat; the suffix search is the costly part).
        """
        question = (key, ascii_token, fold)
        answer = self._decided.get(question)
        if answer is None:
            if len(self._decided) >= DECIDED_LIMIT:
                self._decided.clear()
            answer = self._decided[question] = self._hits_word(key, ascii_token, fold)
        return answer

    def _softened_entry(self, key: str) -> bool:
        """Tell whether ``key`` is an entry ending in ``k`` with it softened to ``ğ`` before a vowel ending.

        The entry must end where the ``ğ`` stands, have two syllables or more (one-syllable words keep their
        ``k``: ``boğa`` is a bull, not ``bok``), and the rest be endings (``taşağa``; not ``soğukta``).
        """
        return any(
            (stem := key[: match.start()] + "k") in self.words
            and sum(map(VOWELS.__contains__, stem)) >= 2  # two syllables: only then is a last k softened
            and is_suffix_chain(key[match.start() + 1 :])
            for match in SOFTENED_K_RE.finditer(key)
        )

    def _hits_word(self, key: str, ascii_token: bool, fold: bool) -> bool:
        """Decide :meth:`hits_word` without the memo."""
        if self.matches_word(key, ascii_token, fold):
            return True
        if "ğ" in key and self._softened_entry(key):
            return True  # "taşağa": an entry's last k softened before a vowel ending (taşak + a)
        stretched = DOUBLE_VOWEL_RE.sub(r"\1", key) if DOUBLE_VOWEL_RE.search(key) else key  # searched: cheaper
        if stretched not in (key, *NEVER_PROFANE) and self.matches_word(stretched, ascii_token, fold):
            return True
        return _is_entry_with_last_letter_doubled(key, self)

    def matches_masked(self, key: str) -> bool:
        """Tell whether a key with masking stars (``s*ktir``) fits an entry, a star being any letter."""
        visible = sum(1 for ch in key if ch != "*")
        # One letter and four or more stars (``s*****``) is a swear word masked on purpose: masking is a
        # disguise, not a fix, so it reads as the entry of that first letter and length.
        needed = 1 if len(key) - visible >= MIN_STARS_FOR_ONE_LETTER and key[0] != "*" else MIN_VISIBLE_LETTERS
        if visible < needed or visible == len(key):
            return False
        for cut in range(MIN_STEM_FOR_SUFFIXES, len(key) + 1):
            head, rest = key[:cut], key[cut:]
            if "*" not in head or not _masked_suffix_chain(rest):
                continue
            if "*" in rest and cut < MASKED_SUFFIX_MIN_HEAD:
                continue  # "b*k*n*z" is bakınız as well as b*k + ending: only a long entry's ending may be masked
            if any(_fits_mask(head, entry) for entry in self._entries_by_length.get(cut, ())):
                return True
        return False


MASKED_SUFFIX_STARS = 2
"""Stars an ending may hide (``s*kt*r*n``: the ``i`` of ``siktirin``'s ``-in`` masked like the stem's vowels)."""
MASKED_SUFFIX_MIN_HEAD = 5
"""Letters an entry needs before a masked ending (``b*k*n*z`` is bakınız, not a three-letter entry and an ending)."""


def _masked_suffix_chain(rest: str) -> bool:
    """Tell whether ``rest`` is an ending, its stars (at most two) standing for vowels (``*n``, ``*n*z``).

    >>> _masked_suffix_chain("in"), _masked_suffix_chain("*n"), _masked_suffix_chain("*n*z"), _masked_suffix_chain("**")
    (True, True, True, False)
    """
    stars = rest.count("*")
    if not stars:
        return is_suffix_chain(rest)
    if stars > MASKED_SUFFIX_STARS or stars == len(rest):
        return False
    candidates = [""]
    for char in rest:
        candidates = [done + letter for done in candidates for letter in ("aeıioöuü" if char == "*" else char)]
    return any(is_suffix_chain(candidate) for candidate in candidates)


MIN_STARS_FOR_ONE_LETTER = 4
LETTER_RE = re.compile(r"[^\W\d_]")
"""One letter: what a masking star stands for."""


def _fits_mask(head: str, entry: str) -> bool:
    """Tell whether ``entry`` (as long as ``head``) has ``head``'s letters where it has them and a letter at its stars.

    The same test as a pattern of ``head`` with each star a letter class, without compiling one per head.

    >>> _fits_mask("s*kt*r", "siktir"), _fits_mask("s*kt*r", "saktir"), _fits_mask("s*k", "s1k")
    (True, True, False)
    """
    return all(
        wanted == letter if wanted != "*" else LETTER_RE.fullmatch(letter) is not None
        for wanted, letter in zip(head, entry, strict=True)
    )


@lru_cache(maxsize=16)
def _openings(entries: frozenset[str]) -> frozenset[str]:
    """Return the first three letters of the entries of three letters or more (a lexicon's sets live long)."""
    return frozenset(entry[:MIN_STEM_FOR_SUFFIXES] for entry in entries if len(entry) >= MIN_STEM_FOR_SUFFIXES)


def _read_entries(name: str) -> list[str]:
    """Read one lexicon file of the package's data folder, skipping comments and blank lines."""
    text = files("gazete.moderation").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=8)
def load_lexicon(extra_words: frozenset[str] = frozenset()) -> Lexicon:
    """Load the shipped lists (plus ``extra_words``, as Turkish) into a :class:`Lexicon`, once per set."""
    singles: dict[str, set[str]] = {"tr": set(), "en": set()}
    phrases: set[tuple[str, ...]] = set()
    sources = [("tr", _read_entries("profanity_tr.txt")), ("en", _read_entries("profanity_en.txt"))]
    sources.append(("tr", list(OWN_PROFANITY)))
    sources.append(("tr", sorted(extra_words)))
    for lang, entries in sources:
        for entry in entries:
            parts = tuple(matching_key(part) for part in entry.split())
            if len(parts) == 1:
                singles[lang].add(parts[0])
            elif parts:
                phrases.add(parts)
    turkish = frozenset(singles["tr"])
    return Lexicon(turkish, frozenset(map(ascii_fold, turkish)), frozenset(singles["en"]), tuple(sorted(phrases)))


def _is_innocent(key: str) -> bool:
    """Tell whether a deasciified word's key is an innocent word that only looks profane in ASCII."""
    if key in INNOCENT_EXACT:
        return True
    if key in NEVER_INNOCENT:
        return False
    return any(key.startswith(stem) and is_suffix_chain(key[len(stem) :]) for stem in INNOCENT_STEMS)


MIN_HIDDEN_ENTRY = 3
"""Letters an entry needs to be found inside a run of spaced letters (``sik``; not ``am``)."""


def _run_hides_an_entry(key: str, lexicon: Lexicon) -> bool:
    """Tell whether letters spaced out one by one end in an entry (``a n a s ı n ı s i k e y i m``): two words run
    together by the spacing, the last one profane. Nobody spaces out innocent letters.

    >>> _run_hides_an_entry("anasınısikeyim", load_lexicon()), _run_hides_an_entry("merhabalar", load_lexicon())
    (True, False)
    """
    return any(lexicon.hits_word(key[cut:], True) for cut in range(1, len(key) - MIN_HIDDEN_ENTRY + 1))


JOINED_SWEAR_OPENINGS = ("sik", "bok", "göt", "oro", "piç")
"""Openings of the swear words that are written joined to another (``siktiriboktan``, ``göttensikiş``)."""
MIN_JOINED_HEAD = 5
MIN_JOINED_TAIL = 4


def _joined_entries(key: str, lexicon: Lexicon) -> bool:
    """Tell whether ``key`` is two entries written as one word, a linking vowel between them allowed
    (``siktiriboktan``: ``siktir`` and ``boktan``), each long enough not to be a chance piece of a word.

    Over the written comments and the OffensEval training tweets, every word so read is profane (three words).

    >>> _joined_entries("siktiriboktan", load_lexicon()), _joined_entries("sikayetlerimiz", load_lexicon())
    (True, False)
    """
    if not key.startswith(JOINED_SWEAR_OPENINGS) or len(key) < MIN_JOINED_HEAD + MIN_JOINED_TAIL:
        return False
    for cut in range(MIN_JOINED_HEAD, len(key) - MIN_JOINED_TAIL + 1):
        if lexicon.hits_word(key[:cut], False) and any(
            len(key) - start >= MIN_JOINED_TAIL and lexicon.hits_word(key[start:], False) for start in (cut, cut + 1)
        ):
            return True
    return False


APOSTROPHE_RE = re.compile(r"['’]")
"""The apostrophe that parts a name from its endings (``Sikkim'deki``)."""


NAME_BEFORE_RE = re.compile(r"(?:^|\s)[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+\s+$")
"""A capitalised word right before (``Mahsa `` before ``Amini'yi``): a given name before its surname."""


def _a_name_inside_a_sentence(text: str, start: int, name: str) -> bool:
    """Tell whether ``name`` (a word's part before its apostrophe, at ``start``) is a surname after a given name.

    Capitalised after another capitalised word and with its ending after an apostrophe, it is a person's full name
    (``Mahsa Amini'yi``); alone, a capitalised word may be a sentence's first or a disguise.

    >>> _a_name_inside_a_sentence("Mahsa Amini'yi unutmadık", 6, "Amini")
    True
    >>> _a_name_inside_a_sentence("Amini'yi", 0, "Amini"), _a_name_inside_a_sentence("bu Amini'yi", 3, "Amini")
    (False, False)
    >>> _a_name_inside_a_sentence("Bu AMINI'yi", 3, "AMINI")
    False
    """
    if not (name[:1].isupper() and name[1:].islower()):
        return False
    return NAME_BEFORE_RE.search(text, 0, start) is not None


def _token_is_profane(
    token: Token, key: str, restored: Callable[[], str | None], comment: Comment, lexicon: Lexicon
) -> bool:
    """Decide one token: lexicon hit, not allowed, not an ASCII spelling of an innocent word."""
    if key in comment.config.allowed_words or key in NEVER_PROFANE:
        return False
    name = APOSTROPHE_RE.split(token.text, 1)[0]
    if name != token.text and matching_key(name) in NEVER_PROFANE:
        return False  # "Sikkim'deki": an innocent name with its ending after an apostrophe
    if name != token.text and _a_name_inside_a_sentence(comment.text, token.start, name):
        return False  # "Mahsa Amini'yi unutmadık": a person's name, its ending after an apostrophe
    if "*" in key:
        return lexicon.matches_masked(key) or _hides_kin(key)
    if key in ONLY_AS_TYPED and not token.text.isalpha():
        return False
    if key in NOT_IN_CAPITALS and (not token.text.isalpha() or token.text.isupper()):
        return False  # "SG" (Sahil Güvenlik), not "sg lan" nor "Sg lan" opening a sentence
    if len(key) >= MIN_SKELETON and lexicon.vowels_dropped(key):
        return True  # "sktr git", "sktir", "siktr", "sktrn": siktir, siktirin with some or all of their vowels left out
    ascii_token = not has_turkish_letters(token.text)
    fold = comment.lang != "en"
    # Letters guessed from digits or symbols (``g0tünüzden``) may stand for ö as well as o: fold them too.
    folds = ascii_token or not LEET_CHARS.isdisjoint(token.text)
    if not lexicon.hits_word(key, folds, fold=fold):
        return (
            (fold and _letter_swapped(key, lexicon))
            or (" " in token.text and _run_hides_an_entry(key, lexicon))
            or _joined_entries(key, lexicon)
        )
    if ascii_token and key not in lexicon.words and _is_innocent(key):
        return False  # SIKILDIM lowered the Turkish way is sıkıldım already
    if ascii_token and not has_turkish_letters(comment.text):
        # Only a comment typed without Turkish letters may mean şike by "sike": one typed with them
        # ("Sikeyim böyle üniversiteyi") wrote what it meant.
        restored_text = restored()
        if restored_text is not None:
            restored_key = matching_key(restored_text[token.start : token.end])
            if restored_key != key and restored_key not in lexicon.words and _is_innocent(restored_key):
                return False
    return True


SWAPPED_LETTERS = (("q", "k"), ("ı", "i"))
"""Letters typed for others to slip past a list: ``siqtir`` (q for k), ``sıkeyim`` (ı for i)."""
SWAP_INNOCENT_OPENINGS = ("sıkı", "sıkış", "sıkın")
"""Openings of innocent words a typo keeps (``sıkıntisinda``, ``sıkışsamda``): never read as a swapped letter."""
ONLY_AS_TYPED = frozenset(["mk", "mq"])
"""Two-letter entries that count only typed as plain letters: ``M.K. Atatürk`` is initials."""
NOT_IN_CAPITALS = frozenset(["sg"])
"""Entries that count only not typed in capitals: ``sg``, ``Sg`` (siktir git) are profanity, ``SG`` the coast guard's
initials."""


def _letter_swapped(key: str, lexicon: Lexicon) -> bool:
    """Tell whether ``key`` is an entry with q typed for k or ı for i, and itself no Turkish word.

    ``sıktır`` (have it squeezed) is a word and stays innocent; ``sıkeyim`` breaks vowel harmony and is none.
    """
    for typed, meant in SWAPPED_LETTERS:
        if typed in key and not key.startswith(SWAP_INNOCENT_OPENINGS):
            swapped = key.replace(typed, meant)
            if lexicon.hits_word(swapped, False) and not is_turkish_word(key):
                return True
    return False


OATH_OBJECTS = frozenset(
    ["ananı", "anasını", "ananızı", "anani", "anasini", "ebeni", "ebesini", "ebenizi", "bacını", "bacini",
     "avradını", "avradini", "sülaleni", "sulaleni", "ecdadını", "ecdadini"]
)
"""Kin named as the object of the swearing oath (``anasını …``): the verb after it is what a writer masks."""


MASKED_VERB_AFTER_RE = re.compile(r"\s+[sS]\S*[^\w\s]\S*")
"""The oath's verb masked after its object (``s.tığımın``, ``s*keyim``): an ``s``, then a hidden letter."""


def _initials_with_ending(typed: str, separator: str, lexicon: Lexicon) -> bool:
    """Tell whether dotted initials of a swear word carry an ending after their last dot (``ö.ç.ler``, ``o.ç.ları``).

    >>> lexicon = load_lexicon()
    >>> _initials_with_ending("ö.ç.ler", ".", lexicon), _initials_with_ending("T.C.ler", ".", lexicon)
    (True, False)
    """
    if separator != "." or typed.count(".") < 2:
        return False
    initials, _, ending = typed.rpartition(".")
    letters = initials.replace(".", "")
    return (
        len(letters) == initials.count(".") + 1  # one letter between dots: initials
        and letters.islower()
        and is_suffix_chain(matching_key(ending))
        and lexicon.hits_word(matching_key(letters), True)
    )


def _hides_kin(masked_key: str) -> bool:
    """Tell whether a masked word hides kin named as the oath's object: masked only by one who swears.

    >>> _hides_kin("ana*ını"), _hides_kin("a*asını"), _hides_kin("s*ktir")
    (True, True, False)
    """
    return any(len(kin) == len(masked_key) and _fits_mask(masked_key, kin) for kin in OATH_OBJECTS)


def _masked_oath_verb(typed: str) -> bool:
    """Tell whether the word after an oath's object is its verb masked: an ``s`` with the rest hidden.

    >>> _masked_oath_verb("s2yim"), _masked_oath_verb("s@tığımın"), _masked_oath_verb("s"), _masked_oath_verb("sordum")
    (True, True, True, False)
    """
    return typed[:1] in ("s", "S") and (len(typed) == 1 or not typed.isalpha())


OATH_PUTTING_VERBS = frozenset(
    ["koyayım", "koyayim", "koyim", "koyiim", "koyarım", "koyarim", "koyduğum", "koyduğumun", "koydugumun"]
)
"""The verb of the ``am… koyayım`` oath: innocent by itself (``buraya koyayım``), an oath after a hidden word."""
MASKED_CHUNK_RE = re.compile(r"(?:^|(?<=\s))(?P<chunk>[^\s]*[^\w\s][^\s]*)\s+$")
"""The run of characters before a word, when it hides letters behind a symbol or dots (``a.na``, ``m*na``, ``@m``)."""
MASKED_OBJECT_REACH = 12
"""Characters before the verb within which its masked object is sought (``a.na``, ``m*na``, ``Am..`` and spaces)."""
OATH_OBJECT_LETTERS = frozenset(["am", "ana", "amna", "amına", "amina", "mna", "mına", "mina", "amn"])
"""The letters left of that oath's object once its mask is taken out (``a.na``, ``@m``, ``m*na``, ``Am..``)."""


def _masked_oath_object(text: str, start: int) -> int | None:
    """Return where the word before ``start`` begins when it is a hidden object of the ``koyayım`` oath, else None.

    >>> text = "yuh a.na koyim bu fiyatlar"
    >>> _masked_oath_object(text, text.index("koyim")), _masked_oath_object("kitabı buraya koyim", 14)
    (4, None)
    """
    match = MASKED_CHUNK_RE.search(text, max(0, start - MASKED_OBJECT_REACH), start)
    if match is None:
        return None
    letters = "".join(ch for ch in match.group("chunk").replace("@", "a") if ch.isalpha())
    return match.start("chunk") if tr_lower(letters) in OATH_OBJECT_LETTERS else None


def _is_entry_with_last_letter_doubled(key: str, lexicon: Lexicon) -> bool:
    """Tell whether ``key`` is an entry with its last letter typed twice (``amkk``); the entry itself, no suffix.

    collapse_repeats keeps doubled letters (saat, maaş); only an exact entry counts, so ``assess`` is
    not ``asses``.
    """
    return len(key) > 3 and key[-1] == key[-2] and (key[:-1] in lexicon.words or key[:-1] in lexicon.english)


def _in_idiom(keys: list[str], index: int) -> bool:
    """Tell whether the profane-looking word at ``index`` stands where a trade makes it innocent (``domates piçi``).

    >>> _in_idiom(["domatesin", "piçlerini"], 1), _in_idiom(["piç", "kurusu"], 0)
    (True, False)
    """
    key = keys[index]
    for stem, (before, after) in PROFANE_IN_IDIOMS.items():
        if key.startswith(stem) and is_suffix_chain(key[len(stem) :]):
            return (index > 0 and keys[index - 1] in before) or (index + 1 < len(keys) and keys[index + 1] in after)
    return False


def _overlaps(hits: list[tuple[int, int]], start: int, end: int) -> bool:
    """Tell whether ``start``..``end`` overlaps a span already in ``hits``."""
    return any(s < end and start < e for s, e in hits)


def find_profanity(text: str, comment: Comment) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of every profane word or phrase in ``text``."""
    if text == comment.text and comment.analysis.profanity is not None:
        return comment.analysis.profanity
    lexicon = load_lexicon(comment.config.extra_banned_words)
    if text == comment.text:
        tokens = comment.match_tokens

        def restored() -> str | None:
            return comment.deasciified
    else:
        tokens = match_tokens(text)
        restored = lru_cache(maxsize=1)(lambda: deasciify(text))
    keys = [matching_key(token.text) for token in tokens]
    hits: list[tuple[int, int]] = []
    for index, (token, key) in enumerate(zip(tokens, keys, strict=True)):
        if key and _token_is_profane(token, key, restored, comment, lexicon) and not _in_idiom(keys, index):
            hits.append((token.start, token.end))
        elif key in OATH_OBJECTS and _spelt_out(token.text, key):
            hits.append((token.start, token.end))  # "a_n_a_s_ı_n_ı ...": the oath spelt out, its verb left unsaid
    by_first = lexicon.phrases_by_first_word
    single_word_phrases = lexicon.single_word_phrases  # none in the shipped lists: no tuple made per word then
    for index, key in enumerate(keys):
        candidates = by_first.get(key, ())
        if single_word_phrases:
            candidates += single_word_phrases
        for phrase in candidates:
            size = len(phrase)
            window = keys[index : index + size]
            if len(window) == size and tuple(window[:-1]) == phrase[:-1] and (
                window[-1] == phrase[-1]
                or (window[-1].startswith(phrase[-1]) and is_suffix_chain(window[-1][len(phrase[-1]) :]))
            ):
                start, end = tokens[index].start, tokens[index + size - 1].end
                if not _overlaps(hits, start, end):  # words already hit stay words
                    hits.append((start, end))
    for index in range(len(keys) - 1) if not OATH_OBJECTS.isdisjoint(keys) else ():  # one set test for most comments
        if keys[index] in OATH_OBJECTS and _masked_oath_verb(tokens[index + 1].text):
            start, end = tokens[index].start, tokens[index + 1].end
            outside = [hit for hit in hits if not (start <= hit[0] and hit[1] <= end)]  # the verb hit alone widens
            if not _overlaps(outside, start, end):  # "anasını s2yim", "ebeni s...": the oath with its verb masked
                hits = [*outside, (start, end)]
    for index, key in enumerate(keys) if not OATH_PUTTING_VERBS.isdisjoint(keys) else ():  # one set test for most
        if key in OATH_PUTTING_VERBS and index:
            opening = _masked_oath_object(text, tokens[index].start)
            if opening is not None and not _overlaps(hits, opening, tokens[index].end):
                hits.append((opening, tokens[index].end))  # "a.na koyim", "m*na koyim", "@m koyim": the oath masked
    # Masks: a letter hidden by each dot ("s.ktir", "s.k.k", "g.t") or by hyphens ("a--na"), read as stars.
    masks: list[tuple[re.Match[str], str]] = []
    if "." in text:
        masks += [(match, ".") for match in DOT_MASK_RE.finditer(text)]
        masks += [(match, ".") for match in DOTS_MASK_RE.finditer(text) if not _initials(match.group())]
    if "--" in text:
        masks += [(match, "-") for match in HYPHEN_MASK_RE.finditer(text)]
    if not MASK_SYMBOLS.isdisjoint(text):
        for match in SYMBOL_MASK_RE.finditer(text):
            symbol = match.group("symbol")
            if symbol != "-" or not match.group()[0].isupper():  # "M-ikiside", "H-diablo": a capital before a hyphen
                masks.append((match, symbol))
    if not text.isascii() and _PICTURE_RE.search(text):
        masks += [(match, match.group("symbol")) for match in PICTURE_MASK_RE.finditer(text)]
    for match, separator in masks:
        start, end = match.span()
        if _overlaps(hits, start, end):
            continue
        masked_key = matching_key(match.group().replace(separator, "*"))
        # A dot may also be put between letters, hiding none (``Gö.tveren``): the word with it taken out.
        joined_key = matching_key(match.group().replace(separator, ""))
        # A kin word spelt out letter by letter (``a.n.a.s.ı.n.ı …``) is the oath with its verb left unsaid.
        if _hides_kin(masked_key):
            verb = MASKED_VERB_AFTER_RE.match(text, end)
            hits.append((start, verb.end() if verb is not None else end))  # "Ana.ını s.tığımın": the verb masked too
        elif _initials_with_ending(match.group(), separator, lexicon):
            hits.append((start, end))  # "ö.ç.ler": an abbreviated swear word with its plural after the last dot
        elif lexicon.matches_masked(masked_key) or (
            separator == "."
            and (
                lexicon.hits_word(joined_key, not has_turkish_letters(match.group()))
                or joined_key in OATH_OBJECTS
                # "s.ktr": a dot for one vowel, the other left out (the skeleton's rule, as for "sktr")
                or (len(joined_key) >= MIN_SKELETON and lexicon.vowels_dropped(joined_key))
            )
        ):
            hits.append((start, end))
    result = sorted(set(hits))
    if text == comment.text:
        comment.analysis.profanity = result
    return result


SHORT_MASKS = frozenset(["a.k"])
"""Two lower-case letters that are a mask though the first is a vowel: ``a.k`` (amk; 24 comments of the evaluation sets,
all profanity; ``A.K.`` in capitals stays initials)."""


SPELT_OUT = 4
"""Letters between dots, all lower case after the first, from which on they spell a word out: no initials."""


def _spelt_out(typed: str, key: str) -> bool:
    """Tell whether ``typed`` spells ``key`` out letter by letter, a separator between each two (``a_n_a_s_ı_n_ı``).

    >>> _spelt_out("a_n_a_s_ı_n_ı", "anasını"), _spelt_out("a n a s ı n ı", "anasını"), _spelt_out("anasını", "anasını")
    (True, True, False)
    """
    return len(typed) >= len(key) * 2 - 1 and sum(ch.isalpha() for ch in typed) == len(key)


def _initials(typed: str) -> bool:
    """Tell whether single letters between dots are initials or an abbreviation, not a mask.

    Only lower-case consonants can be a word with its vowels hidden (``s.k.k``, ``g.t``); capitals or vowels make
    initials and religious abbreviations (``A.K.``, ``M.K. Atatürk``, ``(a.s.m.)``, ``s.a.v.``).

    >>> _initials("A.K"), _initials("a.s.m"), _initials("s.k.k"), _initials("S.k.yim"), _initials("a.k")
    (True, True, False, False, False)
    >>> _initials("a.n.a.s.ı.n.ı"), _initials("T.B.M.M"), _initials("A.ş")
    (False, True, True)
    """
    if typed in SHORT_MASKS:
        return False
    letters = typed.replace(".", "")
    if len(letters) >= SPELT_OUT and letters[1:].islower():
        return False  # a word spelt out letter by letter (``a.n.a.s.ı.n.ı``, ``S.i.k.t.i.r``), vowels and all
    return len(letters) * 2 - 1 == len(typed) and not (typed.islower() and VOWELS.isdisjoint(letters))


@lru_cache(maxsize=65536)
def is_turkish_word(key: str) -> bool:
    """Tell whether the spelling word model accepts ``key`` as a Turkish word (False without the model)."""
    model = get_model()
    return model is not None and model.accepts(key)


def lookalikes(comment: Comment) -> list[tuple[int, int]]:
    """Return the real words that begin like a profane entry but that the rule found innocent.

    ``Sikke``, ``götürmek``, ``sıkı`` and the like: the rule knows them, the classifier's character
    n-grams do not, so the engine also scores the comment without them (see :mod:`gazete.moderation.combine`).
    Only words the spelling word model accepts count: a word that begins like an entry and is no Turkish
    word (``sikişelim``, ``siktiret``) is profanity the lexicon misses, and the classifier must see it.
    """
    if comment.lang == "en":
        return []
    lexicon = load_lexicon(comment.config.extra_banned_words)
    hits = find_profanity(comment.text, comment)
    found = []
    for token in comment.match_tokens:
        if _overlaps(hits, token.start, token.end):
            continue
        key = matching_key(token.text)
        if len(key) < MIN_STEM_FOR_SUFFIXES:
            continue
        if (lexicon.begins_like_entry(key) or lexicon.begins_like_entry(ascii_fold(key))) and is_turkish_word(key):
            found.append((token.start, token.end))
    return found


def mask(word: str) -> str:
    """Keep the first letter and replace the other letters with stars.

    >>> mask("siktir"), mask("a.q")
    ('s*****', 'a**')
    """
    return word[:1] + "".join(ch if ch.isspace() else "*" for ch in word[1:])


#: After a quotation: ``diye`` and the verb that reports it, or a word of saying itself (``… diyenler``).
REPORTED_AFTER_QUOTE_RE = re.compile(
    r"\W{0,3}\s*(?:diye\s+(?P<verb>\w+)|(?P<saying>diyen\w*|dedi\w*|demiş\w*|demek\w*|demesi\w*)(?:\s+(?P<next>\w+))?)"
)
#: The commenter's own saying or a call to say it (endings of the Turkish-lowered verb): ``diye bağırdım``,
#: ``diye bağırın``, ``dedim``, ``diyeceğim``: those keep the word the commenter's own. (Cautious: a
#: participle's genitive, ``bağıranların``, ends like an imperative and keeps its hold too.)
OWN_OR_CALLED_RE = re.compile(
    r"\w*(?:d[ıiuü][mk]|t[ıiuü][mk]|yorum|yoruz|c[ae]ğ[ıi][mz]|r[ıiuü][mz]|ş[ıiuü][mz]|[ae]l[ıi]m|[ae]y[ıi]m"
    r"|[^aeıioöuü][ıiuü]n|[ıiuü]n[ıi]z|s[ıiuü]n|s[ıiuü]nl[ae]r)"
)
ENDORSING_WORDS = ("aynen", "katılıyorum", "katılırım", "haklı", "helal", "hak etti", "hak etmiş", "iyi demiş")
"""Words that make reported words the commenter's own (``… diye bağırmış, aynen``)."""


def reported_mention(text: str, start: int, end: int, quotes: list[tuple[int, int]] | None = None) -> bool:
    """Tell whether the profane word at ``start:end`` is quoted as someone else's (``“ibne” diye bağıranlar``).

    The word lies inside quotation marks and the quotation is reported: ``diye`` and a verb not of the
    commenter's own saying (``diye bağırdı``, ``diye bağıranlar``, ``diye bağırmak suçtur``; not ``diye
    bağırdım``, ``diye bağırın``), or a word of saying (``… diyenler``, ``… demiş``). ``quotes``: the text's
    quotations when the caller has them (:func:`quoted_spans`). A comment that
    endorses it (``aynen``, ``haklı``) keeps it, and so does a masked word: the live form never publishes
    masked profanity.

    >>> reported_mention("Ona “ibne” diye bağıran adam yakalandı.", 5, 9)
    True
    >>> reported_mention("Ona “ibne” diye bağırdım.", 5, 9), reported_mention("Sen ibnesin.", 4, 11)
    (False, False)
    """
    if not all(part.isalpha() for part in text[start:end].split()):
        return False  # masked ("o*****u", "s.ktir"): a disguise is published as typed, so it keeps its hold
    quotes = quoted_spans(text) if quotes is None else quotes
    quote = next(((s, e) for s, e in quotes if s <= start and end <= e), None)
    if quote is None:
        return False
    report = REPORTED_AFTER_QUOTE_RE.match(text, quote[1])
    if report is None:
        return False
    verb = report.group("verb") or report.group("saying")
    if OWN_OR_CALLED_RE.fullmatch(tr_lower(verb)):
        return False
    if report.group("saying") and tr_lower(report.group("next") or "").startswith(("ist", "gel")):
        return False  # ``… demek istiyorum``, ``… diyesim geliyor``: the commenter's own
    lowered = tr_lower(text)
    return not any(word in lowered for word in ENDORSING_WORDS)


def check(comment: Comment) -> Reason | None:
    """Flag every profane word or phrase, suggesting a masked form for each.

    Profanity only quoted as someone else's words (:func:`reported_mention`: ``“ibne” diye bağıranlar
    çıkarıldı``) is a note: reporting an insult is no use of it.
    """
    hits = find_profanity(comment.text, comment)
    if not hits:
        return None
    spans = tuple(span_of(comment.text, Token(s, e, comment.text[s:e])) for s, e in hits)
    suggestions = tuple(WordSuggestion(s, e, comment.text[s:e], mask(comment.text[s:e])) for s, e in hits)
    quotes = quoted_spans(comment.text)  # once for all hits
    if all(reported_mention(comment.text, s, e, quotes) for s, e in hits):
        return make_reason(CODE, 1.0, spans, suggestions, "note")
    return make_reason(CODE, 1.0, spans, suggestions)


def masked_suggestions(text: str, comment: Comment) -> list[WordSuggestion]:
    """Return masking suggestions for ``text`` (any text, e.g. already partly fixed)."""
    return [WordSuggestion(s, e, text[s:e], mask(text[s:e])) for s, e in find_profanity(text, comment)]


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` without its profane words, spaces and stray punctuation tidied.

    Masking them (``s*****``) would be a disguise, not a fix: the suggestion must not keep their meaning.
    """
    return drop_words(text, masked_suggestions(text, comment))


def drop_words(text: str, found: list[WordSuggestion]) -> str:
    """Return ``text`` without the words of ``found``, spaces and stray punctuation tidied."""
    removed = apply_suggestions(text, [WordSuggestion(item.start, item.end, item.original, "") for item in found])
    removed = re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"[ \t]{2,}", " ", removed))
    return re.sub(r"^[\s,.;:!?-]+", "", removed).strip()
