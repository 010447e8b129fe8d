"""Readable differences between two versions of a story body: paragraphs added, removed, changed."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class BlockChange:
    """One change between versions; ``before``/``after`` are None for added/removed blocks."""

    kind: ChangeKind
    before: str | None
    after: str | None


def diff_blocks(before: list[dict[str, str]], after: list[dict[str, str]]) -> list[BlockChange]:
    """Compare two body block lists and say which paragraphs were added, removed or changed.

    >>> [c.kind for c in diff_blocks([{"type": "paragraph", "text": "a"}],
    ...                              [{"type": "paragraph", "text": "a b"}, {"type": "paragraph", "text": "c"}])]
    ['changed', 'added']
    """
    old = [b["text"] for b in before]
    new = [b["text"] for b in after]
    changes: list[BlockChange] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        removed, added = old[i1:i2], new[j1:j2]
        paired = min(len(removed), len(added)) if op == "replace" else 0
        for k in range(paired):
            changes.append(BlockChange("changed", removed[k], added[k]))
        changes.extend(BlockChange("removed", text, None) for text in removed[paired:])
        changes.extend(BlockChange("added", None, text) for text in added[paired:])
    return changes


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Split a changed paragraph into ``(op, words)`` runs, op one of ``equal``, ``insert``, ``delete``."""
    a, b = before.split(), after.split()
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("equal", " ".join(a[i1:i2])))
        else:
            if i2 > i1:
                runs.append(("delete", " ".join(a[i1:i2])))
            if j2 > j1:
                runs.append(("insert", " ".join(b[j1:j2])))
    return runs
