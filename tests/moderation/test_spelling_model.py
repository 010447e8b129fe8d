"""spelling_model: the shipped word model accepts Turkish inflections and derivations, rejects misspellings."""

from __future__ import annotations

import pytest

from gazete.moderation.spelling_model import MODEL_PATH, get_model

CORRECT = (
    "kitabı", "kitaplarımdaki", "oynuyor", "gülümsüyor", "tahammülsüzleştirdiğin", "artarken", "hükümet", "hakkı",
    "diyor", "saate", "sendikasızlaştırılan", "kalitesizleşen", "kazanamıyoruz", "arabulucu", "dinleyip",
    "uyuyorum", "umursamıyor", "alınmalıydı", "oyuncusu", "önceki", "sonraki", "yapacağız", "geleceğim",
    "evdekiler", "güzelleşti", "okuyunca", "üzüldüm", "onu", "bunu", "nikah", "idi", "iseniz", "imiş",
)
MISSPELLED = (
    "geliyom", "yapıcaz", "gidicez", "diyo", "gidiyorm", "oynayor", "gelyor", "evlar", "yapıcam", "herkez",
)


@pytest.fixture(scope="module")
def model():
    if not MODEL_PATH.is_file():
        pytest.fail(f"{MODEL_PATH} is missing: run python -m gazete.moderation.tools.build_spelling")
    return get_model()


@pytest.mark.parametrize("word", CORRECT)
def test_accepts_inflections_derivations_and_modified_stems(model, word: str) -> None:
    assert model.accepts(word), word


@pytest.mark.parametrize("word", MISSPELLED)
def test_rejects_colloquial_spellings_and_typos(model, word: str) -> None:
    assert not model.accepts(word), model.analyse(word)


def test_analyse_shows_the_split(model) -> None:
    assert model.analyse("kitabı") == ["kitab", "ı"]
    assert model.analyse("geliyom") is None


def test_known_misspellings_carry_a_correction(model) -> None:
    assert model.suggestion("noisy", "gidiyorm") in {"gidiyor", "gidiyorum"}
    assert model.suggestion("ascii", "gercekten") == "gerçekten"
    assert model.suggestion("ascii", "cok") == "çok"
    assert model.suggestion("noisy", "gidiyorum") is None


@pytest.mark.parametrize("word", ["gidiyorm", "gercekten", "cok", "herkez", "gidiyorum", "kitap"])
def test_first_suggestion_is_the_noisy_table_then_the_ascii_one(model, word: str) -> None:
    expected = model.suggestion("noisy", word) or model.suggestion("ascii", word)
    assert model.first_suggestion(("noisy", "ascii"), word) == expected
    assert model.first_suggestion(("ascii",), word) == model.suggestion("ascii", word)


@pytest.mark.parametrize(
    "word",
    [
        *CORRECT, *MISSPELLED, "prodüktivite", "gençlerbirliği", "kendiliğinizden", "kılıçdaroğlu", "arama",
        "sabreden", "aaaaaaaaaaaaaaaaaaaa", "lerlerlerlerlerlerler", "kitaplaştırılamayanlardanmışsınızcasınax", "",
    ],
)
def test_accepts_answers_as_analyse_does(model, word: str) -> None:
    """accepts searches without building the split: the same states in the same order, the same answer."""
    assert model.accepts(word) is (model.analyse(word) is not None)
    assert model.accepts_common(word) is (model.analyse(word, common_only=True) is not None)
