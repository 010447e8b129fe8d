"""Tidy a parsed story body the way every agency needs: repeated headline, dateline, sign-offs.

Formats differ in markup, not in what agencies put around the story: a plain-text body may repeat
the headline and a vignette line (TT), Reuters puts highlight bullets before its dateline, and
stories end with desk initials (AFP ``nl/jm``), reporting credits or AP's ``___`` line. The
dateline is AA's (``ISTANBUL (AA) -``, read by :mod:`gazete.wireformats.datelines`) or another
agency's (:func:`gazete.wireformats.agencies.match_dateline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazete.wireformats import agencies
from gazete.wireformats.agencies.profile import AgencyProfile
from gazete.wireformats.blocks import strip_leading_dateline
from gazete.wireformats.model import Block

# How far into the body a dateline may sit (after highlight bullets or a repeated headline).
DATELINE_SEARCH_PARAGRAPHS = 4
_BULLET_RE = re.compile(r"^[*•]\s+\S")


@dataclass(frozen=True)
class TidyBody:
    """A body with its dateline and sign-offs taken off, and what was found doing it."""

    blocks: tuple[Block, ...]
    place: str | None = None
    profile: AgencyProfile | None = None
    dateline_authors: tuple[str, ...] = ()
    highlights: tuple[str, ...] = ()
    aa_dateline: bool = False


def _same_text(left: str, right: str | None) -> bool:
    return bool(right) and " ".join(left.split()).casefold() == " ".join(str(right).split()).casefold()


def _drop_leading_repeats(blocks: list[Block], headline: str | None, profile: AgencyProfile | None) -> None:
    """Remove a repeated headline and vignette lines (``Kultur TT``) from the start of the body."""
    while blocks:
        text = blocks[0].text
        vignette = profile is not None and profile.vignette is not None and profile.vignette.match(text)
        if _same_text(text, headline) or vignette:
            del blocks[0]
        else:
            return


def _drop_signoffs(blocks: list[Block], profile: AgencyProfile | None) -> None:
    """Remove sign-off paragraphs from the end of the body (and AP's ``___`` line before them)."""
    while blocks and blocks[-1].type == "paragraph" and agencies.is_signoff(blocks[-1].text, profile):
        del blocks[-1]


def tidy_body(blocks: tuple[Block, ...], *, headline: str | None, profile: AgencyProfile | None) -> TidyBody:
    """Take the repeated headline, highlights, dateline and sign-offs off a story body."""
    work = list(blocks)
    _drop_leading_repeats(work, headline, profile)
    _drop_signoffs(work, profile)
    stripped, aa_dateline = strip_leading_dateline(tuple(work))
    if aa_dateline is not None:
        return TidyBody(stripped, aa_dateline.place or None, agencies.by_code("AA"), aa_dateline.authors,
                        aa_dateline=True)
    for index, block in enumerate(work[:DATELINE_SEARCH_PARAGRAPHS]):
        if block.type != "paragraph":
            continue
        found = agencies.match_dateline(block.text, profile)
        if found is None:
            if _BULLET_RE.match(block.text):
                continue
            break
        found_profile, place, rest = found
        highlights = tuple(b.text.lstrip("*• ") for b in work[:index])
        remaining = work[index + 1:]
        if rest:
            remaining.insert(0, Block("paragraph", rest))
        return TidyBody(tuple(remaining), place or None, found_profile, (), highlights)
    return TidyBody(tuple(work), None, None)
