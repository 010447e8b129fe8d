"""Score the wire parsers on labelled agency documents: field accuracy per format.

The sets live in ``evaluation/wire/``: ``dev/`` is the development set the parsers are tuned on;
``holdout/`` is scored only at the end of a slice (never tuned on). Each set folder holds the
documents and an ``expected.json`` mapping each file name to the list of stories it must give,
each a dict of expected fields (``guid`` matches the story; the others are scored)::

    python -m gazete.wireformats.evaluate evaluation/wire/dev [--json] [--misses]

The format family comes from the file name's prefix (``g2-``, ``n12-``, ``ninjs``, ``atom``), not
from the parser, so a document the parser mistakes for another format still counts where it belongs.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gazete.scoring_cli import parse_scoring_args, write_scores
from gazete.wireformats.detect import parse_payload
from gazete.wireformats.model import WireStory

EXPECTED_FILE = "expected.json"
FAMILIES = (("g2-", "newsml-g2"), ("n12-", "newsml-1.2"), ("ninjs", "ninjs"), ("atom", "atom"), ("rss", "rss"))
ALL = "ALL"


def family_of(filename: str) -> str:
    """Return the format family a document's file name declares (``g2-reuters.xml`` → ``newsml-g2``)."""
    for prefix, family in FAMILIES:
        if filename.startswith(prefix):
            return family
    return "other"


def story_status(story: WireStory) -> str:
    """Return ``withdrawn``, ``embargoed`` or ``usable`` for a parsed story."""
    if story.withdrawn:
        return "withdrawn"
    if getattr(story, "embargoed_until", None) is not None:
        return "embargoed"
    return "usable"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def actual_fields(story: WireStory) -> dict[str, Any]:
    """Return a parsed story's values under the expected-field names."""
    paragraphs = [block.text for block in story.body if block.type == "paragraph"]
    return {
        "guid": story.agency_id,
        "headline": story.headline,
        "authors": list(story.authors),
        "source": story.source,
        "dateline_place": story.dateline.place,
        "paragraphs": len(paragraphs),
        "first_paragraph": paragraphs[0] if paragraphs else None,
        "version": story.version,
        "status": story_status(story),
        "language": story.language,
        "published_at": _iso(story.published_at),
        "embargoed_until": _iso(getattr(story, "embargoed_until", None)),
        "pictures": len(getattr(story, "media", ())),
    }


def _fold(value: Any) -> Any:
    """Compare text without case or surrounding space; lists element by element."""
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, list):
        return [_fold(item) for item in value]
    return value


def field_right(name: str, expected: Any, actual: Any) -> bool:
    """Tell whether one field matches: text case-insensitively; ``first_paragraph`` as a prefix."""
    if name == "first_paragraph" and isinstance(expected, str):
        return isinstance(actual, str) and _fold(actual).startswith(_fold(expected))
    return _fold(expected) == _fold(actual)


@dataclass(frozen=True)
class FieldOutcome:
    """One expected field of one story, and whether the parser got it."""

    document: str
    family: str
    guid: str
    field: str
    expected: Any
    actual: Any
    right: bool


def _match(expected: dict[str, Any], stories: list[WireStory], index: int) -> WireStory | None:
    """Find the story for an expected entry: by guid, else the one at the same position."""
    for story in stories:
        if expected.get("guid") and story.agency_id == expected["guid"]:
            return story
    return stories[index] if index < len(stories) else None


def score_set(folder: Path) -> list[FieldOutcome]:
    """Parse every labelled document of a set folder and compare each expected field."""
    labels = json.loads((folder / EXPECTED_FILE).read_text(encoding="utf-8"))
    outcomes: list[FieldOutcome] = []
    for name, entries in sorted(labels.items()):
        results = parse_payload((folder / name).read_bytes(), filename=name)
        stories = [result for result in results if isinstance(result, WireStory)]
        for index, expected in enumerate(entries):
            story = _match(expected, stories, index)
            actual = actual_fields(story) if story is not None else {}
            for field_name, value in expected.items():
                if field_name == "guid":
                    continue
                got = actual.get(field_name)
                right = story is not None and field_right(field_name, value, got)
                outcomes.append(FieldOutcome(name, family_of(name), str(expected.get("guid", "")), field_name,
                                             value, got, right))
    return outcomes


def accuracy_by(outcomes: Sequence[FieldOutcome], key: str) -> dict[str, tuple[int, int]]:
    """Return (right, total) per family or per field, with the ``ALL`` total."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        for group in (getattr(outcome, key), ALL):
            totals[group][0] += outcome.right
            totals[group][1] += 1
    return {group: (right, total) for group, (right, total) in sorted(totals.items())}


def report(outcomes: Sequence[FieldOutcome], *, misses: bool = False) -> str:
    """Return the table printed for people: accuracy per format family and per field."""
    lines = [f"{'format':<12} {'accuracy':>8}  fields"]
    for group, (right, total) in accuracy_by(outcomes, "family").items():
        lines.append(f"{group:<12} {right / total:>8.3f}  {right}/{total}")
    lines.append("")
    lines.append(f"{'field':<16} {'accuracy':>8}")
    for group, (right, total) in accuracy_by(outcomes, "field").items():
        if group != ALL:
            lines.append(f"{group:<16} {right / total:>8.3f}  {right}/{total}")
    if misses:
        lines.append("")
        for outcome in outcomes:
            if not outcome.right:
                lines.append(f"MISS {outcome.document} {outcome.field}: expected {outcome.expected!r}, "
                             f"got {outcome.actual!r}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score one or more set folders and print the table (or JSON)."""
    args = parse_scoring_args(
        argv,
        description=__doc__.splitlines()[0],
        inputs_help="set folders holding expected.json",
        json_help="print accuracy per family and field as JSON",
        misses_help="list every field the parsers got wrong",
    )
    outcomes = [outcome for folder in args.inputs for outcome in score_set(folder)]
    summary = {
        key: {group: round(right / total, 4) for group, (right, total) in accuracy_by(outcomes, key).items()}
        for key in ("family", "field")
    }
    write_scores(sys.stdout, summary, report(outcomes, misses=args.misses), as_json=args.json)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
