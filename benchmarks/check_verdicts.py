"""Record the moderation engine's full verdicts on a fixed set of comments, or compare with a record.

A speed change must not change a single verdict. The comments: every evaluation set
(``evaluation/moderation/*/*.jsonl``), every case file (``tests/moderation/cases``, with its language
and article context) and the first ``--tweets`` OffensEval-TR training tweets from ../shared when
present. A verdict is kept whole: decision, suggestion, and per reason its code, severity, score
(6 places), spans and word suggestions.

Run: .venv/bin/python benchmarks/check_verdicts.py --save /tmp/before.json
     .venv/bin/python benchmarks/check_verdicts.py --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "moderation" / "cases"
EVALUATION = REPO / "evaluation" / "moderation"
OFFENSEVAL = REPO.parent / "shared" / "data" / "moderation" / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"

Item = tuple[str, str, str | None, str | None]
"""(key, text, lang, context) of one comment to moderate."""


def load_items(tweets: int) -> list[Item]:
    """Return the comments of the evaluation sets, the case files and the first ``tweets`` tweets."""
    contexts: dict[str, str] = json.loads((CASES / "contexts.json").read_text(encoding="utf-8"))
    items: list[Item] = []
    for path in sorted(EVALUATION.glob("*/*.jsonl")) + sorted(CASES.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            if "text" not in record:
                continue
            context = contexts[record["context"]] if record.get("context") else None
            key = f"{path.relative_to(REPO)}:{number}"
            items.append((key, record["text"], record.get("lang"), context))
    if OFFENSEVAL.is_file():
        lines = OFFENSEVAL.read_text(encoding="utf-8").splitlines()[1 : tweets + 1]
        items.extend((f"offenseval:{n}", line.split("\t")[1], None, None) for n, line in enumerate(lines))
    return items


def verdict_record(text: str, lang: str | None, context: str | None) -> dict[str, Any]:
    """Return the whole verdict of one comment as plain JSON data."""
    from gazete.moderation import moderate

    verdict = moderate(text, lang=lang, context=context)
    return {
        "decision": verdict.decision,
        "suggestion": verdict.suggestion,
        "lang": verdict.lang,
        "reasons": [
            [
                reason.code,
                reason.severity,
                round(reason.score, 6),
                [[span.start, span.end, span.text] for span in reason.spans],
                [[s.start, s.end, s.original, s.replacement] for s in reason.suggestions],
            ]
            for reason in verdict.reasons
        ],
    }


def main() -> int:
    """Save or compare the verdicts; exit 1 when any verdict differs from the record."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tweets", type=int, default=4000, help="first OffensEval training tweets to add")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the verdicts to this JSON file")
    group.add_argument("--compare", type=Path, help="compare the verdicts with this JSON file")
    args = parser.parse_args()
    items = load_items(args.tweets)
    verdicts = {key: verdict_record(text, lang, context) for key, text, lang, context in items}
    if args.save:
        args.save.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {len(verdicts)} verdicts to {args.save}")
        return 0
    recorded: dict[str, Any] = json.loads(args.compare.read_text(encoding="utf-8"))
    differing = [key for key in recorded.keys() | verdicts.keys() if recorded.get(key) != verdicts.get(key)]
    for key in sorted(differing)[:20]:
        print(f"DIFFERS {key}:\n  was {recorded.get(key)}\n  now {verdicts.get(key)}")
    print(f"{len(verdicts)} verdicts, {len(differing)} differ from {args.compare}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
