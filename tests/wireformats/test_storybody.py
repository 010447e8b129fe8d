"""Tests for gazete.wireformats.storybody: repeated headlines, highlights, datelines and sign-offs."""

from __future__ import annotations

from gazete.wireformats import agencies
from gazete.wireformats.model import Block
from gazete.wireformats.storybody import tidy_body


def paragraphs(*texts: str) -> tuple[Block, ...]:
    return tuple(Block("paragraph", text) for text in texts)


def test_reuters_highlights_dateline_and_credits() -> None:
    body = tidy_body(
        paragraphs("* Output up 1.4%", "TOKYO, May 3 (Reuters) - Output rose.", "More text.",
                   "(Reporting by Kenji Ota; Editing by Tom Hale)"),
        headline="Output rises", profile=None,
    )
    assert [b.text for b in body.blocks] == ["Output rose.", "More text."]
    assert (body.place, body.profile.code if body.profile else None) == ("TOKYO", "REUTERS")
    assert body.highlights == ("Output up 1.4%",)


def test_tt_plain_text_repeats_headline_and_vignette() -> None:
    tt = agencies.by_code("TT")
    body = tidy_body(paragraphs("Biblioteket öppnar", "Kultur TT", "Biblioteket öppnar i kväll."),
                     headline="Biblioteket öppnar", profile=tt)
    assert [b.text for b in body.blocks] == ["Biblioteket öppnar i kväll."]
    assert body.place is None


def test_aa_dateline_keeps_region_and_reporters() -> None:
    body = tidy_body(paragraphs("KAHRAMANMARAŞ (AA) - ALİ VELİ/ AYŞE KAYA - Depremde yıkılan okul açıldı."),
                     headline=None, profile=None)
    assert body.aa_dateline and body.place == "KAHRAMANMARAŞ"
    assert body.dateline_authors == ("ALİ VELİ", "AYŞE KAYA")
    assert body.blocks[0].text.startswith("Depremde")


def test_afp_signoff_only_for_afp() -> None:
    afp = agencies.by_code("AFP")
    assert [b.text for b in tidy_body(paragraphs("Text.", "nl/jm"), headline=None, profile=afp).blocks] == ["Text."]
    assert len(tidy_body(paragraphs("Text.", "nl/jm"), headline=None, profile=None).blocks) == 2


def test_body_without_dateline_is_kept_whole() -> None:
    body = tidy_body(paragraphs("Plain first paragraph.", "Second."), headline="Other", profile=None)
    assert (len(body.blocks), body.place, body.profile) == (2, None, None)
