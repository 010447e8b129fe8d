"""Score the engine on labelled comment sets by category: decisions right, expected reasons, false flags.

The sets live in ``evaluation/moderation/``: ``dev/`` … ``dev-N/`` are development sets the rules are
tuned on; each ``holdout-N/`` is sealed until the end of a slice, scored then (never tuned on). Spent sets may
move to ``training/moderation/``, in its format (see its README). Each line here is
``{"id", "category", "text", "decision": "approve"|"not_approved", "codes": [...]}``; ``review``
and ``reject`` both count as not approved. Usage::

    python -m gazete.moderation.tools.evaluate evaluation/moderation/dev [--json] [--misses]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gazete.moderation.engine import moderate
from gazete.moderation.verdict import Verdict
from gazete.scoring_cli import parse_scoring_args, write_scores

APPROVE = "approve"
CLEAN = "clean"


@dataclass(frozen=True)
class LabelledComment:
    """One comment of an evaluation set with what a moderator expects of it."""

    id: str
    category: str
    text: str
    approve: bool
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """How the engine did on one labelled comment."""

    case: LabelledComment
    verdict: Verdict

    @property
    def decision_right(self) -> bool:
        """Tell whether approve-versus-not matches the label."""
        return (self.verdict.decision == APPROVE) == self.case.approve

    @property
    def reasons_right(self) -> bool:
        """Tell whether every expected reason code is reported."""
        return all(code in self.verdict.codes for code in self.case.codes)


def read_sets(paths: Iterable[Path]) -> list[LabelledComment]:
    """Read labelled comments from JSONL files or folders of them; a bad line raises ``ValueError``."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    cases = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                cases.append(
                    LabelledComment(
                        id=str(record["id"]),
                        category=str(record["category"]),
                        text=str(record["text"]),
                        approve=record["decision"] == APPROVE,
                        codes=tuple(record.get("codes") or ()),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: not a labelled comment ({exc})") from exc
    return cases


def score(cases: Sequence[LabelledComment]) -> list[Outcome]:
    """Moderate every labelled comment and return the outcomes in order."""
    return [Outcome(case, moderate(case.text)) for case in cases]


def summarise(outcomes: Sequence[Outcome]) -> dict[str, dict[str, float | int]]:
    """Return per-category counts and rates, plus ``ALL`` (decisions and reasons over every comment)."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.case.category].append(outcome)
    groups["ALL"] = list(outcomes)
    table: dict[str, dict[str, float | int]] = {}
    for category, members in sorted(groups.items()):
        n = len(members)
        decisions = sum(outcome.decision_right for outcome in members)
        reasons = sum(outcome.reasons_right for outcome in members)
        table[category] = {
            "n": n,
            "decisions_right": decisions,
            "decision_rate": round(decisions / n, 3),
            "reasons_right": reasons,
            "reason_rate": round(reasons / n, 3),
        }
    return table


def format_table(table: dict[str, dict[str, float | int]]) -> str:
    """Return the summary as an aligned text table."""
    lines = [f"{'category':<18} {'n':>4} {'decisions':>12} {'reasons':>12}"]
    for category, row in table.items():
        lines.append(
            f"{category:<18} {row['n']:>4} {row['decisions_right']:>5} {row['decision_rate']:>6.3f}"
            f" {row['reasons_right']:>5} {row['reason_rate']:>6.3f}"
        )
    return "\n".join(lines)


def format_misses(outcomes: Sequence[Outcome]) -> str:
    """Return one line per comment with a wrong decision or a missing reason."""
    lines = []
    for outcome in outcomes:
        if outcome.decision_right and outcome.reasons_right:
            continue
        verdict = outcome.verdict
        lines.append(
            f"{outcome.case.id}\t{verdict.decision}\t{','.join(verdict.codes) or '-'}\t{outcome.case.text}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the sets named on the command line and print the table (and the misses when asked)."""
    args = parse_scoring_args(
        argv,
        description=__doc__.splitlines()[0],
        inputs_help="JSONL files or folders of them",
        json_help="print the table as JSON",
        misses_help="also list every comment the engine got wrong",
    )
    outcomes = score(read_sets(args.inputs))
    table = summarise(outcomes)
    misses = format_misses(outcomes) if args.misses else None
    write_scores(sys.stdout, table, format_table(table), as_json=args.json, misses=misses)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
