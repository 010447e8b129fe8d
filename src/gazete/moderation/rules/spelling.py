"""spelling: misspellings from tables, conservative de/da, ki, mi rules and a morphology-aware word model.

A confident misspelling (one the tables or the word model can correct: ``herkez``, ``Türkiyede``,
``yarın ki``) means the comment is not approved as typed, with the one-click fix, unless the portal
sets ``spelling_blocks`` off ("note only"). Words no analysis accepts but nothing can correct reject only
from ``spelling_min_errors`` misspellings making up ``spelling_error_ratio`` of the words.
With ``use_morphology`` on (the default), lower-case Turkish words are also checked against the word
model of :mod:`gazete.moderation.spelling_model`: known misspellings and ASCII spellings get their
correction, other words no stem-and-suffix analysis accepts are reported without one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from functools import lru_cache

from gazete.moderation.language import english_confidence
from gazete.moderation.lexicons import (
    FIRST_NAMES,
    GIVEN_NAMES_LIKE_ENDINGS,
    KI_CONJUNCTION_STEMS,
    MI_PREDICATES,
    MISSPELLED_STEMS_TR,
    MISSPELLINGS_EN,
    MISSPELLINGS_TR,
    PLACES_ALSO_WORDS,
    PROVINCES,
    TIME_WORDS,
)
from gazete.moderation.morphology import NOMINAL_TAIL_RE
from gazete.moderation.normalize import (
    CIRCUMFLEX_FOLD,
    VOWELS,
    WORD_MEMO,
    Token,
    ascii_fold,
    has_turkish_letters,
    in_spans,
    quoted_spans,
    tr_lower,
    tr_lower_word,
    tr_upper,
    vowels_left_out,
    words,
)
from gazete.moderation.rules.base import Comment, apply_suggestions, keep_case, make_reason, span_of
from gazete.moderation.spelling_model import get_model
from gazete.moderation.verdict import Reason, WordSuggestion

CODE = "spelling"
QUESTION_PARTICLES = ("mı", "mi", "mu", "mü")
PERSONAL_QUESTION_PARTICLES = tuple(
    f"m{vowel}{ending}"
    for vowel, endings in (
        ("ı", ("sınız", "yım", "yız", "sın", "dır", "ydı")),
        ("i", ("siniz", "yim", "yiz", "sin", "dir", "ydi")),
        ("u", ("sunuz", "yum", "yuz", "sun", "dur", "ydu")),
        ("ü", ("sünüz", "yüm", "yüz", "sün", "dür", "ydü")),
    )
    for ending in endings
)
"""The question particle with a person or tense (``musunuz``, ``miyim``, ``mıydı``): written apart like ``mı``."""
KI_JOINED_CORRECTLY = frozenset([
    "belki", "sanki", "çünkü", "halbuki", "mademki", "oysaki", "meğerki", "illaki", "şimdiki",
])
DE_PRONOUNS = frozenset(["bende", "sende", "onda", "bizde", "sizde", "onlarda"])
DE_FOLLOWERS = frozenset(
    [
        "öyle", "aynı", "katılıyorum", "düşünüyorum", "istiyorum", "biliyorum", "inanıyorum", "merak",
        "gittim", "geldim",
    ]
)
MODEL_MIN_LENGTH = 3
"""Shorter words are never checked against the word model (``ve``, ``bi``, ``dm``)."""
FOREIGN_LETTERS = frozenset("qwx")
QUOTES = frozenset("\"'’‘”“`")
"""A word glued to a closing quote is a suffix of the quoted name (``"suçun şahsiliği"nden``)."""
ENGLISH_WORD_CONFIDENCE = 0.5
"""A word without Turkish letters that lingua finds at least this English is an English word, not a typo."""
JOINED_PARTICLES = ("da", "de", "ki", *PERSONAL_QUESTION_PARTICLES, *QUESTION_PARTICLES)
"""Particles written apart from the word before them (``herkes de``, ``diyor ki``, ``gelecek mi``)."""
MIN_PARTICLE_STEM = 3
_DIGIT_RE = re.compile(r"\d")
_SKIPPED_SPANS_RE = re.compile(
    r"(?:https?://|www\.)\S+|\S+\.(?:com|net|org|tr)\S*|[#@]\w+(?:[.-]\w+)*|\d+\S*"
    r"|[^\W\d_]+(?:-[^\W\d_]+)+"
    r"|[\"“][^\"“”\n]{1,60}[\"”](?=[^\W\d_])",
    re.IGNORECASE,
)
"""URLs, hashtags, mentions (with the dots of ``@elif.yildiz``), numbers with their suffixes, words joined by a
hyphen (``non-binary``, ``Rock-Pop``: a compound or a borrowing), and a title in quotation marks with a suffix after
it (``"Didou Nana"yı``, which the quotations' pattern leaves out): no words to check."""


def _table_for(lang: str) -> dict[str, str]:
    """Return the misspellings table of ``lang``."""
    return MISSPELLINGS_EN if lang == "en" else MISSPELLINGS_TR


def _pair_openings(table: dict[str, str]) -> frozenset[str]:
    """Return the first words of a table's two-word entries: only after one of them can two words be an entry."""
    return frozenset(entry.split(" ", 1)[0] for entry in table if " " in entry)


PAIR_OPENINGS = {"en": _pair_openings(MISSPELLINGS_EN), "tr": _pair_openings(MISSPELLINGS_TR)}
JOINED_MISSPELLINGS_FOLDED = {
    folded: correct
    for wrong, correct in MISSPELLINGS_TR.items()
    if " " in correct and (folded := ascii_fold(wrong)) != wrong and folded not in MISSPELLINGS_TR
}
"""Words the table writes apart (``pekçok`` → ``pek çok``), typed without their Turkish letters too (``pekcok``): no
spelling of a real word, so the same correction."""


_STEMS_LONGEST_FIRST = tuple(sorted(MISSPELLED_STEMS_TR.items(), key=lambda item: -len(item[0])))
_STEM_OPENING = min((len(stem) for stem in MISSPELLED_STEMS_TR), default=0)


def _stems_by_opening() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return the misspelled stems, longest first, by their first letters: a word meets only those of its own."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for stem, right in _STEMS_LONGEST_FIRST:
        grouped.setdefault(stem[:_STEM_OPENING], []).append((stem, right))
    return {opening: tuple(stems) for opening, stems in grouped.items()}


_STEMS_BY_OPENING = _stems_by_opening()
BACK_VOWELS = frozenset("aıou")
ROUNDED_VOWELS = frozenset("oöuü")


def harmonised(stem: str, tail: str) -> str:
    """Return ``tail`` with its vowels following ``stem``'s last vowel (``makine`` + ``lar`` → ``ler``).

    Two-way vowels (a/e) follow backness, four-way ones (ı/i/u/ü) backness and rounding, each after the
    vowel before it, as Turkish case and possessive endings do.

    >>> harmonised("makine", "lar"), harmonised("mütevazı", "lik"), harmonised("profesör", "i")
    ('ler', 'lık', 'ü')
    """
    previous = next((letter for letter in reversed(stem) if letter in VOWELS), "e")
    letters = []
    for letter in tail:
        if letter in "ae":
            letter = "a" if previous in BACK_VOWELS else "e"
        elif letter in "ıiuü":
            back, rounded = previous in BACK_VOWELS, previous in ROUNDED_VOWELS
            letter = ("u" if rounded else "ı") if back else ("ü" if rounded else "i")
        if letter in VOWELS:
            previous = letter
        letters.append(letter)
    return "".join(letters)


def misspelled_stem(lower: str) -> str | None:
    """Return the correction of a word made of a misspelled noun stem and regular endings, else None.

    >>> misspelled_stem("hastahanede"), misspelled_stem("klübün"), misspelled_stem("makinalar")
    ('hastanede', 'kulübün', 'makineler')
    >>> misspelled_stem("hastane") is None, misspelled_stem("herkezin")
    (True, 'herkesin')
    """
    for stem, right in _STEMS_BY_OPENING.get(lower[:_STEM_OPENING], ()):
        if lower.startswith(stem):
            tail = lower[len(stem) :]
            if tail == "" or (len(tail) <= 10 and NOMINAL_TAIL_RE.match(tail)):
                return right + harmonised(right, tail)
    return None


ABBREVIATION_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÇĞİÖŞÜ")
"""The letters an abbreviation begins with (:data:`ABBREVIATION_RE`)."""
ABBREVIATION_RE = re.compile(r"[A-ZÇĞİÖŞÜ]{2,6}\d?")
ABBREVIATION_JOINED_RE = re.compile(r"([A-ZÇĞİÖŞÜ]{2,6}\d?)([a-zçğıöşü]{1,6})")
"""An abbreviation with its ending written on (``KPSSye``)."""
ABBREVIATION_ENDINGS = frozenset(
    [
        "nin", "nın", "nun", "nün", "in", "ın", "un", "ün", "yi", "yı", "yu", "yü", "i", "ı", "u", "ü", "ye",
        "ya", "e", "a", "den", "dan", "ten", "tan", "deki", "daki", "teki", "taki", "li", "lı", "lu", "lü",
        "liler", "lılar", "lular", "lüler", "ler", "lar", "le", "yle", "yla", "ci", "cı", "cu", "cü", "de", "da",
        "te", "ta",
    ]
)
"""Endings of an abbreviation, written after an apostrophe (``KPSS'ye``, ``CHP'nin``, ``AKP'li``)."""
SEPARATE_WORDS_AFTER_ABBREVIATION = frozenset(["de", "da", "ne", "na", "a", "e"])
"""Words that may follow an abbreviation on their own (``CHP de``, ``AB ne diyor``): never taken for an ending."""


def mostly_upper(text: str) -> bool:
    """Tell whether most letters of ``text`` are capitals (a shouted comment: the caps rule's business).

    >>> mostly_upper("KPSS YE GİRECEĞİM"), mostly_upper("KPSS ye gireceğim")
    (True, False)
    """
    # No character is both upper- and lower-case, so the cased letters are the two counts added up.
    upper = sum(map(str.isupper, text))
    cased = upper + sum(map(str.islower, text))
    return cased > 0 and upper * 2 > cased


def abbreviation_ending(text: str, token: Token, following: Token | None) -> WordSuggestion | None:
    """Return ``KPSS'ye`` for ``KPSSye`` or ``KPSS ye``: an abbreviation's ending needs an apostrophe.

    ``ya`` followed by ``da`` is the conjunction ``ya da``, and ``de``/``da`` after an abbreviation are the
    conjunction (``CHP de katıldı``), so neither is taken for an ending when written apart.
    """
    joined = ABBREVIATION_JOINED_RE.fullmatch(token.text)
    if joined is not None and joined.group(2) in ABBREVIATION_ENDINGS:
        return WordSuggestion(token.start, token.end, token.text, f"{joined.group(1)}'{joined.group(2)}")
    if following is None or not ABBREVIATION_RE.fullmatch(token.text) or text[token.end : following.start] != " ":
        return None
    ending = following.text
    if ending not in ABBREVIATION_ENDINGS or ending in SEPARATE_WORDS_AFTER_ABBREVIATION:
        return None
    after = text[following.end : following.end + 4].lstrip()
    if ending == "ya" and after[:2] in ("da", "de"):
        return None
    original = text[token.start : following.end]
    return WordSuggestion(token.start, following.end, original, f"{token.text}'{ending}")


COMPOUNDS_WRITTEN_APART = {
    "zeytin": ("yağ",), "kara": ("biber",), "ada": ("çay",), "hayır": ("sever",), "yüz": ("ölçüm",),
    "büyük": ("baş",), "küçük": ("baş",), "biçer": ("döver",), "kuş": ("burn", "burun"), "ay": ("çiçeğ", "çiçek"),
    "orta": ("okul", "öğretim"), "ana": ("okul", "yasa"), "yüksek": ("okul", "öğretim"), "cumhur": ("başkan",),
    "millet": ("vekil",), "baş": ("bakan", "hekim", "savcı", "kent", "rol", "sağlığ", "örtü"),
    "hanım": ("efendi",), "bey": ("efendi",), "kayın": ("valide", "peder"), "akşam": ("üst",),
    "hava": ("alan", "liman"), "gece": ("kondu",), "alt": ("yapı",), "süper": ("market",), "yer": ("yüz",),
    "gök": ("yüz",), "cuma": ("ertesi",), "pazar": ("tesi",), "hiç": ("bir",),
}
"""Compounds the spelling rules write as one word, by first word and the beginnings of the second
(``zeytin yağı`` → ``zeytinyağı``, ``orta okulda`` → ``ortaokulda``, ``hiç birimiz`` → ``hiçbirimiz``): the
second word is one of these stems with a noun's endings, never a longer word (``büyük başarı``)."""
SOUND_CHANGE_VERBS = {
    "şükür": "şükr", "sabır": "sabr", "red": "redd", "ret": "redd", "kayıt": "kayd", "his": "hiss", "af": "aff",
    "zan": "zann", "hal": "hall", "emir": "emr", "kayıp": "kayb", "kahır": "kahr", "hüküm": "hükm", "nakil": "nakl",
    "seyir": "seyr", "zikir": "zikr", "keşif": "keşf", "fetih": "feth",
}
"""Nouns whose sound changes before ``etmek``, so the verb is one word (``şükür ediyorum`` → ``şükrediyorum``,
``red edildi`` → ``reddedildi``). With ``olmak`` only ``kahrolmak``: ``af olmaz`` (no pardon), ``kayıp oldu``
(a loss) and ``kayıt oldum`` (widely written apart) are left alone."""
JOINED_PAIR_OPENINGS = frozenset(COMPOUNDS_WRITTEN_APART) | frozenset(SOUND_CHANGE_VERBS)


def joined_pair(first: str, second: str) -> str | None:
    """Return the one word two lower-case words should be written as, or None.

    >>> joined_pair("zeytin", "yağı"), joined_pair("red", "edildi"), joined_pair("orta", "okulda")
    ('zeytinyağı', 'reddedildi', 'ortaokulda')
    >>> joined_pair("zeytin", "dalı") is None, joined_pair("büyük", "başarı") is None
    (True, True)
    """
    model = get_model()
    if model is None:
        return None
    stem = SOUND_CHANGE_VERBS.get(first)
    if stem is not None:
        if second.startswith(("et", "ed", "ol") if first == "kahır" else ("et", "ed")) and model.accepts_common(second):
            return stem + second
        return None
    for stem in COMPOUNDS_WRITTEN_APART.get(first, ()):
        tail = second[len(stem) :]
        if second.startswith(stem) and (tail == "" or NOMINAL_TAIL_RE.fullmatch(tail)) and model.accepts_common(second):
            return first + second
    return None


RELATIVE_PARTICIPLE_RE = re.compile(r"\w+(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]")
"""A relative participle with its possessive (``geldiği``, ``yapacağı``): it modifies the noun after it."""
POSTPOSITIONS = frozenset(["yüzünden"])
"""Words that are a postposition as often as a compound's second half (``yüzünden``, because of)."""


def _head_of_a_clause(before: str, second: str) -> bool:
    """Tell whether a pair's first word is the noun a relative clause ends on and its second a postposition.

    ``geldiği yer yüzünden`` is "because of the place one came from", not ``yeryüzünden``.

    >>> _head_of_a_clause("geldiği", "yüzünden"), _head_of_a_clause("bütün", "yüzünden")
    (True, False)
    """
    return second in POSTPOSITIONS and RELATIVE_PARTICIPLE_RE.fullmatch(before) is not None


def _joined_particle(lower: str) -> str | None:
    """Return ``var mı`` for ``varmı`` when the stem is a common predicate, else None.

    A stem that is itself a known misspelling is corrected too (``olucakmı`` → ``olacak mı``); a spoken future
    the word model reads (``gelicekmi``) is its :func:`_model_verdict`'s.

    >>> _joined_particle("varmı"), _joined_particle("bumu"), _joined_particle("olucakmı"), _joined_particle("kimi")
    ('var mı', 'bu mu', 'olacak mı', None)
    """
    for particle in QUESTION_PARTICLES:
        if not lower.endswith(particle):
            continue
        stem = lower[: -len(particle)]
        if stem in MI_PREDICATES:
            return f"{stem} {particle}"
        if len(stem) < MIN_PARTICLE_STEM:
            continue
        corrected = MISSPELLINGS_TR.get(stem) or misspelled_stem(stem)
        if corrected is not None and " " not in corrected:
            return f"{corrected} {particle}"
    return None


def _joined_ki(lower: str) -> str | None:
    """Return ``diyor ki`` for ``diyorki``: a conjunction ``ki`` after a finite verb is separate."""
    if not lower.endswith("ki") or lower in KI_JOINED_CORRECTLY:
        return None
    stem = lower[:-2]
    if len(stem) >= 5 and stem.endswith(KI_CONJUNCTION_STEMS):
        return f"{stem} ki"
    return None


@lru_cache(maxsize=WORD_MEMO)
def _turkish_word_fixes(lower: str) -> tuple[str | None, str | None]:
    """Return a Turkish word's corrections that need no context, decided once per word (words repeat).

    First the misspellings table's or a misspelled stem's correction, then a particle written on
    (``varmı`` → ``var mı``, ``diyorki`` → ``diyor ki``); None where there is none.

    >>> _turkish_word_fixes("herkezin"), _turkish_word_fixes("varmı"), _turkish_word_fixes("ev")
    (('herkesin', None), (None, 'var mı'), (None, None))
    """
    replacement = MISSPELLINGS_TR.get(lower)
    if replacement is None and lower.isascii():
        replacement = JOINED_MISSPELLINGS_FOLDED.get(lower)  # "pekcok": "pekçok" typed without its ç
    if replacement is None:
        replacement = misspelled_stem(lower)
    if replacement is None:
        replacement = joined_light_verb(lower)
    return replacement, _joined_particle(lower) or _joined_ki(lower)


APART_LIGHT_VERB_NOUNS = frozenset(
    [
        "fark", "hak", "terk", "kabul", "yardım", "rica", "teşekkür", "ziyaret", "söz", "yok", "var", "sağ", "takip",
        "tercih", "tavsiye", "tebrik", "tamir", "tedavi", "ihmal", "ilan", "inkar", "itiraf", "istifa", "kontrol",
        "tahmin", "tehdit", "tercüme", "tespit", "teslim", "dikkat", "merak", "memnun", "devam", "şikayet",
    ]
)
"""Nouns whose verb with ``etmek``/``olmak`` is written apart, the noun unchanged (``fark etmek``, ``sağ olmak``).
Those whose sound changes are written joined (``kaybetmek``, ``hissetmek``, ``kaydolmak``) and are not here."""
LIGHT_VERBS = ("et", "ed", "ol", "eyle")
JOINED_LIGHT_VERB_WORDS = ("varoluş", "hakediş", "yokoluş")
"""Words written joined by the rules although they begin like one (``varoluş``, ``hakediş``)."""
_LIGHT_VERB_OPENINGS = frozenset(noun[:3] for noun in APART_LIGHT_VERB_NOUNS)


def joined_light_verb(lower: str) -> str | None:
    """Return ``fark ettim`` for ``farkettim``: a noun and ``etmek``/``olmak`` written together against the rules.

    The noun must be one whose verb is written apart and the rest a form of the light verb the word model
    accepts (``ettim``, ``edilemez``, ``olsun``), so ``hakem`` or ``sağlık`` are never split.

    >>> joined_light_verb("farkettim"), joined_light_verb("sağolsun"), joined_light_verb("kabuledilemez")
    ('fark ettim', 'sağ olsun', 'kabul edilemez')
    >>> joined_light_verb("hakediş") is None, joined_light_verb("sağlık") is None
    (True, True)
    """
    if lower[:3] not in _LIGHT_VERB_OPENINGS or lower.startswith(JOINED_LIGHT_VERB_WORDS):
        return None
    model = get_model()
    if model is None:
        return None
    for cut in range(2, min(len(lower) - 1, 9)):
        noun, rest = lower[:cut], lower[cut:]
        if noun in APART_LIGHT_VERB_NOUNS and rest.startswith(LIGHT_VERBS) and model.accepts_common(rest):
            return f"{noun} {rest}"
    return None


def find_misspellings(text: str, lang: str, comment: Comment) -> list[WordSuggestion]:
    """Return a correction for every misspelled word or two-word phrase of ``text`` (kept on the comment)."""
    if text != comment.text or lang != comment.lang:
        return _find_misspellings(text, lang, comment)
    analysis = comment.analysis
    if analysis.misspellings is None:
        analysis.misspellings = _find_misspellings(text, lang, comment)
    return list(analysis.misspellings)


def typed_in_turkish(comment: Comment) -> bool:
    """Tell whether the word model may read the comment: it has Turkish letters, or none of its words needs one.

    A comment typed without Turkish letters whose words need some (``cok guzel``) is ``no_turkish_chars``, and the
    model would reject every such word again. One that needs none (``Acaba diziye yeni oyuncu gelecekmi?``: the
    deasciifier, already run for that rule, changes nothing) is read like any other.
    """
    return has_turkish_letters(comment.text) or comment.deasciified == comment.text


def _find_misspellings(text: str, lang: str, comment: Comment) -> list[WordSuggestion]:
    """Find the misspellings of :func:`find_misspellings` without keeping them."""
    table = _table_for(lang)
    pair_openings = PAIR_OPENINGS["en" if lang == "en" else "tr"]
    tokens = comment.words if text == comment.text else words(text)
    found: list[WordSuggestion] = []
    skip_next = False
    use_model = lang == "tr" and comment.config.use_morphology and typed_in_turkish(comment)
    skipped = _skipped_spans(text) if use_model else ()
    shouting = mostly_upper(text)
    turkish = lang == "tr"
    names_apostrophe = turkish and comment.config.use_morphology
    # Without article words or allowed words no word is a known name (is_known_name's own first test).
    names_known = bool(comment.context.words or comment.config.allowed_words)
    lowers = [tr_lower_word(token.text) if turkish else token.text.lower() for token in tokens]
    numbers = _DIGIT_RE.search(text) is not None
    # A comment typed all in lower case writes no capitals at all, names included: a style, like shouting, not a
    # slip. Where the commenter capitalises, a name left in lower case (``türkiyede``) is a spelling mistake.
    capitalising = use_model and not text.islower()
    for index, token in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        lower = lowers[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if lower in pair_openings and following is not None and text[token.end : following.start].strip() == "":
            pair = f"{lower} {lowers[index + 1]}"
            if pair in table:
                original = text[token.start : following.end]
                found.append(WordSuggestion(token.start, following.end, original, keep_case(original, table[pair])))
                skip_next = True
                continue
        if (
            turkish
            and following is not None
            and lower in JOINED_PAIR_OPENINGS
            and text[token.end : following.start] == " "
            and text[token.start - 1 : token.start] not in ("_", "@")
            and not (index > 0 and _head_of_a_clause(lowers[index - 1], lowers[index + 1]))
        ):
            joined = joined_pair(lower, lowers[index + 1])
            if joined is not None:
                original = text[token.start : following.end]
                found.append(WordSuggestion(token.start, following.end, original, keep_case(original, joined)))
                skip_next = True
                continue
        after_number = numbers and token.start > 0 and text[token.start - 1].isdigit()
        spaced_number = (
            numbers and text[token.start - 1 : token.start] == " " and text[token.start - 2 : token.start - 1].isdigit()
        )
        if turkish and (after_number or spaced_number):
            ending = number_ending(text, token)
            if ending is not None:
                found.append(ending)
                continue
            if after_number:
                continue
        if turkish and lower == "tabi" and not (index and lowers[index - 1].endswith(("a", "e"))):
            # "tabi" is "subject to" after a dative (``vergiye tabi``); otherwise it is ``tabii`` (of course).
            found.append(WordSuggestion(token.start, token.end, token.text, keep_case(token.text, "tabii")))
            continue
        # An abbreviation and a name both begin with a capital (most words do not).
        initial = token.text[:1]
        if turkish and not shouting and initial in ABBREVIATION_INITIALS:
            ending = abbreviation_ending(text, token, following)
            if ending is not None:
                found.append(ending)
                skip_next = ending.end == (following.end if following is not None else -1)
                continue
        if (
            names_apostrophe
            and initial.isupper()
            and lower not in table
            and not before_a_title(text, token, following)
            and not in_spans(token.start, skipped)  # a quotation or a title: someone else's words
        ):
            # A word of the misspellings table is that misspelling, not a name (``İyiki`` is no ``İyik'i``).
            # Only a capitalised word can be a name (missing_apostrophe): where a sentence starts is asked then.
            previous = tokens[index - 1] if index else None
            after_name = (
                previous is not None and previous.text[:1].isupper() and text[previous.end : token.start].strip() == ""
            )
            if (
                lower in GIVEN_NAMES_LIKE_ENDINGS
                and following is not None
                and following.text[:1].isupper()
                and text[token.end : following.start].strip() == ""
            ):
                continue  # "Halide Edib": a woman's given name before her surname, not "Halid'e"
            titled = previous is not None and after_name and _a_name(text, previous)
            after_first_name = after_name and lowers[index - 1] in FIRST_NAMES  # after_name: a word before it
            named = (title_ending(token.text, previous.text) if titled and previous is not None else None) or (
                surname_ending(token.text) if after_first_name else None
            ) or (
                missing_apostrophe(token.text, sentence_start=starts_sentence(text, token.start), after_name=after_name)
            )
            if named is not None:
                found.append(WordSuggestion(token.start, token.end, token.text, named))
                continue
        if names_known and comment.is_known_name(token.text) and lower not in table:
            continue
        fixes = _turkish_word_fixes(lower) if turkish else None
        replacement = table.get(lower) if fixes is None else fixes[0]
        if (
            replacement is None
            and lang == "tr"
            and following is not None
            and lowers[index + 1] == "ki"
            and text[token.end : following.start].strip() == ""
            and text[following.end : following.end + 1] not in CLAUSE_MARKS  # "Bundan sonra ki, …": the conjunction
            and _time_adjective(lowers, index)
        ):
            # ``bu yıl ki fiyatlar``, ``dün ki maç``: after a word of time -ki makes an adjective and is joined.
            original = text[token.start : following.end]
            joined = token.text + ("kü" if lower.endswith(("dün", "gün")) else "ki")
            found.append(WordSuggestion(token.start, following.end, original, joined))
            skip_next = True
            continue
        if (
            replacement is None
            and lang == "tr"
            and following is not None
            and lowers[index + 1] == "ki"
            and len(lower) >= LOCATIVE_KI_MIN
            and lower.endswith(("da", "de", "ta", "te"))
            and text[token.end : following.start].strip() == ""
        ):
            # ``Ukrayna'da ki savaş``, ``evde ki``: the adjectival -ki joins the locative.
            original = text[token.start : following.end]
            found.append(WordSuggestion(token.start, following.end, original, token.text + following.text))
            skip_next = True
            continue
        apart = None
        if turkish and replacement is None and following is not None and lowers[index + 1] in DE_PARTICLES:
            apart = _locative_apart(text, tokens, lowers, index)
        if apart is not None:
            found.append(apart)  # "hastane de yatıyor" → "hastanede", "Sivas da kalıyor" → "Sivas'ta"
            skip_next = True
            continue
        if replacement is None and lower == "birde" and not _at_one_oclock(lowers, index):
            replacement = "bir de"  # "birde köyü yazsanız": the conjunction de after bir is written apart
        if replacement is None and fixes is not None:
            replacement = fixes[1]
            if (
                replacement is None
                and lower in DE_PRONOUNS
                and following is not None
                and (lowers[index + 1] in DE_FOLLOWERS or _pronoun_agrees(text, tokens, lowers, index))
            ):
                replacement = f"{lower[:-2]} {lower[-2:]}"
            elif replacement is None and following is not None and _they_also(text, tokens, lowers, index):
                replacement = f"{lower[:-2]} {lower[-2:]}"  # "onlarda çok çalıştı" → "onlar da çok çalıştı"
            elif replacement is None and following is not None and _he_also(text, tokens, lowers, index):
                replacement = "o da"  # "oda diyor ki kimse yardım etmedi" → "o da diyor ki"
            elif replacement is None and following is not None and _kin_also(text, tokens, lowers, index):
                replacement = f"{lower[:-2]} {lower[-2:]}"  # "annemde emekli" → "annem de emekli"
        if replacement is None and capitalising and token.text.islower() and not in_spans(token.start, skipped):
            capitalised = lower_case_name(lower)
            if capitalised is not None:
                found.append(WordSuggestion(token.start, token.end, token.text, capitalised))
                continue
        if replacement is None and use_model:
            found_word = _model_misspelling(text, token, comment, skipped)
            if found_word is not None:
                found.append(found_word)
            continue
        if replacement is not None and replacement != lower:
            found.append(WordSuggestion(token.start, token.end, token.text, keep_case(token.text, replacement)))
    return found


DE_PARTICLES = frozenset(["de", "da", "te", "ta"])
"""The particle ``de`` and the locative ending as typed apart."""
PLACE_NOUNS = frozenset(
    [
        "hastane", "okul", "köprü", "yemekhane", "kafe", "otel", "şehir", "mahalle", "sokak", "park", "fabrika",
        "ofis", "çarşı", "otogar", "havalimanı", "istasyon", "market", "bahçe", "tarla", "kampüs", "yurt", "karakol",
        "adliye", "belediye", "stadyum", "hapishane", "cezaevi", "kışla", "şantiye", "maden", "atölye",
    ]
)
"""Places, which a locative ``de`` written apart follows before a verb of staying (``hastane de yatıyor``)."""
STAYING_RE = re.compile(
    r"(?:yat|kal|otur|yaşa|yaşı|çalış|bekle|bekli)"
    r"(?:[ıiuü]?yor|[dt][ıiuü]|m[ıiuü]ş|y?[ae]n|y?[ae]c[ae]k|[ıiuüae]r|y?[ıiuü]p|m[ae]k|m[ae]l[ıi])\w*"
    r"|nöbet\w*|çıkan\w*|bulunan\w*"
)
"""The word after ``de`` that wants a place: a verb of staying, living, working or waiting (``yatıyor``, ``kalan``,
``yaşayıp``; not ``kaleci``, ``yaşam``), keeping watch, or what comes out of it (``çıkan``)."""


def _locative_apart(text: str, tokens: list[Token], lowers: list[str], index: int) -> WordSuggestion | None:
    """Return the joined locative for a place and ``de``/``da`` written apart before a verb of staying, or None.

    ``Babam hastane de yatıyor`` → ``hastanede``; a province takes the apostrophe (``Sivas da kalıyor`` →
    ``Sivas'ta``, the ending hardened after a voiceless consonant). ``Okul da kapandı`` (the school too) and
    ``cami de var`` (a mosque too) are the conjunction. The caller has seen the particle after the word.

    >>> from gazete.moderation.normalize import words
    >>> text = "Babam iki haftadır hastane de yatıyor."
    >>> tokens = words(text)
    >>> _locative_apart(text, tokens, [t.text.lower() for t in tokens], 3).replacement
    'hastanede'
    """
    if index + 2 >= len(tokens):
        return None
    lower = lowers[index]
    place = lower in PLACE_NOUNS
    province = lower in PROVINCES and lower not in PROVINCES_ALSO_WORDS and tokens[index].text[:1].isupper()
    if not (place or province) or STAYING_RE.fullmatch(lowers[index + 2]) is None:
        return None
    token, particle = tokens[index], tokens[index + 1]
    if text[token.end : particle.start] != " " or text[particle.end : tokens[index + 2].start] != " ":
        return None
    original = text[token.start : particle.end]
    if province:
        ending = ("t" if lower[-1] in VOICELESS else "d") + lowers[index + 1][-1]
        ending = ending.upper() if particle.text.isupper() else ending  # "İSTANBUL DA" → "İSTANBUL'DA"
        return WordSuggestion(token.start, particle.end, original, f"{token.text}'{ending}")
    return WordSuggestion(token.start, particle.end, original, token.text + particle.text)


CLOCK_WORDS = frozenset(
    ["saat", "gece", "sabah", "öğlen", "öğleden", "akşam", "sonra", "tam", "ikindi", "yarın", "bugün"]
)
"""Words before ``birde`` that make it the hour (``saat birde``, ``gece birde``): the locative, written joined."""


def _at_one_oclock(lowers: list[str], index: int) -> bool:
    """Tell whether ``birde`` at ``index`` is an hour or a number (``saat birde``, ``on birde``), not ``bir de``.

    >>> _at_one_oclock(["saat", "birde"], 1), _at_one_oclock(["birde", "köyü"], 0)
    (True, False)
    """
    before = lowers[index - 1] if index else ""
    after = lowers[index + 1] if index + 1 < len(lowers) else ""
    return before in CLOCK_WORDS or before in TENS or after in ("buçuk", "buçukta")


TENS = frozenset(["on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz", "bin"])
"""Numbers before ``birde`` that make it a number's locative (``ilk on birde``, ``saat on birde``)."""


NUMBER_ENDINGS = frozenset(
    [
        "lık", "lik", "luk", "lük", "lı", "li", "lu", "lü", "ncı", "nci", "ncu", "ncü", "ıncı", "inci", "uncu",
        "üncü", "er", "ar", "şer", "şar", "lar", "ler", "larda", "lerde", "lardan", "lerden", "ları", "leri",
        "lara", "lere", "te", "ta", "ten", "tan", "dır", "dir", "tır", "tir", "dur", "dür", "tur", "tür", "teki",
        "taki",
    ]
)
"""Endings written after a number in digits, besides the case endings of names (``1990'lar``, ``3'üncü``)."""


SPACED_NUMBER_ENDINGS = frozenset(
    [
        "te", "ta", "ten", "tan", "den", "dan", "de", "da", "deki", "daki", "teki", "taki", "lık", "lik", "luk",
        "lük", "inci", "ıncı", "uncu", "üncü", "ncı", "nci", "ncu", "ncü",
    ]
)
"""Endings that are no word of their own, so written apart after a number they are its ending (``1963 te``)."""


def number_ending(text: str, token: Token) -> WordSuggestion | None:
    """Return ``2026'da`` for ``2026da``: an ending after a number in digits takes an apostrophe.

    ``token`` is the letters right after a digit, or after a number and one space (``1963 te``). Units
    (``5km``), letters within a disguised word (``s2k``: a letter before the digits) and other letters are
    left alone.

    >>> text = "2026da açılacak, 3-0lık maç, 5km, s2kler"
    >>> [found.replacement for found in (number_ending(text, token) for token in words(text)) if found]
    ["2026'da", "0'lık"]
    """
    if token.text not in NAME_SUFFIXES and token.text not in NUMBER_ENDINGS:
        return None
    spaced = text[token.start - 1] == " "
    end = token.start - 1 if spaced else token.start
    start = end
    while start and text[start - 1].isdigit():
        start -= 1
    if spaced:
        # "2019 da", "1963 te": an ending written apart from a number; da/de may be the conjunction after a
        # count (``5 de geldi``), so only after a year.
        if token.text not in SPACED_NUMBER_ENDINGS or (token.text in ("da", "de") and end - start != 4):
            return None
        if start and text[start - 1].isalnum():
            return None
    elif start and text[start - 1].isalpha():
        return None
    digits = text[start:end]
    return WordSuggestion(start, token.end, text[start : token.end], f"{digits}'{token.text}")


TIME_NOUNS = frozenset(["yıl", "sene", "hafta", "ay", "gün", "dönem", "sezon"])
"""Words of time that take the adjectival ``-ki`` joined after a determiner (``geçen yılki``, ``bu haftaki``)."""
TIME_DETERMINERS = frozenset(["bu", "şu", "o", "geçen", "gelecek", "önümüzdeki", "önceki", "evvelki", "öbür"])
"""Words that point at one period (``geçen yıl``, ``bu hafta``): the ``ki`` after it makes an adjective."""
LIKE_THAT = frozenset(["bir", "öyle", "böyle", "şöyle"])
"""Words before a time word that make the ``ki`` after it the conjunction (``öyle bir sabah ki``)."""


def _time_adjective(lowers: list[str], index: int) -> bool:
    """Tell whether the word at ``index`` is a word of time a following ``ki`` makes an adjective of.

    >>> _time_adjective(["bu", "yıl", "ki"], 1), _time_adjective(["öyle", "bir", "sabah", "ki"], 2)
    (True, False)
    >>> _time_adjective(["seçimden", "sonra", "ki"], 1), _time_adjective(["daha", "sonra", "ki"], 1)
    (True, False)
    """
    before = lowers[index - 1] if index else ""
    if before in LIKE_THAT:
        return False
    lower = lowers[index]
    if lower in RELATIVE_TIMES and before.endswith(ABLATIVE_ENDINGS):
        return True  # "maçtan sonra ki röportaj": "sonraki"
    return lower in TIME_WORDS or (lower in TIME_NOUNS and before in TIME_DETERMINERS)


CLAUSE_MARKS = frozenset([",", ";", ":"])
"""Marks after ``ki`` that end its clause: the conjunction, not the adjectival suffix."""
RELATIVE_TIMES = frozenset(["sonra", "önce"])
"""Words of time relative to an ablative (``seçimden sonra``): a following ``ki`` makes ``sonraki``, ``önceki``."""
ABLATIVE_ENDINGS = ("dan", "den", "tan", "ten")
"""The ablative a relative word of time follows (``maçtan sonra``)."""


PRONOUN_PERSONS = {"bende": "1s", "sende": "2s", "bizde": "1p", "sizde": "2p"}
"""The pronouns written with ``de`` joined by mistake, and the person a verb agreeing with them carries."""
PERSON_ENDINGS = (
    ("2p", ("yorsunuz", "sınız", "siniz", "sunuz", "sünüz", "dınız", "diniz", "dunuz", "dünüz", "tınız", "tiniz",
            "tunuz", "tünüz", "sanız", "seniz")),
    ("1p", ("yoruz", "dık", "dik", "duk", "dük", "tık", "tik", "tuk", "tük", "ğız", "ğiz", "rız", "riz", "ruz",
            "rüz", "yız", "yiz", "yuz", "yüz", "alım", "elim", "şız", "şiz", "şuz", "şüz")),
    ("2s", ("yorsun", "caksın", "ceksin", "dın", "din", "dun", "dün", "tın", "tin", "tun", "tün", "rsın", "rsin",
            "rsun", "rsün", "şsın", "şsin", "şsun", "şsün", "lısın", "lisin", "lusun", "lüsün")),
    ("1s", ("yorum", "dım", "dim", "dum", "düm", "tım", "tim", "tum", "tüm", "ğım", "ğim", "ğum", "ğüm", "rım",
            "rim", "rum", "rüm", "yım", "yim", "yum", "yüm", "şım", "şim", "şum", "şüm")),
)
"""Endings of a finite verb or a predicate by person (``istiyoruz``, ``imzaladım``, ``Malatyalıyım``, ``haklısın``)."""
PERSONAL_PRONOUNS = frozenset(["ben", "sen", "biz", "siz", "benim", "senin", "bizim", "sizin", "beni", "seni", "bizi",
                               "sizi", "bana", "sana", "bize", "size"])
"""Pronouns, whose endings look like a predicate's (``bizim``): never read as one."""
CLAUSE_END = re.compile(r"[.,;:!?…\"“”«»]")
"""Punctuation that ends the clause a pronoun's predicate is looked for in (quotation marks too)."""
PREDICATE_MIN = 5
"""Shorter words are not read as predicates by their ending (``dün``, ``yüz``)."""


def _person_of(word: str) -> str | None:
    """Return the person a finite verb or predicate ends in, or None (3rd person and other words)."""
    if len(word) < PREDICATE_MIN or word in PERSONAL_PRONOUNS:
        return None
    if word in NEGATED_PREDICATES:
        return NEGATED_PREDICATES[word]
    for person, endings in PERSON_ENDINGS:
        if word.endswith(endings):
            if person == "2s" and word.endswith(AORIST_2S) and sum(letter in VOWELS for letter in word) < AORIST_VOWELS:
                return None  # "dursun", "versin": the third person's optative, not the aorist "durursun"
            return person
    return None


NEGATED_PREDICATES = {"değilim": "1s", "değilsin": "2s", "değiliz": "1p", "değilsiniz": "2p"}
"""``değil`` with a person (``bende emin değilim``: ``ben de``), whose ending no verb's ending table holds."""
AORIST_2S = ("rsın", "rsin", "rsun", "rsün")
"""Endings shared by the second person's aorist (``durursun``) and a stem ending in ``r`` with the optative."""
AORIST_VOWELS = 3
"""Vowels the aorist of even a one-syllable stem has (``du-rur-sun``); ``dur-sun`` has two."""


def _pronoun_agrees(text: str, tokens: list[Token], lowers: list[str], index: int) -> bool:
    """Tell whether ``bende``/``sende``/``bizde``/``sizde`` is the pronoun with ``de`` (also), not the locative.

    The first or the last word of its clause with a person agrees with it — the verb closes a Turkish clause, a
    vocative may follow it: ``Bende Malatyalıyım``, ``bizde gidip görmek istiyoruz`` and ``Sende haklısın kardeşim``
    (``ben de``, ``biz de``, ``sen de``), and ``Bizde yardım götürdük``, whose noun ``yardım`` only ends like a first
    person singular; ``bende kitap var`` and ``sizde kalabilir miyim`` do not.
    """
    person = PRONOUN_PERSONS.get(lowers[index])
    if person is None:
        return False
    persons = [found for other in _clause_after(text, tokens, index, 7) if (found := _person_of(lowers[other]))]
    # the first or the last: a vocative may follow the predicate (``Sende haklısın kardeşim``)
    return bool(persons) and person in (persons[0], persons[-1])


def _clause_after(text: str, tokens: list[Token], index: int, reach: int) -> Iterator[int]:
    """Yield the indexes of up to ``reach`` words after ``index`` in its clause (up to a comma, a full stop …)."""
    for other in range(index + 1, min(len(tokens), index + 1 + reach)):
        if CLAUSE_END.search(text[tokens[other - 1].end : tokens[other].start]):
            return
        yield other


def _clause_of_its_subject(text: str, tokens: list[Token], lowers: list[str], index: int, reach: int) -> list[str]:
    """Return the words of the clause after ``index`` when the word there may be its subject, else ``[]``.

    Nothing in the clause may make the word a place or a holder (:data:`BEING_THERE`: ``oğlumda anksiyete var``)
    nor carry a person of its own (``annemde kaldım``: someone else is the subject).
    """
    clause = [lowers[other] for other in _clause_after(text, tokens, index, reach)]
    if any(word in BEING_THERE or _person_of(word) is not None for word in clause):
        return []
    return clause


THIRD_PERSON_VERB_RE = re.compile(r"\w{2,}(?:[dt][ıiuü]|yor|m[ıiuü]ş|[ae]c[ae]k)(?:l[ae]r)?")
"""A finite verb (or a predicate) of the third person: past, present, reported or future (``çalıştı``,
``söylüyor``, ``yorgundu``, ``gelecekler``)."""


def _they_also(text: str, tokens: list[Token], lowers: list[str], index: int) -> bool:
    """Tell whether ``onlarda`` is ``onlar da`` (they too): a verb of the third person closes its clause.

    ``onlarda çok çalıştı`` (they worked hard too); not ``suç onlarda``, ``onlarda saygı yok`` (a holder: nothing
    done), nor ``onlarda kaldım`` (someone else is the subject).
    """
    if lowers[index] != "onlarda":
        return False
    clause = _clause_of_its_subject(text, tokens, lowers, index, 7)
    return bool(clause) and THIRD_PERSON_VERB_RE.fullmatch(clause[-1]) is not None


KIN_DE_RE = re.compile(
    r"(?:anne|baba|eş|kız|oğl|kardeş|abla|abi|ağabey|dede|nine|amca|dayı|teyze|arkadaş|komşu|çocuğ|koca|kar"
    r"|muhtar|hoca|öğretmen|patron|başkan|müdür|doktor)"
    r"(?:[ıiuü]m|m)(?:[ıiuü]z)?(?:de|da)"
)
"""One's kin, or one's own headman, teacher or boss, with ``de`` (also) joined by mistake (``annemde``, ``eşimde``,
``muhtarımızda``), or in the locative."""
BEING_THERE = frozenset(
    [
        "var", "vardı", "varmış", "yok", "yoktu", "yokmuş", "çıktı", "çıkmış", "görüldü", "bulundu", "tespit",
        "teşhis", "kaldı", "kalıyor", "kalacak", "duruyor", "dururdu", "unutmuş", "unuttu",
    ]
)
"""Words whose clause makes the kin word a place or a holder (``oğlumda anksiyete var``, ``anahtar eşimde kaldı``)."""


HE_ALSO_OPENERS = frozenset(["ama", "fakat", "ve", "ki", "şimdi", "sonra", "çünkü", "hem", "yani"])
"""Words after which ``oda`` opens its clause as a subject (``ama oda haklı``), not a room someone asks for."""
PERSONS_ONLY_RE = re.compile(
    r"(?:haklı|haksız|diyor|dedi|demiş|der|derdi|söyle|anlat|istiyor|istedi|istemiyor|biliyor|bilmiyor|bildi|"
    r"düşünüyor|düşündü|soruyor|sordu|inan|katıl|yazdı|yazmış|gülüyor|ağlıyor|çalışıyor|çalıştı|çalışmış)\w*"
)
"""Predicates only a person takes (saying, wanting, knowing, being right): ``oda`` before one is ``o da``."""


def _he_also(text: str, tokens: list[Token], lowers: list[str], index: int) -> bool:
    """Tell whether ``oda`` is ``o da`` (he or she too): it opens its clause and a person's predicate follows.

    A room says, wants and knows nothing: ``Oda haklı aslında``, ``ama oda diyor ki kimse yardım etmedi``; not
    ``oda arkadaşım``, ``oda başkanı haklı`` (the predicate must come right after), nor ``misafir oda istiyor`` (an
    object after its subject).
    """
    if lowers[index] != "oda":
        return False
    previous = tokens[index - 1] if index else None
    opens = (
        previous is None
        or CLAUSE_END.search(text[previous.end : tokens[index].start]) is not None
        or lowers[index - 1] in HE_ALSO_OPENERS
    )
    if not opens:
        return False
    clause = [lowers[other] for other in _clause_after(text, tokens, index, 1)]
    return bool(clause) and PERSONS_ONLY_RE.fullmatch(clause[0]) is not None


def _kin_also(text: str, tokens: list[Token], lowers: list[str], index: int) -> bool:
    """Tell whether one's kin with ``de`` joined (``annemde``) is the conjunction, not the locative.

    Read as ``de`` (also) when a word of the third person follows in its clause and nothing there makes the kin a
    place or a holder: ``Annemde aynı köydendi``, ``oğlumda iki yıldır arıyor``; not ``oğlumda anksiyete var``,
    ``annemde kaldım`` (a first person: someone else is the subject), nor a kin word closing its clause
    (``kitap kızımda.``).
    """
    if KIN_DE_RE.fullmatch(lowers[index]) is None:
        return False
    return bool(_clause_of_its_subject(text, tokens, lowers, index, 9))


NAME_SUFFIXES = frozenset(
    [
        "de", "da", "te", "ta", "den", "dan", "ten", "tan", "e", "a", "ye", "ya", "i", "ı", "u", "ü", "yi", "yı",
        "yu", "yü", "in", "ın", "un", "ün", "nin", "nın", "nun", "nün", "le", "la", "yle", "yla", "deki", "daki",
        "teki", "taki", "dekiler", "dakiler", "ye", "ya", "nde", "nda", "nden", "ndan", "ne", "na", "ni", "nı",
        "nu", "nü"
    ]
)
"""Case and other endings that follow a proper name after an apostrophe (``Türkiye'de``, ``Ankara'ya``)."""
MIN_NAME = 3
SPOKEN_WORDS = frozenset(["valla", "walla", "vallaha", "yalla", "hadi", "haydi", "hayda"])
"""Spoken words a word model of the written language lacks, never a name plus an ending (not ``Val'la``)."""
LOCATIVE_KI_MIN = 4


def starts_sentence(text: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a sentence (its capital says nothing about a name).

    >>> starts_sentence("Arama sürüyor. Doğaya saygı", 0), starts_sentence("Arama sürüyor. Doğaya saygı", 15)
    (True, True)
    >>> starts_sentence("Dün Ankarada", 4)
    False
    """
    # Back over what rstrip(SENTENCE_LEAD) would strip, without copying the text before the word.
    index = start - 1
    while index >= 0 and text[index] in SENTENCE_LEAD:
        index -= 1
    return index < 0 or text[index] in ".!?…:\n"


SENTENCE_LEAD = frozenset(" \t\"'“‘(«-–—")
"""What may stand between a sentence's end and its first word (spaces, opening quotes and brackets, dashes)."""


LANGUAGE_ENDINGS = ("ca", "ce", "ça", "çe")
"""The ending that makes a language's name from a people's (``Türkçe``, ``Almanca``): no apostrophe before endings."""
COMPOUND_NAME_ENDINGS = ("sı", "si", "su", "sü", "ğı", "ği", "ğu", "ğü")
"""The possessive closing an institution's name (``Anayasa Mahkemesi``, ``Sağlık Bakanlığı``): no apostrophe either."""


DERIVED_NAME_ENDINGS = ("fobi", "izm", "iyet", "cılık", "cilik", "çılık", "çilik")
"""Endings that make a common word from a name (``İslamofobi``, ``Marksizm``, ``İslamiyet``, ``Atatürkçülük``): the
word model may list it as a name, but its endings follow without an apostrophe."""


def _no_apostrophe_name(stem: str, after_name: bool, accepts: Callable[[str], bool]) -> bool:
    """Tell whether a name takes its endings without an apostrophe, as the spelling rules say.

    >>> _no_apostrophe_name("türkçe", False, lambda word: word == "türk")
    True
    >>> _no_apostrophe_name("düzce", False, lambda word: word == "düz")  # a province, not a language
    False
    >>> _no_apostrophe_name("mahkemesi", True, lambda word: False), _no_apostrophe_name("ankara", True, bool)
    (True, False)
    """
    # A language's name, also with its possessive (``Türkçesini``: "its Turkish", like ``Türkçeyi``).
    language = stem[:-2] if stem.endswith(COMPOUND_NAME_ENDINGS[:4]) else stem
    name_of_a_language = language.endswith(LANGUAGE_ENDINGS) and len(language) > 4 and language not in PROVINCES
    if name_of_a_language and accepts(language[:-2]):
        return True
    if stem.endswith(DERIVED_NAME_ENDINGS):
        return True  # "İslamofobinin", "Marksizmi": a word made from a name takes its endings without one
    return after_name and stem.endswith(COMPOUND_NAME_ENDINGS)


TITLES = frozenset(
    ["hanım", "hanımefendi", "bey", "beyefendi", "teyze", "abla", "ağabey", "abi", "amca", "dayı", "hoca", "efendi",
     "ağa", "nine", "dede", "hala", "enişte", "yenge", "usta", "paşa"]
)
"""Titles written after a person's name (``Nuriye Hanım``, ``Hasan Usta``): the name before one carries no ending."""
TITLE_ENDINGS = frozenset(
    ["", "m", "mız", "miz", "cım", "cim", "cığım", "ciğim", "nın", "nin", "ya", "ye", "yı", "yi", "ı", "i",
     "a", "e", "ın", "in", "dan", "den", "yla", "yle", "lar", "ler", "efendi"]
)
"""Endings a title takes (``Hanım'a``, ``Hocamız``, ``Teyzeye``); ``bey`` takes only its own (``beyin`` is a brain)."""


def before_a_title(text: str, token: Token, following: Token | None) -> bool:
    """Tell whether ``token`` is a name followed by a title (``Nuriye Hanım``): the ending, if any, is on the title.

    ``Nuriye`` is a name of its own, not ``Nuri'ye``; ``Ali Usta'ya`` puts the ending after the title.

    >>> before_a_title("Sevgili Nuriye Hanım", Token(8, 14, "Nuriye"), Token(15, 20, "Hanım"))
    True
    >>> before_a_title("Türkiyede beyin göçü", Token(0, 9, "Türkiyede"), Token(10, 15, "beyin"))
    False
    """
    if following is None or not following.text[:1].isupper() or text[token.end : following.start].strip() != "":
        return False  # a title is capitalised after a name; lower-case ``usta`` is a noun (``Lazdan usta olmaz``)
    lower = tr_lower_word(following.text).replace("’", "'").replace("'", "")
    # ``bey`` with ``-in``, ``-e``, ``-i`` is not read as the title (``beyin`` is a brain)
    return any(
        rest in TITLE_ENDINGS and not (title == "bey" and rest in ("in", "e", "i"))
        for title, rest in _title_splits(lower)
    )


def _title_splits(lower: str) -> list[tuple[str, str]]:
    """Return every (title, rest) that ``lower`` starts with (``hanımın`` → ``hanım`` + ``ın``).

    >>> _title_splits("hanımefendiye")
    [('hanım', 'efendiye'), ('hanımefendi', 'ye')]
    """
    return sorted((title, lower[len(title) :]) for title in TITLES if lower.startswith(title))


TITLE_CASE_ENDINGS = frozenset(
    ["a", "e", "ı", "i", "ya", "ye", "yı", "yi", "ın", "in", "nın", "nin", "dan", "den", "da", "de", "la", "le", "yla",
     "yle"]
)
"""Case endings a title takes after a name, set apart by an apostrophe (``Ayşe Hanım'ın``, ``Hasan Usta'ya``)."""
ADDRESS_WORDS = frozenset(["sayın", "sevgili", "değerli", "saygıdeğer", "muhterem", "aziz", "rahmetli", "merhum"])
"""Words of address before a title (``Sayın Hocanın``): the title then stands for the person, not after a name."""


def _a_name(text: str, token: Token) -> bool:
    """Tell whether ``token`` can be a person's name before a title: a capitalised word, not a handle or shouting.

    ``@USER Hocanın`` and ``HAKEM Hocanın`` have no name before the title; ``Elif Hanımın`` has.
    """
    if not token.text.isalpha() or not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    return text[token.start - 1 : token.start] != "@"


def title_ending(word: str, previous: str) -> str | None:
    """Return ``Hanım'ın`` for ``Hanımın`` after a name (``Ayşe Hanımın``): a title's case ending takes an apostrophe.

    >>> title_ending("Hanımın", "Ayşe"), title_ending("Usta'ya", "Hasan"), title_ending("Hocanın", "Sayın")
    ("Hanım'ın", None, None)
    """
    if not word[:1].isupper() or not word[1:].islower() or tr_lower_word(previous) in ADDRESS_WORDS:
        return None
    for title, rest in _title_splits(tr_lower_word(word)):
        if rest in TITLE_CASE_ENDINGS:
            return f"{word[: len(title)]}'{word[len(title) :]}"
    return None


DEMONYM_ENDINGS = ("lı", "li", "lu", "lü")
"""The ending that makes a place's people (``Koreli``, ``Adanalı``): written joined, as are the endings after it."""


LANDS_OF_PEOPLE = frozenset(["kore", "çin", "hint", "kanada", "meksika", "brezilya", "mısır", "lübnan", "ürdün"])
"""Lands whose people a reader names (``Koreli``), besides the provinces and :data:`ALWAYS_CAPITALISED`."""


def _demonym(lower: str) -> bool:
    """Tell whether ``lower`` is a land or province and the ending of its people (``koreli``, ``ankaralıya``).

    Only places: a person's name before ``-li`` is mostly another name and its ending (``Ayselin`` is Aysel's).

    >>> _demonym("koreli"), _demonym("ankaralıya"), _demonym("korede"), _demonym("ayselin")
    (True, True, False, False)
    """
    return any(
        lower[cut : cut + 2] in DEMONYM_ENDINGS
        and (lower[:cut] in PROVINCES or lower[:cut] in LANDS_OF_PEOPLE or lower[:cut] in ALWAYS_CAPITALISED)
        for cut in range(MIN_NAME, len(lower) - 1)
    )


def _name_with_an_ending(word: str) -> bool:
    """Tell whether ``word`` may be a name with an ending typed on: capitalised, the rest lower case, no apostrophe.

    >>> _name_with_an_ending("Yılmazın"), _name_with_an_ending("Türk'ün"), _name_with_an_ending("ANKARA")
    (True, False, False)
    """
    return (
        len(word) > MIN_NAME
        and word[:1].isupper()
        and word[1:].islower()
        and "'" not in word
        and "’" not in word
    )


def missing_apostrophe(word: str, sentence_start: bool = False, after_name: bool = False) -> str | None:
    """Return ``Türkiye'de`` for ``Türkiyede``: a capitalised name whose ending is written without apostrophe.

    The name must be one of the word model's name stems and the rest a case ending; a word that is a
    name as a whole (``Adana``) is left alone, and so is a sentence's first word that the word model
    accepts as a common word (``Arama kurtarma``, ``Sabreden derviş``: not ``Aram'a``, ``Sabre'den``), or such a
    word after another capitalised word, the head of a name (``Filyos Limanı``: not ``Lima'nı``).
    Names of languages (``Türkçeyi``) and, after another capitalised word (``after_name``), names of
    institutions (``Anayasa Mahkemesine``) take their endings without one.
    """
    model = get_model()
    if model is None or not _name_with_an_ending(word):
        return None
    lower = tr_lower(word)
    names = model.name_stems
    if lower in names or lower in model.common_stems or lower in SPOKEN_WORDS or lower.startswith(COMMON_NOUNS_NAMED):
        return None  # a name as a whole (``Adana``), or a common word capitalised (``Asgari``)
    common = model.accepts_common(lower.translate(CIRCUMFLEX_FOLD))
    if (sentence_start or after_name) and common and not _province_first(lower):
        # but "Düzcede" (düz + ce + de) opening a sentence is still the province. After a name, a common word is the
        # head of a name of places and works ("Filyos Limanı", "Kızılay Meydanında"), not "Lima'nı"
        return None
    if _demonym(lower):
        return None  # "Koreli", "Ankaralıya": a place's people, its endings joined
    # A province or a place first (Mersin'de, not Mersi'nde), then the shortest name (Ankara'ya, not Ankaray'a).
    # A place whose name is an everyday word (Bodrum'da) comes here only inside a sentence, not after a name: there the
    # everyday reading returned above.
    for cut in sorted(range(MIN_NAME, len(lower)), key=lambda cut: not _a_place(lower[:cut])):
        if (lower[:cut] in names or _a_place(lower[:cut])) and lower[cut:] in NAME_SUFFIXES:
            if _no_apostrophe_name(lower[:cut], after_name, lambda root: root in names or model.accepts_common(root)):
                return None
            return f"{word[:cut]}'{word[cut:]}"
    return None


def _a_place(stem: str) -> bool:
    """Tell whether ``stem`` names a province or a place whose name is also an everyday word (``bodrum``, ``katar``)."""
    return stem in PROVINCES or stem in PLACES_ALSO_WORDS


def _ending_fits(stem: str, ending: str) -> bool:
    """Tell whether ``ending`` can follow ``stem`` by the sound rules: its vowels, its buffer letter, its d or t.

    >>> _ending_fits("yılmaz", "ın"), _ending_fits("aksu", "nun"), _ending_fits("koç", "tan")
    (True, True, True)
    >>> _ending_fits("korku", "tan")
    False
    >>> _ending_fits("yılmaz", "in"), _ending_fits("aksu", "un"), _ending_fits("demir", "ten")
    (False, False, False)
    """
    last = stem[-1]
    first = ending[0]
    if first in VOWELS and last in VOWELS:
        return False  # "Aksun'un" may be; "Aksu'un" is not
    if first in "ny" and last not in VOWELS:
        return False  # the buffer n or y only after a vowel ("Aksu'nun", "Kaya'ya")
    if (first == "t" and last not in VOICELESS) or (first == "d" and last in VOICELESS):
        return False  # "Korku'tan" is not; "Koç'tan", "Demir'den" are
    return harmonised(stem, ending) == ending


def surname_ending(word: str) -> str | None:
    """Return ``Yılmaz'ın`` for ``Yılmazın`` after a given name: a surname's ending takes an apostrophe.

    After a given name (:data:`FIRST_NAMES`, the caller's test) a capitalised word is the surname, though it be an
    everyday word (``yılmaz``, ``türk``, ``dink``): the longest of the word model's names or everyday stems that
    leaves a name's ending the sound rules allow after it (:func:`_ending_fits`: not ``Korku'tan``). Titles (``Ayşe
    Hanımın``) are read before this; a word with no ending, one whose first part is no stem the model lists
    (``Köprüsünde``: ``köprüsü`` is an inflected word), or a surname made with ``-lı`` (``Volkan Ballı``) is left
    alone. Where two cuts both leave a name the longer wins, which may be the wrong one (``Aksunun`` is offered as
    ``Aksun'un``, not ``Aksu'nun``): the mistake is found all the same.

    >>> surname_ending("Yılmazın"), surname_ending("Türkün"), surname_ending("Dinkin"), surname_ending("Yılmaz")
    ("Yılmaz'ın", "Türk'ün", "Dink'in", None)
    >>> surname_ending("Köprüsünde") is None, surname_ending("Fırkateyni") is None, surname_ending("Türk'ün") is None
    (True, True, True)
    """
    model = get_model()
    if model is None or not _name_with_an_ending(word):
        return None
    lower = tr_lower(word)
    if lower in model.name_stems or lower in model.common_stems or lower in FIRST_NAMES:
        return None
    if lower.endswith(DEMONYM_ENDINGS) and lower[:-2] in model.common_stems:
        return None  # "Volkan Ballı": a surname made with -lı (bal + lı), no ending
    cuts = [
        cut
        for cut in range(MIN_NAME, len(lower))
        if lower[cut:] in NAME_SUFFIXES and lower[:cut] not in TITLES and _ending_fits(lower[:cut], lower[cut:])
    ]
    for cut in reversed(cuts):  # the longest known stem first: "Şahin'e", not "Şahi'ne"
        stem, ending = lower[:cut], lower[cut:]
        if stem in model.name_stems:
            return f"{word[:cut]}'{word[cut:]}"
        # An everyday word with a bare ı, i, u or ü after it may head a name in the possessive (``Ertuğrul
        # Fırkateyni``); a surname's accusative so written is left (``Yılmazı``)
        if stem in model.common_stems and ending not in ("ı", "i", "u", "ü"):
            return f"{word[:cut]}'{word[cut:]}"
    return None


ALWAYS_CAPITALISED = frozenset(
    [
        "türkiye", "allah", "atatürk", "avrupa", "asya", "afrika", "anadolu", "trakya", "almanya", "fransa",
        "ingiltere", "rusya", "amerika", "yunanistan", "suriye", "irak", "iran", "ukrayna", "hollanda", "belçika",
        "italya", "ispanya", "japonya", "azerbaycan", "gürcistan", "ermenistan", "afganistan", "pakistan",
        "israil", "filistin", "kıbrıs", "londra", "paris", "berlin", "moskova", "kadıköy", "üsküdar",
    ]
)
"""Names of the country, its regions, its neighbours and the lands readers name most, and ``Allah``: a reader's
lower-case ``türkiyede``, ``almanyadan``, ``allahın`` breaks the spelling rules (the provinces too, below)."""


def lower_case_name(lower: str) -> str | None:
    """Return ``Türkiye'de`` for ``türkiyede``: a name typed in lower case, capitalised, its ending set apart.

    Only names that are no everyday word as typed (``kilise`` is not ``Kilis'e``, ``orduya`` not ``Ordu'ya``,
    ``tokat`` a slap): the word model must not accept the word as a common one.

    >>> lower_case_name("türkiyede"), lower_case_name("istanbul"), lower_case_name("allahın")
    ("Türkiye'de", 'İstanbul', "Allah'ın")
    >>> lower_case_name("kilise") is None, lower_case_name("tokat") is None, lower_case_name("evde") is None
    (True, True, True)
    """
    language = _language_name(lower)
    if language is not None:
        return language
    for cut in range(MIN_NAME, len(lower) + 1):
        stem, ending = lower[:cut], lower[cut:]
        if (stem in ALWAYS_CAPITALISED or (stem in PROVINCES and stem not in PROVINCES_ALSO_WORDS)) and (
            not ending or ending in NAME_SUFFIXES
        ):
            # The word model's search only for the rare word that reads as a name: every lower-case word comes here.
            model = get_model()
            if model is None or model.accepts_common(lower):
                return None
            name = tr_upper(stem[:1]) + stem[1:]
            return f"{name}'{ending}" if ending else name
    return None


LANGUAGES = frozenset([
    "türkçe", "ingilizce", "almanca", "fransızca", "arapça", "kürtçe", "rusça", "farsça", "ispanyolca", "italyanca",
    "japonca", "çince", "korece", "yunanca", "ermenice", "lazca", "zazaca", "gürcüce", "felemenkçe", "hollandaca",
    "portekizce", "azerice", "boşnakça", "arnavutça", "bulgarca", "macarca", "romence", "ukraynaca", "süryanice",
    "ibranice", "latince", "osmanlıca", "kazakça", "özbekçe", "kırgızca", "türkmence", "hintçe", "urduca",
    "çerkezce", "abhazca",
])
"""Language names: written with a capital (``Almanca``, ``Kürtçe``), their endings joined (``Türkçeyi``). Not
``lehçe`` (a dialect, also Polish)."""
LANGUAGE_ENDING_MAX = 6
"""The longest ending a language name takes here (``İngilizcesinden``'s ``sinden``)."""


def _language_name(lower: str) -> str | None:
    """Return a language name typed in lower case capitalised with its ending (``almanca`` → ``Almanca``), else None.

    >>> _language_name("ingilizcesi"), _language_name("türkçeyi"), _language_name("lehçe"), _language_name("arap")
    ('İngilizcesi', 'Türkçeyi', None, None)
    """
    # One compiled match (longest name first) instead of a look-up per cut: every lower-case word of a comment that
    # capitalises comes here.
    match = _LANGUAGE_RE.match(lower)
    if match is None or len(lower) - match.end() > LANGUAGE_ENDING_MAX:
        return None
    return tr_upper(lower[:1]) + lower[1:]


_LANGUAGE_RE = re.compile("|".join(sorted(LANGUAGES, key=len, reverse=True)))
"""The language names, longest first: a match is the longest name a word begins with."""


COMMON_NOUNS_NAMED = ("internet", "metrobüs")
"""Common nouns the word model knows only as names (``İnternet``, ``Metrobüs``): written without an apostrophe
(``İnternette``, ``Metrobüste``)."""
PROVINCES_ALSO_WORDS = frozenset(["ordu", "ağrı", "tokat", "aydın", "muş", "van"])
"""Provinces whose names are everyday words too (army, pain, slap, intellectual): ``Orduda`` opening a sentence
may be "in the army". (The word model also lists ``düzce``, a rare adjective, as a common stem: not here.)"""


def _province_first(lower: str) -> bool:
    """Tell whether ``lower`` is a province with a case ending, and the province no everyday word (not ``ordu``).

    >>> _province_first("düzcede"), _province_first("orduda"), _province_first("adana")
    (True, False, False)
    """
    return any(
        lower[:cut] in PROVINCES and lower[cut:] in NAME_SUFFIXES and lower[:cut] not in PROVINCES_ALSO_WORDS
        for cut in range(MIN_NAME, len(lower))
    )


def _skipped_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of URLs, hashtags, mentions, numbers and quotations, whose letters are not checked.

    A quotation reports someone else's words (``'ha bu da neydi uşağum'``, a dialect quoted): not the
    commenter's spelling. Known misspellings from the tables are still corrected there.
    """
    spans = [match.span() for match in _SKIPPED_SPANS_RE.finditer(text)]
    if "'" in text or '"' in text or "“" in text or "‘" in text or "«" in text:
        spans.extend(quoted_spans(text))
    return tuple(spans)


INTERJECTIONS = frozenset(
    [
        "ah", "oh", "of", "uf", "öf", "vay", "hey", "ey", "ay", "eh", "oy", "hah", "vah", "tüh", "püf", "oha", "ha",
        "he", "hı", "hmm", "hm", "ıh", "ih", "ya", "yaa", "be", "bee", "off", "uff", "aman",
    ]
)
"""Interjections, whose last letter a writer lengthens to say them louder (``Ahh``, ``Vayy be``, ``heyy``)."""
LENGTHENED_END_RE = re.compile(r"(\w)\1+$")
"""A word's last letter written again and again (``ahhh``): expressive lengthening, once collapsed."""


PRONOUN_GENITIVES = ("herkesin", "kimsenin", "hepimizin", "hepsinin", "birinin", "diğerinin", "ötekinin", "öbürünün")
"""Pronouns in the genitive the word model does not join ``-ki`` to (``herkesinki``: everyone's); ``benimki`` and
nouns (``komşununki``) it knows. Not a general genitive ending: ``diyorsun ki`` ends alike and is two words."""


def lengthened_interjection(word: str) -> bool:
    """Tell whether ``word`` is an interjection with its last letter lengthened (``ahhh``, ``vayy``; not ``ah``).

    >>> lengthened_interjection("ahhh"), lengthened_interjection("vayy"), lengthened_interjection("ah")
    (True, True, False)
    >>> lengthened_interjection("tamm")
    False
    """
    collapsed = LENGTHENED_END_RE.sub(r"\1", word)
    return collapsed != word and collapsed in INTERJECTIONS


NARROWED_FUTURE_RE = re.compile(r"\w{2,}[ıiuü]c[ae][mz]")
"""A first-person future as spoken, its vowel narrowed and its ending cut (``gidicem``, ``yapıcaz``): no written word
ends so (``hocam``, ``kocam`` have an ``o`` before the ``c``)."""


def _spoken_with_particle(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return ``gelecek mi`` for ``gelicekmi``: a spoken form with the question particle written on, both mended.

    >>> _spoken_with_particle("gelicekmi", lambda word: word == "gelecek")
    'gelecek mi'
    >>> _spoken_with_particle("yapıcakmısın", lambda word: word == "yapacak")
    'yapacak mısın'
    >>> _spoken_with_particle("kimi", lambda word: True) is None
    True
    """
    for particle in (*PERSONAL_QUESTION_PARTICLES, *QUESTION_PARTICLES):  # the longer first: "yapıcakmısın"
        stem = word[: -len(particle)]
        if word.endswith(particle) and len(stem) >= MIN_PARTICLE_STEM and not accepts(stem):
            spoken = spoken_form(stem, accepts)
            if spoken is not None and " " not in spoken:
                return f"{spoken} {particle}"
    return None


@lru_cache(maxsize=65536)
def _model_verdict(word: str) -> tuple[bool, str | None]:
    """Return (misspelled, correction) for a lower-case word of a comment typed with Turkish letters.

    Known misspellings and ASCII spellings (``gidiyorm``, ``cok``) come with their correction; other words
    count when no stem-and-suffix analysis accepts them and lingua does not find them English.
    """
    model = get_model()
    if model is None:
        return False, None
    if word.endswith("ki") and word[:-2] in TIME_WORDS:
        return False, None  # "cumaki": the word model lacks some of these joined forms
    if lengthened_interjection(word):
        return False, None  # "Ahh ah": said louder, not misspelled
    if word.endswith(("ki", "kiler", "kini", "kinin", "kine")) and word.startswith(PRONOUN_GENITIVES):
        return False, None  # "herkesinki": after a genitive -ki is the pronoun's ending, written joined
    correction = model.first_suggestion(("noisy", "ascii"), word)
    if correction is not None and not _near_enough(word, correction):
        correction = None  # "coin" → "için", "kettle" → "katıl": a rare word the table maps onto another word
    if correction is not None and _adds_an_ending(word, correction):
        return False, None  # "kovalamacası" → "kovalamaca", "oğula" → "oğul": the table's key is the word inflected
    if correction is None and NARROWED_FUTURE_RE.fullmatch(word) is not None:
        spoken = spoken_form(word, model.accepts)
        if spoken is not None:
            return True, spoken  # "gidicem": a spoken future the word model happens to accept, written "gideceğim"
    if correction is None and model.accepts(word):
        return False, None
    if correction is None:
        correction = (
            split_particle(word, model.accepts)
            or _spoken_with_particle(word, model.accepts)
            or joined_numbers(word, model.accepts)
            or spoken_form(word, model.accepts)
            or harmony_repair(word, model.accepts)
            or letter_doubling(word, model.accepts, model.stems)
        )
    if correction is None and not has_turkish_letters(word) and english_confidence(word) >= ENGLISH_WORD_CONFIDENCE:
        return False, None  # podcast, army, none: English words in a Turkish comment are not misspelled
    return True, correction


LETTERS_PER_TABLE_EDIT = 3
"""A table's correction is trusted this close: one edit per so many letters of the word (at least one edit), once
letters typed over and over are counted once; a word typed with vowels left out is near whatever its length."""
_RUN_RE = re.compile(r"(\w)\1+")
"""A letter typed twice or more in a row: counted once when a table's correction is measured (``çokkk``)."""


def _near_enough(word: str, correction: str) -> bool:
    """Tell whether a noisy or ASCII table's correction is near enough to ``word`` to be its misspelling.

    The tables were mined from tweets: a misspelling lies an edit or two from its word (``herkez`` → ``herkes``,
    ``mütahit`` → ``müteahhit``), is the word typed longer (``çokkk``), with vowels left out (``cvp`` → ``cevap``) or
    without Turkish letters (``cunku`` → ``çünkü``, compared ASCII-folded); but a rare word the tables also hold may
    be mapped onto another word far from it (``liçi`` → ``ilçe``, ``kettle`` → ``katıl``, ``coin`` → ``için``): such
    a word is then read as any word is.

    >>> _near_enough("mütahit", "müteahhit"), _near_enough("çokkk", "çok"), _near_enough("cvp", "cevap")
    (True, True, True)
    >>> _near_enough("cunku", "çünkü"), _near_enough("sasirmistim", "şaşırmıştım")
    (True, True)
    >>> _near_enough("coin", "için"), _near_enough("kettle", "katıl"), _near_enough("liçi", "ilçe")
    (False, False, False)
    """
    typed = _RUN_RE.sub(r"\1", ascii_fold(word))
    target = _RUN_RE.sub(r"\1", ascii_fold(correction.replace(" ", "")))
    if vowels_left_out(typed, target):
        return True
    return edit_distance(typed, target) <= max(1, len(typed) // LETTERS_PER_TABLE_EDIT)


def _adds_an_ending(word: str, correction: str) -> bool:
    """Tell whether ``word`` is the noun ``correction`` with a noun's ending added (the table's key inflected).

    Not a stretched last letter (``tamammm``) nor a verb cut short (``gidiyorm`` is ``gidiyorum``).

    >>> _adds_an_ending("kovalamacası", "kovalamaca"), _adds_an_ending("tamammm", "tamam")
    (True, False)
    >>> _adds_an_ending("gidiyorm", "gidiyor")
    False
    """
    tail = word[len(correction) :]
    return (
        word.startswith(correction)
        and tail != ""
        and set(tail) != {correction[-1]}
        and not correction.endswith("yor")
        and (NOMINAL_TAIL_RE.match(tail) is not None or tail in ADJECTIVE_TAILS)
    )


ADJECTIVE_TAILS = frozenset(["k", "sel", "sal"])
"""Endings that make an adjective of a noun (``psikiyatri`` + ``k``, ``kimya`` + ``sal``): the key derived, not
misspelled."""


SPOKEN_PRESENT = {
    "": "", "m": "um", "n": "sun", "z": "uz", "sun": "sun", "nuz": "sunuz", "sunuz": "sunuz", "lar": "lar",
    "du": "du", "dum": "dum", "dun": "dun", "duk": "duk", "dunuz": "dunuz", "dular": "dular", "muş": "muş",
    "sa": "sa", "rsa": "sa",
}
"""The endings spoken after ``-yo`` for ``-yor`` (``geliyo``, ``diyoz``, ``gidiyodu``), and what follows ``-yor``
in writing (``geliyorum``, ``diyoruz``, ``gidiyordu``)."""
SPOKEN_FUTURE = {"m": "ğım", "z": "ğız", "n": "ksın", "k": "k", "": "k"}
"""The endings of a future cut short in speech (``yapcam``, ``gelcez``) and the written ones after ``-acak``."""
SPOKEN_PRESENT_OPENINGS = ("lar", "ler", "muş", "mış", "du", "dı", "sa", "se")
"""Longer endings after a ``-yo`` without its ``r`` (``yapıyolarmış``), kept as typed once the ``r`` is back."""
_SPOKEN_PRESENT_RE = re.compile(r"(.+?[ıiuü])yo(\w*)")
_SPOKEN_FUTURE_RE = re.compile(r"(.+)c[ae]([mznk]?)")
VOICELESS = frozenset("çfhkpsşt")


def spoken_form(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return the written form of a word typed as it is spoken, when the word model accepts it, else None.

    Only words the word model rejects reach here. Four habits of speech are undone: ``-yor`` without
    its ``r`` (``geliyo``, ``diyoz``), a future cut short (``yapcam``, ``gelcez``), a stem's ``a``/``e`` narrowed
    before ``y`` (``gelmiyecek``), and a ``d`` or ``c`` kept after a voiceless consonant (``internetden``,
    ``işci``).

    >>> accepts = {"geliyor", "diyoruz", "yapacağım", "internetten", "gideceğiz"}.__contains__
    >>> spoken_form("geliyo", accepts), spoken_form("diyoz", accepts), spoken_form("yapcam", accepts)
    ('geliyor', 'diyoruz', 'yapacağım')
    >>> spoken_form("internetden", accepts), spoken_form("gitcez", accepts), spoken_form("moderasyon", accepts)
    ('internetten', 'gideceğiz', None)
    """
    present = _SPOKEN_PRESENT_RE.fullmatch(word)
    if present is not None and not present.group(2).startswith("r"):
        tail = SPOKEN_PRESENT.get(present.group(2))
        if tail is None and present.group(2).startswith(SPOKEN_PRESENT_OPENINGS):
            tail = present.group(2)  # "yapıyolarmış", "geliyolardı": the r dropped before a longer ending
        if tail is not None:
            candidate = f"{present.group(1)}yor{tail}"
            if accepts(candidate):
                return candidate
    future = _SPOKEN_FUTURE_RE.fullmatch(word)
    if future is not None:
        before = future.group(1)
        roots = [before]
        if before[-1:] in "ıiuüae" and len(before) > 2:
            roots.append(before[:-1])  # "okucam": the vowel before c is the stem's (oku-), not a joiner
        if before[-1:] in "ıi" and len(before) > 2:
            roots.append(before[:-1] + harmonised(before[:-1], "a"))  # "söylicem": söyle-yeceğim, "gelmicem"
        if before[-2:] in ("ıy", "iy") and len(before) > 3:
            roots.append(before[:-2] + harmonised(before[:-2], "a"))  # "izliycem": izle-yeceğim
        for root in list(roots):
            if root.endswith("t"):
                roots.append(root[:-1] + "d")  # "gitcez": gid-eceğiz
        for root in roots:
            vowel = harmonised(root, "a")
            joiner = "y" if root[-1] in VOWELS else ""
            candidate = f"{root}{joiner}{vowel}c{vowel}{harmonised(root + vowel, SPOKEN_FUTURE[future.group(2)])}"
            if accepts(candidate):
                return candidate
    for index in range(1, len(word) - 1):
        # "gelmiyecek", "söyliyeceğim": before the y of a future or optative the stem's a/e stays a/e.
        if word[index] in "ıi" and word[index + 1] == "y":
            candidate = f"{word[:index]}{'a' if word[index] == 'ı' else 'e'}{word[index + 1 :]}"
            if accepts(candidate):
                return candidate
    for index in range(1, len(word)):
        if word[index] in "dc" and word[index - 1] in VOICELESS:
            candidate = f"{word[:index]}{'t' if word[index] == 'd' else 'ç'}{word[index + 1 :]}"
            if accepts(candidate):
                return candidate
    return None


NUMBER_WORDS = (
    "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "yirmi", "otuz", "kırk", "elli",
    "altmış", "yetmiş", "seksen", "doksan", "yüz", "bin", "milyon", "milyar",
)
"""The words numbers are written with, each apart (``iki yüz``, ``on beş bin``)."""
_NUMBERS_LONGEST_FIRST = tuple(sorted(NUMBER_WORDS, key=len, reverse=True))
"""Number words tried longest first (``altmış`` before ``altı``)."""
JOINED_NUMBER_WORDS = ("birbir", "ikiyüzlü")
"""Words made of number words that are written joined (``birbirine``, ``ikiyüzlü``)."""


def joined_numbers(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return a number typed as one word written apart (``ikiyüz`` → ``iki yüz``), else None.

    The word must be number words from end to end, the last one maybe with an ending the word model accepts on it
    (``altıyüzden`` → ``altı yüzden``); only words the word model rejects reach here.

    >>> accepts = {"yüz", "yüzden", "bin"}.__contains__
    >>> joined_numbers("ikiyüz", accepts), joined_numbers("altıyüzden", accepts), joined_numbers("onbin", accepts)
    ('iki yüz', 'altı yüzden', 'on bin')
    >>> joined_numbers("ikiyüzlü", accepts), joined_numbers("onlar", accepts)
    (None, None)
    """
    if word.startswith(JOINED_NUMBER_WORDS):
        return None
    parts: list[str] = []
    rest = word
    while rest:
        number = next((n for n in _NUMBERS_LONGEST_FIRST if rest.startswith(n)), None)
        if number is None:
            break
        parts.append(number)
        rest = rest[len(number) :]
    if len(parts) < 2:
        return None
    if rest:
        parts[-1] += rest
        if not accepts(parts[-1]):
            return None
    return " ".join(parts)


def letter_doubling(word: str, accepts: Callable[[str], bool], stems: Container[str] | None = None) -> str | None:
    """Return the word with one letter doubled or one double letter made single, when the model accepts it.

    ``bakal`` → ``bakkal``, ``inşat`` → ``inşaat``, ``halettik`` → ``hallettik``: the commonest slip of
    loanwords. Only words the word model rejects reach here, and the letter must be within a stem.

    >>> letter_doubling("inşat", {"inşaat"}.__contains__), letter_doubling("marmelatı", {"marmelattı"}.__contains__)
    ('inşaat', None)
    """
    for index in range(1, len(word)):
        if word[index] == word[index - 1]:
            candidate = word[:index] + word[index + 1 :]
            if _stem_reaches(candidate, index - 1, stems) and _inside_stem(candidate, index - 1, accepts):
                return candidate
    for index in range(1, len(word)):
        if word[index] != word[index - 1] and word[index].isalpha():
            candidate = word[: index + 1] + word[index:]
            if _stem_reaches(candidate, index + 1, stems) and _inside_stem(candidate, index + 1, accepts):
                return candidate
    return None


def _stem_reaches(candidate: str, position: int, stems: Container[str] | None) -> bool:
    """Tell whether some stem of ``stems`` begins ``candidate`` and reaches past ``position`` (always, without stems).

    A cheap test before the word model's search: most candidates have no such stem.
    """
    if stems is None:
        return True
    first = max(position + 1, DOUBLING_MIN_STEM)
    return any(candidate[:end] in stems for end in range(first, len(candidate) + 1))


DOUBLING_MIN_STEM = 4


def _inside_stem(candidate: str, position: int, accepts: Callable[[str], bool]) -> bool:
    """Tell whether the model accepts ``candidate`` with ``position`` inside a stem of four letters or more.

    A letter doubled at an ending's edge makes another word (``marmelatı`` → ``marmelattı``, "it was jam"):
    only a slip within the stem (``bakal`` → ``bakkal``) is a misspelling.
    """
    if not accepts(candidate):
        return False
    model = get_model()
    split = model.analyse(candidate) if model is not None else None
    return split is not None and len(split[0]) >= DOUBLING_MIN_STEM and position < len(split[0])


HARMONY_PAIRS = {"a": "e", "e": "a", "ı": "i", "i": "ı", "u": "ü", "ü": "u"}
"""Vowels an ending takes in back or front words: a slip between them breaks vowel harmony (``saatı``)."""
HARMONY_REACH = 4
"""Only the vowels of the last letters are tried: the ending's, not the stem's."""


def harmony_repair(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return the word with one ending vowel turned front or back when the word model accepts that, else None.

    ``saatı`` → ``saati``, ``kardeşlar`` → ``kardeşler``: an ending that does not follow the stem's vowel (or a
    loanword's exception). Only words the word model rejects reach here.

    >>> harmony_repair("kardeşlar", {"kardeşler"}.__contains__), harmony_repair("saatı", {"saati"}.__contains__)
    ('kardeşler', 'saati')
    >>> harmony_repair("fıkhi", {"fıkhı"}.__contains__) is None
    True
    """
    for index in range(len(word) - 1, max(len(word) - HARMONY_REACH, 1) - 1, -1):
        other = HARMONY_PAIRS.get(word[index])
        if other == "ı" and index == len(word) - 1:
            continue  # a final -i after back vowels is the Arabic and Persian adjective (fıkhi, resmi, askeri, palsi)
        if other is not None:
            candidate = f"{word[:index]}{other}{word[index + 1 :]}"
            if accepts(candidate):
                return candidate
    return None


def split_particle(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return ``herkes de`` for ``herkesde``: a word no analysis accepts, ending in a particle after a real word.

    The particles written apart are ``de/da`` (also), ``ki`` and ``mi/mı/mu/mü``. Only words the word
    model rejects reach here, so ``evde`` (ev + locative) or ``dedede`` never split.

    >>> split_particle("hakkındada", {"hakkında"}.__contains__), split_particle("gelecekmi", {"gelecek"}.__contains__)
    ('hakkında da', 'gelecek mi')
    >>> split_particle("cumaki", {"cuma"}.__contains__) is None
    True
    """
    for particle in JOINED_PARTICLES:
        stem = word[: -len(particle)]
        if particle == "ki" and stem in TIME_WORDS:
            return None  # "cumaki hutbe": after a time word -ki is the adjective ending, written joined
        if word.endswith(particle) and len(stem) >= MIN_PARTICLE_STEM and accepts(stem):
            return f"{stem} {particle}"
    return None


OPENING_EDITS = 2
"""A capitalised first word may be a name: it is corrected only to a word at most this many edits away."""


def _opening_correction(word: str, correction: str | None) -> bool:
    """Tell whether a sentence's capitalised first word has a correction that is no other word's ASCII form.

    A name opening a sentence (``Kilis``, ``Sarkis``) looks like an ASCII spelling (``kılış``) or a far word of
    the noisy table; a misspelling has a near correction (``Otobüsde`` → ``otobüste``, ``Noldu`` → ``ne oldu``).
    """
    if correction is None:
        return False
    model = get_model()
    if model is not None and model.suggestion("ascii", word) == correction:
        return False
    return edit_distance(word, correction.replace(" ", "")) <= OPENING_EDITS


def edit_distance(first: str, second: str) -> int:
    """Return the Levenshtein distance of two short words (a dozen letters: no library needed for that).

    >>> edit_distance("otobüsde", "otobüste"), edit_distance("kuir", "kara")
    (1, 3)
    """
    previous = list(range(len(second) + 1))
    for row, letter in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (letter != other)))
        previous = current
    return previous[-1]


def _model_misspelling(
    text: str, token: Token, comment: Comment, skipped: tuple[tuple[int, int], ...]
) -> WordSuggestion | None:
    """Return a finding for a word the word model rejects, or None (names and non-words are skipped).

    The caller has already skipped the article's names (``comment.is_known_name``).
    """
    word = token.text
    # A sentence's capitalised first word is checked too, but counts only with a correction: it may be a name.
    opening = not word.islower() and word[:1].isupper() and word[1:].islower() and starts_sentence(text, token.start)
    if (
        len(word) < MODEL_MIN_LENGTH
        or not (opening or word.islower())
        or "'" in word
        or "’" in word
        or not FOREIGN_LETTERS.isdisjoint(word)
        or in_spans(token.start, skipped)
        or text[token.start - 1 : token.start] in QUOTES
    ):
        return None
    lower = tr_lower_word(word)
    if not lower.isascii():
        lower = lower.translate(CIRCUMFLEX_FOLD)
    misspelled, correction = _model_verdict(lower)
    if not misspelled or (opening and not _opening_correction(lower, correction)):
        return None
    return WordSuggestion(token.start, token.end, word, keep_case(word, correction) if correction else word)


def check(comment: Comment) -> Reason | None:
    """Report misspellings; reject only above the configured count and ratio."""
    found = find_misspellings(comment.text, comment.lang, comment)
    if not found:
        return None
    total = max(1, len(comment.words))
    ratio = len(found) / total
    config = comment.config
    rejects = len(found) >= config.spelling_min_errors and ratio >= config.spelling_error_ratio
    # A confident misspelling (one with its correction) is not approved as typed: the policy says so.
    confident = any(item.replacement != item.original for item in found)
    rejects = rejects or (confident and config.spelling_blocks)
    spans = tuple(span_of(comment.text, item) for item in found)
    suggestions = tuple(item for item in found if item.replacement != item.original)
    return make_reason(CODE, min(1.0, ratio), spans, suggestions, "reject" if rejects else "note")


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` with every misspelling from the tables corrected."""
    return apply_suggestions(text, find_misspellings(text, comment.lang, comment))
