"""Readership's receivers of other apps' events: a story carried over starts at the reads it had."""

from __future__ import annotations

from typing import Any

from gazete.newsroom.signals import read_count_carried
from gazete.readership import services


def seed_carried_reads(sender: type, story_id: int, count: int, **kwargs: Any) -> None:
    """A story carried over from another portal's page: start its counter at the reads that page showed."""
    services.seed_read_count(story_id, count)


def connect() -> None:
    """Connect the receivers (idempotent: each connection has a dispatch_uid)."""
    read_count_carried.connect(seed_carried_reads, dispatch_uid="readership-read-count-carried")
