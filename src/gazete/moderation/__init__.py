"""Comment moderation for gazete: a pure engine (no Django) that explains its decisions.

Use :func:`gazete.moderation.engine.moderate`; it returns a :class:`~gazete.moderation.verdict.Verdict`
with reason codes, spans, plain-language messages in Turkish and English and a suggested fix.
"""

from gazete.moderation.config import DEFAULT_CONFIG, ModerationConfig
from gazete.moderation.engine import moderate
from gazete.moderation.verdict import Reason, Span, Verdict, WordSuggestion

__all__ = ["DEFAULT_CONFIG", "ModerationConfig", "Reason", "Span", "Verdict", "WordSuggestion", "moderate"]
