"""Deasciification: restores letters, keeps length, agrees with zemberek's own class, leaves logging alone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gazete.moderation.deasciify import deasciify, import_deasciifier, is_available

# Sentences written for these tests, each typed without Turkish letters.
ASCII_SENTENCES = [
    "Turkiye'de insanlar cok calisiyor",
    "Bu haberi okuyunca cok sasirdim, gercekten inanilmaz bir gelisme",
    "Istanbul'da bugun yagmur yagdi, sokaklar gol oldu",
    "Ogrenciler sinavdan once cok gergindi ama hepsi gecti",
    "Guzel bir yazi olmus, elinize saglik hocam",
    "Sikayet etmekten vazgecin, isinize bakin",
    "Universite ogrencileri ucretsiz ulasim istiyor",
    "Bence bu karar yanlis; dusunulmeden alinmis",
    "IZMIR'DE DEPREM OLDU, CIKIN DISARI",
    "Cocuklar bahcede oynuyor, anneleri ise cay icip sohbet ediyor",
]


def test_restores_letters_and_keeps_length() -> None:
    assert is_available()
    text = "Turkiye'de insanlar cok calisiyor"
    restored = deasciify(text)
    assert restored == "Türkiye'de insanlar çok çalışıyor"
    assert len(restored) == len(text)


@pytest.mark.parametrize("text", ASCII_SENTENCES)
def test_same_output_as_zemberek_class(text: str) -> None:
    zemberek = import_deasciifier()
    assert zemberek is not None
    assert deasciify(text) == zemberek(text).convert_to_turkish()
    assert deasciify(text) == zemberek(text).convert_to_turkish()  # the second time from the memo


def test_long_text_keeps_length_and_restores_throughout() -> None:
    text = "bu cok sacma bir karar ama yine de okudum " * 40
    restored = deasciify(text)
    assert restored is not None and len(restored) == len(text)
    assert restored.startswith("bu çok saçma bir karar")
    assert restored.endswith("bu çok saçma bir karar ama yine de okudum ")


def test_text_with_turkish_letters_and_empty_text() -> None:
    assert deasciify("") == ""
    assert deasciify("Çok güzel") == "Çok güzel"


def test_importing_zemberek_leaves_the_root_logger_alone() -> None:
    code = (
        "import logging; before = list(logging.getLogger().handlers);"
        "from gazete.moderation.deasciify import deasciify; deasciify('cok');"
        "assert logging.getLogger().handlers == before, logging.getLogger().handlers"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
