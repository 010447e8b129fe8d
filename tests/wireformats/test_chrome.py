"""Tests for gazete.wireformats.chrome: portal chrome, footers, credits and editor's notes."""

from __future__ import annotations

import pytest

from gazete.wireformats.chrome import (
    Credit,
    is_chrome_line,
    is_comment_policy,
    is_editor_note,
    is_terminator,
    is_timestamp_line,
    match_credit,
    match_read_count,
)


@pytest.mark.parametrize(
    "line",
    [
        "?>",
        "Contact Us",
        "Subscribe",
        "Published December 16,2017",
        "Dünya - 6 yıl önce",
        "dikGAZETE.com",
        "En.Haberler.Com - Latest News",
        "SEARCH IN NEWS:",
        "HOME PAGE 23/04/2024 12:37",
        "News  >",
        "Home > World > Europe",
        "Haberler      English      Türkçe      Kurdî",
        "06.04.2020 22:12",
        "H",
        "Photo: Ali Veli / AA",
        "Güncelleme: 16.12.2017 15:30",
        "Facebook Twitter WhatsApp",
        "Paylaş: Facebook | X | E-posta",
        "3 min read",
        "3 dk okuma süresi",
        "Okuma süresi: 4 dakika",
        "Giriş: 05.06.2024 10:20",
        "This website uses cookies to improve your experience. Accept",
        "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz.",
        "Kabul Et",
        "© 2024 Örnek Haber. Tüm hakları saklıdır.",
        "Foto: AA",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Turkish security forces neutralized eight PKK terrorists in northern Iraq.",
        "BİRLEŞMİŞ MİLLETLER",
        "Israel detains 18 more Palestinians in occupied West Bank",
        "- Cluster munitions",
        "The trade gap narrowed 19.7% to $14.12 billion over the same period.",
        "Çerez ve kuruyemiş satışları bayram öncesi arttı.",
        "The tourists use cookies as snacks.",
        "Twitter said on Monday it would ban political ads.",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line)


def test_read_counters() -> None:
    assert match_read_count("This news has been read 65 times in total") == 65
    assert match_read_count("This news has been read 1,204 times in total") == 1204
    assert match_read_count("Bu haber toplam 3.482 kez okundu") == 3482
    assert match_read_count("Okunma Sayısı: 77") == 77
    assert match_read_count("He read 65 books in total.") is None


def test_footer_lines_end_the_story() -> None:
    assert is_terminator("Previous and Next News")
    assert is_terminator("Latest News")
    assert is_terminator("Tags: Turkey, Iraq")
    assert is_comment_policy("UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren,")
    assert is_comment_policy("Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.")
    assert not is_terminator("The latest news from the front was grim.")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Kaynak: AA", Credit(agency="AA")),
        ("Kaynak: aa", Credit(agency="AA")),
        ("Kaynak: Anadolu Haber Ajansı", Credit(agency="AA")),
        ("Source: Anadolu Agency", Credit(agency="AA")),
        ("Kaynak:Source of News", Credit(placeholder=True)),
        ("Kaynak:", Credit()),
        ("Kaynak: İHA", Credit(name="İHA")),
        ("Anadolu Agency", Credit(agency="AA", labelled=False)),
        ("Anadolu Agency WORLD", Credit(agency="AA", labelled=False, section_label=True)),
        ("(AA)", Credit(agency="AA", labelled=False)),
        ("- Anadolu Agency", Credit(agency="AA", labelled=False)),
        ("Source: Anadolu", Credit(agency="AA")),
        ("Kaynak: aa", Credit(agency="AA")),
        ("The Anadolu Agency said so.", None),
    ],
)
def test_match_credit(line: str, credit: Credit | None) -> None:
    assert match_credit(line) == credit


def test_editor_notes() -> None:
    assert is_editor_note("UPDATES NUMBER INJURED, ADDS DETAILS; REVISES DECK")
    assert is_editor_note("(Updates with new casualty figures)")
    assert not is_editor_note("BİRLEŞMİŞ MİLLETLER")
    assert not is_editor_note("NATO UPDATES its plans")


def test_timestamp_lines() -> None:
    assert is_timestamp_line("Yayınlanma: 16 Aralık 2017 - 14:25 | Güncelleme: 16 Aralık 2017 - 15:30")
    assert not is_timestamp_line("Exports rose 12% in 2023.")
