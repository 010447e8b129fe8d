"""Tests for newsroom.search: the full-text index (FTS5 / PostgreSQL), Turkish casing, highlighting."""

from __future__ import annotations

import doctest
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client

from gazete.newsroom import search
from gazete.newsroom.models import Story
from gazete.newsroom.search import highlight, search_story_ids, snippet
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)


def add(n: int, headline: str, paragraphs: tuple[str, ...], **kwargs: object) -> Story:
    """Store a test story (text written for these tests)."""
    wire = wire_story(headline=headline, agency_id=f"search:{n}", paragraphs=paragraphs,
                      published_at=T0 + timedelta(minutes=n), **kwargs)  # type: ignore[arg-type]
    return upsert_story(wire, now=T0 + timedelta(minutes=n)).story


@pytest.fixture
def stories() -> dict[str, Story]:
    return {
        "bridge": add(1, "Köprü trafiğe açıldı", ("İSTANBUL Boğazı'ndaki yeni köprü bugün açıldı.",),
                      language="tr", place="İSTANBUL"),
        "light": add(2, "IŞIK FESTİVALİ BAŞLADI", ("Şehir merkezinde ışık gösterileri yapılacak.",), language="tr"),
        "ports": add(3, "Ports report record exports", ("Exporters in Izmir shipped more than ever.",)),
    }


def test_turkish_casing_is_handled_both_ways(stories: dict[str, Story]) -> None:
    assert search_story_ids("istanbul") == [stories["bridge"].pk]
    assert search_story_ids("ışık") == [stories["light"].pk]
    assert search_story_ids("IŞIK") == [stories["light"].pk]
    assert search_story_ids("isik festivali") == [stories["light"].pk]
    assert search_story_ids("köprü") == search_story_ids("KOPRU") == [stories["bridge"].pk]


def test_words_match_as_prefixes_and_all_must_match(stories: dict[str, Story]) -> None:
    assert search_story_ids("expor") == [stories["ports"].pk]
    assert search_story_ids("ports izmir") == [stories["ports"].pk]
    assert search_story_ids("ports istanbul") == []
    assert search_story_ids("") == search_story_ids("!!!") == []


def test_the_dateline_and_the_byline_are_searchable(stories: dict[str, Story]) -> None:
    add(4, "Council meets", ("The council met.",), place="ERZURUM", authors=("Zeynep Kılıç",))
    assert len(search_story_ids("erzurum")) == 1
    assert len(search_story_ids("zeynep kilic")) == 1


def test_headline_matches_rank_first(stories: dict[str, Story]) -> None:
    body_only = add(5, "A quiet day", ("The ports were quiet; nothing about exports here.",))
    assert search_story_ids("ports") == [stories["ports"].pk, body_only.pk]


def test_only_published_stories_are_found_and_edits_are_indexed(stories: dict[str, Story]) -> None:
    bridge = stories["bridge"]
    bridge.status = Story.Status.DRAFT
    bridge.save()
    assert search_story_ids("istanbul") == []
    bridge.status = Story.Status.PUBLISHED
    bridge.headline = "Viyadük hizmete girdi"
    bridge.save()
    assert search_story_ids("viyaduk") == [bridge.pk]
    assert search_story_ids("trafiğe") == []
    bridge.delete()
    assert search_story_ids("viyaduk") == []


def test_wire_updates_are_indexed(stories: dict[str, Story]) -> None:
    upsert_story(wire_story(headline="Ports report record exports", agency_id="search:3", version="UPDATE",
                            paragraphs=("Exporters in Mersin shipped more than ever.",)), now=T0 + timedelta(hours=1))
    assert search_story_ids("mersin") == [stories["ports"].pk]


def test_rebuild_index_indexes_every_story(stories: dict[str, Story]) -> None:
    assert search.rebuild_index() == 3
    assert search_story_ids("istanbul") == [stories["bridge"].pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's (turkish/english configs)")
def test_postgresql_matches_stems(stories: dict[str, Story]) -> None:
    assert search_story_ids("exported") == [stories["ports"].pk]
    assert search_story_ids("festivalde") == [stories["light"].pk]


def test_highlight_marks_the_original_text_and_escapes() -> None:
    assert str(highlight("İSTANBUL'da <b>IŞIK</b>", ["istanbul", "isik"])) == (
        "<mark>İSTANBUL</mark>&#x27;da &lt;b&gt;<mark>IŞIK</mark>&lt;/b&gt;"
    )
    assert str(highlight("nothing here", ["istanbul"])) == "nothing here"
    assert str(highlight("Straße", ["strasse"])) == "<mark>Straße</mark>"


def test_highlight_marks_whole_tokens_and_the_last_word_as_a_prefix() -> None:
    assert str(highlight("G-7, G-77 ve Kremlin'in", ["g7", "kreml"], prefix="kreml")) == (
        "<mark>G-7</mark>, G-77 ve <mark>Kremlin</mark>&#x27;in"
    )
    assert str(highlight("Society and soci", ["soci"])) == "Society and <mark>soci</mark>"


def test_snippet_is_centred_on_the_first_match() -> None:
    words = " ".join(f"w{i}" for i in range(60))
    text = f"{words} İstanbul {words}"
    result = str(snippet(["no match", text], ["istanbul"], words=12))
    assert result.startswith("… w56 w57 w58 w59 <mark>İstanbul</mark>") and result.endswith(" …")
    assert str(snippet(["First paragraph here."], ["zzz"])) == "First paragraph here."


def test_search_page_highlights_matches(client: Client, stories: dict[str, Story]) -> None:
    html = client.get("/ara/", {"q": "istanbul"}).content.decode()
    assert "<mark>İSTANBUL</mark>" in html
    assert "“istanbul” için 1 haber bulundu." in html
    assert stories["bridge"].get_absolute_url() in html
    assert '<meta name="robots" content="noindex, follow">' in html
    empty = client.get("/ara/", {"q": "zzzz"}).content.decode()
    assert "Bütün sözcükleri içeren haber bulunamadı." in empty
    assert client.get("/ara/").status_code == 200


def test_search_page_finds_g7_whole_and_marks_it(client: Client) -> None:
    summit = add(30, "G-7 leaders meet", ("The G-7 met in Rome.",))
    add(31, "Bank guarantees grow", ("Guarantees grew 7 percent, the gap closed.",))
    html = client.get("/ara/", {"q": "G7"}).content.decode()
    assert "1 haber bulundu" in html
    assert summit.get_absolute_url() in html
    assert "<mark>G-7</mark> leaders meet" in html


def test_search_page_paginates_with_the_query_kept(client: Client) -> None:
    for n in range(12):
        add(10 + n, f"Council story {n}", ("The council met again.",))
    page1 = client.get("/ara/", {"q": "council"}).content.decode()
    assert page1.count('<article class="card"') == 10
    assert 'href="?q=council&amp;page=2"' in page1
    assert client.get("/ara/", {"q": "council", "page": 2}).content.decode().count('<article class="card"') == 2


def test_doctests() -> None:
    assert doctest.testmod(search).failed == 0


@pytest.mark.django_db(transaction=True)
def test_migration_0004_rebuilds_the_index_of_stories_already_stored() -> None:
    from django.db.migrations.executor import MigrationExecutor

    Story.objects.bulk_create([Story(  # bulk_create sends no signal: the story is not indexed
        slug="g-7-story", headline="G-7 ministers meet", status=Story.Status.PUBLISHED,
        published_at=T0, body=[{"type": "paragraph", "text": "Erdoğan'ın açıklaması."}],
    )])
    assert search_story_ids("g7") == []
    executor = MigrationExecutor(connection)
    executor.migrate([("newsroom", "0003_story_search_index")])
    executor.loader.build_graph()
    executor.migrate([("newsroom", "0004_search_tokens")])
    assert len(search_story_ids("g7")) == len(search_story_ids("erdogan")) == 1


@pytest.mark.parametrize("query", ['"', '""', "'", "G-", "-7", "a'b'c", "NEAR(x y)", "kre*", "AND OR NOT",
                                   "x:y", "a\\b", "'nato':*A", "𝐆-𝟕", "ı̇stanbul", '"" kreml "', "½ ²"])
def test_odd_queries_are_answered_without_error(stories: dict[str, Story], query: str) -> None:
    assert isinstance(search_story_ids(query), list)


def test_fancy_letters_and_operators_are_read_as_plain_words(stories: dict[str, Story]) -> None:
    assert search_story_ids("𝐈𝐒𝐓𝐀𝐍𝐁𝐔𝐋") == [stories["bridge"].pk]
    assert search_story_ids("ports AND OR") == []
