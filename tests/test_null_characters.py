"""Tests for gazete.null_characters: a NUL in a request is refused before it reaches the database."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from gazete.null_characters import nul_location

HOST = {
    "HTTP_HOST": "127.0.0.1",
    "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
}
pytestmark = pytest.mark.django_db


@pytest.fixture
def story_id() -> int:
    from gazete.newsroom.models import Story

    return Story.objects.create(
        slug="sample",
        headline="Sample written for gazete tests",
        standfirst="Sample.",
        language="tr",
        body=[{"type": "paragraph", "text": "Sample paragraph."}],
        status=Story.Status.PUBLISHED,
        published_at=timezone.now() - timezone.timedelta(hours=1),
    ).pk


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        ("/api/stories/{id}/comments", {"name": "Okur\x00", "text": "Güzel bir haber olmuş."}, ["body", "name"]),
        ("/api/stories/{id}/comments", {"name": "Okur", "text": "Güzel\x00 haber"}, ["body", "text"]),
        ("/api/moderate", {"text": "merhaba\x00"}, ["body", "text"]),
        ("/api/comments/1/report", {"reason": "spam", "note": "\x00"}, ["body", "note"]),
    ],
)
def test_a_nul_in_an_api_body_answers_422_as_the_schema_lists_it(
    client: Client, story_id: int, path: str, body: dict, where: list[str]
) -> None:
    from gazete.comments.models import Comment

    response = client.post(
        path.replace("{id}", str(story_id)), data=json.dumps(body), content_type="application/json", **HOST
    )
    assert response.status_code == 422  # by the field's pattern, which the schema shows
    [issue] = response.json()["detail"]
    assert issue["loc"][0] == where[0] and issue["loc"][-1] == where[-1]
    assert issue["type"] == "string_pattern_mismatch"
    assert not Comment.objects.exists()


def test_the_schema_says_that_api_text_may_not_hold_nul(client: Client) -> None:
    from gazete.null_characters import NO_NUL

    schemas = client.get("/api/openapi.json", **HOST).json()["components"]["schemas"]
    assert schemas["CommentIn"]["properties"]["text"]["pattern"] == NO_NUL
    assert schemas["ReportIn"]["properties"]["note"]["pattern"] == NO_NUL


def test_a_nul_in_a_query_answers_422_in_the_api_and_400_on_pages(client: Client) -> None:
    api = client.get("/api/stories?limit=5&x=a%00b", **HOST)
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "x"]
    page = client.get("/ara/?q=a%00b", **HOST)
    assert page.status_code == 400 and b"Null characters" in page.content


def test_a_nul_in_a_form_field_answers_400(client: Client, story_id: int) -> None:
    response = client.post(f"/yorum/{story_id}/", data={"name": "a\x00", "text": "metin"}, **HOST)
    assert response.status_code == 400


def test_requests_without_nul_pass_and_escaped_text_is_no_nul(rf) -> None:  # type: ignore[no-untyped-def]
    assert nul_location(rf.get("/ara/", {"q": "İstanbul"})) is None
    literal = rf.post("/desk/x/", data=json.dumps({"text": "a \\u0000 b"}), content_type="application/json")
    assert nul_location(literal) is None  # a backslash and "u0000" typed by a reader, not a NUL
    nul = rf.post("/desk/x/", data=json.dumps({"items": [{"text": "a\x00"}]}), content_type="application/json")
    assert nul_location(nul) == ["body", "items", 0, "text"]
    assert nul_location(rf.post("/desk/x/", data=b"{not json", content_type="application/json")) is None
