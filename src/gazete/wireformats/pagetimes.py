"""Find the agency's publication time printed on a portal page (``12.07.2023 14:55``, ``16 Aralık 2017 - 14:25``).

Page text has no metadata, but portals print the story's time near the top: in a stamp line, beside
the dateline place (``KAHRAMANMARAŞ 15.02.2023, 20:12``) or before the dateline. The first date
with a clock time in the first lines is taken, in Turkey's time (UTC+3, the zone AA's portals
print); a date without a clock time is not precise enough and is passed over.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

TURKEY = timezone(timedelta(hours=3), "TRT")
HEAD_LINES = 20


def _numbered(names: str) -> dict[str, int]:
    """Number month names written one after the other (``"jan feb ..."`` → ``{"jan": 1, ...}``)."""
    return {name: number for number, name in enumerate(names.split(), start=1)}


MONTHS = {
    **_numbered("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"),
    **_numbered("january february march april may june july august september october november december"),
    **_numbered("jan feb mar apr may jun jul aug sep oct nov dec"),
}
_CLOCK = r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
# Both patterns below need a clock time: a line without this (nearly every line) is passed over by
# one scan in C, instead of two searches (the check that kept ingest at its speed, issue 14).
_CLOCK_HINT_RE = re.compile(r"\d[:.]\d\d")
_NUMERIC_RE = re.compile(rf"\b(?P<day>\d{{1,2}})[./](?P<month>\d{{1,2}})[./](?P<year>\d{{4}})\s*[,-]?\s*{_CLOCK}\b")
_NAMED_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>[^\W\d_]{{3,9}})\.?\s+(?P<year>\d{{4}})\s*[,-]?\s*{_CLOCK}\b"
)


def _build(match: re.Match[str], month: int | None) -> datetime | None:
    if month is None:
        return None
    try:
        local = datetime(int(match.group("year")), month, int(match.group("day")),
                         int(match.group("hour")), int(match.group("minute")), tzinfo=TURKEY)
    except ValueError:
        return None
    return local.astimezone(UTC)


def match_page_time(line: str) -> datetime | None:
    """Return the UTC time of the first date with a clock time in a line, else None.

    >>> match_page_time("KAHRAMANMARAŞ 15.02.2023, 20:12")
    datetime.datetime(2023, 2, 15, 17, 12, tzinfo=datetime.timezone.utc)
    """
    if not _CLOCK_HINT_RE.search(line):
        return None
    numeric = _NUMERIC_RE.search(line)
    if numeric:
        return _build(numeric, int(numeric.group("month")))
    named = _NAMED_RE.search(line)
    if named:
        return _build(named, MONTHS.get(named.group("month").casefold()))
    return None


def find_page_time(text: str) -> datetime | None:
    """Return the publication time printed in the first lines of a page, else None."""
    for count, line in enumerate(text.split("\n", HEAD_LINES)):
        if count >= HEAD_LINES:
            break
        found = match_page_time(line)
        if found:
            return found
    return None
