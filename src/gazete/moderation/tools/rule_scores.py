"""Score the engine per rule on a labelled file: precision, recall and F1 per rule, macro-F1 of offensive-or-not.

An offline tool (``gazete moderation eval --data FILE``): it reads OffensEval TSV or our JSONL case
files and never runs inside the site.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from gazete.moderation.config import ModerationConfig
from gazete.moderation.engine import moderate
from gazete.moderation.policy import CONTENT_CODES
from gazete.moderation.registry import RULES

OFFENSIVE_LABELS = frozenset({"OFF", "OFFENSIVE", "1", "TRUE", "YES"})


@dataclass
class RuleCounts:
    """True positives, false positives and false negatives of one rule or label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        """Count one item."""
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    def precision(self) -> float:
        """Return tp / (tp + fp), 0 when undefined."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        """Return tp / (tp + fn), 0 when undefined."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    """Per-rule and offensive-or-not scores of the engine on a labelled file."""

    items: int = 0
    offensive: RuleCounts = field(default_factory=RuleCounts)
    rules: dict[str, RuleCounts] = field(default_factory=dict)

    def macro_f1(self) -> float:
        """Return the mean F1 of the OFF and NOT classes (the OffensEval measure)."""
        c = self.offensive
        not_class = RuleCounts(tp=c.tn, fp=c.fn, fn=c.fp, tn=c.tp)
        return (c.f1() + not_class.f1()) / 2

    def as_text(self) -> str:
        """Return the report as aligned text lines."""
        lines = [f"items: {self.items}", f"{'rule':<18}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
        for name, counts in [*sorted(self.rules.items()), ("offensive-or-not", self.offensive)]:
            support = counts.tp + counts.fn
            lines.append(
                f"{name:<18}{counts.precision():>10.3f}{counts.recall():>10.3f}{counts.f1():>10.3f}{support:>9}"
            )
        lines.append(f"macro-F1 (OFF/NOT): {self.macro_f1():.3f}")
        return "\n".join(lines)


def _read_items(path: Path) -> Iterable[tuple[str, bool | None, frozenset[str] | None, str | None, str | None]]:
    """Yield (text, offensive label or None, expected codes or None, lang, context) from a TSV or JSONL file.

    In JSONL, a record with a ``decision`` but no ``codes`` (our case files' negatives) expects no
    codes; records without ``text`` (headers) are skipped.
    """
    with path.open(encoding="utf-8") as handle:
        if path.suffix == ".jsonl":
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    continue
                codes = record.get("codes")
                if codes is None and "decision" in record:
                    codes = []
                label = record.get("label")
                expected_codes = frozenset(codes) if isinstance(codes, list) else None
                offensive: bool | None
                if label is None and expected_codes is not None:
                    offensive = bool(expected_codes & CONTENT_CODES)
                else:
                    offensive = str(label).upper() in OFFENSIVE_LABELS if label is not None else None
                lang = record.get("lang") if isinstance(record.get("lang"), str) else None
                context = record.get("context") if isinstance(record.get("context"), str) else None
                yield record["text"], offensive, expected_codes, lang, context
            return
        for number, line in enumerate(handle):
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or (number == 0 and fields[0] == "id"):
                continue
            yield fields[1], fields[2].strip().upper() in OFFENSIVE_LABELS, None, None, None


def evaluate(
    path: str | Path, stdout: IO[str] | None = None, config: ModerationConfig | None = None
) -> EvaluationReport:
    """Score the engine on a labelled file; write the report to ``stdout`` when given.

    Accepts OffensEval TSV (``id<TAB>text<TAB>OFF|NOT``, no quoting) or JSONL with ``text`` and
    ``label`` (OFF/NOT) and/or ``codes`` (expected reason codes, for per-rule scores); optional
    ``lang`` and ``context`` (article text) are passed to the engine.
    """
    report = EvaluationReport()
    for text, offensive, codes, lang, context in _read_items(Path(path)):
        verdict = moderate(text, lang=lang, context=context, config=config)
        found = {reason.code for reason in verdict.reasons if reason.severity != "note"}
        report.items += 1
        if offensive is not None:
            report.offensive.add(offensive, bool(found & CONTENT_CODES))
        if codes is not None:
            for rule in RULES:
                report.rules.setdefault(rule.code, RuleCounts()).add(rule.code in codes, rule.code in found)
    if stdout is not None:
        stdout.write(report.as_text() + "\n")
    return report
