"""Tests for gazete.backoffice.views.comments: the desk's comment screens under /desk/comments/."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from gazete.comments.models import BlockedVisitor, Comment, ModerationAction
from gazete.comments.policy import current_policy
from gazete.comments.services import report_comment, submit_comment
from gazete.comments.visitors import Visitor

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_desk(client: Client) -> None:
    """The desk follows Accept-Language; these tests assert its English wording (Turkish: see below)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def comments(story, make_story, visitor, no_interval) -> dict[str, Comment]:
    """A held, a rejected and an approved comment in the test section, and a held one without section."""
    return {
        "held": submit_comment(story, "Can", "Bunu yapanlar aptal.", visitor=visitor).comment,
        "rejected": submit_comment(story, "Ali", "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!", visitor=visitor).comment,
        "approved": submit_comment(story, "Ayşe", "Savaşın bir an önce bitmesini diliyorum.", visitor=visitor).comment,
        "other": submit_comment(make_story(story_section=None), "Ece", "Bunu yapanlar aptal, gerçekten.",
                                visitor=Visitor("e" * 32)).comment,
    }


def test_the_desk_needs_a_staff_login(client: Client) -> None:
    response = client.get("/desk/comments/")
    assert response.status_code == 302 and response["Location"] == "/desk/login/?next=/desk/comments/"


def test_queues_filter_and_section_permissions(client: Client, comments, superuser, section_moderator) -> None:
    client.force_login(superuser)
    held = client.get("/desk/comments/").content.decode()
    assert f'id="row-{comments["held"].pk}"' in held and f'id="row-{comments["other"].pk}"' in held
    assert '<mark data-code="insult" title="insult">aptal</mark>' in held
    rejected = client.get("/desk/comments/queue/rejected/?code=all_caps").content.decode()
    assert f'id="row-{comments["rejected"].pk}"' in rejected
    for empty in ("/desk/comments/queue/rejected/?code=profanity", "/desk/comments/?from=2000-01-01&to=2000-01-02"):
        assert "row-" not in client.get(empty).content.decode().split("<tbody>")[1]
    client.force_login(section_moderator)
    mine = client.get("/desk/comments/?section=dunya").content.decode()
    assert f'id="row-{comments["held"].pk}"' in mine and f'id="row-{comments["other"].pk}"' not in mine


def test_bulk_approve_records_who_when_and_why(client: Client, comments, superuser) -> None:
    client.force_login(superuser)
    ids = [comments["held"].pk, comments["rejected"].pk]
    response = client.post("/desk/comments/bulk/", {"ids": ids, "action": "approve", "note": "fine in context",
                                                    "next": "/desk/comments/"})
    assert response.status_code == 302 and response["Location"] == "/desk/comments/"
    assert set(Comment.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"approved"}
    actions = ModerationAction.objects.filter(comment_id__in=ids)
    assert actions.count() == 2 and {a.user for a in actions} == {superuser}
    assert {a.note for a in actions} == {"fine in context"}
    assert actions.get(comment_id=comments["rejected"].pk).is_override
    detail = client.get(f"/desk/comments/{comments['rejected'].pk}/").content.decode()
    assert "fine in context" in detail and "rejected → approved" in detail


def test_a_section_moderator_cannot_act_outside_their_sections(client: Client, comments, section_moderator) -> None:
    client.force_login(section_moderator)
    response = client.post("/desk/comments/bulk/", {"ids": [comments["other"].pk], "action": "approve"})
    assert response.status_code == 403
    assert Comment.objects.get(pk=comments["other"].pk).status == "held"
    assert client.get(f"/desk/comments/{comments['other'].pk}/").status_code == 404
    assert client.get("/desk/comments/policy/").status_code == 403


def test_block_a_visitor_and_see_their_history(client: Client, comments, superuser, visitor) -> None:
    client.force_login(superuser)
    page = client.get(f"/desk/comments/visitor/{visitor.hash}/").content.decode()
    assert all(f'id="row-{comments[k].pk}"' in page for k in ("held", "rejected", "approved"))
    client.post(f"/desk/comments/visitor/{visitor.hash}/", {"action": "block", "reason": "flooding"})
    assert BlockedVisitor.objects.get(visitor_hash=visitor.hash).blocked_by == superuser
    assert visitor.hash in client.get("/desk/comments/blocked/").content.decode()
    client.post(f"/desk/comments/visitor/{visitor.hash}/", {"action": "unblock"})
    assert not BlockedVisitor.objects.exists()


def test_policy_settings_change_the_engine_and_the_published_text(client: Client, superuser, story, visitor) -> None:
    client.force_login(superuser)
    response = client.post("/desk/comments/policy/", {
        "enabled_codes": ["profanity", "insult", "offensive", "belief_attack", "spelling", "no_turkish_chars"],
        "review_threshold": "0.5", "reject_threshold": "0.85", "allowed_words": "", "banned_words": "zırzop",
        "max_length": "500", "min_interval_seconds": "0", "daily_cap": "10", "premoderated_sections": [],
        "other_language": "reject",
    })
    assert response.status_code == 302
    policy = current_policy()
    assert "all_caps" not in policy.enabled_codes and policy.max_length == 500
    assert policy.other_language == "reject"
    russian = submit_comment(story, "Olga", "Это очень плохая новость для всех нас.", visitor=visitor)
    assert russian.outcome == "rejected" and "other_language" in russian.comment.code_list
    shouted = submit_comment(story, "Ali", "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!", visitor=visitor)
    assert shouted.outcome == "approved"
    banned = submit_comment(story, "Ali", "Bu yazara göre sen zırzopsun.", visitor=visitor)
    assert banned.outcome == "rejected" and "profanity" in banned.comment.code_list
    page = client.get(story.get_absolute_url()).content.decode()
    assert "büyük harflerle" not in page.split("comment-policy")[1][:400]


def test_policy_thresholds_are_validated(client: Client, superuser) -> None:
    client.force_login(superuser)
    response = client.post("/desk/comments/policy/", {"enabled_codes": ["profanity"], "review_threshold": "0.9",
                                                      "reject_threshold": "0.5", "max_length": "500",
                                                      "min_interval_seconds": "0", "daily_cap": "10",
                                                      "other_language": "review"})
    assert response.status_code == 200 and "hold threshold" in response.content.decode()


def test_numbers_page_draws_an_svg_chart(client: Client, comments, superuser) -> None:
    client.force_login(superuser)
    html = client.get("/desk/comments/numbers/?days=7").content.decode()
    assert "<svg" in html and "all_caps" in html
    assert '<tr data-code="all_caps"><th><code>all_caps</code></th>' in html
    svg = client.get("/desk/comments/numbers/chart.svg?days=7")
    assert svg["Content-Type"] == "image/svg+xml" and svg.content.startswith(b"<svg")


def test_the_desk_speaks_turkish_to_a_turkish_moderator(comments, superuser) -> None:
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(superuser)
    queue = turkish.get("/desk/comments/").content.decode()
    assert '<html lang="tr">' in queue
    for words in ("Yorum masası", "Kuyruklar", "bekleyenler", "şikâyet edilenler", "Engellenen ziyaretçiler",
                  "İşaretli yorumlar", "Uygula", "<option value=\"approve\">onayla</option>",
                  "<option value=\"reject\">reddet</option>", "bekliyor"):
        assert words in queue, words
    assert "Queues" not in queue and "Apply" not in queue
    # the engine's reasons follow the interface language in the queue
    held = Comment.objects.get(pk=comments["held"].pk).verdict["reasons"][0]
    assert held["message_tr"] in queue and held["message_en"] not in queue

    response = turkish.post("/desk/comments/bulk/", {"ids": [comments["rejected"].pk], "action": "approve",
                                                     "next": f"/desk/comments/{comments['rejected'].pk}/"},
                            follow=True)
    detail = response.content.decode()
    assert "Onaylandı: 1 yorum." in detail
    assert "İşlem geçmişi" in detail and "reddedildi → onaylandı" in detail

    policy = turkish.post("/desk/comments/policy/", {"enabled_codes": ["profanity"], "review_threshold": "0.9",
                                                     "reject_threshold": "0.5", "max_length": "500",
                                                     "min_interval_seconds": "0", "daily_cap": "10"})
    html = policy.content.decode()
    assert "Yorum kuralları" in html and "Açık kurallar" in html and "profanity — küfür" in html
    assert "0 ≤ bekletme eşiği ≤ reddetme eşiği ≤ 1 olmalı." in html
    assert "Başka alfabeyle yazılmış yorumlar" in html and "moderatör onayına bırak" in html

    report_comment(comments["approved"], Visitor("r" * 32), "belief_attack", "", "tr")
    reported = turkish.get(f"/desk/comments/{comments['approved'].pk}/").content.decode()
    assert "Şikâyetler (1)" in reported and "inançlara saldırı" in reported

    visitor_page = f"/desk/comments/visitor/{comments['held'].visitor_hash}/"
    assert "Bu ziyaretçiyi engelle" in turkish.get(visitor_page).content.decode()
    turkish.post(visitor_page, {"action": "block", "reason": "flooding"})
    blocked = turkish.get(visitor_page, follow=True).content.decode()
    assert "tarihinde chief tarafından engellendi: flooding" in blocked and "Engeli kaldır" in blocked
    assert "Bu ziyaretçiyi engelle" not in blocked

    numbers = turkish.get("/desk/comments/numbers/?days=7").content.decode()
    assert "Kurallara göre onaylar ve retler, son 7 gün" in numbers and "tüm yorumlar" in numbers
    assert "onaylanan" in turkish.get("/desk/comments/numbers/chart.svg?days=7").content.decode()


def test_a_comment_in_another_script_waits_for_a_moderator_and_can_be_filtered(
    client: Client, story, visitor, no_interval, superuser
) -> None:
    comment = submit_comment(story, "Olga", "Это очень плохая новость для всех нас.", visitor=visitor).comment
    assert comment.status == "held"
    client.force_login(superuser)
    page = client.get("/desk/comments/?code=other_language").content.decode()
    assert f'id="row-{comment.pk}"' in page
    assert "<option selected>other_language</option>" in page
    assert "row-" not in client.get("/desk/comments/?code=insult").content.decode().split("<tbody>")[1]


def test_a_section_moderator_cannot_block_site_wide_nor_list_the_blocked(client: Client, comments,
                                                                        section_moderator, visitor) -> None:
    client.force_login(section_moderator)
    page = client.get(f"/desk/comments/visitor/{visitor.hash}/")
    assert page.status_code == 200  # their section's comments by this visitor: the history is theirs to see
    html = page.content.decode()
    assert 'value="block"' not in html
    assert "/desk/comments/blocked/" not in html and "/desk/comments/policy/" not in html
    response = client.post(f"/desk/comments/visitor/{visitor.hash}/", {"action": "block", "reason": "flooding"})
    assert response.status_code == 403
    assert not BlockedVisitor.objects.exists()
    assert client.get("/desk/comments/blocked/").status_code == 403


def test_an_editor_gets_no_comment_desk(client: Client, comments) -> None:
    from gazete.backoffice.roles import EDITOR, assign_role

    editor = User.objects.create_user("editor-only", "e@example.org", "pass-for-tests-1", is_staff=True)
    assign_role(editor, EDITOR)
    client.force_login(editor)
    for path in ("/desk/comments/", "/desk/comments/queue/held/", f"/desk/comments/{comments['held'].pk}/",
                 f"/desk/comments/visitor/{comments['held'].visitor_hash}/", "/desk/comments/blocked/",
                 "/desk/comments/numbers/", "/desk/comments/numbers/chart.svg"):
        assert client.get(path).status_code == 403, path
    response = client.post("/desk/comments/bulk/", {"ids": [comments["held"].pk], "action": "approve"})
    assert response.status_code == 403 and Comment.objects.get(pk=comments["held"].pk).status == "held"


def test_a_moderator_role_may_block_and_list_the_blocked(client: Client, comments, visitor) -> None:
    from gazete.backoffice.roles import MODERATOR, assign_role

    moderator = User.objects.create_user("mod", "m@example.org", "pass-for-tests-1", is_staff=True)
    assign_role(moderator, MODERATOR)
    client.force_login(moderator)
    assert client.get("/desk/comments/").status_code == 200
    client.post(f"/desk/comments/visitor/{visitor.hash}/", {"action": "block", "reason": "flooding"})
    assert BlockedVisitor.objects.get().blocked_by == moderator
    assert visitor.hash in client.get("/desk/comments/blocked/").content.decode()


def test_the_comment_screens_are_in_the_desks_shell(client: Client, comments, superuser) -> None:
    client.force_login(superuser)
    for path in ("/desk/comments/", f"/desk/comments/{comments['held'].pk}/", "/desk/comments/numbers/",
                 "/desk/comments/policy/", "/desk/comments/blocked/",
                 f"/desk/comments/visitor/{comments['held'].visitor_hash}/"):
        html = client.get(path).content.decode()
        assert "backoffice/desk.css" in html and "backoffice/desk.js" in html, path
        assert '<a class="brand" href="/desk/">' in html, path  # the way back to the desk
        assert 'href="/desk/comments/" data-screen="comments" aria-current="page"' in html, path
        assert 'data-screen="incoming"' in html and 'data-screen="admin"' in html, path  # a superuser's screens
        assert 'action="/desk/logout/"' in html and 'action="/i18n/setlang/"' in html, path
        assert '<nav class="subscreens" aria-labelledby="comment-desk-h">' in html, path
