"""build_spelling: the word model built from a tiny lexicon taken from the installed zemberek package."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.spelling_model import SpellingModel
from gazete.moderation.tools import build_spelling

ROOTS = {
    "kitap_Noun", "oynamak_Verb", "hak_Noun", "ev_Noun", "gelmek_Verb", "gitmek_Verb", "demek_Verb",
    "imek_Verb", "saat_Noun", "güzel_Adj", "o_Pron_Pers", "ve_Conj", "Ankara_Noun_Prop",
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, np.ndarray], Path]:
    """Build the model from a dozen roots of zemberek's lexicon and our own two small noisy-word files."""
    zemberek = pytest.importorskip("zemberek")
    from gazete.moderation.deasciify import import_deasciifier

    import_deasciifier()
    from zemberek import TurkishMorphology
    from zemberek.morphology.lexicon.root_lexicon import DictionaryReader, RootLexicon

    lexicon = Path(zemberek.__file__).resolve().parent / "resources" / "lexicon.csv"
    with lexicon.open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if row[0] in ROOTS]
    items = [DictionaryReader.make_dict_item_from_line(row) for row in rows]
    morphology = TurkishMorphology.builder(RootLexicon(items)).build()
    resources = tmp_path_factory.mktemp("resources")
    (resources / "normalization").mkdir()
    (resources / "normalization" / "lookup-from-graph.txt").write_text(
        "kitab=kitap,kitabı\nevlr=evler\nsaate=saate\ngeldim=geldim\nankarada=ankara'da\n", encoding="utf-8"
    )
    (resources / "normalization" / "ascii-map.txt").write_text("guzel=güzel\nkitap=kitap\n", encoding="utf-8")
    return build_spelling.build(morphology, resources, None), resources


def test_inflections_with_modified_stems_and_derivations(tiny: tuple[dict[str, np.ndarray], Path]) -> None:
    model = SpellingModel(tiny[0])
    for word in ["kitap", "kitabı", "kitaplarımdaki", "oynuyor", "oynattırılan", "hakkı", "saate", "evlerimizde",
                 "geldiğinde", "gidiyorum", "gidecekmişsiniz", "diyor", "güzelleştirdiğin", "ankarada"]:
        assert model.accepts(word), word
    assert model.analyse("kitabı") == ["kitab", "ı"]


def test_rejects_wrong_harmony_stems_and_colloquial_endings(tiny: tuple[dict[str, np.ndarray], Path]) -> None:
    model = SpellingModel(tiny[0])
    for word in ["kitab", "kitapı", "oynayor", "saata", "evlar", "geliyom", "gidicez", "gidiyorm", "gitiyor", "diyo"]:
        assert not model.accepts(word), word
    assert not SpellingModel(tiny[0], names=False).accepts("ankarada")


def test_noisy_tables_keep_rejected_keys_with_the_accepted_candidate(tiny: tuple[dict[str, np.ndarray], Path]) -> None:
    model = SpellingModel(tiny[0])
    assert model.suggestion("noisy", "kitab") == "kitap"  # without a language model the first accepted wins
    assert model.suggestion("noisy", "evlr") == "evler"
    assert model.suggestion("noisy", "saate") is None  # its own candidate: a word
    assert model.suggestion("noisy", "geldim") is None
    assert model.suggestion("noisy", "ankarada") is None  # only an apostrophe away: a name, not checked
    assert model.suggestion("ascii", "guzel") == "güzel"
    assert model.suggestion("ascii", "kitap") is None


def test_main_writes_a_loadable_file(tiny: tuple[dict[str, np.ndarray], Path], tmp_path: Path) -> None:
    arrays, _ = tiny
    path = tmp_path / "spelling-tr.npz"
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    with np.load(path) as data:
        assert SpellingModel({name: data[name] for name in data.files}).accepts("kitabı")
    assert build_spelling.unpack_strings(build_spelling.pack_strings(["a", "bç"])) == ["a", "bç"]


def test_word_hash_is_stable() -> None:
    assert build_spelling.word_hash("çok") == build_spelling.word_hash("çok") != build_spelling.word_hash("cok")
