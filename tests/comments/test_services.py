"""Tests for gazete.comments.services: submission, limits, duplicates, honeypot, blocking, reports, actions."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from gazete.comments.models import BlockedVisitor, Comment, CommentReport, ModerationAction
from gazete.comments.policy import current_policy
from gazete.comments.services import (
    accepts_comments,
    apply_action,
    block_visitor,
    report_comment,
    shows_comment_form,
    submit_comment,
    unblock_visitor,
)
from gazete.comments.visitors import Visitor
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db

CLEAN = "Savaşın bir an önce bitmesini diliyorum."
SHOUTED = "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!"
UNCERTAIN = "Bunu yapanlar aptal."


def test_a_clean_comment_is_approved_and_stored_with_the_verdict(story, visitor) -> None:
    result = submit_comment(story, "Ayşe", CLEAN, visitor=visitor)
    assert result.outcome == "approved" and result.message == "Yorumunuz yayımlandı."
    comment = Comment.objects.get()
    assert comment.status == "approved" and comment.decision == "approve"
    assert comment.verdict["decision"] == "approve" and comment.verdict["reasons"] == []
    assert comment.visitor_hash == visitor.hash and comment.codes == ""


def test_an_all_caps_comment_is_rejected_with_reasons_in_the_readers_language_and_a_suggestion(story, visitor):
    result = submit_comment(story, "Ali", SHOUTED, visitor=visitor, lang="en")
    assert result.outcome == "rejected"
    body = result.to_json()
    assert body["status"] == "rejected" and body["decision"] == "reject"
    assert [r["code"] for r in body["reasons"]] == ["all_caps"]
    assert body["reasons"][0]["message"].startswith("Your comment is written in capital letters.")
    assert {"start": 0, "end": 2, "text": "BU"} in body["reasons"][0]["spans"]
    assert body["suggestion"] == "Bu karar çok yanlış, herkes bunu görüyor!"
    stored = Comment.objects.get()
    assert stored.status == "rejected" and stored.codes == ",all_caps,"
    assert stored.verdict["reasons"][0]["message_tr"].startswith("Yorumunuz büyük harflerle yazılmış.")


def test_an_uncertain_comment_is_held_awaiting_approval(story, visitor) -> None:
    result = submit_comment(story, "Can", UNCERTAIN, visitor=visitor)
    assert result.outcome == "held" and result.message == "Yorumunuz onay bekliyor."
    assert Comment.objects.get().decision == "review"


def test_a_premoderated_section_holds_what_the_engine_approves_but_still_rejects(story, visitor, no_interval):
    policy = current_policy()
    policy.premoderated_sections.add(story.section)
    approved_by_engine = submit_comment(story, "Ayşe", CLEAN, visitor=visitor)
    assert approved_by_engine.outcome == "held" and approved_by_engine.comment.premoderated
    assert submit_comment(story, "Ali", SHOUTED, visitor=visitor).outcome == "rejected"


def test_names_in_the_article_are_context_for_the_engine(make_story, visitor) -> None:
    story = make_story(headline="Örnek: Zelenskiy Vilnius'ta konuştu", body=[])
    result = submit_comment(story, "Deniz", "Zelenskiy'in konuşması etkileyiciydi.", visitor=visitor)
    assert result.outcome == "approved"


def test_the_interval_between_comments_is_enforced_with_a_clear_message(story, visitor) -> None:
    assert submit_comment(story, "Ayşe", CLEAN, visitor=visitor).outcome == "approved"
    second = submit_comment(story, "Ayşe", "Bir yorum daha yazmak istiyorum.", visitor=visitor, lang="en")
    assert second.outcome == "refused" and second.refusal == "rate_limited"
    assert 1 <= second.retry_after <= 30
    assert second.message == f"You are commenting too often. Please try again in {second.retry_after} seconds."
    other = submit_comment(story, "Mert", "Bir yorum daha yazmak istiyorum.", visitor=Visitor("b" * 32))
    assert other.outcome == "approved"
    assert Comment.objects.count() == 2


def test_a_rejected_attempt_does_not_start_the_interval(story, visitor) -> None:
    assert submit_comment(story, "Ali", SHOUTED, visitor=visitor).outcome == "rejected"
    fixed = submit_comment(story, "Ali", "Bu karar çok yanlış, herkes bunu görüyor!", visitor=visitor)
    assert fixed.outcome == "approved"


def test_the_daily_cap_counts_every_judged_submission(story, visitor, no_interval) -> None:
    policy = current_policy()
    policy.daily_cap = 2
    policy.save()
    assert submit_comment(story, "Ali", SHOUTED, visitor=visitor).outcome == "rejected"
    assert submit_comment(story, "Ali", CLEAN, visitor=visitor).outcome == "approved"
    third = submit_comment(story, "Ali", "Haberi paylaştığınız için teşekkürler.", visitor=visitor)
    assert third.refusal == "daily_cap" and "(2)" in third.message


def test_the_same_text_twice_is_a_duplicate(story, visitor, no_interval) -> None:
    assert submit_comment(story, "Ayşe", CLEAN, visitor=visitor).outcome == "approved"
    again = submit_comment(story, "Ayşe", "  savaşın bir an önce BİTMESİNİ diliyorum!! ", visitor=visitor)
    assert again.refusal == "duplicate" and again.message == "Bu yorumu zaten gönderdiniz."
    copied = submit_comment(story, "Bot", CLEAN, visitor=Visitor("c" * 32))
    assert copied.refusal == "duplicate"
    assert Comment.objects.count() == 1


def test_the_same_text_on_another_story_says_which_story_has_it(story, make_story, visitor, no_interval) -> None:
    assert submit_comment(story, "Ayşe", CLEAN, visitor=visitor).outcome == "approved"
    other = make_story(headline="Örnek haber: başka bir haber", language="en")
    elsewhere = submit_comment(other, "Ayşe", CLEAN, visitor=visitor)
    assert elsewhere.outcome == "refused" and elsewhere.refusal == "duplicate"
    assert elsewhere.message == ("You have already posted this comment on another story: "
                                 f"“{story.headline}”.")
    turkish = submit_comment(make_story(), "Ayşe", CLEAN, visitor=visitor)
    assert turkish.message == f"Bu yorumu başka bir habere zaten gönderdiniz: “{story.headline}”."
    assert Comment.objects.count() == 1


def test_short_common_replies_from_different_visitors_are_not_duplicates(story, no_interval) -> None:
    assert submit_comment(story, "A", "Katılıyorum.", visitor=Visitor("1" * 32)).outcome == "approved"
    assert submit_comment(story, "B", "Katılıyorum.", visitor=Visitor("2" * 32)).outcome == "approved"


def test_the_honeypot_stores_the_post_as_rejected_spam(story, visitor) -> None:
    result = submit_comment(story, "Bot", CLEAN, visitor=visitor, honeypot="http://spam.example")
    assert result.outcome == "refused" and result.refusal == "spam"
    stored = Comment.objects.get()
    assert stored.status == "rejected" and stored.refusal == "spam" and stored.decision == ""


def test_a_blocked_visitor_is_refused_and_the_attempt_kept_in_their_history(story, visitor, superuser) -> None:
    block_visitor(superuser, visitor.hash, "spam")
    result = submit_comment(story, "Ayşe", CLEAN, visitor=visitor, lang="en")
    assert result.refusal == "blocked" and result.message == "Our moderators have blocked you from commenting."
    assert Comment.objects.get().refusal == "blocked"
    assert unblock_visitor(visitor.hash) and not BlockedVisitor.objects.exists()
    after = submit_comment(story, "Ayşe", "Haberi paylaştığınız için teşekkürler.", visitor=visitor)
    assert after.outcome == "approved"


@pytest.mark.parametrize(
    ("name", "text", "email", "refusal"),
    [
        ("", CLEAN, "", "name_required"),
        ("Ayşe", "   ", "", "empty"),
        ("Ayşe", CLEAN, "not-an-address", "bad_email"),
        ("Ayşe", "a" * 2001, "", "too_long"),
    ],
)
def test_invalid_input_is_refused_and_not_stored(story, visitor, name, text, email, refusal) -> None:
    result = submit_comment(story, name, text, email=email, visitor=visitor)
    assert result.refusal == refusal and result.field_errors
    assert not Comment.objects.exists()


def test_the_length_limit_is_configurable(story, visitor) -> None:
    policy = current_policy()
    policy.max_length = 10
    policy.save()
    result = submit_comment(story, "Ayşe", CLEAN, visitor=visitor, lang="en")
    assert result.refusal == "too_long" and "at most 10 characters" in result.message


def test_unpublished_stories_take_no_comments(make_story, visitor) -> None:
    story = make_story(status=Story.Status.WITHDRAWN)
    assert submit_comment(story, "Ayşe", CLEAN, visitor=visitor).refusal == "closed"


@pytest.mark.parametrize(("status", "hours_ago", "is_open"), [
    (Story.Status.PUBLISHED, 1, True),
    (Story.Status.PUBLISHED, -1, False),  # scheduled for an hour from now
    (Story.Status.WITHDRAWN, 1, False),
    (Story.Status.DRAFT, 1, False),
])
def test_the_form_shows_exactly_when_the_database_would_take_a_comment(make_story, status, hours_ago, is_open):
    story = make_story(status=status, published_at=timezone.now() - timezone.timedelta(hours=hours_ago))
    assert accepts_comments(story) is is_open
    assert shows_comment_form(story) is is_open


def test_replies_attach_to_the_thread_root_and_need_an_approved_parent(story, visitor, no_interval) -> None:
    root = submit_comment(story, "Ayşe", CLEAN, visitor=visitor).comment
    reply = submit_comment(story, "Ali", "Ben de aynı fikirdeyim.", visitor=visitor, parent_id=root.pk).comment
    deeper = submit_comment(story, "Can", "Bence de öyle, katılıyorum.", visitor=visitor, parent_id=reply.pk).comment
    assert reply.parent_id == root.pk and deeper.parent_id == root.pk
    held = submit_comment(story, "Can", UNCERTAIN, visitor=visitor).comment
    assert submit_comment(story, "Ece", "Neden böyle düşünüyorsunuz?", visitor=visitor,
                          parent_id=held.pk).refusal == "bad_parent"


def test_a_report_is_counted_once_per_visitor(story, visitor) -> None:
    comment = submit_comment(story, "Ayşe", CLEAN, visitor=visitor).comment
    first = report_comment(comment, Visitor("r" * 32), "insult", "kaba", lang="en")
    again = report_comment(comment, Visitor("r" * 32), "spam")
    other = report_comment(comment, Visitor("s" * 32), "no-such-reason")
    assert first.recorded and first.message == "Thank you for your report."
    assert not again.recorded and again.message == "Bu yorumu zaten bildirdiniz."
    assert other.recorded and CommentReport.objects.get(visitor_hash="s" * 32).reason == "other"
    comment.refresh_from_db()
    assert comment.report_count == 2


def test_moderator_actions_are_audited_and_overrides_marked(story, visitor, superuser, no_interval) -> None:
    shouted = submit_comment(story, "Ali", SHOUTED, visitor=visitor).comment
    held = submit_comment(story, "Can", UNCERTAIN, visitor=visitor).comment
    report_comment(held, Visitor("r" * 32), "insult")
    assert apply_action(superuser, [shouted, held], "approve", "acronym-heavy, fine") == 2
    shouted.refresh_from_db()
    assert shouted.status == "approved" and shouted.moderated_at is not None
    audit = {entry.comment_id: entry for entry in ModerationAction.objects.all()}
    assert audit[shouted.pk].is_override and audit[shouted.pk].from_status == "rejected"
    assert not audit[held.pk].is_override and audit[held.pk].to_status == "approved"
    assert audit[held.pk].user == superuser and audit[held.pk].note == "acronym-heavy, fine"
    assert CommentReport.objects.get().resolved_at is not None
    apply_action(superuser, [shouted], "remove", "second thoughts")
    shouted.refresh_from_db()
    assert shouted.status == "removed" and Comment.objects.filter(pk=shouted.pk).exists()


def test_section_moderators_act_only_in_their_sections(make_story, visitor, section_moderator, no_interval):
    mine = submit_comment(make_story(), "Ayşe", UNCERTAIN, visitor=visitor).comment
    elsewhere = submit_comment(make_story(story_section=None), "Ali", "Bunu yapanlar aptal gerçekten.",
                               visitor=visitor).comment
    assert apply_action(section_moderator, [mine], "reject") == 1
    with pytest.raises(PermissionDenied):
        apply_action(section_moderator, [elsewhere], "approve")
    elsewhere.refresh_from_db()
    assert elsewhere.status == "held" and ModerationAction.objects.count() == 1
