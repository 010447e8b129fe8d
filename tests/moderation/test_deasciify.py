"""Deasciification with zemberek: restores letters, keeps length, leaves logging alone."""

from __future__ import annotations

import subprocess
import sys

from gazete.moderation.deasciify import CHUNK_CHARS, deasciify, is_available


def test_restores_letters_and_keeps_length() -> None:
    assert is_available()
    text = "Turkiye'de insanlar cok calisiyor"
    restored = deasciify(text)
    assert restored == "Türkiye'de insanlar çok çalışıyor"
    assert len(restored) == len(text)


def test_long_text_is_chunked_and_keeps_length() -> None:
    text = "bu cok sacma bir karar ama yine de okudum " * 40
    restored = deasciify(text)
    assert restored is not None
    assert len(text) > CHUNK_CHARS
    assert len(restored) == len(text)
    assert restored.startswith("bu çok saçma bir karar")


def test_importing_zemberek_leaves_the_root_logger_alone() -> None:
    code = (
        "import logging; before = list(logging.getLogger().handlers);"
        "from gazete.moderation.deasciify import deasciify; deasciify('cok');"
        "assert logging.getLogger().handlers == before, logging.getLogger().handlers"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
