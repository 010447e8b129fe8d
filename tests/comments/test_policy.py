"""Tests for gazete.comments.policy: the stored policy becomes the engine's configuration and the UYARI text."""

from __future__ import annotations

import pytest

from gazete.comments.policy import current_policy, is_premoderated, moderation_config, published_policy_text, word_list
from gazete.moderation.policy import ALL_CODES, policy_text

pytestmark = pytest.mark.django_db


def test_a_new_site_switches_every_rule_on() -> None:
    policy = current_policy()
    assert set(policy.enabled_codes) == ALL_CODES
    assert published_policy_text(policy, "tr") == policy_text("tr", ALL_CODES)
    assert published_policy_text(policy, "en").startswith("WARNING: ")


def test_settings_become_the_engine_configuration() -> None:
    policy = current_policy()
    policy.enabled_codes = ["profanity", "all_caps", "no-such-rule"]
    policy.allowed_words = "Peskov\nZelenskiy, Blinken"
    policy.banned_words = "Zırzop"
    policy.review_threshold, policy.reject_threshold = 0.4, 0.3
    config = moderation_config(policy)
    assert config.enabled == frozenset({"profanity", "all_caps"})
    assert config.allowed_words == frozenset({"peskov", "zelenskiy", "blinken"})
    assert config.extra_banned_words == frozenset({"zırzop"})
    assert config.review_threshold == 0.4 and config.reject_threshold == 0.4


def test_word_lists_ignore_blanks() -> None:
    assert word_list(" a ,\n\n B \n") == frozenset({"a", "b"})


def test_premoderation_per_section_or_everywhere(story, make_story) -> None:
    policy = current_policy()
    assert not is_premoderated(policy, story)
    policy.premoderated_sections.add(story.section)
    assert is_premoderated(policy, story) and not is_premoderated(policy, make_story(story_section=None))
    policy.premoderate_all = True
    assert is_premoderated(policy, make_story(story_section=None))


@pytest.mark.parametrize(("stored", "decision"), [("review", "review"), ("reject", "reject"), ("note", "approve")])
def test_comments_in_another_script_get_what_the_policy_says(stored: str, decision: str) -> None:
    from gazete.moderation import moderate

    policy = current_policy()
    assert policy.other_language == "review"
    policy.other_language = stored
    config = moderation_config(policy)
    assert config.other_language_severity == stored
    assert moderate("Это очень плохая новость для всех нас", config=config).decision == decision


def test_spelling_as_a_note_only_publishes_one_mistake_with_the_fix_and_says_so() -> None:
    from gazete.moderation import moderate

    policy = current_policy()
    assert policy.spelling_blocks
    one_mistake = "Bu haberi okudum ve çok düşündüm, ülkemiz için herkez biraz daha sorumluluk almalı."
    assert moderate(one_mistake, config=moderation_config(policy)).decision != "approve"
    assert "Tek bir yazım hatası" not in published_policy_text(policy, "tr")
    policy.spelling_blocks = False
    policy.save()
    verdict = moderate(one_mistake, config=moderation_config(policy))
    assert verdict.decision == "approve" and verdict.suggestion is not None and "herkes" in verdict.suggestion
    assert [reason.severity for reason in verdict.reasons if reason.code == "spelling"] == ["note"]
    text = published_policy_text(policy, "tr")
    assert text.startswith("UYARI: Küfür")
    assert text.endswith("Tek bir yazım hatası olan yorumlar düzeltme önerisiyle yayımlanır.")


def test_the_stored_policy_is_read_as_saved_and_created_once() -> None:
    from gazete.comments.models import CommentPolicy

    created = current_policy()
    created.max_length, created.enabled_codes, created.review_threshold = 900, ["profanity"], 0.25
    created.save()
    read = current_policy()
    assert (read.pk, read.max_length, read.enabled_codes) == (created.pk, 900, ["profanity"])
    assert read.review_threshold == 0.25
    assert CommentPolicy.objects.count() == 1
