"""Measure the spelling rule's word model: false flags on clean Turkish, recall on misspellings, speed, memory.

Clean texts: the sentences of the Turkish wire samples in ../shared/samples/wire (body text only), and
OffensEval-TR *training* tweets labelled NOT that contain Turkish letters (random, seed 7), counted once
over all of them and once over those whose every checked word zemberek's morphology analyses (the
reference for "a real Turkish word"; it is loaded here only, with ``--reference``, and takes a while).
Recall: the misspellings of our spelling cases and a list of colloquial spellings and typos.
The reference for speed is the table-only rule (``use_morphology=False``) on the same comments.

Run: .venv/bin/python benchmarks/bench_spelling.py [--tweets 2000] [--reference] [--show 40]
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OFFENSEVAL = SHARED / "data" / "moderation" / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"
WIRE = SHARED / "samples" / "wire"
CASES = REPO / "tests" / "moderation" / "cases"

MISSPELLED = (
    "geliyom", "yapıcaz", "gidicez", "diyo", "gidiyorm", "cok", "gercekten", "yapıcam", "gelcem", "napıyon",
    "biliyomusun", "olucak", "nerden", "gidiyoz", "bilmiyom", "istiyom", "yapcaz", "bişey", "herkez", "yanlız",
    "malesef", "sölüyorum", "birşey", "gözüküyo", "gercek", "bugun", "olmuyo", "gelicek", "diyolar", "iyiki",
    "yapıyosun", "ediyoz", "dogru", "bakıyom",
)
"""Colloquial spellings, typos and ASCII words (in a comment with Turkish letters) the rule should find."""

COLD = """
import time, resource
t = time.perf_counter()
from gazete.moderation.spelling_model import get_model
model = get_model()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def wire_sentences() -> list[str]:
    """Return the sentences of the Turkish wire samples' body text (no dateline, byline or credits)."""
    sentences = []
    for path in sorted(WIRE.glob("tr-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split(") - ", 1)[-1].strip()
            if len(line) < 40 or line.startswith(("Muhabir", "Kaynak", "Fotoğraf")):
                continue
            sentences.extend(part.strip() for part in line.replace("? ", "?|").replace(". ", ".|").split("|"))
    return [sentence for sentence in sentences if len(sentence.split()) >= 4]


def not_tweets(count: int) -> list[str]:
    """Return ``count`` random NOT training tweets that contain Turkish letters (seed 7)."""
    from gazete.moderation.normalize import has_turkish_letters

    rows = [line.split("\t") for line in OFFENSEVAL.read_text(encoding="utf-8").splitlines()[1:]]
    texts = [row[1] for row in rows if len(row) >= 3 and row[2].strip() == "NOT" and has_turkish_letters(row[1])]
    random.Random(7).shuffle(texts)
    return texts[:count]


def case_texts() -> list[dict]:
    """Return the spelling case records (text and expectation)."""
    return [json.loads(line) for line in (CASES / "spelling.jsonl").read_text(encoding="utf-8").splitlines()[1:]]


def findings(text: str, morphology: bool = True) -> list[tuple[str, str]]:
    """Return (word, correction) for every finding of the spelling rule on a Turkish comment."""
    from gazete.moderation.config import ModerationConfig
    from gazete.moderation.rules import spelling
    from gazete.moderation.rules.base import Comment

    comment = Comment(text, "tr", ModerationConfig(use_morphology=morphology))
    return [(item.original, item.replacement) for item in spelling.find_misspellings(text, "tr", comment)]


def reference_analyser():
    """Return a cached ``word -> bool`` telling whether zemberek's morphology analyses a word."""

    from gazete.moderation.deasciify import import_deasciifier

    import_deasciifier()
    from zemberek import TurkishMorphology

    morphology = TurkishMorphology.create_with_defaults()

    @functools.cache
    def analysable(word: str) -> bool:
        return bool(morphology.analyze(word).analysis_results)

    return analysable


def main() -> None:
    """Print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tweets", type=int, default=2000)
    parser.add_argument("--reference", action="store_true", help="load zemberek to select fully analysed tweets")
    parser.add_argument("--show", type=int, default=30, help="print the most frequent flagged words")
    args = parser.parse_args()

    cold = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
    load_seconds, load_rss = (float(value) for value in cold.stdout.split()[-2:])
    print(f"word model load (fresh process, import + load): {load_seconds:.2f} s, peak RSS {load_rss:.0f} MB")
    size = (REPO / "src" / "gazete" / "moderation" / "data" / "spelling-tr.npz").stat().st_size
    print(f"data file: {size / 1e6:.1f} MB")

    sentences = wire_sentences()
    flagged = [(s, f) for s in sentences if (f := findings(s))]
    print(f"wire sentences: {len(flagged)} of {len(sentences)} flagged "
          f"({100 * len(flagged) / max(1, len(sentences)):.1f} %)")
    for sentence, found in flagged:
        print("   ", found, "|", sentence[:100])

    tweets = not_tweets(args.tweets) if OFFENSEVAL.is_file() else []
    results = [(text, findings(text)) for text in tweets]
    any_flag = [item for item in results if item[1]]
    print(f"NOT tweets with Turkish letters: {len(any_flag)} of {len(results)} flagged "
          f"({100 * len(any_flag) / max(1, len(results)):.1f} %)")
    words = Counter(word.lower() for _, found in results for word, _ in found)
    print("   most flagged:", ", ".join(f"{word}({n})" for word, n in words.most_common(args.show)))

    if args.reference and results:
        from gazete.moderation.normalize import tr_lower
        from gazete.moderation.normalize import words as tokens

        analysable = reference_analyser()
        clean = [
            (text, found) for text, found in results
            if all(analysable(tr_lower(token.text)) for token in tokens(text)
                   if len(token.text) >= 3 and token.text.islower() and "'" not in token.text)
        ]
        false = [(text, found) for text, found in clean if found]
        print(f"of the {len(clean)} NOT tweets zemberek fully analyses: {len(false)} flagged "
              f"({100 * len(false) / max(1, len(clean)):.1f} %)")
        for text, found in false[: args.show]:
            print("   ", found, "|", text[:100])

    cases = case_texts()
    print("spelling cases:")
    for record in cases:
        print(f"   {record['id']}: {findings(record['text'])}")
    missed = [word for word in MISSPELLED if not findings(f"Şöyle bir yorum: {word} dedim.")]
    print(f"recall on {len(MISSPELLED)} colloquial/typo/ASCII words: {len(MISSPELLED) - len(missed)} found; "
          f"missed: {missed}")

    comments = [text for text, _ in results] or [record["text"] for record in cases]
    for label, morphology in (("table only (reference)", False), ("with the word model", True)):
        for text in comments[:200]:
            findings(text, morphology)
        start = time.perf_counter()
        for text in comments:
            findings(text, morphology)
        seconds = time.perf_counter() - start
        print(f"{label}: {len(comments) / seconds:,.0f} comments/s (warm cache)")
    from gazete.moderation.rules import spelling
    from gazete.moderation.spelling_model import get_model

    model = get_model()
    distinct = sorted({token for text in comments for token in text.lower().split() if token.isalpha()})
    start = time.perf_counter()
    for word in distinct:
        model.accepts(word)
    per_word = (time.perf_counter() - start) / max(1, len(distinct)) * 1e6
    print(f"uncached accepts(): {per_word:.1f} µs per word over {len(distinct)} distinct words; "
          f"verdict cache {spelling._model_verdict.cache_info().currsize} words")
    print(f"RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
