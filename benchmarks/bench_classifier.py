"""Benchmark the moderation classifier: warm comments/s on one core, cold load, model size, RSS memory.

The reference measured in the same run is a plain regex pass (one compiled alternation of offensive
stems, ``search`` per comment, Turkish lower-casing first) over the same comments; the report gives
the classifier's cost as a ratio of it.

Comments come from ../shared/data/moderation (OffensEval training TSV, read in place, never copied);
without it, synthetic comments are generated. Run::

    .venv/bin/python benchmarks/bench_classifier.py [--limit 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
OFFENSEVAL_TSV = REPO_ROOT.parent / "shared" / "data" / "moderation" / "offenseval2020-tr" / (
    "offenseval-tr-training-v1.tsv"
)

# Stems written for this benchmark: a stand-in for a rules pass, not a real lexicon.
REFERENCE_STEMS = [
    "aptal", "salak", "gerizekal", "şerefsiz", "alçak", "ahmak", "dangalak", "hıyar", "kahpe", "namussuz",
    "pislik", "rezil", "sefil", "haysiyetsiz", "terbiyesiz", "yavşak", "öküz", "eşek", "köpek", "it oğlu",
    "mal", "beyinsiz", "zavallı", "soysuz", "hain", "ahlaksız", "puşt", "kepaze", "adi", "aşağılık",
]


def load_comments(limit: int) -> tuple[list[str], str]:
    """Return up to ``limit`` comments and a word saying where they came from."""
    if OFFENSEVAL_TSV.is_file():
        lines = OFFENSEVAL_TSV.read_text("utf-8").split("\n")[1:]
        texts = [line.split("\t")[1] for line in lines if line.count("\t") == 2]
        return texts[:limit], "offenseval-training"
    rng = random.Random(1)
    words = ["haber", "güzel", "bugün", "maç", "hava", "belediye", "yorum", "ekonomi", "seçim", "aptal"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 25))) for _ in range(limit)]
    return texts, "synthetic"


def pin_one_core() -> str:
    """Restrict this process to one CPU and BLAS/OpenMP pools to one thread; return a description.

    Called before numpy is first imported (this script imports it only through the classifier).
    """
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[variable] = "1"
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def rss_mib() -> float:
    """Current resident set size of this process in MiB (Linux /proc)."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


COLD_CODE = """
import json, os, sys, time
for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[v] = "1"
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
start = time.perf_counter()
import numpy
after_numpy = time.perf_counter()
rss_before = rss()
from gazete.moderation.classifier import load_classifier
imported = time.perf_counter()
clf = load_classifier()
loaded = time.perf_counter()
clf.scores("ilk yorum burada")
first = time.perf_counter()
print(json.dumps({
    "numpy_import_s": after_numpy - start,
    "module_import_s": imported - after_numpy,
    "load_s": loaded - imported,
    "first_score_s": first - loaded,
    "total_s": first - start,
    "rss_before_mib": rss_before,
    "rss_after_mib": rss(),
    "sklearn_loaded": "sklearn" in sys.modules,
}))
"""


def measure_cold(runs: int) -> dict[str, float]:
    """Run a fresh interpreter ``runs`` times; return the median of each cold-start measure."""
    samples = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", COLD_CODE], capture_output=True, text=True, check=True)
        samples.append(json.loads(result.stdout))
    keys = samples[0].keys()
    return {key: sorted(sample[key] for sample in samples)[len(samples) // 2] for key in keys}


def time_best(function, repeat: int) -> float:
    """Best wall time of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a small report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=5000, help="number of comments")
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions (best is kept)")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh interpreters for the cold start")
    args = parser.parse_args(argv)

    pinned = pin_one_core()
    comments, origin = load_comments(args.limit)
    cold = measure_cold(args.cold_runs)

    from gazete.moderation.classifier import MODEL_FILE, load_classifier, turkish_lower

    rss_start = rss_mib()
    classifier = load_classifier()
    if classifier is None:
        print("no shipped model: nothing to benchmark")
        return 1
    rss_loaded = rss_mib()
    classifier.scores_many(comments[:200])  # warm-up

    pattern = re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in REFERENCE_STEMS) + r")\w*")

    def regex_pass() -> int:
        return sum(1 for text in comments if pattern.search(turkish_lower(text)))

    regex_seconds = time_best(regex_pass, args.repeat)
    scores_seconds = time_best(lambda: classifier.scores_many(comments), args.repeat)
    probability_seconds = time_best(lambda: classifier.offensive_probabilities(comments), args.repeat)

    count = len(comments)
    mean_chars = sum(map(len, comments)) / max(count, 1)
    print(f"comments: {count} ({origin}), mean {mean_chars:.0f} chars; {pinned}")
    print(f"model file: {MODEL_FILE.name} {MODEL_FILE.stat().st_size / 2**20:.2f} MiB")
    print(
        f"cold start (fresh interpreter, median of {args.cold_runs}):"
        f" numpy import {cold['numpy_import_s']:.3f}s,"
        f" module import {cold['module_import_s']:.3f}s, load {cold['load_s']:.3f}s,"
        f" first score {cold['first_score_s']:.4f}s, total {cold['total_s']:.3f}s;"
        f" sklearn imported: {bool(cold['sklearn_loaded'])}"
    )
    print(
        f"RSS: fresh process {cold['rss_before_mib']:.0f} MiB -> {cold['rss_after_mib']:.0f} MiB after load"
        f" (+{cold['rss_after_mib'] - cold['rss_before_mib']:.0f} MiB);"
        f" this process +{rss_loaded - rss_start:.0f} MiB"
    )
    print(f"regex pass (reference): {count / regex_seconds:,.0f} comments/s")
    print(
        f"classifier scores():    {count / scores_seconds:,.0f} comments/s"
        f"  ({scores_seconds / regex_seconds:.1f}x the regex time)"
    )
    print(
        f"classifier P(OFF) only: {count / probability_seconds:,.0f} comments/s"
        f"  ({probability_seconds / regex_seconds:.1f}x the regex time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
