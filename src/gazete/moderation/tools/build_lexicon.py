"""Build ``data/profanity_tr.txt`` from the ooguz Turkish profanity blacklist (CC BY-SA 4.0).

Run from the repository root: ``python -m gazete.moderation.tools.build_lexicon`` (reads
``../shared/data/moderation/lexicons/ooguz-turkce-kufur-karaliste/karaliste.txt``). The output is a
derived work and stays under CC BY-SA 4.0; its header and ``data/LICENSE-NOTICE`` say so.

Each entry of the source was reviewed. Entries in :data:`DROPPED` are left out, grouped by why:
they are ordinary words, only offensive inside a phrase, insults handled by the insult rule, or
ASCII spellings that collide with common innocent words.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gazete.moderation.normalize import matching_key

SOURCE_RELATIVE = Path("data/moderation/lexicons/ooguz-turkce-kufur-karaliste/karaliste.txt")
DATA_DIR = Path(__file__).resolve().parents[1] / "data"
OUTPUT_NAME = "profanity_tr.txt"
NOTICE_NAME = "LICENSE-NOTICE"

DROPPED: dict[str, frozenset[str]] = {
    "ordinary word, not profanity": frozenset(
        [
            "allah", "ana", "anal", "avrat", "basur", "biting", "cenabet", "cif", "cikar", "cim", "dölü",
            "düdük", "emi", "feriştah", "ferre", "hoşafı", "kaka", "kaşar", "kayyum", "krar", "meme",
            "memelerini", "oğlan", "penis", "pipi", "pipiş", "porno", "rahminde", "revizyonist", "saksofon",
            "sekis", "sevişelim", "sexs", "sie", "tiyniyat", "toplarm", "topsun", "vajina", "vajinanı",
            "veled", "weled", "dildo", "boner", "osur", "osurduu", "osuruk", "osururum", "ossurduum",
            "ossurmak", "ossuruk", "otuzbir", "osbir", "iserim", "işerim", "zıkkımım", "yalama", "yalarım",
            "yalarun", "yaram", "yaramn", "abaza", "ag", "am", "sokam", "sokarım", "sokarim", "sokarm",
            "sokayım", "sokaym", "sokum", "koyarm", "koyayım", "koyiim", "koyiiym", "koyim", "koyum",
            "koyyim", "goyum", "goyiim", "goyuyim", "goyyim", "mal", "dönek", "kaypak", "dinsiz",
            "allahsız", "imansz", "azdır", "azdırıcı",
            "kafam girsin", "sevgi koyarım", "laciye boyadım", "patlak zar", "o çocuğu", "o. çocuğu",
        ]
    ),
    "family word, offensive only inside a phrase": frozenset(
        [
            "anam", "anamla", "anan", "anana", "anandan", "ananı", "ananın", "ananınki", "ananızın",
            "anani", "ananin", "anann", "ananz", "analarn", "anas", "anasını", "anasi", "anasinin", "anay",
            "anayin", "anneni", "annenin", "annesiz", "babanı", "babanın", "babani", "bacına", "bacını",
            "bacının", "bacini", "bacn", "bacndan", "bacy", "eben", "ebeni", "ebenin", "ebeninki",
            "ecdadını", "ecdadini", "sülaleni", "sulaleni", "slaleni", "sülalenizi", "cibilliyetini",
            "zulliyetini", "zviyetini", "dingilini",
        ]
    ),
    "insult, handled by the insult rule": frozenset(
        [
            "ahmak", "aptal", "salak", "salaak", "angut", "dangalak", "ebleh", "embesil", "beyinsiz",
            "kafasız", "kafasiz", "atkafası", "dalaksız", "gerizekalı", "gerızekalı", "gerizekali",
            "gerzek", "dingil", "lavuk", "dallama", "öküz", "hödük", "zibidi", "idiot", "idiyot",
            "haysiyetsiz", "cibiliyetsiz", "cibilliyetsiz", "şerefsiz", "serefsiz", "manyak", "yılışık",
            "yilisik", "liboş", "pisliktir", "geber", "geberik", "gebermek", "gebermiş", "gebertir",
            "hayvan herif",
        ]
    ),
    "ASCII spelling of a common innocent word (sıkı, şike, sıkıl-, göt-ten/English gotten, pic)": frozenset(
        [
            "siki", "sike", "sikil", "sikildiini", "sikilmi", "sikilmie", "sikilmis", "sikilmiş",
            "sikilsin", "sikilesice", "sikici", "sikin", "gotten", "pic", "ass",
        ]
    ),
}

HEADER = """\
# gazete derived Turkish profanity list (one entry per line; '#' starts a comment).
# Derived from "Türkçe küfür kara listesi" by ooguz, https://github.com/ooguz/turkce-kufur-karaliste
# Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),
#   https://creativecommons.org/licenses/by-sa/4.0/ ; this derived list is under the same licence.
# Changes: entries reviewed and {dropped} of {total} dropped (see gazete/moderation/tools/build_lexicon.py),
#   whitespace stripped, lower-cased with Turkish rules, duplicates removed, sorted.
# Regenerate with: python -m gazete.moderation.tools.build_lexicon
"""

NOTICE = """\
profanity_tr.txt in this folder is a derived work of "Türkçe küfür kara listesi" by ooguz
(https://github.com/ooguz/turkce-kufur-karaliste), licensed under the Creative Commons
Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/legalcode).

Changes made by the gazete project: entries were reviewed; ordinary words, words offensive only
inside a phrase, insults (handled by a separate rule) and ASCII spellings of common innocent words
were removed; entries were lower-cased and de-duplicated. The derived list is distributed under
CC BY-SA 4.0 as well. This licence covers only profanity_tr.txt, not the rest of gazete.

All other files in this folder (profanity_en.txt and the lexicons in gazete/moderation/lexicons.py)
were written by the gazete project.
"""


def default_source() -> Path:
    """Return the blacklist path inside ``shared`` beside the repository folder."""
    repo_root = Path(__file__).resolve().parents[4]
    return repo_root.parent / "shared" / SOURCE_RELATIVE


def derive_entries(lines: list[str]) -> tuple[list[str], int]:
    """Return the kept, normalised, sorted entries and how many source entries were dropped."""
    dropped_words = frozenset().union(*DROPPED.values())
    kept: set[str] = set()
    dropped = 0
    for line in lines:
        entry = " ".join(line.split())
        if not entry:
            continue
        lowered = " ".join(matching_key(part.strip(".")) for part in entry.split())
        if entry.lower() in dropped_words or lowered in dropped_words:
            dropped += 1
            continue
        kept.add(lowered)
    return sorted(kept), dropped


def build(source: Path, out_dir: Path) -> tuple[int, int]:
    """Write the derived list and notice into ``out_dir``; return (kept, dropped) counts."""
    lines = source.read_text(encoding="utf-8").splitlines()
    entries, dropped = derive_entries(lines)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = sum(1 for line in lines if line.strip())
    body = HEADER.format(dropped=dropped, total=total) + "\n".join(entries) + "\n"
    (out_dir / OUTPUT_NAME).write_text(body, encoding="utf-8")
    (out_dir / NOTICE_NAME).write_text(NOTICE, encoding="utf-8")
    return len(entries), dropped


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: build the list, report counts, return an exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=default_source())
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        sys.stderr.write(f"source list not found: {args.source}\n")
        return 2
    kept, dropped = build(args.source, args.out)
    sys.stdout.write(f"wrote {args.out / OUTPUT_NAME}: {kept} entries kept, {dropped} dropped\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
