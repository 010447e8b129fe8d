"""Measure reader-page renders, uncached and cached, against a static file served by the same stack.

Run: ``.venv/bin/python benchmarks/bench_pages.py [--seconds 2]``. Everything happens in-process
through Django's test client (the whole middleware stack, WhiteNoise included) on a throw-away
data directory with the sample stories. "Uncached" moves the content generation before every
request, so every fragment is rendered from the database; "cached" serves warm fragments, the
cached story and comment block (the read counter is still rendered live). The reference is the
site's own stylesheet served by WhiteNoise in the same run; ratios say how many times slower a
page is, in wall time and in CPU time.
It also prints each page's weight (HTML + its stylesheets and scripts, not its pictures: the sample
stories carry drawn sample pictures, which tests/browser/test_pictures.py weighs in Chromium).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable


def _setup(data_dir: str) -> None:
    os.environ["GAZETE_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("setup", verbosity=0)


def timed(work: Callable[[], object], seconds: float) -> tuple[float, float, int]:
    """Run ``work`` repeatedly for about ``seconds``; return the median wall and CPU milliseconds and the count.

    CPU time (this process's) is what a render costs; wall time also counts waiting for the disk
    and for the CPU on a busy machine, so on a shared machine the CPU column is the steadier one.
    """
    wall, cpu = [], []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(wall) < 5:
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), len(wall)


def page_weight(client: object, html: str) -> int:
    """Bytes of a page plus the stylesheets and scripts it links (fetched through the same stack)."""
    total = len(html.encode())
    for url in re.findall(r'(?:<link rel="stylesheet" href|<script src)="(/static/[^"]+)"', html):
        response = client.get(url)  # type: ignore[attr-defined]
        total += len(b"".join(response.streaming_content) if response.streaming else response.content)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent on each measurement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gazete-bench-pages-") as data_dir:
        _setup(data_dir)
        from django.templatetags.static import static
        from django.test import Client

        from gazete.newsroom.cache import bump_generation
        from gazete.newsroom.models import Story

        # No test environment (its template instrumentation would slow every render): the client
        # asks for a host the default settings allow.
        client = Client(HTTP_HOST="127.0.0.1")
        story = Story.objects.get(agency_id="sample:text:0001")
        css_url = static("gazete/site.css")

        def fetch(url: str) -> Callable[[], object]:
            def work() -> object:
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
                return b"".join(response.streaming_content) if response.streaming else response.content

            return work

        def uncached(url: str) -> Callable[[], object]:
            get = fetch(url)

            def work() -> object:
                bump_generation()
                return get()

            return work

        reference_ms, reference_cpu, reference_n = timed(fetch(css_url), args.seconds)
        print(f"reference: static file {css_url} via WhiteNoise: {reference_ms:.3f} ms, CPU {reference_cpu:.3f} ms "
              f"(medians of {reference_n})")
        rows = [
            ("article, uncached", uncached(story.get_absolute_url())),
            ("article, cached", fetch(story.get_absolute_url())),
            ("home, uncached", uncached("/")),
            ("home, cached", fetch("/")),
            ("section page, cached", fetch(story.section.get_absolute_url())),
            ("RSS feed, cached", fetch("/rss/")),
            ("search 'liman'", fetch("/ara/?q=liman")),
        ]
        for name, work in rows:
            work()  # warm up (and fill the cache for the cached rows)
            ms, cpu, count = timed(work, args.seconds)
            print(f"{name:22s} {ms:8.3f} ms  {ms / reference_ms:7.1f}x static file   CPU {cpu:8.3f} ms  "
                  f"{cpu / reference_cpu:7.1f}x  ({count} requests)")
        for name, url in [("article", story.get_absolute_url()), ("home", "/")]:
            weight = page_weight(client, client.get(url).content.decode())
            print(f"weight: {name} {weight / 1024:.1f} KB (HTML + CSS + JS, without pictures; budget 100 KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
