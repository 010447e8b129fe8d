"""Keep payloads that could not be parsed or stored, with their reason, without duplicating them."""

from __future__ import annotations

import hashlib

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from gazete.wire.models import QuarantinedPayload, WireSource


def payload_hash(data: bytes) -> str:
    """The SHA-256 of a raw payload (ties a re-delivered bad payload to its quarantine entry)."""
    return hashlib.sha256(data).hexdigest()


def quarantine_payload(
    data: bytes,
    *,
    location: str,
    reason: str,
    source: WireSource | None = None,
    format_name: str = "",
    entry_index: int | None = None,
) -> QuarantinedPayload:
    """Quarantine ``data``; the same unresolved payload at the same place is counted, not copied again."""
    digest = payload_hash(data)
    with transaction.atomic():
        existing = (
            QuarantinedPayload.objects.select_for_update()
            .filter(location=location[:1000], content_hash=digest, entry_index=entry_index, resolved=False)
            .first()
        )
        if existing is not None:
            same = QuarantinedPayload.objects.filter(pk=existing.pk)
            same.update(attempts=F("attempts") + 1, reason=reason)
            existing.refresh_from_db()
            return existing
        return QuarantinedPayload.objects.create(
            source=source,
            location=location[:1000],
            entry_index=entry_index,
            raw=data,
            content_hash=digest,
            format=format_name[:20],
            reason=reason,
        )


def unresolved_hashes() -> set[str]:
    """Hashes of payloads waiting in the quarantine (to resolve them when they later go through)."""
    return set(QuarantinedPayload.objects.filter(resolved=False).values_list("content_hash", flat=True))


def mark_resolved(*, location: str, content_hash: str, entry_index: int | None, story_id: int | None) -> int:
    """Mark quarantine entries for this payload resolved because it has now been stored."""
    return QuarantinedPayload.objects.filter(
        location=location[:1000], content_hash=content_hash, entry_index=entry_index, resolved=False
    ).update(resolved=True, resolved_at=timezone.now(), story_id=story_id)
