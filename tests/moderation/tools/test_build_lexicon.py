"""The derived profanity list: reproducible from ../shared, attributed, reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazete.moderation.tools import build_lexicon
from gazete.moderation.tools.build_lexicon import DATA_DIR, DROPPED, NOTICE_NAME, OUTPUT_NAME, derive_entries


def test_shipped_list_carries_attribution_and_licence() -> None:
    text = (DATA_DIR / OUTPUT_NAME).read_text(encoding="utf-8")
    assert "ooguz/turkce-kufur-karaliste" in text
    assert "CC BY-SA 4.0" in text
    assert "CC BY-SA 4.0" in (DATA_DIR / NOTICE_NAME).read_text(encoding="utf-8")


def test_reviewed_words_are_dropped() -> None:
    entries, dropped = derive_entries(["allah", "siktir", "  ", "aptal", "sike", "a.q.", "OÇ"])
    assert entries == ["aq", "oç", "siktir"]
    assert dropped == 3
    assert "allah" in DROPPED["ordinary word, not profanity"]


@pytest.mark.shared
def test_build_from_shared_reproduces_the_shipped_list(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / build_lexicon.SOURCE_RELATIVE
    kept, dropped = build_lexicon.build(source, tmp_path)
    assert kept > 400 and dropped > 100
    assert (tmp_path / OUTPUT_NAME).read_text(encoding="utf-8") == (DATA_DIR / OUTPUT_NAME).read_text(
        encoding="utf-8"
    )
