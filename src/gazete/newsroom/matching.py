"""Keys that tie wire versions to one story: match keys, content hashes and Turkish-safe slugs."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from django.utils.text import slugify

from gazete.wireformats.model import WireStory

_TURKISH_ASCII = str.maketrans({"ı": "i", "İ": "I", "’": "", "'": ""})
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def turkish_lower(text: str) -> str:
    """Lower-case with Turkish rules (I→ı, İ→i) so that keys match however the agency cased them."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def normalise_text(text: str | None) -> str:
    """Lower-case (Turkish rules, then ı and i folded together), drop punctuation, collapse spaces.

    Agencies and portals case the same headline differently (``ISTANBUL`` / ``İstanbul``), so
    dotted and dotless i must meet in one form for keys to match.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", turkish_lower(text)).replace("ı", "i")
    return " ".join(_NON_WORD.sub(" ", folded).split())


def match_key(headline: str | None, place: str | None, authors: Iterable[str]) -> str:
    """Return the key that ties an un-id'd ``UPDATE n`` to its story: headline, dateline, authors."""
    parts = [normalise_text(headline), normalise_text(place), "|".join(sorted(normalise_text(a) for a in authors))]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def content_hash(story: WireStory) -> str:
    """Return a hash of everything readers would see of this version (identical payload → same hash)."""
    material = {
        "version": story.version,
        "kind": story.kind,
        "headline": story.headline,
        "standfirst": story.standfirst,
        "authors": list(story.authors),
        "dateline": [story.dateline.place, story.dateline.agency],
        "body": [[b.type, b.text] for b in story.body],
        "source": story.source,
        "withdrawn": story.withdrawn,
    }
    return hashlib.sha256(json.dumps(material, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def story_slug(headline: str, max_length: int = 120) -> str:
    """Return an ASCII slug for a (possibly Turkish) headline: ``Kızılay'a çağrı`` → ``kizilaya-cagri``."""
    slug = slugify(headline.translate(_TURKISH_ASCII))[:max_length].strip("-")
    return slug or "haber"


def blocks_as_dicts(blocks: Sequence[object]) -> list[dict[str, str]]:
    """Turn WireStory body blocks into the JSON stored on Story and StoryVersion."""
    return [{"type": block.type, "text": block.text} for block in blocks]  # type: ignore[attr-defined]
