"""Fixtures for the wire-format tests: our own fixture files and the ../shared wire samples.

``shared_dir`` comes from ``tests/conftest.py`` (it skips, or fails under CI, when ../shared is
absent). Our own fixtures live in ``tests/fixtures/wire/`` so the fake AA server can serve them too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gazete.wireformats.model import WireStory

WIRE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wire"
# Labelled fields of the samples (see ../shared/samples/wire/README.md).
LABELLED_FIELDS = (
    "headline",
    "update_prefix",
    "kind_prefix",
    "standfirst",
    "authors",
    "dateline_place",
    "agency",
    "language",
    "subheads",
    "first_paragraph_starts_with",
)


@pytest.fixture(scope="session")
def wire_fixtures() -> Path:
    """The folder of wire fixtures written for gazete tests (newsml/, ninjs/, feeds/, pagetext/)."""
    return WIRE_FIXTURES


def labelled_fields(story: WireStory) -> dict[str, Any]:
    """Return a parsed story's values under the sample label names."""
    paragraphs = [block.text for block in story.body if block.type == "paragraph"]
    return {
        "headline": story.headline,
        "update_prefix": story.version,
        "kind_prefix": story.kind,
        "standfirst": story.standfirst,
        "authors": list(story.authors),
        "dateline_place": story.dateline.place,
        "agency": story.agency,
        "language": story.language,
        "subheads": [block.text for block in story.body if block.type == "subhead"],
        "first_paragraph_starts_with": paragraphs[0][:40] if paragraphs else None,
    }


def read_labels(path: Path) -> dict[str, Any]:
    """Read a sample's JSON labels."""
    return json.loads(path.read_text(encoding="utf-8"))
