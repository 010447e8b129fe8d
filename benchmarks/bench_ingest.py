"""Benchmark storing wire stories end to end on the embedded default (SQLite WAL, file cache).

Target: at least 300 stories/s stored. The benchmark writes N page-text files of invented stories
(written by us) into a temp folder, migrates a fresh SQLite database in a temp data dir, and
ingests the folder through ``gazete.wire.services.Ingestor`` (the service behind ``gazete ingest``:
parse, publish rules, upsert_story in its own transaction per story, signals). The reference, run
in the same go, is a plain read of the same files' bytes; the parse alone is shown for scale.
A second ingest of the same folder (everything ``unchanged``) is timed too.

Run: .venv/bin/python benchmarks/bench_ingest.py [--stories N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET = 300.0
PLACES = ("Ankara", "Istanbul", "Izmir", "Bursa", "Konya", "Antalya", "Trabzon", "Erzurum")
REPORTERS = ("Ayse Demir", "John Carter", "Elif Kaya", "Mehmet Aslan", "Sara Lee")


def page(number: int) -> str:
    """One invented AA-style English story page (sample written for the gazete benchmark)."""
    place = PLACES[number % len(PLACES)]
    return "\n".join([
        f"City council approves plan {number} for new park in {place}",
        "",
        "The plan covers a park, a library and a cycle path in the city centre",
        "",
        f"By {REPORTERS[number % len(REPORTERS)]}",
        "",
        f"{place.upper()} (AA) - The city council approved plan number {number} on Tuesday"
        " after a long debate.",
        "",
        "Work on the park is expected to start in spring, the mayor told reporters.",
        "",
        "- Library next year",
        "",
        "The library will open next year, according to the council's statement, and will hold 40,000 books.",
        "",
        "Source: Anadolu Agency",
        "",
    ])


def write_pages(folder: Path, count: int) -> list[Path]:
    """Write ``count`` page files into sub-folders of 100."""
    paths = []
    for number in range(count):
        path = folder / f"{number // 100:04d}" / f"story-{number:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(number), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Measure and print the rates and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="gazete-bench-ingest-"))
    for name in ("GAZETE_DATABASE_URL", "GAZETE_REDIS_URL"):
        os.environ.pop(name, None)  # the embedded default, whatever the shell has
    os.environ["GAZETE_DATA_DIR"] = str(work / "data")
    (work / "data").mkdir()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from gazete.newsroom.invalidation import batched_invalidation
    from gazete.wire.services import Ingestor, iter_payload_files
    from gazete.wireformats import parse_payload

    call_command("migrate", verbosity=0)
    paths = write_pages(work / "pages", args.stories)
    files = list(iter_payload_files([work / "pages"]))
    assert len(files) == args.stories

    started = time.perf_counter()
    total_bytes = sum(len(path.read_bytes()) for path in files)
    read_seconds = time.perf_counter() - started

    started = time.perf_counter()
    parsed = sum(len(parse_payload(path.read_bytes(), filename=path.name)) for path in files)
    parse_seconds = time.perf_counter() - started

    ingestor = Ingestor()
    started, cpu_started = time.perf_counter(), time.process_time()
    with batched_invalidation():  # as `gazete ingest` does
        for path in files:
            ingestor.ingest_file(path)
        ingestor.finish()
    ingest_seconds = time.perf_counter() - started
    ingest_cpu = time.process_time() - cpu_started
    counts = ingestor.counts.as_dict()

    again = Ingestor()
    started = time.perf_counter()
    for path in files:
        again.ingest_file(path)
    again.finish()
    again_seconds = time.perf_counter() - started

    stories = counts["new"]
    rate = stories / ingest_seconds
    print(f"stories: {args.stories} page-text files, {total_bytes / 1e6:.2f} MB, data dir {work / 'data'}")
    line = "{:27}{:8.1f} ms  ({:10.0f} {}/s)"
    print(line.format("plain read of the files:", read_seconds * 1000, len(paths) / read_seconds, "files"))
    print(line.format("parse only:", parse_seconds * 1000, parsed / parse_seconds, "stories"))
    print(line.format("ingest (new):", ingest_seconds * 1000, rate, "stories"), counts)
    again_rate = args.stories / again_seconds
    print(line.format("ingest again (unchanged):", again_seconds * 1000, again_rate, "stories"))
    print("{:27}{:8.1f} ms  ({:10.0f} stories/CPU-s)".format("ingest CPU time:", ingest_cpu * 1000,
                                                            stories / ingest_cpu))
    print(f"ratio ingest / plain read: {ingest_seconds / read_seconds:8.1f}x slower")
    print(f"ratio ingest / parse only: {ingest_seconds / parse_seconds:8.1f}x slower")
    verdict = "meets" if rate >= TARGET else "BELOW"
    print(f"target >= {TARGET:.0f} stories/s: {verdict} ({rate:.0f} stories/s)")
    if counts["new"] != args.stories:
        sys.exit(f"expected {args.stories} new stories, got {counts}")


if __name__ == "__main__":
    main()
