"""Page-text payloads written for the wire tests (invented stories, not agency copy)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wire"
NEWSML = FIXTURES / "newsml"

PLACES = ("Ankara", "Istanbul", "Izmir", "Bursa", "Konya", "Antalya")
REPORTERS = ("Ayse Demir", "John Carter", "Elif Kaya", "Mehmet Aslan", "Sara Lee")


def page_text(number: int, *, version: str | None = None, credit: str = "Source: Anadolu Agency",
              extra: str = "", read_count: int | None = None, agency_dateline: bool = True) -> str:
    """An English AA-style story page (sample written for gazete tests); ``number`` makes it unique."""
    place = PLACES[number % len(PLACES)]
    prefix = f"{version} - " if version else ""
    dateline = f"{place.upper()} (AA) - " if agency_dateline else f"{place.upper()} - "
    lines = [
        f"{prefix}City council approves plan {number} for new park in {place}",
        "",
        "The plan covers a park, a library and a cycle path in the city centre",
        "",
        f"By {REPORTERS[number % len(REPORTERS)]}",
        "",
        f"{dateline}The city council approved plan number {number} on Tuesday after a long debate.",
        "",
        f"Work on the park is expected to start in spring, the mayor told reporters. {extra}".strip(),
        "",
        "The library will open next year, according to the council's statement.",
        "",
        credit,
    ]
    if read_count is not None:
        lines += ["", f"This news has been read {read_count} times"]
    return "\n".join(lines) + "\n"


def write_pages(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """Write ``count`` page-text files into ``folder`` (nested in sub-folders of 50) and return them."""
    paths = []
    for number in range(start, start + count):
        path = folder / f"batch-{number // 50:03d}" / f"story-{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_text(number), encoding="utf-8")
        paths.append(path)
    return paths
