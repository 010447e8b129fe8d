"""Tests for gazete.wireformats.language: English or Turkish from letters and stopwords."""

from __future__ import annotations

from gazete.wireformats.language import detect_language


def test_english() -> None:
    assert detect_language("Turkish security forces neutralized eight terrorists, the ministry said.") == "en"


def test_english_with_turkish_names() -> None:
    text = "Erdoğan said in İstanbul that the agency and its staff were a source of pride for Türkiye."
    assert detect_language(text) == "en"


def test_turkish() -> None:
    assert detect_language("Kahramanmaraş'ta kurulan çadır kentlerde depremzedeler yeni bir hayata alışıyor.") == "tr"


def test_turkish_without_stopwords() -> None:
    assert detect_language("Çadırlar kuruldu") == "tr"


def test_no_evidence() -> None:
    assert detect_language("12 345 %") is None
