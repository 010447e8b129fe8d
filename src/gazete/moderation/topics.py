"""Topic words (parties, politicians, religions, ethnic groups) and the comment with them masked.

The classifier's training tweets often named a party, a religion or a people next to abuse, so it
learnt the names themselves as evidence: a polite "Bence CHP ve AKP bu konuda uzlaşmalı." scores
P(OFF) 0.72. The engine therefore also scores the comment with those names removed and trusts the
lower of the two scores: a hostile comment stays hostile without the name ("Müslümanlar terörist" →
"terörist"), a mere mention stops counting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gazete.moderation.lexicons import SECOND_PERSON, TOPIC_IDIOM_WORDS, TOPIC_STEMS, TOPIC_WORDS
from gazete.moderation.normalize import WORD_MEMO, Token, ascii_fold, remove_spans, tr_lower, tr_lower_word, words

_SUFFIX_RE = re.compile(r"['’]\w*")

_FOLDED_STEMS = tuple(ascii_fold(stem) for stem in TOPIC_STEMS if len(stem) >= 5)
"""Long stems also match ASCII-typed words (``musluman``); short ones would hit other words."""


def _key(token: Token) -> str:
    """Return a word Turkish-lower-cased and folded to ASCII, apostrophes removed (as the tables)."""
    return ascii_fold(tr_lower_word(token.text).replace("'", "").replace("’", ""))


def is_topic_word(token: Token) -> bool:
    """Tell whether a word names a party, politician, religion or group (any suffix, any spelling)."""
    return is_topic_text(token.text)


@lru_cache(maxsize=WORD_MEMO)
def is_topic_text(word: str) -> bool:
    """Tell whether the word ``word`` names a party, politician, religion or group (one memo entry per word)."""
    lowered = tr_lower(word)
    stem = _SUFFIX_RE.sub("", lowered)
    return (
        ascii_fold(lowered.replace("'", "").replace("’", "")) in TOPIC_WORDS
        or ascii_fold(stem) in TOPIC_WORDS
        or lowered.startswith(TOPIC_STEMS)
        or ascii_fold(lowered).startswith(_FOLDED_STEMS)
    )



def topic_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the topic words of ``text`` (with ``Allah`` idioms)."""
    tokens = words(text)
    keys = [_key(token) for token in tokens]
    addressed = any(key in SECOND_PERSON for key in keys)
    has_allah = any(key.startswith("allah") for key in keys)
    spans = []
    for token, key in zip(tokens, keys, strict=True):
        idiom = has_allah and not addressed and key in TOPIC_IDIOM_WORDS
        if idiom or is_topic_word(token):
            spans.append((token.start, token.end))
    return spans


def mask_topics(text: str) -> str | None:
    """Return ``text`` without its topic words, or None when it has none.

    >>> mask_topics("Bence CHP'nin ve AKP'nin önerisi makul.")
    'Bence  ve  önerisi makul.'
    >>> mask_topics("Yarın hava güzel olacak.") is None
    True
    """
    spans = topic_spans(text)
    return remove_spans(text, spans) if spans else None
