"""Diffs shaped for the desk's templates: changed blocks with their word-level runs."""

from __future__ import annotations

from dataclasses import dataclass

from gazete.newsroom.diffing import diff_blocks, word_diff


@dataclass(frozen=True)
class DeskChange:
    """One changed, added or removed block; ``words`` holds (op, text) runs for a changed one."""

    kind: str
    before: str | None
    after: str | None
    words: list[tuple[str, str]]


def body_changes(before: list[dict[str, str]], after: list[dict[str, str]]) -> list[DeskChange]:
    """What changed between two bodies, paragraph by paragraph, with word runs for changed ones."""
    return [
        DeskChange(
            kind=change.kind,
            before=change.before,
            after=change.after,
            words=word_diff(change.before or "", change.after or "") if change.kind == "changed" else [],
        )
        for change in diff_blocks(before, after)
    ]


def line_change(before: str, after: str) -> list[tuple[str, str]] | None:
    """Word runs between two one-line texts (headline, standfirst), or None when they are equal."""
    if before == after:
        return None
    return word_diff(before, after)
