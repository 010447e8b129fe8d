"""The parsed shape of one agency payload: WireStory, its body blocks, and ParseError.

Every parser in ``gazete.wireformats`` returns either a :class:`WireStory` or a
:class:`ParseError`; none raises on bad input. Nothing here imports Django.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from gazete.wireformats.agencies import agency_name

BlockType = Literal["paragraph", "subhead", "quote"]

__all__ = ["Block", "Dateline", "Media", "ParseError", "ParseResult", "WireStory", "agency_name"]


@dataclass(frozen=True)
class Block:
    """One body block: a paragraph, an in-body subhead or a quote."""

    type: BlockType
    text: str


@dataclass(frozen=True)
class Media:
    """A picture, graphic or video the agency associates with a story, by the one file to fetch.

    ``href`` is that file: the widest image rendition the payload offers (an address, or a path
    relative to the payload's file), or empty when only ``id`` names it (an AA link, fetched
    through the agency's API). For a video, ``href`` is its poster image and ``video_url`` the video.
    """

    href: str
    type: str = "picture"  # picture, graphic or video
    mimetype: str | None = None
    width: int | None = None
    height: int | None = None
    caption: str | None = None
    byline: str | None = None
    id: str | None = None
    credit: str | None = None
    alt_text: str | None = None
    created_at: datetime | None = None
    group_id: str | None = None
    video_url: str | None = None


@dataclass(frozen=True)
class Dateline:
    """Where a story was filed (``ISTANBUL``) and the agency code printed with it (``AA``)."""

    place: str | None = None
    agency: str | None = None


@dataclass(frozen=True)
class WireStory:
    """One version of one agency story, as parsed from a payload.

    ``headline`` never carries the wire prefix: that is split into ``version``
    (``"UPDATE"``, ``"UPDATE 2"``) and ``kind`` (``"ANALYSIS"``, ``"INTERVIEW"``, ``"OPINION"``).
    ``source`` is the agency's real name (never a template placeholder such as
    ``Source of News``); ``credit_placeholder`` is true when the payload's credit line was one.
    """

    format: str
    headline: str | None
    body: tuple[Block, ...]
    language: str | None = None
    agency: str | None = None
    agency_id: str | None = None
    version: str | None = None
    kind: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline = field(default_factory=Dateline)
    source: str | None = None
    credit_placeholder: bool = False
    published_at: datetime | None = None
    updated_at: datetime | None = None
    version_number: int | None = None
    withdrawn: bool = False
    # The agency's embargo: the story may not be published before this time.
    embargoed_until: datetime | None = None
    subjects: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    # Category codes as the agency sends them: ``aacat:1``, ``medtop:15000000``, ``subj:04000000``.
    subject_codes: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()
    priority: int | None = None
    read_count: int | None = None
    url: str | None = None
    # Page text only: the page held text that is neither story nor credit (menus, stamps, other stories).
    has_portal_chrome: bool = False

    @property
    def version_rank(self) -> int:
        """Order of this version in its chain: 0 for the first, n for ``UPDATE n`` (``UPDATE`` is 1)."""
        if self.version_number is not None:
            return self.version_number
        if not self.version:
            return 0
        parts = self.version.split()
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1

    def to_json(self) -> dict[str, Any]:
        """Return the dict printed by ``gazete ingest --dry-run --json`` (without ``path``/``error``)."""
        data = asdict(self)
        return {
            "agency": self.agency,
            "agency_id": self.agency_id,
            "language": self.language,
            "headline": self.headline,
            "version": self.version,
            "kind": self.kind,
            "standfirst": self.standfirst,
            "authors": list(self.authors),
            "dateline": data["dateline"],
            "body": [{"type": b.type, "text": b.text} for b in self.body],
            "source": self.source,
            "published_at": self.published_at.isoformat() if self.published_at else None,
        }


@dataclass(frozen=True)
class ParseError:
    """Why a payload could not be turned into a WireStory; the caller quarantines it."""

    format: str
    reason: str

    def __str__(self) -> str:
        return f"{self.format}: {self.reason}"


ParseResult = WireStory | ParseError
