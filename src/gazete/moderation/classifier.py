"""Statistical offensive-language classifier for Turkish comments (numpy only, no sklearn, no Django).

The shipped model (``data/classifier-model.npz`` + ``data/classifier-meta.json``) is a linear model over
hashed TF-IDF features, trained by :mod:`gazete.moderation.tools.train` on the OffensEval-2020 Turkish
training split and the teamgzg category set. Inference needs only numpy:

* Features are computed by :func:`hashed_features`, our own hashing function (a vectorised
  polynomial rolling hash over Unicode code points followed by a 64-bit mixer). We implement it here
  instead of using sklearn's ``HashingVectorizer`` so that loading the model does not import sklearn or
  scipy (cold start and memory), and so that the hash is pinned by our own code: an upgrade of a
  third-party library can never silently change which bucket an n-gram lands in.
* The model file is a plain ``.npz`` of float arrays plus a JSON description; nothing is unpickled.

Scores: ``offensive`` is the calibrated P(OFF) of the binary OffensEval task. ``insult`` and
``belief_attack`` multiply P(OFF) by the share a small category model (trained on the 709-text teamgzg
set) gives to *insult* and to *group-directed offense* (racist/sexist) — see docs/moderation-classifier.md
for what these really measure.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gazete.moderation.normalize import CIRCUMFLEX_FOLD

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_FILE = DATA_DIR / "classifier-model.npz"
META_FILE = DATA_DIR / "classifier-meta.json"

FEATURE_VERSION = 1
SCORE_KEYS = ("insult", "offensive", "belief_attack")
RECENT_FEATURES = 8
"""Feature vectors a classifier keeps, oldest dropped first (one comment is read by two models)."""

_U64 = np.uint64
_MASK64 = (1 << 64) - 1
_POLY_BASE = 0x100000001B3  # FNV-1a 64-bit prime, used as the polynomial base
_MIX1 = 0xBF58476D1CE4E5B9  # splitmix64 finaliser constants
_MIX2 = 0x94D049BB133111EB
# The same constants as numpy scalars, made once rather than on every call.
_U64_POLY_BASE = _U64(_POLY_BASE)
_U64_MIX1, _U64_MIX2 = _U64(_MIX1), _U64(_MIX2)
_U64_30, _U64_27, _U64_31, _U64_SPACE, _U64_ONE = _U64(30), _U64(27), _U64(31), _U64(32), _U64(1)

_ASCII_FOLD_PAIRS = tuple(zip("çğıöşüâîûê", "cgiosuaiue", strict=True))
"""Turkish letters and their ASCII look-alikes; no look-alike is itself folded, so the order does not matter."""
_USER_RE = re.compile(r"@USER\b")
_URL_RE = re.compile(r"\bURL\b|https?://\S+|www\.\S+")
_REPEAT_RE = re.compile(r"(.)\1{2,}")
_WORD_RE = re.compile(r"\w+|[^\w\s]")

_IDF, _TFIDF_COEF, _NB_COEF, _NB_RATIO_SQUARED = range(4)
"""Columns of a classifier's feature rows (``Classifier._feature_rows``)."""
_ROW = np.dtype("V16")
"""One feature row as a single item: numpy copies such items faster than the rows of a 2-D array."""

USER_MARK = "@"  # every user mention becomes this one-character word
URL_MARK = "↗"  # every link becomes this one-character word


def turkish_lower(text: str) -> str:
    """Lower-case ``text`` the Turkish way (I → ı, İ → i) without leaving combining dots behind.

    Two ``str.replace`` calls instead of ``str.translate``, which looks every character up in a dict: a
    comment's text is lowered about ten times faster, to the same string.
    """
    if "I" in text:
        text = text.replace("I", "ı")
    if "İ" in text:
        text = text.replace("İ", "i")
    return text.lower()


def ascii_fold(text: str) -> str:
    """Map Turkish letters to their ASCII look-alikes (ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u) in lower-case text.

    One ``str.replace`` per letter present (none for ASCII text) rather than ``str.translate``: the same
    string, about ten times sooner on a comment's text.
    """
    if text.isascii():
        return text
    for letter, look_alike in _ASCII_FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, look_alike)
    return text


def normalize_text(text: str) -> str:
    """Normalise a comment for feature extraction: NFC, @USER/URL placeholders, Turkish lower case.

    Letter runs longer than two are squashed to two (``çoookkk`` → ``ççookk``), whitespace is collapsed, and the
    circumflex is dropped (``zekâlı`` scores as ``zekalı``).
    """
    text = unicodedata.normalize("NFC", text)
    # Each pattern is tried only where it can match: a mention holds "@USER", a link "URL", "http" or "www.".
    if "@USER" in text:
        text = _USER_RE.sub(f" {USER_MARK} ", text)
    if "URL" in text or "http" in text or "www." in text:
        text = _URL_RE.sub(f" {URL_MARK} ", text)
    text = turkish_lower(text)
    if "â" in text or "î" in text or "û" in text:
        text = text.translate(CIRCUMFLEX_FOLD)
    if _REPEAT_RE.search(text):  # a sub with a template costs a call into Python's re module even without a match
        text = _REPEAT_RE.sub(r"\1\1", text)
    # Splitting on whitespace and joining with one space is the same as squashing \s+ and stripping.
    return " ".join(text.split())


@dataclass(frozen=True)
class BlockSpec:
    """One block of hashed features: what to hash, n-gram range, bucket count and offset in the vector."""

    name: str
    kind: str  # "char_wb" (char n-grams inside space-padded words), "char" (across words), "word"
    # or "prefixN" (word n-grams of tokens cut to N characters)
    fold: bool  # hash the ASCII-folded text instead of the Turkish lower-case text
    ngram_min: int
    ngram_max: int
    n_buckets: int  # a power of two
    offset: int = 0

    def to_json(self) -> dict[str, object]:
        """Return the spec as a JSON-serialisable dict."""
        return {
            "name": self.name,
            "kind": self.kind,
            "fold": self.fold,
            "ngram_min": self.ngram_min,
            "ngram_max": self.ngram_max,
            "n_buckets": self.n_buckets,
            "offset": self.offset,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> BlockSpec:
        """Build a spec from :meth:`to_json` output."""
        return cls(
            name=str(data["name"]),
            kind=str(data["kind"]),
            fold=bool(data["fold"]),
            ngram_min=int(data["ngram_min"]),  # type: ignore[call-overload]
            ngram_max=int(data["ngram_max"]),  # type: ignore[call-overload]
            n_buckets=int(data["n_buckets"]),  # type: ignore[call-overload]
            offset=int(data["offset"]),  # type: ignore[call-overload]
        )


def layout_blocks(blocks: Sequence[BlockSpec]) -> tuple[list[BlockSpec], int]:
    """Give each block its offset in the concatenated feature vector; return blocks and total size."""
    placed: list[BlockSpec] = []
    offset = 0
    for block in blocks:
        if block.n_buckets <= 0 or block.n_buckets & (block.n_buckets - 1):
            raise ValueError(f"n_buckets of block {block.name!r} must be a power of two")
        placed.append(
            BlockSpec(
                block.name, block.kind, block.fold, block.ngram_min, block.ngram_max, block.n_buckets, offset
            )
        )
        offset += block.n_buckets
    return placed, offset


def _mix64(values: np.ndarray) -> np.ndarray:
    """Scramble uint64 hashes with the splitmix64 finaliser (wrap-around arithmetic)."""
    values = values ^ (values >> _U64_30)
    values = values * _U64_MIX1
    values = values ^ (values >> _U64_27)
    values = values * _U64_MIX2
    return values ^ (values >> _U64_31)


@functools.lru_cache(maxsize=256)
def _salt(salt: int, n: int, extra: int = 0) -> np.uint64:
    """Return the uint64 constant that separates n-gram sizes and blocks before mixing."""
    return _U64((salt * 1_000_003 + n * 7919 + extra) & _MASK64)


@functools.lru_cache(maxsize=16)
def _power_matrix(ngram_max: int) -> np.ndarray:
    """Return the (n, n) uint64 matrix whose column ``n - 1`` holds the base powers of an n-gram's code points.

    ``windows @ matrix`` gives, in column ``n - 1``, the polynomial hash ``((c0·B + c1)·B + …)`` of the
    n-gram at each position: the same sum of ``c_j · B^(n-1-j)`` modulo 2**64 as extending every window
    by one code point n times, in one numpy call.
    """
    powers = np.zeros((ngram_max, ngram_max), dtype=np.uint64)
    for n in range(1, ngram_max + 1):
        for j in range(n):
            powers[j, n - 1] = pow(_POLY_BASE, n - 1 - j, 1 << 64)
    return powers


@functools.lru_cache(maxsize=64)
def _salt_row(salt: int, ngram_min: int, ngram_max: int) -> tuple[np.ndarray, np.ndarray]:
    """Return, per n-gram size 1..``ngram_max``, its salt and the code points an n-gram needs left in its word.

    Sizes under ``ngram_min`` need more than any word has: none of their n-grams is kept.
    """
    salts = np.array([_salt(salt, n) for n in range(1, ngram_max + 1)], dtype=np.uint64)
    fits = np.array([n if n >= ngram_min else np.iinfo(np.int64).max for n in range(1, ngram_max + 1)])
    return salts, fits


@functools.lru_cache(maxsize=1024)
def _kept_in_word(length: int, ngram_min: int, ngram_max: int) -> bytes:
    """Return, for a space-padded word of ``length`` code points, which n-grams are kept: a flag per position and size.

    Position by position, size 1..``ngram_max`` each: an n-gram is kept when it fits in the padded word and its
    size is at least ``ngram_min``, save a lone pad space (sklearn's char_wb skips it too).

    >>> list(_kept_in_word(4, 1, 2))  # " ab ": " a", "a", "ab", "b", "b " kept
    [0, 1, 1, 1, 1, 1, 0, 0]
    """
    return bytes(
        size >= ngram_min and start + size <= length and not (size == 1 and start in (0, length - 1))
        for start in range(length)
        for size in range(1, ngram_max + 1)
    )


KEPT_LENGTHS = 64
"""Padded word lengths :func:`_kept_by_length` lists: longer words (rare) ask :func:`_kept_in_word`."""


@functools.lru_cache(maxsize=16)
def _kept_by_length(ngram_min: int, ngram_max: int) -> tuple[bytes, ...]:
    """Return :func:`_kept_in_word` of every padded length under :data:`KEPT_LENGTHS`, read by index.

    An index into a tuple instead of a memoised call with three arguments per word (which builds a key each time).
    """
    return tuple(_kept_in_word(length, ngram_min, ngram_max) for length in range(KEPT_LENGTHS))


def _char_hashes(text: str, ngram_min: int, ngram_max: int, salt: int, word_bounded: bool) -> np.ndarray:
    """Hash character n-grams of ``text``.

    ``word_bounded``: only n-grams inside each space-padded word (like sklearn's ``char_wb``); otherwise
    n-grams run across word boundaries over `` text `` (like sklearn's ``char``).
    """
    return _mix64(_char_prehashes(text, ngram_min, ngram_max, salt, word_bounded))


def _char_prehashes(text: str, ngram_min: int, ngram_max: int, salt: int, word_bounded: bool) -> np.ndarray:
    """Return the character n-gram hashes of :func:`_char_hashes` before the final mixing.

    Mixing is elementwise, so a caller may mix the pre-hashes of several blocks in one numpy pass.
    The hashes come n-gram size by size, each by position, from a handful of numpy calls: one matrix
    product hashes every window of every size (:func:`_power_matrix`), one comparison keeps those inside
    a word. (Integer arrays wrap around modulo 2**64 silently, so no overflow warning needs silencing.)
    """
    words = text.split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    salts, fits = _salt_row(salt, ngram_min, ngram_max)
    if word_bounded:
        padded = " " + "  ".join(words) + " "  # each word between two spaces
        size = len(padded)
        # Which n-grams of a padded word are kept depends on its length only: one block of flags per length.
        by_length = _kept_by_length(ngram_min, ngram_max)
        if len(max(words, key=len)) + 2 < len(by_length):
            flags = b"".join([by_length[len(word) + 2] for word in words])
        else:
            flags = b"".join([_kept_in_word(len(word) + 2, ngram_min, ngram_max) for word in words])
        keep = np.frombuffer(flags, dtype=np.bool_).reshape(size, ngram_max)
    else:
        padded = " " + " ".join(words) + " "
        size = len(padded)
        keep = np.arange(size, 0, -1)[:, None] >= fits  # an n-gram fits when n code points are left
    # Zeros after the text complete the last windows; the n-grams reaching them do not fit and are dropped.
    codes = np.frombuffer((padded + "\0" * (ngram_max - 1)).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    windows = np.ndarray((size, ngram_max), dtype=np.uint64, buffer=codes, strides=(8, 8))
    if not word_bounded and ngram_min <= 1:
        # A lone space (" ") is not an n-gram worth keeping; sklearn skips it too.
        keep[:, 0] &= codes[:size] != _U64_SPACE
    # Transposed, the kept hashes come size by size, each by position: the order of one window size at a time.
    return ((windows @ _power_matrix(ngram_max)) ^ salts).T[keep.T]


def _word_hashes(text: str, ngram_min: int, ngram_max: int, salt: int, prefix: int = 0) -> np.ndarray:
    """Hash word n-grams (tokens are runs of word characters or single symbols).

    ``prefix`` > 0 cuts every token to its first ``prefix`` characters first: a crude stemmer that works
    well for Turkish, whose inflection is suffixing (``aptallar``, ``aptalsın`` → ``aptal``).
    """
    return _mix64(_word_prehashes(text, ngram_min, ngram_max, salt, prefix))


def _word_prehashes(text: str, ngram_min: int, ngram_max: int, salt: int, prefix: int = 0) -> np.ndarray:
    """Return the word n-gram hashes of :func:`_word_hashes` before the final mixing."""
    tokens = _WORD_RE.findall(text)
    if prefix > 0:
        tokens = [token[:prefix] for token in tokens]
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    # Each token's hash plus one: the hash of the token alone, and what each step adds to a longer one.
    # (Integer arrays wrap around modulo 2**64 silently: no overflow warning to silence.)
    single = np.fromiter(map(zlib.crc32, map(str.encode, tokens)), dtype=np.uint64, count=len(tokens)) + _U64_ONE
    parts: list[np.ndarray] = []
    rolling = single
    for n in range(1, ngram_max + 1):
        windows = len(tokens) - n + 1
        if windows <= 0:
            break
        if n > 1:
            rolling = rolling[:windows] * _U64_POLY_BASE + single[n - 1 : n - 1 + windows]
        if n >= ngram_min:
            parts.append(rolling ^ _salt(salt, n, 17))
    if not parts:
        return np.empty(0, dtype=np.uint64)
    return np.concatenate(parts)


def _block_prehashes(normalized: str, folded: str, block: BlockSpec, salt: int) -> np.ndarray:
    """Return one block's n-gram hashes before the final mixing."""
    source = folded if block.fold else normalized
    if block.kind in ("char_wb", "char"):
        return _char_prehashes(source, block.ngram_min, block.ngram_max, salt, block.kind == "char_wb")
    if block.kind == "word":
        return _word_prehashes(source, block.ngram_min, block.ngram_max, salt)
    if block.kind.startswith("prefix"):
        return _word_prehashes(source, block.ngram_min, block.ngram_max, salt, prefix=int(block.kind[6:]))
    raise ValueError(f"unknown block kind {block.kind!r}")


def block_indices(normalized: str, folded: str, block: BlockSpec, salt: int) -> np.ndarray:
    """Return the (global, possibly repeated) feature indices one block produces for a text."""
    hashes = _mix64(_block_prehashes(normalized, folded, block, salt))
    return (hashes & _U64(block.n_buckets - 1)).astype(np.int64) + block.offset


def hashed_features(
    text: str, blocks: Sequence[BlockSpec], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return the sparse TF-IDF vector of ``text`` as (indices, values).

    Per block: sublinear term frequency (1 + log count) times the stored IDF, L2-normalised within the
    block, so every block contributes a unit vector (like a FeatureUnion of TfidfVectorizers).

    The same indices as :func:`block_indices` block by block, computed in fewer numpy calls (each costs
    microseconds on short texts): all blocks' hashes are mixed, bucketed and counted together. Blocks
    occupy increasing, disjoint index ranges, so the sorted unique indices come out block by block.
    """
    normalized = normalize_text(text)
    folded = ascii_fold(normalized)
    prehashes = [_block_prehashes(normalized, folded, block, salt) for salt, block in enumerate(blocks)]
    sizes = [part.shape[0] for part in prehashes]
    if not any(sizes):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    block_masks, block_offsets = _layout(tuple(blocks))
    # A bucket is below 2**63, so the masked hashes are read as int64 in place (no copy).
    raw = (_mix64(np.concatenate(prehashes)) & np.repeat(block_masks, sizes)).view(np.int64)
    raw += np.repeat(block_offsets, sizes)
    indices, counts = _counted(raw)
    values = (1.0 + np.log(counts)) * idf[indices]
    # How many blocks begin at or before an index beyond the first: the index's block.
    block_of = np.searchsorted(block_offsets[1:], indices, side="right")
    norms = np.sqrt(np.bincount(block_of, weights=values * values, minlength=len(blocks)))
    norms[norms == 0.0] = 1.0
    return indices, values / norms[block_of]


@functools.lru_cache(maxsize=8)
def _layout(blocks: tuple[BlockSpec, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Return the bucket mask and the offset of every block, as arrays (made once per model's blocks)."""
    return (
        np.array([block.n_buckets - 1 for block in blocks], dtype=np.uint64),
        np.array([block.offset for block in blocks], dtype=np.int64),
    )


def _counted(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the sorted distinct values of a non-empty int64 array and how often each occurs, sorting it in place.

    What ``np.unique(raw, return_counts=True)`` returns, in a few numpy calls instead of its dozen.

    >>> [part.tolist() for part in _counted(np.array([5, 3, 5, 9, 5]))]
    [[3, 5, 9], [1, 3, 1]]
    """
    raw.sort()
    size = raw.size
    # A run of equal values starts where a value differs from the one before it; one more bound after the end.
    bounds = np.empty(size + 1, dtype=bool)
    bounds[0] = bounds[size] = True
    np.not_equal(raw[1:], raw[:-1], out=bounds[1:size])
    starts = np.flatnonzero(bounds)
    return raw[starts[:-1]], starts[1:] - starts[:-1]


def _sigmoid(value: float) -> float:
    """Numerically safe logistic function."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp_value = math.exp(value)
    return exp_value / (1.0 + exp_value)


class Classifier:
    """A loaded moderation classifier: binary OFF/NOT ensemble plus a small category model.

    The binary score averages two standardised linear margins over the same hashed n-grams: logistic
    regression on sublinear TF-IDF, and NB-LR (logistic regression on presence features scaled by the
    naive-Bayes log-count ratio, Wang & Manning 2012). Platt scaling turns the average into P(OFF).
    """

    def __init__(
        self,
        *,
        blocks: Sequence[BlockSpec],
        idf: np.ndarray,
        tfidf_coef: np.ndarray,
        tfidf_intercept: float,
        tfidf_scale: tuple[float, float],
        nb_coef: np.ndarray,
        nb_ratio: np.ndarray,
        nb_intercept: float,
        nb_scale: tuple[float, float],
        platt: tuple[float, float],
        category_labels: Sequence[str],
        category_rows: np.ndarray,
        category_coef: np.ndarray,
        category_intercept: np.ndarray,
        decision_threshold: float,
        meta: dict[str, object] | None = None,
    ) -> None:
        self.blocks = list(blocks)
        # Stored as float16 in the model file: round here too so a fresh and a reloaded model agree.
        # The four numbers every feature of a comment is read for lie side by side, one 16-byte row per
        # feature: reading a feature's IDF brings its weights into the CPU cache with it, where four arrays
        # of 6 MB cost four cache misses per feature. The attributes are views of the columns.
        self._feature_rows = np.empty((len(idf), 4), dtype=np.float32)
        self._feature_rows[:, _IDF] = np.asarray(idf, dtype=np.float16)
        self._feature_rows[:, _TFIDF_COEF] = np.asarray(tfidf_coef, dtype=np.float32)
        self._feature_rows[:, _NB_COEF] = np.asarray(nb_coef, dtype=np.float32)  # NB-LR weight times NB ratio
        self._feature_rows[:, _NB_RATIO_SQUARED] = np.square(np.asarray(nb_ratio, dtype=np.float16).astype(np.float32))
        self.idf = self._feature_rows[:, _IDF]
        self.tfidf_coef = self._feature_rows[:, _TFIDF_COEF]
        self.nb_coef = self._feature_rows[:, _NB_COEF]
        self.nb_ratio_squared = self._feature_rows[:, _NB_RATIO_SQUARED]
        self._feature_items = self._feature_rows.view(_ROW).reshape(-1)
        self.tfidf_intercept = float(tfidf_intercept)
        self.tfidf_mean, self.tfidf_std = float(tfidf_scale[0]), float(tfidf_scale[1])
        self.nb_ratio = np.asarray(nb_ratio, dtype=np.float16)
        self.nb_intercept = float(nb_intercept)
        self.nb_mean, self.nb_std = float(nb_scale[0]), float(nb_scale[1])
        self.platt_a, self.platt_b = float(platt[0]), float(platt[1])
        self.category_labels = list(category_labels)
        order = np.argsort(np.asarray(category_rows, dtype=np.int64), kind="stable")
        self.category_rows = np.asarray(category_rows, dtype=np.int64)[order]  # sorted feature indices
        self.category_coef = np.asarray(category_coef, dtype=np.float32)[order]  # (rows, n_categories)
        self.category_intercept = np.asarray(category_intercept, dtype=np.float64)
        self.decision_threshold = float(decision_threshold)
        self.meta = meta or {}
        # A thread-safe memo of the last few texts: the classifier and the hostility model read one comment.
        self._recent_features = functools.lru_cache(maxsize=RECENT_FEATURES)(self._hashed_features)

    # -- scoring ----------------------------------------------------------------------------------

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Return the sparse TF-IDF feature vector (indices, values) of a text.

        The last few are kept: the classifier and the hostility model read the same comment's features.
        """
        return self._recent_features(text)

    def _hashed_features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """:func:`hashed_features` with this model's blocks and IDF (callers never modify the arrays)."""
        return hashed_features(text, self.blocks, self.idf)

    def _margin(self, indices: np.ndarray, values: np.ndarray) -> float:
        """Combined standardised margin of the two binary models for one feature vector."""
        if indices.size == 0:
            lr_margin = self.tfidf_intercept
            nb_margin = self.nb_intercept
        else:
            # One row per feature, whole (a 16-byte item), then each column as the contiguous float32 array the
            # separate arrays gave: the same sums in the same order.
            rows = self._feature_items.take(indices).view(np.float32).reshape(-1, 4)
            lr_margin = float(values @ np.ascontiguousarray(rows[:, _TFIDF_COEF])) + self.tfidf_intercept
            nb_norm = math.sqrt(float(np.ascontiguousarray(rows[:, _NB_RATIO_SQUARED]).sum())) or 1.0
            nb_margin = float(np.ascontiguousarray(rows[:, _NB_COEF]).sum()) / nb_norm + self.nb_intercept
        lr_z = (lr_margin - self.tfidf_mean) / self.tfidf_std
        return 0.5 * (lr_z + (nb_margin - self.nb_mean) / self.nb_std)

    def _probability(self, indices: np.ndarray, values: np.ndarray) -> float:
        """Calibrated P(OFF) for one feature vector."""
        return _sigmoid(self.platt_a * self._margin(indices, values) + self.platt_b)

    def binary_margin(self, text: str) -> float:
        """Return the uncalibrated ensemble margin of the OFF/NOT model (0 ≈ the training mean)."""
        return self._margin(*self.features(text))

    def offensive_probability(self, text: str) -> float:
        """Return the calibrated probability that ``text`` is offensive (OffensEval label OFF)."""
        if not isinstance(text, str) or not text.strip():
            return 0.0
        return self._probability(*self.features(text))

    def category_probabilities(self, text: str) -> dict[str, float]:
        """Return the category model's softmax over its labels (INSULT, GROUP, PROFANITY, OTHER)."""
        if not isinstance(text, str) or not text.strip():
            return {label: 0.0 for label in self.category_labels}
        return self._category_softmax(*self.features(text))

    def _category_softmax(self, indices: np.ndarray, values: np.ndarray) -> dict[str, float]:
        """Softmax of the category model for an already computed feature vector."""
        logits = self.category_intercept.copy()
        if indices.size and self.category_rows.size:
            positions = np.searchsorted(self.category_rows, indices)
            positions = np.minimum(positions, self.category_rows.size - 1)
            hit = self.category_rows[positions] == indices
            if hit.any():
                logits = logits + values[hit] @ self.category_coef[positions[hit]]
        logits = logits - logits.max()
        exp = np.exp(logits)
        probs = exp / exp.sum()
        return {label: float(p) for label, p in zip(self.category_labels, probs, strict=True)}

    def scores(self, text: str) -> dict[str, float]:
        """Return ``{"insult", "offensive", "belief_attack"}`` scores in 0..1 for one comment.

        ``offensive`` is P(OFF). ``insult`` and ``belief_attack`` split P(OFF) by the category model's
        share of INSULT and of GROUP (racist/sexist, i.e. offense aimed at a group) among its offensive
        categories; they are rough indicators, see docs/moderation-classifier.md.
        """
        if not isinstance(text, str) or not text.strip():
            return {key: 0.0 for key in SCORE_KEYS}
        indices, values = self.features(text)
        p_off = self._probability(indices, values)
        categories = self._category_softmax(indices, values)
        offensive_share = sum(p for label, p in categories.items() if label != "OTHER")
        insult_share = categories.get("INSULT", 0.0) / offensive_share if offensive_share > 0 else 0.0
        group_share = categories.get("GROUP", 0.0) / offensive_share if offensive_share > 0 else 0.0
        return {
            "insult": _clip01(p_off * insult_share),
            "offensive": _clip01(p_off),
            "belief_attack": _clip01(p_off * group_share),
        }

    def scores_many(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Return :meth:`scores` for every text, in order."""
        return [self.scores(text) for text in texts]

    def offensive_probabilities(self, texts: Iterable[str]) -> list[float]:
        """Return :meth:`offensive_probability` for every text, in order."""
        return [self.offensive_probability(text) for text in texts]

    def is_offensive(self, text: str) -> bool:
        """Return True when P(OFF) reaches the threshold tuned on validation for macro-F1."""
        return self.offensive_probability(text) >= self.decision_threshold

    # -- persistence ------------------------------------------------------------------------------

    def save(self, model_file: Path, meta_file: Path, extra_meta: dict[str, object] | None = None) -> None:
        """Write the model as a compressed ``.npz`` of numeric arrays plus a JSON description (no pickle)."""
        model_file.parent.mkdir(parents=True, exist_ok=True)
        with model_file.open("wb") as handle:
            np.savez_compressed(
                handle,
                idf=self.idf.astype(np.float16),
                tfidf_coef=self.tfidf_coef.astype(np.float32),
                nb_coef=self.nb_coef.astype(np.float32),
                nb_ratio=self.nb_ratio.astype(np.float16),
                category_rows=self.category_rows.astype(np.int32),
                category_coef=self.category_coef.astype(np.float32),
                category_intercept=self.category_intercept.astype(np.float64),
            )
        meta: dict[str, object] = dict(extra_meta or {})
        meta.update(
            {
                "feature_version": FEATURE_VERSION,
                "blocks": [block.to_json() for block in self.blocks],
                "tfidf_intercept": self.tfidf_intercept,
                "tfidf_scale": [self.tfidf_mean, self.tfidf_std],
                "nb_intercept": self.nb_intercept,
                "nb_scale": [self.nb_mean, self.nb_std],
                "platt": [self.platt_a, self.platt_b],
                "decision_threshold": self.decision_threshold,
                "category_labels": self.category_labels,
                "model_file": model_file.name,
            }
        )
        meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")


def _clip01(value: float) -> float:
    """Clamp a float to 0..1."""
    return min(1.0, max(0.0, value))


def read_classifier(model_file: Path, meta_file: Path) -> Classifier:
    """Load a classifier from its ``.npz`` arrays and JSON description (``allow_pickle=False``)."""
    meta = json.loads(meta_file.read_text("utf-8"))
    if meta.get("feature_version") != FEATURE_VERSION:
        raise ValueError(f"model feature_version {meta.get('feature_version')} != {FEATURE_VERSION}")
    with np.load(model_file, allow_pickle=False) as arrays:
        loaded = {name: arrays[name] for name in arrays.files}
    return Classifier(
        blocks=[BlockSpec.from_json(block) for block in meta["blocks"]],
        idf=loaded["idf"],
        tfidf_coef=loaded["tfidf_coef"],
        tfidf_intercept=float(meta["tfidf_intercept"]),
        tfidf_scale=(float(meta["tfidf_scale"][0]), float(meta["tfidf_scale"][1])),
        nb_coef=loaded["nb_coef"],
        nb_ratio=loaded["nb_ratio"],
        nb_intercept=float(meta["nb_intercept"]),
        nb_scale=(float(meta["nb_scale"][0]), float(meta["nb_scale"][1])),
        platt=(float(meta["platt"][0]), float(meta["platt"][1])),
        category_labels=meta["category_labels"],
        category_rows=loaded["category_rows"],
        category_coef=loaded["category_coef"],
        category_intercept=loaded["category_intercept"],
        decision_threshold=float(meta["decision_threshold"]),
        meta=meta,
    )


@functools.cache
def load_classifier() -> Classifier | None:
    """Return the shipped classifier, loaded once per process; None when no model file is shipped."""
    if not (MODEL_FILE.is_file() and META_FILE.is_file()):
        return None
    return read_classifier(MODEL_FILE, META_FILE)
