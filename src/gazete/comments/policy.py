"""The stored comment policy and the moderation engine's configuration built from it."""

from __future__ import annotations

from gazete.comments.models import CommentPolicy
from gazete.moderation.config import ModerationConfig
from gazete.moderation.policy import ALL_CODES, POLICY_RULES, policy_text
from gazete.newsroom.models import Story
from gazete.newsroom.written_sql import columns, instances

POLICY_ID = 1


def current_policy() -> CommentPolicy:
    """Return the single policy row, creating it with every rule switched on when missing.

    Read with a written statement (``newsroom.written_sql``): every uncached comment block reads it,
    and ``get_or_create``'s composed query cost ~0.4 ms of CPU, several times running it.
    """
    read = columns(CommentPolicy)
    found = instances(read, f"SELECT {read.select('p')} FROM {CommentPolicy._meta.db_table} p "  # noqa: S608
                      "WHERE p.id = %s", [POLICY_ID])
    if found:
        return found[0]
    policy, _created = CommentPolicy.objects.get_or_create(
        pk=POLICY_ID, defaults={"enabled_codes": [rule.code for rule in POLICY_RULES]}
    )
    return policy


def word_list(text: str) -> frozenset[str]:
    """Split a one-word-a-line (or comma-separated) setting into lower-case words."""
    words = (part.strip().lower() for line in text.splitlines() for part in line.split(","))
    return frozenset(word for word in words if word)


def enabled_codes(policy: CommentPolicy) -> frozenset[str]:
    """Return the policy's switched-on rule codes that the engine knows."""
    return frozenset(policy.enabled_codes) & ALL_CODES


def moderation_config(policy: CommentPolicy) -> ModerationConfig:
    """Build the engine's configuration from the stored policy."""
    review = min(max(policy.review_threshold, 0.0), 1.0)
    reject = min(max(policy.reject_threshold, review), 1.0)
    return ModerationConfig(
        enabled=enabled_codes(policy),
        review_threshold=review,
        reject_threshold=reject,
        allowed_words=word_list(policy.allowed_words),
        extra_banned_words=word_list(policy.banned_words),
        other_language_severity=policy.other_language,  # type: ignore[arg-type]  # a CommentPolicy.OtherLanguage
        spelling_blocks=policy.spelling_blocks,
    )


def is_premoderated(policy: CommentPolicy, story: Story) -> bool:
    """True when comments on ``story`` wait for a moderator even if the engine approves them."""
    if policy.premoderate_all:
        return True
    if story.section_id is None:
        return False
    return policy.premoderated_sections.filter(pk=story.section_id).exists()


def published_policy_text(policy: CommentPolicy, lang: str) -> str:
    """Return the UYARI (or WARNING) paragraph for the switched-on rules in ``lang``."""
    return policy_text("en" if lang == "en" else "tr", enabled_codes(policy), spelling_blocks=policy.spelling_blocks)
