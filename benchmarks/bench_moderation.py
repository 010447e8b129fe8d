"""Benchmark the moderation engine: cold start, warm comments/s and latency, RSS, vs a regex pass.

The engine runs as shipped: every rule plus the classifier, whose model load is part of the cold start.
Comments come from the OffensEval-TR training TSV in ../shared when present, else from our own
case files. The reference is a plain compiled-regex pass over the same comments, measured in the
same run, so the ratio says what the engine costs beyond touching the text. Last, made-up comments of
shuffled training words fill the engine's bounded memos, and the resident memory a long-running
server settles at is printed with how full each memo is.

Run: .venv/bin/python benchmarks/bench_moderation.py [--limit N] [--fill-limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OFFENSEVAL = REPO.parent / "shared" / "data" / "moderation" / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"
CASES = REPO / "tests" / "moderation" / "cases"

COLD_START = """
import time, resource
t = time.perf_counter()
from gazete.moderation import moderate
from gazete.moderation.scores import get_classifier
moderate("Bu cok sacma bir karar, herkez biliyor! SIKTIR GIT")
moderate("Bence CHP ve AKP bu konuda uzlaşmalı.")
moderate("This is a test comment in English about NATO")
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(int(get_classifier() is not None), time.perf_counter() - t, rss)
"""


def load_comments(limit: int) -> tuple[list[str], str]:
    """Return up to ``limit`` comments and where they came from."""
    if OFFENSEVAL.is_file():
        lines = OFFENSEVAL.read_text(encoding="utf-8").splitlines()[1:]
        return [line.split("\t")[1] for line in lines[:limit] if line.count("\t") >= 2], "OffensEval-TR training"
    texts = []
    for path in sorted(CASES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "text" in record:
                texts.append(record["text"])
    return (texts * (limit // max(1, len(texts)) + 1))[:limit], "our case files (repeated)"


def memo_fill() -> dict[str, tuple[int, int]]:
    """Return (entries, limit) of each bounded memo the engine keeps between comments."""
    from gazete.moderation import deasciify
    from gazete.moderation.config import DEFAULT_CONFIG
    from gazete.moderation.rules import profanity, spelling

    deasciify_info = deasciify._decided.cache_info()
    spelling_info = spelling._model_verdict.cache_info()
    lookalike_info = profanity.is_turkish_word.cache_info()
    decided = len(profanity.load_lexicon(DEFAULT_CONFIG.extra_banned_words)._decided)
    return {
        "deasciifier": (deasciify_info.currsize, deasciify_info.maxsize or 0),
        "spelling": (spelling_info.currsize, spelling_info.maxsize or 0),
        "profanity": (decided, profanity.DECIDED_LIMIT),
        "lookalike words": (lookalike_info.currsize, lookalike_info.maxsize or 0),
    }


def fill_memos(words: list[str], moderate: object, max_comments: int) -> int:
    """Moderate made-up comments of shuffled words until the deasciifier and spelling memos are full.

    A server that runs for days meets far more distinct words than one benchmark pass: this is the
    resident memory it settles at. Returns how many made-up comments it took (at most ``max_comments``).
    """
    rng = random.Random(20200)
    for made in range(1, max_comments + 1):
        moderate(" ".join(rng.choice(words) for _ in range(rng.randint(4, 30))))  # type: ignore[operator]
        if made % 1000 == 0 and all(
            used >= limit for name, (used, limit) in memo_fill().items() if name in ("deasciifier", "spelling")
        ):
            return made
    return max_comments


def main() -> None:
    """Measure and print the numbers and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--fill-limit", type=int, default=100_000,
                        help="most made-up comments to moderate while filling the memos (0: skip)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    cold = subprocess.run(
        [sys.executable, "-c", COLD_START], capture_output=True, text=True, check=True, env={**os.environ}
    )
    cold_classifier, cold_seconds, cold_rss = (float(value) for value in cold.stdout.split()[-3:])

    from gazete.moderation import moderate
    from gazete.moderation.scores import get_classifier

    comments, source = load_comments(args.limit)
    for text in comments[:50]:
        moderate(text)

    latencies = []
    decisions: dict[str, int] = {}
    start = time.perf_counter()
    for text in comments:
        t0 = time.perf_counter()
        verdict = moderate(text)
        latencies.append(time.perf_counter() - t0)
        decisions[verdict.decision] = decisions.get(verdict.decision, 0) + 1
    engine_seconds = time.perf_counter() - start

    pattern = re.compile(r"\b(?:siktir|orospu|amk|aq|göt\w*|piç)\b", re.IGNORECASE)
    start = time.perf_counter()
    for _ in range(5):
        regex_hits = sum(1 for text in comments if pattern.search(text))
    regex_seconds = (time.perf_counter() - start) / 5

    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    rate = len(comments) / engine_seconds
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"comments: {len(comments)} from {source}; decisions {decisions}")
    classifier = "loaded" if get_classifier() is not None and cold_classifier else "MISSING (rules only)"
    print(f"classifier: {classifier}")
    print(f"cold start (import + first two verdicts, fresh process): {cold_seconds:.2f} s (target < 5 s), "
          f"RSS {cold_rss:.0f} MB")
    print(f"warm engine: {rate:,.0f} comments/s on one core (target >= 1,000), p50 {p50:.2f} ms, "
          f"p99 {p99:.2f} ms (target < 10 ms)")
    print(f"plain regex pass: {len(comments) / regex_seconds:,.0f} comments/s ({regex_hits} hits)")
    print(f"ratio engine/regex time: {engine_seconds / regex_seconds:.0f}x")
    print(f"RSS after the warm run: {rss:.0f} MB (target < 400 MB)")
    if args.fill_limit:
        start = time.perf_counter()
        words = [word for text in load_comments(10**6)[0] for word in text.split()]
        made = fill_memos(words, moderate, args.fill_limit)
        fill = ", ".join(f"{name} {used:,}/{limit:,}" for name, (used, limit) in memo_fill().items())
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"RSS with the memos filled by {made:,} made-up comments ({made / (time.perf_counter() - start):,.0f}/s; "
              f"entries {fill}): {rss:.0f} MB (target < 400 MB)")


if __name__ == "__main__":
    main()
