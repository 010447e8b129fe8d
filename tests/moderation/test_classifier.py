"""Tests of gazete.moderation.classifier: the shipped model, its features and its scores.

Every comment below is a sample written for gazete tests (not taken from any data set).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata

import numpy as np
import pytest

from gazete.moderation.classifier import (
    META_FILE,
    MODEL_FILE,
    SCORE_KEYS,
    BlockSpec,
    Classifier,
    ascii_fold,
    hashed_features,
    layout_blocks,
    load_classifier,
    normalize_text,
    turkish_lower,
)

# Samples written for gazete tests: clearly offensive comments (profanity, insults, group hostility).
OFFENSIVE_SAMPLES = [
    "@USER siktir git lan orospu çocuğu",
    "Sen tam bir aptalsın, geri zekalı herif",
    "Allah belanı versin şerefsiz alçak",
    "ANAN GİBİ KONUŞMA PİÇ",
    "Bu yazarı yazan gerizekalı ne anlar ekonomiden, salak",
    "amk haberi yapan da okuyan da mal",
]

# Samples written for gazete tests: ordinary, polite reader comments on news stories.
NEUTRAL_SAMPLES = [
    "Belediyenin yeni parkı yarın açılıyor, herkes davetli.",
    "@USER Haberi paylaştığınız için teşekkürler, çok faydalı oldu.",
    "Deprem bölgesindeki okulların onarımı ne zaman bitecek acaba?",
    "Maçın ikinci yarısında oyun çok daha dengeliydi.",
    "Yarın İstanbul'da yağmur bekleniyor, şemsiyenizi unutmayın.",
    "Enflasyon rakamları beklentinin biraz altında geldi.",
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    loaded = load_classifier()
    assert loaded is not None, f"no shipped model at {MODEL_FILE}"
    return loaded


def test_shipped_model_files_exist_and_are_small() -> None:
    assert MODEL_FILE.is_file() and META_FILE.is_file()
    assert MODEL_FILE.stat().st_size <= 20 * 1024 * 1024
    assert MODEL_FILE.suffix == ".npz"


def test_load_classifier_is_cached_once_per_process(classifier: Classifier) -> None:
    assert load_classifier() is classifier


def test_shipped_model_records_provenance_and_metrics() -> None:
    meta = json.loads(META_FILE.read_text("utf-8"))
    metrics = meta["metrics"]
    assert metrics["validation_rows"] > 4000
    assert 0.75 <= metrics["macro_f1_ensemble_tuned"] <= 1.0
    assert 0.0 < meta["decision_threshold"] < 1.0
    digests = [entry["sha256"] for entry in meta["training_data"].values()]
    assert all(len(digest) == 64 for digest in digests)


@pytest.mark.shared
def test_shipped_model_was_trained_on_the_shared_data(shared_dir) -> None:
    from gazete.moderation.tools.train import OFFENSEVAL_FILE, TEAMGZG_FILE, sha256_of

    meta = json.loads(META_FILE.read_text("utf-8"))
    data_dir = shared_dir / "data" / "moderation"
    for relative in (OFFENSEVAL_FILE, TEAMGZG_FILE):
        assert meta["training_data"][str(relative)]["sha256"] == sha256_of(data_dir / relative)


@pytest.mark.parametrize("text", OFFENSIVE_SAMPLES)
def test_offensive_samples_score_high(classifier: Classifier, text: str) -> None:
    probability = classifier.offensive_probability(text)
    assert probability >= 0.7, (text, probability)
    assert classifier.is_offensive(text)


@pytest.mark.parametrize("text", NEUTRAL_SAMPLES)
def test_neutral_samples_score_low(classifier: Classifier, text: str) -> None:
    probability = classifier.offensive_probability(text)
    assert probability <= 0.25, (text, probability)
    assert not classifier.is_offensive(text)


def test_scores_have_the_agreed_keys_and_range(classifier: Classifier) -> None:
    for text in [*OFFENSIVE_SAMPLES, *NEUTRAL_SAMPLES, "x", "🙂🙂", "!!!", "a" * 5000]:
        scores = classifier.scores(text)
        assert set(scores) == set(SCORE_KEYS)
        assert all(0.0 <= value <= 1.0 for value in scores.values()), (text, scores)
        assert scores["offensive"] == pytest.approx(classifier.offensive_probability(text))
        assert scores["insult"] <= scores["offensive"] + 1e-12
        assert scores["belief_attack"] <= scores["offensive"] + 1e-12


def test_sub_scores_follow_the_category_model(classifier: Classifier) -> None:
    insult = classifier.scores("Sen tam bir aptalsın, geri zekalı herif")
    assert insult["insult"] > insult["belief_attack"]
    group = classifier.scores("Bu Suriyeliler hepsi pislik, defolsunlar ülkemizden")
    assert group["belief_attack"] > group["insult"]
    probabilities = classifier.category_probabilities("Sen tam bir aptalsın")
    assert set(probabilities) == {"INSULT", "GROUP", "PROFANITY", "OTHER"}
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_bad_input_gives_zero_scores_not_errors(classifier: Classifier) -> None:
    for value in ["", "   \n\t", None, 42]:
        assert classifier.scores(value) == {key: 0.0 for key in SCORE_KEYS}  # type: ignore[arg-type]
        assert classifier.offensive_probability(value) == 0.0  # type: ignore[arg-type]


def test_scores_many_matches_scores(classifier: Classifier) -> None:
    texts = [*OFFENSIVE_SAMPLES, *NEUTRAL_SAMPLES, ""]
    assert classifier.scores_many(texts) == [classifier.scores(text) for text in texts]
    assert classifier.scores_many([]) == []


def test_turkish_lowercase_handles_dotted_and_dotless_i() -> None:
    assert turkish_lower("IĞDIR İZMİR") == "ığdır izmir"
    assert ascii_fold(turkish_lower("ÇİĞ ŞÖVALYE ÜZÜM")) == "cig sovalye uzum"
    assert "\u0307" not in turkish_lower("İSTANBUL")


def test_normalize_replaces_mentions_links_and_long_runs() -> None:
    assert normalize_text("@USER  Çooooook   GÜZEL URL") == "@ çook güzel ↗"
    assert normalize_text("bak https://example.org/a?b=1 şuna") == "bak ↗ şuna"
    assert normalize_text("Hâlâ ZEKÂLI değil") == normalize_text("Hala zekalı değil") == "hala zekalı değil"


@pytest.mark.parametrize(
    "text",
    ["@USERS URLs", "a\x1cb\u2028c\x85d\u00a0e\u3000f", "  \t ", "www.x.org http:/ URL.", "@USER@USER", "ab\r\n\ncd"],
)
def test_normalize_skips_patterns_only_where_they_cannot_match(text: str) -> None:
    """The mention and link patterns run only when their text is there; split/join squashes \\s+ and strips."""
    expected = unicodedata.normalize("NFC", text)
    expected = re.sub(r"@USER\b", " @ ", expected)
    expected = re.sub(r"\bURL\b|https?://\S+|www\.\S+", " ↗ ", expected)
    expected = re.sub(r"(.)\1{2,}", r"\1\1", turkish_lower(expected))
    assert normalize_text(text) == re.sub(r"\s+", " ", expected).strip()


def test_features_are_l2_normalised_per_block_and_deterministic() -> None:
    blocks, size = layout_blocks(
        [BlockSpec("c", "char_wb", False, 1, 4, 2**10), BlockSpec("w", "word", False, 1, 2, 2**8)]
    )
    idf = np.ones(size)
    indices, values = hashed_features("Bu bir deneme yorumu, bu bir deneme", blocks, idf)
    again = hashed_features("Bu bir deneme yorumu, bu bir deneme", blocks, idf)
    assert np.array_equal(indices, again[0]) and np.array_equal(values, again[1])
    char_part = indices < 2**10
    assert np.sum(values[char_part] ** 2) == pytest.approx(1.0)
    assert np.sum(values[~char_part] ** 2) == pytest.approx(1.0)
    assert indices.max() < size


def test_hash_function_is_pinned() -> None:
    """The shipped model depends on these exact buckets: a change here needs a retrained model."""
    blocks, size = layout_blocks([BlockSpec("c", "char_wb", False, 1, 3, 2**20)])
    indices, _ = hashed_features("ab", blocks, np.ones(size))
    assert indices.tolist() == PINNED_AB_BUCKETS


def test_non_power_of_two_buckets_are_refused() -> None:
    with pytest.raises(ValueError, match="power of two"):
        layout_blocks([BlockSpec("c", "char_wb", False, 1, 3, 1000)])


def test_classifier_module_imports_neither_django_nor_sklearn() -> None:
    code = (
        "import sys\n"
        "from gazete.moderation.classifier import load_classifier\n"
        "clf = load_classifier()\n"
        "clf.scores('deneme yorumu')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'django', 'sklearn', 'scipy'})\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# " ab " gives 2 unigrams (pad spaces skipped), 3 bigrams and 2 trigrams, hashed into 2**20 buckets.
PINNED_AB_BUCKETS: list[int] = [34684, 195727, 492523, 498981, 550739, 837388, 985126]


def test_features_of_a_recent_text_are_kept_and_equal_a_fresh_computation(classifier: Classifier) -> None:
    clf = classifier
    text = "Sabah haberlerini okudum, ekonomi sayfası çok iyiydi."
    first = clf.features(text)
    assert clf.features(text) is first  # the classifier and the hostility model share one computation
    fresh = hashed_features(text, clf.blocks, clf.idf)
    assert np.array_equal(first[0], fresh[0]) and np.allclose(first[1], fresh[1])
    for number in range(20):  # only a few are kept
        clf.features(f"Başka bir yorum {number}")
    assert clf.features(text) is not first
