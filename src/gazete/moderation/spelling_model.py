"""Tell Turkish words from misspellings with the word model built by ``build_spelling`` (pure Python + numpy).

A word is accepted when it splits into a surface stem of zemberek's lexicon and a chain of suffix
segments whose classes meet (see :mod:`gazete.moderation.tools.build_spelling`). The model loads lazily from
``data/spelling-tr.npz`` (a few MB, well under a second) and never imports zemberek.
"""

from __future__ import annotations

import hashlib
import itertools
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "data" / "spelling-tr.npz"
END = -1
MAX_STATES = 400
KNOWN_BITS = 1 << 23
"""Bits of the filter of the noisy-word tables' keys (1 MB): about one word in twenty not in them passes it."""
"""Give up (and accept the word) after this many partial analyses: no false flag from a search cut short."""


def _unpack(packed: np.ndarray) -> list[str]:
    """Return the newline-joined strings of a uint8 array."""
    text = packed.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def _hash(word: str) -> int:
    """Return the 64-bit key of a word in the noisy-word tables (as ``build_spelling.word_hash``)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


class SpellingModel:
    """Stems, suffix segments and known misspellings, with a fast ``accepts`` and ``suggestion``."""

    def __init__(self, arrays: dict[str, np.ndarray], names: bool = True) -> None:
        """Index the arrays of a built model; ``names=False`` leaves out the stems of names and abbreviations."""
        stem_texts = _unpack(arrays["stem_texts"])
        stems: dict[str, list[int]] = {}
        named: set[str] = set()
        common: set[str] = set()
        for index, class_id, is_name in arrays["stem_pairs"].tolist():
            (named if is_name else common).add(stem_texts[index])
            if names or not is_name:
                stems.setdefault(stem_texts[index], []).append(class_id)
        self.name_stems: frozenset[str] = frozenset(named - common)
        self.common_stems: frozenset[str] = frozenset(common)
        """Stems that are only names (``türkiye``, ``ankara``, ``erdoğan``): their suffixes take an apostrophe."""
        self.stems: dict[str, tuple[int, ...]] = {text: tuple(ids) for text, ids in stems.items()}
        self.max_stem = max((len(text) for text in self.stems), default=0)
        segment_texts = _unpack(arrays["segment_texts"])
        self.segment_index: dict[str, int] = {text: index for index, text in enumerate(segment_texts)}
        self.final_of_class: list[int] = arrays["final_of_class"].tolist()
        bits = np.unpackbits(arrays["final_bits"], axis=1, count=len(segment_texts))
        final_sets = [frozenset(segment_texts[index] for index in np.flatnonzero(row).tolist()) for row in bits]
        self.class_count = len(self.final_of_class)
        self.finals: list[frozenset[str]] = [final_sets[row] for row in self.final_of_class]
        """Per class, the segments that may end a word after it."""
        following: list[dict[str, list[int]]] = [{} for _ in range(self.class_count)]
        for segment, source, target in arrays["derivation_rows"].tolist():
            following[source].setdefault(segment_texts[segment], []).append(target)
        self.following: list[dict[str, tuple[int, ...]]] = [
            {text: tuple(targets) for text, targets in by_text.items()} for by_text in following
        ]
        """Per class, the segments that lead on to other classes, with those classes in the model's order."""
        self.following_lengths: list[dict[str, tuple[int, ...]]] = list(map(_lengths_by_letter, following))
        """Per class and first letter, the lengths of those segments, shortest first (key ``""``: the empty one)."""
        self.tables: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.offsets: dict[str, np.ndarray] = {}
        for name in ("noisy", "ascii"):
            if f"{name}_hashes" in arrays:
                self.tables[name] = (arrays[f"{name}_hashes"], arrays[f"{name}_suggestions"])
        # One bit per possible key's low bits, set for every key of the tables: a word whose bit is clear is in
        # none of them, told without two binary searches (most words asked are in none).
        known = np.zeros(KNOWN_BITS, dtype=np.bool_)
        for hashes, _suggestions in self.tables.values():
            known[(hashes & np.uint64(KNOWN_BITS - 1)).astype(np.int64)] = True
        self._known_keys = np.packbits(known, bitorder="little").tobytes()

    def analyse(self, word: str, common_only: bool = False) -> list[str] | None:
        """Return one split of a lower-case word into a stem and suffix segments, or None when none fits.

        ``kitabı`` gives ``["kitab", "ı"]``, ``sendikasızlaştırılan`` ``["sendika", "sız", "laş", "tır", "ıl", "an"]``.
        With ``common_only``, stems that are only names are not tried (``arama`` is ``ara`` + ``ma``, never
        the name ``Aram`` + ``a``).
        """
        length = len(word)
        stack: list[tuple[int, int, tuple[int, ...]]] = []
        for cut in range(min(length, self.max_stem), 0, -1):
            if common_only and word[:cut] in self.name_stems:
                continue
            for class_id in self.stems.get(word[:cut], ()):
                stack.append((cut, class_id, (cut,)))
        seen: set[tuple[int, int]] = set()
        finals, following, lengths = self.finals, self.following, self.following_lengths
        while stack:
            start, class_id, cuts = stack.pop()
            if (start, class_id) in seen:
                continue
            seen.add((start, class_id))
            if len(seen) > MAX_STATES:
                return [word]
            if word[start:] in finals[class_id]:
                bounds = (0, *cuts, length) if cuts[-1] != length else (0, *cuts)
                return [word[a:b] for a, b in itertools.pairwise(bounds)]
            # Segments by length, shortest first: the order the model lists the analyses in. Only those that
            # begin with the next letter can follow (and the empty one, listed with every letter).
            leads, sizes = following[class_id], lengths[class_id]
            for size in sizes.get(word[start : start + 1]) or sizes.get("", ()):
                stop = start + size
                if stop > length:
                    break
                for target in leads.get(word[start:stop], ()):
                    stack.append((stop, target, (*cuts, stop) if stop != cuts[-1] else cuts))
        return None

    def accepts(self, word: str) -> bool:
        """Tell whether a lower-case word is a stem followed by suffix segments that fit together."""
        return self._fits(word, common_only=False)

    def accepts_common(self, word: str) -> bool:
        """Tell whether a lower-case word reads as a common word: a stem that is not only a name, and suffixes."""
        return self._fits(word, common_only=True)

    def _fits(self, word: str, common_only: bool) -> bool:
        """Tell whether :meth:`analyse` finds a split, without building the split.

        The same search (so the same states count towards ``MAX_STATES``), keeping only (position, class) per
        state instead of the cuts that lead there. Its answer is whether an accepting state can be reached or
        more than ``MAX_STATES`` states can: whatever the order states are taken in, so a stem followed by one
        final segment is looked for first, before any search (most words are that).
        """
        length = len(word)
        stack: list[tuple[int, int]] = []
        stems, names, finals = self.stems, self.name_stems, self.finals
        for cut in range(min(length, self.max_stem), 0, -1):
            head = word[:cut]
            if common_only and head in names:
                continue
            for class_id in stems.get(head, ()):
                if word[cut:] in finals[class_id]:
                    return True
                stack.append((cut, class_id))
        seen: set[tuple[int, int]] = set()
        following, lengths = self.following, self.following_lengths
        while stack:
            state = stack.pop()
            if state in seen:
                continue
            seen.add(state)
            if len(seen) > MAX_STATES:
                return True
            start, class_id = state
            if word[start:] in finals[class_id]:
                return True
            leads, sizes = following[class_id], lengths[class_id]
            for size in sizes.get(word[start : start + 1]) or sizes.get("", ()):
                stop = start + size
                if stop > length:
                    break
                for target in leads.get(word[start:stop], ()):
                    stack.append((stop, target))
        return False

    def suggestion(self, table: str, word: str) -> str | None:
        """Return the correction of ``word`` in the ``noisy`` or ``ascii`` table, or None."""
        return self.first_suggestion((table,), word)

    def first_suggestion(self, tables: tuple[str, ...], word: str) -> str | None:
        """Return ``suggestion(tables[0], word) or suggestion(tables[1], word) or …``, hashing the word once."""
        key_bits = _hash(word)
        low = key_bits & (KNOWN_BITS - 1)
        if not self._known_keys[low >> 3] >> (low & 7) & 1:
            return None  # in no table
        key = None
        found: str | None = None
        for table in tables:
            found = None
            entry = self.tables.get(table)
            if entry is None:
                continue
            hashes, packed = entry
            if key is None:
                key = np.uint64(key_bits)
            index = int(hashes.searchsorted(key))
            if index >= len(hashes) or hashes[index] != key:
                continue
            offsets = self.offsets.get(table)
            if offsets is None:
                offsets = self.offsets[table] = np.concatenate(([-1], np.flatnonzero(packed == 10), [len(packed)]))
            found = packed[offsets[index] + 1 : offsets[index + 1]].tobytes().decode("utf-8")
            if found:
                return found
        return found


def _lengths_by_letter(segments: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Return the lengths of ``segments`` by first letter, shortest first, the empty segment's 0 in each.

    >>> _lengths_by_letter({"": [1], "lar": [2], "la": [3], "m": [4]})
    {'l': (0, 2, 3), 'm': (0, 1), '': (0,)}
    """
    empty = (0,) if "" in segments else ()
    by_letter: dict[str, set[int]] = {}
    for text in segments:
        if text:
            by_letter.setdefault(text[0], set()).add(len(text))
    lengths = {letter: empty + tuple(sorted(sizes)) for letter, sizes in by_letter.items()}
    if empty:
        lengths[""] = empty
    return lengths


@lru_cache(maxsize=1)
def get_model(path: Path = MODEL_PATH) -> SpellingModel | None:
    """Load the shipped model once (None when the file is missing)."""
    if not path.is_file():
        return None
    with np.load(path) as data:
        return SpellingModel({name: data[name] for name in data.files})
