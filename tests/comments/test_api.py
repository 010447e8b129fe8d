"""Tests for gazete.comments.api: the JSON endpoints, their status codes and the OpenAPI schema."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from gazete.comments.models import Comment, CommentReport
from gazete.comments.rendering import comment_time_label

pytestmark = pytest.mark.django_db


def post(client: Client, url: str, body: dict, **extra: str):
    return client.post(url, json.dumps(body), content_type="application/json", **extra)


def test_post_returns_201_with_the_verdict(client: Client, story) -> None:
    response = post(client, f"/api/stories/{story.pk}/comments",
                    {"name": "Ali", "text": "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!", "lang": "en"})
    assert response.status_code == 201
    body = response.json()
    assert set(body) >= {"id", "status", "decision", "reasons", "suggestion"}
    assert body["status"] == "rejected" and body["decision"] == "reject"
    assert body["reasons"][0]["code"] == "all_caps"
    assert body["reasons"][0]["spans"][0] == {"start": 0, "end": 2, "text": "BU"}
    assert body["reasons"][0]["message"].startswith("Your comment is written in capital letters.")
    assert body["suggestion"] == "Bu karar çok yanlış, herkes bunu görüyor!"
    assert Comment.objects.get(pk=body["id"]).status == "rejected"


def test_post_messages_follow_the_page_language_by_default(client: Client, make_story) -> None:
    english = make_story(language="en")
    url = f"/api/stories/{english.pk}/comments"
    body = post(client, url, {"name": "Jo", "text": "Great reporting, thank you."}).json()
    assert body["status"] == "approved" and body["message"] == "Your comment has been published."


def test_a_stored_comment_comes_back_with_its_time_as_the_page_shows_it(client: Client, story) -> None:
    body = post(client, f"/api/stories/{story.pk}/comments",
                {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."}).json()
    comment = Comment.objects.get(pk=body["id"])
    assert body["status"] == "approved"
    assert body["created_at"] == timezone.localtime(comment.created_at).replace(microsecond=0).isoformat()
    assert "." not in body["created_at"] and body["created_at"].endswith("+03:00")
    assert body["created_label"] == comment_time_label(comment.created_at)
    refused = post(client, f"/api/stories/{story.pk}/comments", {"name": "", "text": "Merhaba dünya"}).json()
    assert refused["created_at"] is None and refused["created_label"] is None


def test_rate_limited_posts_get_429_with_retry_after(client: Client, story) -> None:
    url = f"/api/stories/{story.pk}/comments"
    assert post(client, url, {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."}).status_code == 201
    response = post(client, url, {"name": "Ali", "text": "Haberi paylaştığınız için teşekkürler."})
    assert response.status_code == 429 and int(response["Retry-After"]) >= 1
    assert response.json()["refusal"] == "rate_limited"


def test_duplicates_get_409_and_bad_input_400(client: Client, story, make_story, no_interval) -> None:
    url = f"/api/stories/{story.pk}/comments"
    post(client, url, {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."})
    assert post(client, url, {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."}).status_code == 409
    elsewhere = post(client, f"/api/stories/{make_story().pk}/comments",
                     {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."})
    assert elsewhere.status_code == 409 and elsewhere.json()["refusal"] == "duplicate"
    assert elsewhere.json()["message"].startswith("Bu yorumu başka bir habere zaten gönderdiniz: “")
    bad = post(client, url, {"name": "", "text": "Merhaba dünya"})
    assert bad.status_code == 400 and "name" in bad.json()["field_errors"]
    assert post(client, "/api/stories/999999/comments", {"name": "A", "text": "Merhaba"}).status_code == 404


def test_the_honeypot_looks_like_success_to_a_bot(client: Client, story) -> None:
    response = post(client, f"/api/stories/{story.pk}/comments",
                    {"name": "Bot", "text": "Harika haber, teşekkürler.", "website": "http://spam.example"})
    assert response.status_code == 201 and response.json()["status"] == "rejected"


def test_posting_needs_a_csrf_token(story) -> None:
    strict = Client(enforce_csrf_checks=True)
    url = f"/api/stories/{story.pk}/comments"
    refused = post(strict, url, {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."})
    assert refused.status_code == 403 and not Comment.objects.exists()
    token = strict.get("/yorum/token/").json()["token"]  # the story page itself carries none
    accepted = post(strict, url, {"name": "Ali", "text": "Savaşın bir an önce bitmesini diliyorum."},
                    HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201


def test_get_lists_approved_comments_threaded_and_escaped(client: Client, story, no_interval) -> None:
    url = f"/api/stories/{story.pk}/comments"
    root = post(client, url, {"name": "Ayşe", "text": "Güzel haber: https://example.org/a <b>kalın</b>"}).json()
    post(client, url, {"name": "Ali", "text": "Ben de katılıyorum.", "parent": root["id"]})
    post(client, url, {"name": "Can", "text": "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!"})
    threads = client.get(url).json()
    assert [t["name"] for t in threads] == ["Ayşe"]
    assert [r["name"] for r in threads[0]["replies"]] == ["Ali"]
    assert "&lt;b&gt;kalın&lt;/b&gt;" in threads[0]["html"]
    assert 'rel="nofollow ugc noopener"' in threads[0]["html"]
    assert threads[0]["text"].endswith("<b>kalın</b>")


def test_precheck_changes_nothing_and_explains(client: Client, story) -> None:
    response = post(client, "/api/moderate", {"text": "Bu cok sacma bir karar, kimse buna inanmiyor.",
                                              "story_id": story.pk, "lang": "tr"})
    body = response.json()
    assert response.status_code == 200 and body["decision"] == "reject"
    assert body["reasons"][0]["code"] == "no_turkish_chars"
    assert body["reasons"][0]["message"].startswith("Yorumunuz Türkçe karakterler")
    assert body["suggestion"] == "Bu çok saçma bir karar, kimse buna inanmıyor."
    assert not Comment.objects.exists()


def test_precheck_is_rate_limited(client: Client) -> None:
    codes = [post(client, "/api/moderate", {"text": "Merhaba"}).status_code for _ in range(61)]
    assert codes.count(200) == 60 and codes[-1] == 429


def test_report_endpoint(client: Client, story) -> None:
    comment = post(client, f"/api/stories/{story.pk}/comments",
                   {"name": "Ayşe", "text": "Savaşın bir an önce bitmesini diliyorum."}).json()
    first = post(client, f"/api/comments/{comment['id']}/report", {"reason": "spam", "lang": "en"})
    second = post(client, f"/api/comments/{comment['id']}/report", {"reason": "spam", "lang": "en"})
    assert first.status_code == 201 and first.json()["message"] == "Thank you for your report."
    assert second.status_code == 200 and CommentReport.objects.count() == 1
    assert post(client, "/api/comments/999999/report", {"reason": "spam"}).status_code == 404


def test_every_endpoint_is_in_the_openapi_schema(client: Client) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"post", "get"} <= set(paths["/api/stories/{story_id}/comments"])
    assert "post" in paths["/api/moderate"]
    assert "post" in paths["/api/comments/{comment_id}/report"]
