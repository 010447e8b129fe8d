"""Builders of WireStory objects for newsroom tests (content written by us for the tests)."""

from __future__ import annotations

from datetime import datetime

from gazete.wireformats.model import Block, Dateline, WireStory


def wire_story(
    *,
    headline: str = "Test story: the council approves a new park",
    version: str | None = None,
    agency_id: str | None = "aa:text:20260101:1",
    paragraphs: tuple[str, ...] = ("The council approved the park on Monday.", "Work starts in spring."),
    authors: tuple[str, ...] = ("Test Reporter",),
    place: str = "ANKARA",
    language: str = "en",
    agency: str | None = "AA",
    withdrawn: bool = False,
    published_at: datetime | None = None,
    credit_placeholder: bool = False,
    keywords: tuple[str, ...] = (),
    embargoed_until: datetime | None = None,
    subject_codes: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
) -> WireStory:
    """A WireStory written for tests; every argument can be varied."""
    return WireStory(
        format="test",
        headline=headline,
        body=tuple(Block("paragraph", text) for text in paragraphs),
        language=language,
        agency=agency,
        agency_id=agency_id,
        version=version,
        authors=authors,
        dateline=Dateline(place=place, agency=agency),
        withdrawn=withdrawn,
        published_at=published_at,
        credit_placeholder=credit_placeholder,
        keywords=keywords,
        embargoed_until=embargoed_until,
        subject_codes=subject_codes,
        subjects=subjects,
    )
