"""offensive: threats, death wishes and dehumanising talk about groups, plus the classifier."""

from __future__ import annotations

import re
from functools import lru_cache

from gazete.moderation.hostility import Finding, evil_cursed_at, find_hostility, readable_text, reported
from gazete.moderation.lexicons import (
    BELIEF_HOSTILE_TURKISH_SPELT,
    DEHUMANISING,
    GROUP_ANAPHORA,
    GROUP_TERMS,
    HOSTILE_ACTIONS,
    HOSTILE_ENDINGS,
    HOSTILE_INFINITIVES,
    INSULT_DEMEANING,
    NECESSITY_WORDS,
    THREAT_PHRASES,
    THREAT_TARGETS,
)
from gazete.moderation.normalize import WORD_MEMO, ascii_fold, has_turkish_letters, tr_lower_word
from gazete.moderation.rules.base import Comment, by_first_word, content_reason, lowered_word, word_range_spans
from gazete.moderation.rules.insult import insult_base, joined_keys, word_scores
from gazete.moderation.spelling_model import get_model
from gazete.moderation.verdict import Reason

CODE = "offensive"
THREAT_SCORE = 0.95
GROUP_HOSTILITY_SCORE = 0.9
WINDOW = 4
HOSTILE_WORDS = DEHUMANISING | HOSTILE_ACTIONS
"""Dehumanising words and hostile actions: near a group term, group hostility."""


THREATS_BY_FIRST_WORD = by_first_word(THREAT_PHRASES)
THREAT_VERB_WINDOW = 3
#: First-person future, aorist or optative after a verb stem, ASCII-folded: -eceğim/-acağız, colloquial
#: -ecem/-ucaz, -arım/-ürüz, -eyim.
FIRST_PERSON_ENDING_RE = re.compile(r"[aeiu]?c[ae](?:[gk]i)?[mz]|[aeiu]r[iu][mz]|[aeiu]yim")


def find_threats(keys: list[str]) -> list[tuple[int, int]]:
    """Return (first, last) word indexes of every threat phrase (phrases looked up by their first word).

    A phrase's words follow one another, with at most :data:`PHRASE_FILLER_REACH` words of time or emphasis
    between two of them (``kalbi bir an önce dursun``, ``dili inşallah kopsun``).

    >>> find_threats(["kalbi", "bir", "an", "once", "dursun"]), find_threats(["kalbi", "guzel", "dursun"])
    ([(0, 4)], [])
    """
    found = []
    for index, key in enumerate(keys):
        for phrase in THREATS_BY_FIRST_WORD.get(key, ()):
            end = _phrase_end(keys, index, phrase)
            if end is not None and not (key in THIRD_PERSON_CURSES and evil_cursed_at(keys, end + 1)):
                found.append((index, end))
    return found


PHRASE_FILLERS = frozenset(
    ascii_fold(word)
    for word in ("bir", "an", "önce", "hemen", "inşallah", "de", "da", "artık", "hiç", "bi", "yakında", "tez", "elden")
)
"""Words of time or emphasis that may stand inside a threat phrase (``kalbi bir an önce dursun``)."""
PHRASE_FILLER_REACH = 3
"""How many filler words may stand between two words of a threat phrase."""


def _phrase_end(keys: list[str], index: int, phrase: tuple[str, ...]) -> int | None:
    """Return the index of the last word of ``phrase`` read from ``index``, fillers skipped, or None."""
    at = index
    for word in phrase[1:]:
        at += 1
        skipped = 0
        while at < len(keys) and keys[at] != word and keys[at] in PHRASE_FILLERS and skipped < PHRASE_FILLER_REACH:
            at += 1
            skipped += 1
        if at >= len(keys) or keys[at] != word:
            return None
    return at


THIRD_PERSON_CURSES = frozenset(["belasini", "belalarini"])
"""Curses said of a third (``belasını versin``): only they can be said of a thing; ``belanı`` is the reader's."""


def threatens(verb: str, stems: frozenset[str]) -> bool:
    """Tell whether ``verb`` (ASCII-folded) is one of ``stems`` in the first person future, aorist or optative.

    >>> stems = frozenset({"kir", "bul"})
    >>> threatens("kirarim", stems), threatens("bulacagiz", stems), threatens("kirdi", stems)
    (True, True, False)
    """
    return any(verb.startswith(stem) and FIRST_PERSON_ENDING_RE.fullmatch(verb, len(stem)) for stem in stems)


def find_verb_threats(keys: list[str]) -> list[tuple[int, int]]:
    """Return (first, last) word indexes where an object and a verb of harm in the first person threaten it."""
    found = []
    for index, key in enumerate(keys):
        stems = THREAT_TARGETS.get(key)
        if stems is None:
            continue
        for other in range(index + 1, min(len(keys), index + THREAT_VERB_WINDOW + 1)):
            if threatens(keys[other], stems):
                found.append((index, other))
    return found


@lru_cache(maxsize=WORD_MEMO)
def is_listed(key: str, hostile: frozenset[str]) -> bool:
    """Tell whether a word key is in ``hostile``, maybe with a plural or -dır ending (one memo entry per word)."""
    return key in hostile or any(key.endswith(end) and key[: -len(end)] in hostile for end in HOSTILE_ENDINGS)


def hostile_positions(keys: list[str], hostile: frozenset[str]) -> set[int]:
    """Return the indexes of hostile words: listed ones (maybe with a plural or -dır), and ``atmak lazım``."""
    positions = set()
    for index, key in enumerate(keys):
        listed = is_listed(key, hostile)
        called_for = key in HOSTILE_INFINITIVES and keys[index + 1 : index + 2] and keys[index + 1] in NECESSITY_WORDS
        if listed or called_for:
            positions.add(index)
    return positions


def find_group_hostility(keys: list[str], terms: frozenset[str], hostile: frozenset[str]) -> list[tuple[int, int]]:
    """Return (first, last) word indexes where a term and a hostile word stand within the window."""
    found: list[tuple[int, int]] = []
    hostile_at = hostile_positions(keys, hostile)
    if not hostile_at:
        return found
    for index, key in enumerate(keys):
        if key not in terms:
            continue
        lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
        for other in range(lo, hi):
            if other != index and other in hostile_at:
                found.append((min(index, other), max(index, other)))
    return found


def hostility_findings(comment: Comment) -> list[Finding]:
    """Return the hostility model's findings for the comment (see :mod:`gazete.moderation.hostility`), kept on it."""
    analysis = comment.analysis
    if analysis.hostility is None:
        restored = None if has_turkish_letters(comment.text) else comment.deasciified
        text = readable_text(comment.text, restored)
        analysis.hostility = find_hostility(comment.words, text, comment.quoted_words)
    return analysis.hostility


def commenters_own(comment: Comment, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the word ranges (threats, group hostility) that are the commenter's own.

    Words inside quotation marks, or followed by "diye", "dedi", "yazan", are someone else's words
    the comment reports ('"seni öldüreceğim" diye mesaj atan', '"Suriyeliler defolsun" yazılı pankart').
    The words are lower-cased only when there is something to judge (most comments have nothing).
    """
    if not ranges:
        return ranges
    quoted = comment.quoted_words
    lowered = [tr_lower_word(token.text) for token in comment.words]
    return [
        (first, last)
        for first, last in ranges
        if not all(index in quoted for index in range(first, last + 1)) and not reported(lowered, last)
    ]


def demeaning_insults(comment: Comment) -> list[tuple[int, int, float]]:
    """Return (first, last, score) of insults aimed at someone that mock a disability or deny their humanity.

    The insult rule's own reading (:func:`gazete.moderation.rules.insult.word_scores`) decides that a word is aimed
    at someone, so ``köpek gibi yorulduk`` and ``eşek arısı`` stay clean; among those, ``gerizekalı`` and ``embesil``
    mock a disability and ``hayvan``, ``köpek`` and ``pislik`` liken a person to an animal or dirt: ableism and
    dehumanising talk as well as an insult, reported under both codes with the insult's score.
    """
    scores = word_scores(comment)
    if not any(scores):
        return []
    keys = joined_keys(comment)
    found = []
    for index, score in enumerate(scores):
        split = insult_base(keys[index]) if score else None
        if split is not None and split[0] in INSULT_DEMEANING:
            first = index - 1 if index > 0 and keys[index - 1] == "" else index  # "geri zekalı" joined on its second
            found.append((first, index, score))
    return found


def ordinary_as_typed(comment: Comment, index: int) -> bool:
    """Tell whether a hostile word typed without its Turkish letters, in a comment typed with them, is a common word.

    The content tables are folded to ASCII so that ASCII-typed comments meet them, but in a comment
    that uses Turkish letters ``kursuna`` is ``kurs-una`` (to the course), not ``kurşuna``.
    """
    lowered = lowered_word(comment.words[index].text, comment.lang)
    if lowered not in BELIEF_HOSTILE_TURKISH_SPELT or not has_turkish_letters(comment.text):
        return False
    model = get_model()
    return model is not None and model.accepts_common(lowered)


def check(comment: Comment) -> Reason | None:
    """Flag threats, calls for harm, death wishes and hostility toward groups (the hostility model)."""
    keys = comment.word_keys
    threats = commenters_own(comment, find_threats(keys) + find_verb_threats(keys))
    # A Turkish comment's group hostility is read from its structure (the hostility findings below); the first
    # wave's word window (a group word within four words of a hostile one) serves English comments only, which
    # that reading does not parse: over every written comment it had added almost nothing to the structure.
    hostility: list[tuple[int, int]] = []
    if comment.lang == "en":
        # Once a group is named, "them", "they", "all" point back at it.
        terms = GROUP_TERMS | GROUP_ANAPHORA if not GROUP_TERMS.isdisjoint(keys) else GROUP_TERMS
        hostility = commenters_own(comment, find_group_hostility(keys, terms, HOSTILE_WORDS))
    score = THREAT_SCORE if threats else GROUP_HOSTILITY_SCORE if hostility else 0.0
    findings = [finding for finding in hostility_findings(comment) if finding.code == CODE]
    demeaning = demeaning_insults(comment)
    score = max([score, *(finding.score for finding in findings), *(found[2] for found in demeaning)])
    ranges = threats + hostility + [(finding.first, finding.last) for finding in findings]
    ranges += [(first, last) for first, last, _score in demeaning]
    return content_reason(CODE, score, word_range_spans(comment, ranges), comment)
