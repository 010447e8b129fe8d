"""Small text helpers: the duplicate-detection fingerprint and the article text given to the engine."""

from __future__ import annotations

import hashlib
import re

from gazete.newsroom.models import Story

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalised(text: str) -> str:
    """Return ``text`` case-folded with punctuation and runs of spaces collapsed (for duplicates)."""
    return _NOT_WORD.sub(" ", text.replace("İ", "i").replace("I", "ı").casefold()).strip()


def fingerprint(text: str) -> str:
    """Return the SHA-256 of the normalised text."""
    return hashlib.sha256(normalised(text).encode()).hexdigest()


def article_text(story: Story) -> str:
    """Return the story's headline, standfirst and body as one text (names in it are never misspelled)."""
    parts = [story.headline, story.standfirst, story.dateline_place]
    parts += [str(block.get("text", "")) for block in story.body if isinstance(block, dict)]
    return "\n".join(part for part in parts if part)
