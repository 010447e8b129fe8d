"""Tests for gazete.wireformats.pagetext: the shared samples, the reference page and our fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.pagetext import is_headline_like, is_standfirst_like, parse_page_text

from .conftest import LABELLED_FIELDS, WIRE_FIXTURES, labelled_fields, read_labels

SHARED_WIRE_SAMPLES = (
    "en-alaturka-us-update-gaza-2-more-palestinians",
    "en-alaturkaonline-pkk-6-neutralized-gara",
    "en-anews-erdogan-muslims-targeted",
    "en-haberler-com-aa-100th-year",
    "en-hurriyetdailynews-pkk-8-neutralized",
    "en-turkeynewsgazette-update-foreign-trade-gap-listing",
    "en-usmuslims-west-bank-18-detained",
    "tr-dikgazete-bm-soci-mutabakati",
    "tr-dikgazete-borsa-gunu-yukselisle-tamamladi",
    "tr-kahramantv-12-subat-stadyumu-cadir-kent",
)
OWN_PAGE_FIXTURES = sorted(path.stem for path in (WIRE_FIXTURES / "pagetext").glob("*.txt"))

# Text that is portal chrome or a credit line and must never end up in a body block.
CHROME_IN_BODY = re.compile(
    r"^(?:Kaynak\s*:|Source\s*:|Muhabir\s*:|\*|UYARI|Previous and Next News|Latest News|Top News|"
    r"Published |Subscribe|Contact Us|\?>|dikGAZETE|By )|has been read \d+ times|kez okundu|"
    r"yorumlar onaylanmamaktadır|\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}|yıl önce|SEARCH IN NEWS|HOME PAGE",
)


def assert_no_chrome(story: WireStory) -> None:
    """Fail when a body block holds portal chrome or a credit line."""
    for block in story.body:
        assert not CHROME_IN_BODY.search(block.text), f"chrome in body: {block.text!r}"


def assert_matches_labels(story: WireStory | ParseError, labels: dict) -> None:
    """Compare every labelled field (and the read counter, when labelled) with the parse."""
    assert isinstance(story, WireStory), story
    got = labelled_fields(story)
    wrong = {name: (got[name], labels[name]) for name in LABELLED_FIELDS if got[name] != labels[name]}
    if "has_portal_chrome" in labels and story.has_portal_chrome != labels["has_portal_chrome"]:
        wrong["has_portal_chrome"] = (story.has_portal_chrome, labels["has_portal_chrome"])
    assert not wrong, f"(got, expected) per field: {wrong}"
    if "read_count" in labels:
        assert story.read_count == labels["read_count"]
    assert_no_chrome(story)


@pytest.mark.shared
@pytest.mark.parametrize("name", SHARED_WIRE_SAMPLES)
def test_shared_sample_matches_its_labels(shared_dir: Path, name: str) -> None:
    folder = shared_dir / "samples" / "wire"
    labels = read_labels(folder / f"{name}.json")
    story = parse_page_text((folder / f"{name}.txt").read_text(encoding="utf-8"), url=labels["url"])
    assert_matches_labels(story, labels)
    assert story.url == labels["url"]


@pytest.mark.shared
def test_every_shared_sample_is_covered(shared_dir: Path) -> None:
    on_disk = {path.stem for path in (shared_dir / "samples" / "wire").glob("*.txt")}
    assert on_disk <= set(SHARED_WIRE_SAMPLES), f"new samples to add: {on_disk - set(SHARED_WIRE_SAMPLES)}"


@pytest.mark.shared
def test_reference_page(shared_dir: Path) -> None:
    story = parse_page_text((shared_dir / "samples" / "aa-kremlin-g7-article-page.txt").read_text())
    assert isinstance(story, WireStory), story
    assert story.headline == "Kremlin says G-7 security guarantees to Ukraine encroach on Russia’s security"
    assert story.version == "UPDATE"
    assert story.kind is None
    assert story.standfirst is not None and story.standfirst.startswith("Russia considers G-7 statement")
    assert story.authors == ("Burc Eruygur",)
    assert (story.dateline.place, story.dateline.agency) == ("ISTANBUL", "AA")
    assert (story.agency, story.language, story.source) == ("AA", "en", "Anadolu Agency")
    assert story.credit_placeholder is True
    assert story.read_count == 65
    assert [b.text for b in story.body if b.type == "subhead"] == [
        "Cluster munitions",
        "Russia-China ties not against 3rd countries",
    ]
    assert story.body[0].text.startswith("The Kremlin said on Wednesday")
    assert story.body[-1].text.startswith("A joint communique adopted by NATO")
    assert_no_chrome(story)


@pytest.mark.parametrize("name", OWN_PAGE_FIXTURES)
def test_own_fixture_matches_its_labels(name: str) -> None:
    folder = WIRE_FIXTURES / "pagetext"
    labels = read_labels(folder / f"{name}.labels.json")
    assert "sample written for gazete tests" in labels["notes"]
    assert_matches_labels(parse_page_text((folder / f"{name}.txt").read_text(encoding="utf-8")), labels)


def test_listing_page_keeps_only_the_first_story() -> None:
    story = parse_page_text((WIRE_FIXTURES / "pagetext" / "en-bare-credit-listing.txt").read_text())
    assert isinstance(story, WireStory)
    assert [b.text[:12] for b in story.body] == ["A museum on ", "The manuscri"]


def test_update_prefix_number_after_the_dash_belongs_to_the_headline() -> None:
    story = parse_page_text("UPDATE – 3 villages evacuated after flood\n\nANKARA (AA) - Officials said so on Monday.")
    assert isinstance(story, WireStory)
    assert (story.version, story.headline) == ("UPDATE", "3 villages evacuated after flood")


def test_source_credit_names_a_non_aa_source() -> None:
    story = parse_page_text("Bridge reopens after repairs\n\nThe bridge reopened on Monday.\n\nKaynak: İHA")
    assert isinstance(story, WireStory)
    assert (story.agency, story.source) == (None, "İHA")


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Bridge reopens after repairs\n\nANKARA (AA) - The bridge reopened on Monday after\n"
        "repairs that took a year.\n\nTraffic is light."
    )
    story = parse_page_text(text)
    assert isinstance(story, WireStory)
    assert [b.text for b in story.body] == [
        "The bridge reopened on Monday after repairs that took a year.",
        "Traffic is light.",
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\n ", "empty"),
        ("\x00\x01\x02binary\x00", "binary"),
        ("".join(chr(c) for c in range(1, 32)) * 5, "binary"),
        ("abc\ufffd\ufffd\ufffd", "undecodable"),
        ("Contact Us\nSubscribe\nLatest News", "no story body"),
    ],
)
def test_bad_text_gives_a_parse_error(text: str, reason: str) -> None:
    result = parse_page_text(text)
    assert isinstance(result, ParseError)
    assert reason in result.reason


def test_binary_fixture_gives_a_parse_error() -> None:
    data = (WIRE_FIXTURES / "pagetext" / "binary-garbage.bin").read_bytes()
    assert isinstance(parse_page_text(data.decode("latin-1")), ParseError)


def test_non_text_input_gives_a_parse_error() -> None:
    assert isinstance(parse_page_text(b"bytes"), ParseError)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Turkey's President Marks Anadolu Agency's 100Th Year", True),
        ("UPDATE 2 - Gas prices rise", True),
        ("The Kremlin said on Wednesday that it objects.", False),
        ("the lower-case start of a cut paragraph", False),
    ],
)
def test_is_headline_like(line: str, expected: bool) -> None:
    assert is_headline_like(line) is expected


def test_is_standfirst_like_without_separator() -> None:
    assert is_standfirst_like("Erdogan congratulates news agency for 100 years of service.", separated=False)
    assert not is_standfirst_like("Exports rose on Friday, the statistics office said.", separated=False)
    assert is_standfirst_like("At least 80 detained since last month, according to figures", separated=False)
