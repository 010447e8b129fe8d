"""Template tags for the comment block under a story."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString

from gazete.comments.cache import cached_block
from gazete.comments.labels import labels
from gazete.comments.messages import reader_lang
from gazete.comments.models import CommentReport
from gazete.comments.policy import current_policy, published_policy_text
from gazete.comments.rendering import comment_html, comment_time_label
from gazete.comments.selectors import approved_thread
from gazete.comments.services import shows_comment_form
from gazete.moderation.normalize import tr_capitalize

register = template.Library()

@register.simple_tag
def comment_section(story: Any) -> SafeString:
    """The whole comment block under ``story`` (comments/_comments.html), from the comment cache.

    It is rendered without the request: nothing in it is the reader's own (the form's token comes
    from /yorum/token/), so one rendering serves every reader until a comment or the story changes.
    """
    return SafeString(cached_block(story.pk, lambda: render_to_string("comments/_comments.html", {"story": story})))


@register.simple_tag
def comment_block(story: Any) -> dict[str, Any]:
    """Return what the comment block needs: threads, the policy text, limits and the page language.

    The block speaks the story's language, but the policy is the portal's own: it follows the
    interface language (``policy_lang``), so a Turkish reader of an English story reads UYARI.
    """
    policy = current_policy()
    lang = reader_lang(getattr(story, "language", "tr"))
    policy_lang = reader_lang(translation.get_language())
    threads = approved_thread(story)
    return {
        "threads": threads,
        "count": sum(1 + len(item.replies) for item in threads),
        "policy_text": published_policy_text(policy, policy_lang),
        "policy_lang": policy_lang,
        "max_length": policy.max_length,
        "lang": lang,
        "open": shows_comment_form(story),
        "report_reasons": report_reasons(lang),
        "t": labels(lang),
    }


@register.simple_tag
def comment_labels(lang: str) -> dict[str, str]:
    """Return the comment block's words in ``lang``."""
    return labels(reader_lang(lang))


def report_reasons(lang: str) -> list[tuple[str, str]]:
    """Return the report reasons (value, label) in ``lang``, whatever language the request is in."""
    with translation.override(lang):
        labels_in_lang = [(value, str(label)) for value, label in CommentReport.Reason.choices]
    if lang == "en":
        return [(value, label[:1].upper() + label[1:]) for value, label in labels_in_lang]
    return [(value, tr_capitalize(label)) for value, label in labels_in_lang]


@register.filter
def comment_body(text: str) -> SafeString:
    """Render a comment's plain text as safe HTML (see gazete.comments.rendering)."""
    return comment_html(text)


@register.filter(expects_localtime=True)
def comment_time(value: datetime | None) -> str:
    """When a comment was posted, as readers see it (see gazete.comments.rendering.comment_time_label)."""
    return comment_time_label(value) if isinstance(value, datetime) else ""
