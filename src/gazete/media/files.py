"""Put picture files on the configured storage (data directory or S3 bucket) under their own names."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages


def media_storage() -> Storage:
    """The storage pictures go to: Django's default (``GAZETE_MEDIA_S3_URL`` switches it to S3)."""
    return storages["default"]


def save_once(name: str, data: bytes, storage: Storage | None = None) -> str:
    """Store ``data`` as ``name`` unless a file of that name is there (names are content hashes).

    Returns the stored name; raises ``ValueError`` if the storage renamed it (it would then not be
    the stable, content-addressed name pages link to).
    """
    storage = storage or media_storage()
    if storage.exists(name):
        return name
    stored = storage.save(name, ContentFile(data))
    if stored != name:
        raise ValueError(f"storage saved {name!r} as {stored!r}")
    return stored
