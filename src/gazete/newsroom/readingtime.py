"""How long a story takes to read, in whole minutes (pure Python).

Counted on the words a reader reads (standfirst and body), at 200 words a minute: a middle figure
for adults reading news silently on a screen in Turkish or English, whose words run longer in
Turkish and more numerous in English. Rounded up, and never less than one minute.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

WORDS_PER_MINUTE = 200
WORD_RE = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")


def word_count(texts: Iterable[str]) -> int:
    """The words in ``texts``; ``G-7``, ``Erdoğan'ın`` and ``33.2`` count as one word each."""
    return sum(len(WORD_RE.findall(text)) for text in texts if text)


def reading_minutes(texts: Iterable[str], words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Minutes to read ``texts`` at ``words_per_minute``, rounded up, at least 1."""
    if words_per_minute <= 0:
        raise ValueError(f"words_per_minute must be positive, not {words_per_minute}")
    return max(1, math.ceil(word_count(texts) / words_per_minute))
