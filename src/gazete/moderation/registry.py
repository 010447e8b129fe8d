"""The one table of moderation rules: each policy code with the languages it reads, its check and its fix.

The engine runs the checks in this order (the order the published policy names them, see
:data:`gazete.moderation.policy.POLICY_RULES`) and builds a suggestion by running the fixes by
``fix_order``. Adding a rule is one module under :mod:`gazete.moderation.rules`, its wording in
:mod:`gazete.moderation.policy` and one :class:`RuleSpec` here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gazete.moderation.policy import RULES_BY_CODE, PolicyRule
from gazete.moderation.rules import belief, caps, insult, offensive, profanity, spelling, turkish_chars
from gazete.moderation.rules.base import Comment
from gazete.moderation.verdict import Reason

BOTH_LANGUAGES = frozenset({"tr", "en"})


@dataclass(frozen=True)
class RuleSpec:
    """How the engine runs one policy rule.

    - ``check`` returns the rule's reason for a comment, or None.
    - ``fix`` rewrites a text so the rule no longer applies; None for rules about what a comment
      says (insult, offensive, belief_attack), which no rewrite of its form can fix.
    - ``fix_order``: fixes run in ascending order (capitals before dropped words before restored
      letters before spelling).
    - ``fixes_unflagged``: the fix runs whenever any fix runs, even when this rule gave no reason
      (spelling corrects the words a note or nothing reported).
    - ``then_fixes``: codes whose fix must also run after this one, when switched on and reading
      the comment's language (lowered capitals show the letters they hid: ``BAKSIN`` → ``baksin``).
    """

    code: str
    check: Callable[[Comment], Reason | None]
    languages: frozenset[str] = BOTH_LANGUAGES
    fix: Callable[[str, Comment], str] | None = None
    fix_order: int = 0
    fixes_unflagged: bool = False
    then_fixes: tuple[str, ...] = ()

    @property
    def policy(self) -> PolicyRule:
        """Return the rule's published wording (messages, fix hints, policy words)."""
        return RULES_BY_CODE[self.code]

    @property
    def fixable(self) -> bool:
        """Tell whether a rewrite of the comment's form can satisfy the rule."""
        return self.fix is not None


RULES: tuple[RuleSpec, ...] = (
    RuleSpec(profanity.CODE, profanity.check, fix=profanity.fix, fix_order=2),
    RuleSpec(insult.CODE, insult.check),
    RuleSpec(offensive.CODE, offensive.check),
    RuleSpec(belief.CODE, belief.check),
    RuleSpec(spelling.CODE, spelling.check, fix=spelling.fix, fix_order=4, fixes_unflagged=True),
    RuleSpec(turkish_chars.CODE, turkish_chars.check, languages=frozenset({"tr"}), fix=turkish_chars.fix, fix_order=3),
    RuleSpec(caps.CODE, caps.check, fix=caps.fix, fix_order=1, then_fixes=(turkish_chars.CODE,)),
)

SPECS_BY_CODE: dict[str, RuleSpec] = {spec.code: spec for spec in RULES}
FIX_ORDER: tuple[RuleSpec, ...] = tuple(sorted((spec for spec in RULES if spec.fixable), key=lambda s: s.fix_order))
FIXABLE_CODES: frozenset[str] = frozenset(spec.code for spec in FIX_ORDER)
MEANING_CODES: frozenset[str] = frozenset(spec.code for spec in RULES if not spec.fixable)
"""Codes about what a comment says: no rewrite of its form can fix them, so no suggestion is offered."""

