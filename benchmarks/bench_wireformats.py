"""Measure page-text parsing speed (stories per second, one core) against a plain file read.

Run: ``.venv/bin/python benchmarks/bench_wireformats.py [--seconds 2]``. Uses our own fixtures in
tests/fixtures/wire/pagetext and, when present, the ../shared wire samples and reference page.
The reference is reading the same bytes from disk and decoding them, measured in the same run;
the ratio says how many times slower parsing is than that read. Target: >= 2,000 stories/s.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from gazete.wireformats import WireStory, parse_newsml, parse_page_text

REPO = Path(__file__).resolve().parents[1]
OWN_PAGES = REPO / "tests" / "fixtures" / "wire" / "pagetext"
OWN_NEWSML = REPO / "tests" / "fixtures" / "wire" / "newsml"
SHARED_SAMPLES = REPO.parent / "shared" / "samples"
TARGET_PER_SECOND = 2000


def page_files() -> list[Path]:
    """Return the page-text files to parse: ours plus the shared samples when present."""
    files = sorted(OWN_PAGES.glob("*.txt"))
    if SHARED_SAMPLES.is_dir():
        files += sorted(SHARED_SAMPLES.rglob("*.txt"))
    return files


def rate(work: Callable[[Path], object], files: list[Path], seconds: float) -> float:
    """Run ``work`` over the files round-robin for about ``seconds``; return calls per second."""
    count = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        for path in files:
            work(path)
        count += len(files)
    return count / (time.perf_counter() - started)


def read_only(path: Path) -> str:
    """The reference: read and decode the file."""
    return path.read_text(encoding="utf-8")


def read_and_parse(path: Path) -> object:
    """Read, decode and parse one page-text file."""
    return parse_page_text(path.read_text(encoding="utf-8"))


def read_and_parse_newsml(path: Path) -> object:
    """Read and parse one NewsML file."""
    return parse_newsml(path.read_bytes())


def main() -> None:
    """Print stories/s for page text (and NewsML) beside the plain-read rate."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = parser.parse_args()
    files = page_files()
    parsed = [read_and_parse(path) for path in files]
    ok = sum(isinstance(result, WireStory) for result in parsed)
    size = sum(path.stat().st_size for path in files) / len(files)
    print(f"page-text files: {len(files)} ({ok} parse to a story), mean {size:.0f} bytes"
          f"{'' if SHARED_SAMPLES.is_dir() else ' (../shared absent: own fixtures only)'}")
    reference = rate(read_only, files, args.seconds)
    parsing = rate(read_and_parse, files, args.seconds)
    print(f"plain read      : {reference:12,.0f} files/s")
    print(f"read + parse    : {parsing:12,.0f} stories/s  (target >= {TARGET_PER_SECOND:,}/s: "
          f"{'met' if parsing >= TARGET_PER_SECOND else 'NOT met'})")
    print(f"ratio           : parsing is {reference / parsing:.1f}x slower than a plain read")
    newsml_files = sorted(OWN_NEWSML.glob("aa-text-2024*.xml"))
    if newsml_files:
        newsml = rate(read_and_parse_newsml, newsml_files, args.seconds / 2)
        print(f"NewsML parse    : {newsml:12,.0f} items/s")


if __name__ == "__main__":
    main()
