"""Measure search at 100,000 stories against a primary-key lookup and the article page, same run.

Run: ``.venv/bin/python benchmarks/bench_search.py [--stories 100000] [--seconds 2] [--fresh]``.
The archive is synthetic: stories of agency length (a headline, a standfirst and 6-10 paragraphs,
about 310 words) drawn from a Turkish and English vocabulary with the skew of real text (a few
words in most stories, most words in few), with the terms readers look for planted at known rates
(``G-7`` in 0.1 % of stories, ``NATO`` 2 %, ``15 Temmuz`` 0.5 %, ``Kremlin`` 1 %, ``İstanbul`` 10 %).
It is generated once (seeded, so every run builds the same archive) into a data directory under
the system's temp folder and reused by later runs; ``migrate`` runs on every start, so a change to
the search index reaches the kept archive through its migration (``--fresh`` builds it anew).

Printed per query: the median milliseconds of ``search_story_ids`` (the ranked ids, what the index
costs) and of the whole ``/ara/`` page (ids plus the rendered page of ten results), each also as
a ratio to a primary-key lookup of a story and to the article page, both measured in this run on
the same database. The goal on the embedded default (SQLite) is a search page under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

QUERIES = [
    "G-7", "NATO", "istanbul", "15 Temmuz", "Kreml", "Erdoğan'ın", '"merkez bankası"',
    "ekonomi büyüme", "bugün", "g",
]


def words_of(text: str) -> list[str]:
    """The words of a space-separated list."""
    return text.split()


# (words to plant, share of stories that carry them)
PLANTED = [
    ("G-7", 0.001), ("NATO", 0.02), ("15 Temmuz", 0.005), ("Kremlin", 0.01), ("İstanbul", 0.10),
    ("Erdoğan'ın", 0.03), ("merkez bankası", 0.02),
]
TURKISH = words_of("""
    ve bir bu için ile da de olarak daha çok en göre sonra kadar yeni büyük açıkladı söyledi yaptı
    bugün yıl gün hafta ay ekonomi büyüme enflasyon faiz bakan bakanlık cumhurbaşkanı meclis karar
    toplantı açıklama hükümet belediye vali il ilçe köy şehir ülke dünya ticaret ihracat ithalat
    üretim sanayi tarım enerji doğalgaz petrol elektrik yatırım proje hizmet vatandaş halk sağlık
    hastane eğitim okul öğrenci öğretmen üniversite spor maç takım gol lig şampiyon futbol basketbol
    hava yağmur kar sıcaklık rüzgar deprem yangın kaza polis jandarma mahkeme dava savcı ifade seçim
    parti milletvekili kanun teklif görüşme zirve lider heyet ziyaret anlaşma işbirliği
""")
ENGLISH = words_of("""
    the of and to in a for on that with said is was by as at from has have it its will be are
    government minister president election economy growth inflation rate bank market trade export
    import energy oil gas power city country world people police court official talks summit leader
    agreement security defence army border refugee health hospital school students team match season
    league coach goal weather storm earthquake fire report data percent million
""")
SYLLABLES = words_of("""
    ka ra ma ta la sa na ya da ba ke re me te le se ne ye de be ki ri mi ti li si ni ko ro mo to lo
    so no do bo ku ru mu tu lu su nu du bu an ar al er el in ir ol or un ur
""")


def vocabulary(rng: random.Random, size: int = 20000) -> list[str]:
    """Common Turkish and English words first, then made-up words, ranked by how often they occur."""
    words = list(dict.fromkeys(TURKISH + ENGLISH))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def synthetic_stories(count: int, seed: int = 19) -> Iterator[dict[str, object]]:
    """Yield ``count`` synthetic stories (headline, standfirst, body paragraphs, language)."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    cumulative = []
    total = 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cumulative.append(total)

    def sentence(length: int) -> str:
        chosen = rng.choices(words, cum_weights=cumulative, k=length)
        return " ".join(chosen).capitalize() + "."

    for n in range(count):
        paragraphs = [
            " ".join(sentence(rng.randint(8, 20)) for _ in range(rng.randint(2, 3)))
            for _ in range(rng.randint(6, 10))
        ]
        headline = sentence(rng.randint(6, 11)).rstrip(".")
        for term, share in PLANTED:
            if rng.random() < share:
                where = rng.randrange(len(paragraphs) + 1)
                if where == len(paragraphs):
                    headline = f"{term} {headline}"
                else:
                    paragraphs[where] = f"{paragraphs[where]} {term} {sentence(6)}"
        yield {
            "n": n,
            "language": "tr" if n % 3 else "en",
            "headline": headline[:390],
            "standfirst": sentence(rng.randint(18, 30)),
            "paragraphs": paragraphs,
        }


def build(count: int) -> None:
    """Store ``count`` synthetic published stories and index them (signals off: bulk insert)."""
    from django.db import connection, transaction

    from gazete.newsroom import search
    from gazete.newsroom.models import Story

    started = time.perf_counter()
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    batch: list[Story] = []

    def flush() -> None:
        with transaction.atomic():
            stored = Story.objects.bulk_create(batch)
            if search.supported():
                for story in stored:
                    search.index_story(story)
        batch.clear()

    for item in synthetic_stories(count):
        n = int(item["n"])  # type: ignore[call-overload]
        batch.append(Story(
            agency="BENCH", agency_id=f"bench:{n}", slug=f"bench-story-{n}", language=item["language"],
            status=Story.Status.PUBLISHED, headline=item["headline"], standfirst=item["standfirst"],
            dateline_place="ANKARA", dateline_agency="AA",
            body=[{"type": "paragraph", "text": text} for text in item["paragraphs"]],  # type: ignore[union-attr]
            published_at=t0 + timedelta(minutes=5 * n), updated_at=t0 + timedelta(minutes=5 * n),
        ))
        if len(batch) == 2000:
            flush()
            print(f"  built {n + 1} stories ({time.perf_counter() - started:.0f} s)", flush=True)
    if batch:
        flush()
    if search.supported():
        search.tidy()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum does on a live server
    print(f"built {count} stories in {time.perf_counter() - started:.0f} s", flush=True)


def timed(work: Callable[[], object], seconds: float) -> tuple[float, int]:
    """Run ``work`` repeatedly for about ``seconds`` (at least 5 times); median milliseconds, count."""
    samples = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(samples) < 5:
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), len(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000, help="archive size")
    parser.add_argument("--seconds", type=float, default=2.0, help="time spent on each measurement")
    parser.add_argument("--fresh", action="store_true", help="build the archive anew")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="where the archive is kept (default: gazete-bench-search-N in the temp folder)")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"gazete-bench-search-{args.stories}"
    built_stamp = data_dir / "bench-built"
    if args.fresh and data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GAZETE_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from gazete.newsroom.models import Story
    from gazete.newsroom.search import search_story_ids

    print(f"archive: {data_dir} ({connection.vendor})", flush=True)
    started = time.perf_counter()
    call_command("setup", "--no-samples", verbosity=0)
    print(f"setup/migrate: {time.perf_counter() - started:.1f} s", flush=True)
    if not built_stamp.exists():
        Story.objects.filter(agency="BENCH").delete()
        build(args.stories)
        built_stamp.write_text(f"{args.stories}\n")
    print(f"stories: {Story.objects.count()}", flush=True)

    client = Client(HTTP_HOST="127.0.0.1")
    story = Story.objects.get(agency_id=f"bench:{args.stories // 2}")
    ids = list(Story.objects.values_list("id", flat=True)[:1000])
    pick = random.Random(1)

    def pk_lookup() -> object:
        return Story.objects.get(pk=pick.choice(ids)).headline

    def article() -> object:
        response = client.get(story.get_absolute_url())
        assert response.status_code == 200, response.status_code
        return response.content

    pk_ms, pk_n = timed(pk_lookup, args.seconds)
    article()
    article_ms, article_n = timed(article, args.seconds)
    print(f"reference: primary-key lookup {pk_ms:.3f} ms (median of {pk_n}); "
          f"article page (cached fragments) {article_ms:.3f} ms (median of {article_n})")
    print(f"{'query':18s} {'found':>6s} {'ids ms':>8s} {'page ms':>8s} {'page/article':>13s} {'page/pk':>8s}")
    for query in QUERIES:
        found = len(search_story_ids(query))

        def page(q: str = query) -> object:
            response = client.get("/ara/", {"q": q})
            assert response.status_code == 200, response.status_code
            return response.content

        ids_ms, _ = timed(lambda q=query: search_story_ids(q), args.seconds)
        page()
        page_ms, _ = timed(page, args.seconds)
        print(f"{query:18s} {found:6d} {ids_ms:8.2f} {page_ms:8.2f} {page_ms / article_ms:12.1f}x "
              f"{page_ms / pk_ms:7.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
