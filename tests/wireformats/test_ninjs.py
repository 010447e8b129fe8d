"""Tests for gazete.wireformats.ninjs: ninjs 1.x and 2.x items."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from gazete.wireformats.model import Block, ParseError, WireStory
from gazete.wireformats.ninjs import parse_ninjs, parse_ninjs_items

from .conftest import WIRE_FIXTURES

NINJS = WIRE_FIXTURES / "ninjs"


def test_ninjs_1x_item() -> None:
    story = parse_ninjs((NINJS / "aa-text-20240615-ninjs1.json").read_bytes())
    assert isinstance(story, WireStory), story
    assert (story.format, story.agency_id, story.version_number) == ("ninjs", "aa:text:20240615:9000020", 2)
    assert (story.kind, story.version) == ("ANALYSIS", None)
    assert story.headline == "What a new port means for regional trade"
    assert story.standfirst == "A deep-water port could shorten shipping routes, but financing questions remain"
    assert story.authors == ("Deniz Arslan", "John Carter")
    assert (story.dateline.place, story.agency, story.source) == ("ISLAMABAD", "AA", "Anadolu Agency")
    assert story.published_at == datetime(2024, 6, 15, 5, 5, tzinfo=UTC)
    assert story.updated_at == datetime(2024, 6, 15, 10, 20, tzinfo=UTC)
    assert (story.subjects, story.keywords, story.priority) == (("Economy",), ("port", "trade"), 3)
    assert story.body[0] == Block(
        "paragraph", "The opening of a new deep-water port could change how goods move across the region."
    )
    assert Block("subhead", "Financing") in story.body
    assert all("onerror" not in block.text for block in story.body)


def test_ninjs_2x_item() -> None:
    story = parse_ninjs((NINJS / "aa-text-20240616-ninjs2.json").read_text(encoding="utf-8"))
    assert isinstance(story, WireStory), story
    assert story.headline == "Çadır kentte çocuklar için oyun alanı açıldı"
    assert story.standfirst == "Gönüllüler çadır kentte yeni bir oyun alanı kurdu."
    assert story.authors == ("Ali Yıldız", "Zeynep Şahin")
    assert (story.language, story.source, story.dateline.place) == ("tr", "Anadolu Ajansı", "KAHRAMANMARAŞ")
    assert [b.text for b in story.body if b.type == "subhead"] == ["Psikolojik destek sürüyor"]


def test_canceled_item() -> None:
    story = parse_ninjs(json.dumps({"uri": "aa:text:1", "pubstatus": "canceled", "headline": "Gone"}))
    assert isinstance(story, WireStory) and story.withdrawn is True


def test_list_of_items() -> None:
    item = {"uri": "u1", "body_text": "ANKARA (AA) - One.", "headline": "One"}
    results = parse_ninjs_items(json.dumps({"items": [item, {**item, "uri": "u2"}, 5]}))
    assert [type(r).__name__ for r in results] == ["WireStory", "WireStory", "ParseError"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b"\xff\xfe\xfa", "invalid JSON"),
        (b"[]", "empty ninjs list"),
        (b'"just a string"', "expected a ninjs object"),
        (b'{"uri": "x", "headline": "No body"}', "no body"),
        (b'{"uri": "x", "type": "picture"}', "not a text item"),
    ],
)
def test_bad_ninjs(data: bytes, reason: str) -> None:
    result = parse_ninjs(data)
    assert isinstance(result, ParseError)
    assert reason in result.reason


def test_ninjs3_camel_case_keys_by_and_located() -> None:
    item = {
        "uri": "urn:newsml:dpa.com:20090101:1", "type": "text", "firstCreated": "2024-11-12T10:02:00+01:00",
        "versionCreated": "2024-11-12T10:05:00+01:00", "pubStatus": "usable", "copyrightHolder": "dpa",
        "language": "de", "headlines": [{"role": "main", "value": "Hafen schlägt weniger um"}],
        "by": "Von Jonas Albrecht, dpa", "located": {"name": "Hamburg"}, "embargoed": "2024-11-13T00:00:00Z",
        "bodies": [{"role": "text", "contentType": "text/plain", "value": "Hamburg (dpa) - Plain."},
                   {"role": "html", "contentType": "text/html", "value": "<p>Hamburg (dpa) - Der Umschlag sank.</p>"}],
        "subjects": [{"uri": "http://cv.iptc.org/newscodes/mediatopic/20000349", "name": "Transport"}],
        "associations": [{"name": "a1", "type": "picture", "by": "Foto/dpa", "renditions": [
            {"name": "small", "href": "https://example.org/s.jpg", "contentType": "image/jpeg", "width": 300},
            {"name": "large", "href": "https://example.org/l.jpg", "contentType": "image/jpeg", "width": 2000}]}],
    }
    story = parse_ninjs(json.dumps(item))
    assert isinstance(story, WireStory), story
    assert (story.agency, story.source, story.authors) == ("DPA", "dpa", ("Jonas Albrecht",))
    assert (story.dateline.place, story.body[0].text) == ("Hamburg", "Der Umschlag sank.")
    assert story.published_at == datetime(2024, 11, 12, 9, 2, tzinfo=UTC)
    assert story.embargoed_until == datetime(2024, 11, 13, tzinfo=UTC)
    assert story.subject_codes == ("medtop:20000349",)
    assert [(m.href, m.width, m.byline) for m in story.media] == [("https://example.org/l.jpg", 2000, "Foto/dpa")]


def test_ninjs2_associations_object_and_figures_dropped() -> None:
    item = {
        "uri": "x:1", "type": "text", "headlines": [{"role": "main", "value": "Solar farm opens"}],
        "by": "By Hana Te Rangi", "located": "Wellington, New Zealand", "infosources": [{"name": "AAP"}],
        "bodies": [{"role": "main", "contenttype": "text/html",
                    "value": "<p>One.</p><figure><img src='x.jpg'/><figcaption>Caption.</figcaption></figure>"
                             "<p>Two.</p>"}],
        "associations": {"featuremedia": {"type": "picture", "renditions": {
            "original": {"href": "https://example.org/o.jpg", "mimetype": "image/jpeg", "width": 3000}}},
            "related": {"type": "text", "uri": "x:2"}},
    }
    story = parse_ninjs(json.dumps(item))
    assert isinstance(story, WireStory), story
    assert [block.text for block in story.body] == ["One.", "Two."]
    assert (story.source, story.authors, story.dateline.place) == ("AAP", ("Hana Te Rangi",), "Wellington")
    assert [m.href for m in story.media] == ["https://example.org/o.jpg"]


def test_ap_bylines_list_and_nitf_body() -> None:
    item = {"uri": "x:ap1", "type": "text", "headline": "Storm hits coast", "copyrightholder": "The Associated Press",
            "bylines": [{"by": "By JANE ROE", "title": "Associated Press"}], "located": "MIAMI, Fla.",
            "body_nitf": "<block><p>MIAMI (AP) — A storm hit the coast.</p><p>More.</p></block>"}
    story = parse_ninjs(json.dumps(item))
    assert isinstance(story, WireStory), story
    assert (story.authors, story.source, story.dateline.place) == (("Jane Roe",), "Associated Press", "MIAMI")
    assert [block.text for block in story.body] == ["A storm hit the coast.", "More."]


def test_associations_give_pictures_graphics_and_video_posters() -> None:
    story = parse_ninjs((NINJS / "ninjs2-with-associations.json").read_bytes())
    assert isinstance(story, WireStory), story
    picture, graphic, video = story.media
    assert (picture.type, picture.id, picture.href, picture.width, picture.height) == (
        "picture", "urn:example:picture:2024:78", "https://img.example.org/baraj-3000.jpg", 3000, 2000)
    assert (picture.caption, picture.byline, picture.credit) == (
        "Su seviyesi düşen bir baraj gölü.", "Ece Objektif", "Örnek Ajans")
    assert picture.created_at == datetime(2024, 12, 2, 15, 0, tzinfo=UTC)
    assert (graphic.type, graphic.href, graphic.mimetype) == ("graphic", "https://img.example.org/harita.png",
                                                               "image/png")
    assert (video.type, video.href, video.video_url, video.caption) == (
        "video", "https://img.example.org/baraj-video.jpg", "https://video.example.org/baraj.mp4",
        "Barajdan görüntüler")


def test_ninjs_3_associations_list_with_contenttype_renditions() -> None:
    item = {"uri": "urn:x:1", "type": "text", "headline": "Başlık", "language": "tr",
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": "ANKARA - Metin burada. İkinci cümle."}],
            "associations": [
                {"name": "main", "uri": "urn:x:p", "type": "picture",
                 "renditions": [{"href": "https://img.example.org/p.jpg", "contenttype": "image/jpeg", "width": 800}]},
                {"name": "audio", "uri": "urn:x:a", "type": "audio",
                 "renditions": [{"href": "https://a.example.org/a.mp3", "contenttype": "audio/mpeg"}]},
                {"name": "no-file", "uri": "urn:x:n", "type": "picture", "renditions": []},
            ]}
    story = parse_ninjs(json.dumps(item).encode())
    assert isinstance(story, WireStory), story
    assert [(m.id, m.href, m.mimetype, m.width) for m in story.media] == [
        ("urn:x:p", "https://img.example.org/p.jpg", "image/jpeg", 800)]
