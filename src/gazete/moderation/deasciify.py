"""Restore Turkish letters in ASCII-typed text with zemberek-python's deasciifier, loaded once.

The deasciifier is the pattern-table method of Deniz Yuret's turkish-mode as ported by
zemberek-python (Apache-2.0). It is length-preserving: it only toggles c/ç, g/ğ, i/ı, o/ö, s/ş,
u/ü, so offsets found on its output are valid on its input.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

CHUNK_CHARS = 300
"""Texts are restored in whitespace-bounded chunks of about this size: the port copies the whole
string for every letter, so one pass over a long text would take quadratic time."""

_CHUNK_RE = re.compile(rf".{{1,{CHUNK_CHARS}}}(?:\s+|$)|\S+\s*", re.DOTALL)


def _import_deasciifier() -> type | None:
    """Import zemberek's Deasciifier class, undoing the root-logger handler its package adds."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from zemberek.normalization.deasciifier.deasciifier import Deasciifier
    except ImportError:
        return None
    finally:
        # zemberek/__init__.py attaches a stdout handler to the root logger at INFO level;
        # a library must not reconfigure the host application's logging.
        root.handlers[:] = handlers
        root.setLevel(level)
    return Deasciifier


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str] | None:
    """Return a function that deasciifies one chunk, or None when zemberek is not installed."""
    deasciifier = _import_deasciifier()
    if deasciifier is None:
        return None
    return lambda chunk: deasciifier(chunk).convert_to_turkish()


def is_available() -> bool:
    """Tell whether the deasciifier can be loaded."""
    return _converter() is not None


def deasciify(text: str) -> str | None:
    """Return ``text`` with Turkish letters restored, or None when the deasciifier is missing.

    >>> deasciify("Bugun hava cok guzel")
    'Bugün hava çok güzel'
    """
    convert = _converter()
    if convert is None:
        return None
    if len(text) <= CHUNK_CHARS:
        return convert(text)
    return "".join(convert(chunk) for chunk in _CHUNK_RE.findall(text))
