"""all_caps: Turkish casing, acronyms, short comments, sentence-case fix."""

from __future__ import annotations

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules import caps
from gazete.moderation.rules.base import Comment, article_context


def _comment(text: str, context: str | None = None) -> Comment:
    return Comment(text, "tr", DEFAULT_CONFIG, article_context(context))


def test_shouting_is_flagged_with_spans_and_suggestions() -> None:
    reason = caps.check(_comment("İSTANBUL'DA HAYAT ÇOK PAHALI"))
    assert reason is not None
    assert [span.text for span in reason.spans] == ["İSTANBUL'DA", "HAYAT", "ÇOK", "PAHALI"]
    assert reason.suggestions[0].replacement == "istanbul'da"


def test_acronyms_and_short_comments_pass() -> None:
    assert caps.check(_comment("NATO, ABD ve AB ortak açıklama yaptı")) is None
    assert caps.check(_comment("ÇOK DOĞRU")) is None


def test_fix_keeps_acronyms_and_article_names() -> None:
    context = "Sample written for gazete tests: Peskov spoke about NATO."
    comment = _comment("PESKOV NATO HAKKINDA YİNE KONUŞTU. IŞIK YOK", context)
    assert caps.fix(comment.text, comment) == "Peskov NATO hakkında yine konuştu. Işık yok"
