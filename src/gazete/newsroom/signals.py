"""Signals the newsroom sends so caches and feeds can follow story changes."""

from django.dispatch import Signal

# Sent after commit with ``story`` and ``outcome`` ("new", "updated", "withdrawn", "published"…).
story_changed = Signal()
