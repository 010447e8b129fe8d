"""Template tags for the comment block under a story."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from gazete.comments.labels import labels
from gazete.comments.messages import reader_lang
from gazete.comments.models import CommentReport
from gazete.comments.policy import current_policy, published_policy_text
from gazete.comments.rendering import comment_html
from gazete.comments.selectors import approved_thread
from gazete.comments.services import accepts_comments

register = template.Library()

REPORT_REASONS_EN = [(value, str(label)) for value, label in CommentReport.Reason.choices]
REPORT_REASONS_TR = [
    ("profanity", "Küfür"), ("insult", "Hakaret"), ("offensive", "Rencide edici / nefret"),
    ("belief_attack", "İnançlara saldırı"), ("spam", "Reklam / spam"), ("other", "Diğer"),
]


@register.simple_tag
def comment_block(story: Any) -> dict[str, Any]:
    """Return what the comment block needs: threads, the policy text, limits and the page language."""
    policy = current_policy()
    lang = reader_lang(getattr(story, "language", "tr"))
    threads = approved_thread(story)
    return {
        "threads": threads,
        "count": sum(1 + len(item.replies) for item in threads),
        "policy_text": published_policy_text(policy, lang),
        "max_length": policy.max_length,
        "lang": lang,
        "open": accepts_comments(story),
        "report_reasons": report_reasons(lang),
        "t": labels(lang),
    }


@register.simple_tag
def comment_labels(lang: str) -> dict[str, str]:
    """Return the comment block's words in ``lang``."""
    return labels(reader_lang(lang))


def report_reasons(lang: str) -> list[tuple[str, str]]:
    """Return the report reasons (value, label) in ``lang``."""
    return REPORT_REASONS_EN if lang == "en" else REPORT_REASONS_TR


@register.filter
def comment_body(text: str) -> SafeString:
    """Render a comment's plain text as safe HTML (see gazete.comments.rendering)."""
    return comment_html(text)
