"""Content-addressed file names for pictures: the name carries the bytes' hash, so URLs never go stale.

Renditions live under ``p/`` (public: served with a year-long, immutable cache lifetime); originals
under ``originals/`` (kept as received, EXIF and all, and never served). A change to how renditions
are made bumps :data:`RENDITION_VERSION`, which changes every rendition's name rather than its bytes.
"""

from __future__ import annotations

import hashlib
import re

PUBLIC_PREFIX = "p"
ORIGINALS_PREFIX = "originals"
RENDITION_VERSION = 1
EXTENSIONS = {"webp": "webp", "avif": "avif", "jpeg": "jpg"}
# What a public rendition name looks like (checked before a file is served from the data directory).
PUBLIC_NAME_RE = re.compile(
    r"^[0-9a-f]{2}/[0-9a-f]{64}-\d{1,5}(?:-social(?:-c\d{1,3}-\d{1,3})?)?(?:-v\d+)?\.(?:webp|avif|jpg)$")


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex (a picture's identity on storage)."""
    return hashlib.sha256(data).hexdigest()


def original_name(sha256: str, extension: str) -> str:
    """``originals/ab/<sha>.jpg``: where the file as received is kept."""
    return f"{ORIGINALS_PREFIX}/{sha256[:2]}/{sha256}.{extension}"


def rendition_name(sha256: str, width: int, format: str, *, social: bool = False,
                   focal: tuple[float, float] | None = None) -> str:
    """``p/ab/<sha>-720.webp`` (``-1200-social.jpg`` for the social image; ``-vN`` after version 1).

    A rendition cropped around a focal point carries it in percent (``-1200-social-c50-30.jpg``), so
    moving the focal point gives the new crop a new name and no cache keeps the old one.
    """
    suffix = "-social" if social else ""
    if focal is not None:
        suffix += f"-c{round(focal[0] * 100)}-{round(focal[1] * 100)}"
    version = f"-v{RENDITION_VERSION}" if RENDITION_VERSION > 1 else ""
    return f"{PUBLIC_PREFIX}/{sha256[:2]}/{sha256}-{width}{suffix}{version}.{EXTENSIONS[format]}"


def is_public_name(relative: str) -> bool:
    """True for a path below ``p/`` that a rendition name can have (no ``..``, no originals)."""
    return bool(PUBLIC_NAME_RE.match(relative)) and relative[:2] == relative[3:5]
