"""Hooks that run when a server process stops gracefully (e.g. flushing buffered read counts)."""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)
_HOOKS: list[Callable[[], None]] = []


def on_shutdown(hook: Callable[[], None]) -> Callable[[], None]:
    """Register ``hook`` to run at graceful shutdown; usable as a decorator."""
    if hook not in _HOOKS:
        _HOOKS.append(hook)
    return hook


def run_shutdown_hooks() -> None:
    """Run every registered hook, logging (not raising) a failing one so the others still run."""
    for hook in list(_HOOKS):
        try:
            hook()
        except Exception:  # a failing hook must not stop the others; it is logged with its traceback
            logger.exception("shutdown hook %s failed", getattr(hook, "__name__", hook))
