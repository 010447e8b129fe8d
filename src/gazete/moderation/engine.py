"""The moderation engine: run the switched-on rules on a comment and decide, with reasons and a fix.

The rules, their languages and their fixes come from :mod:`gazete.moderation.registry`.

Decision: any deterministic rule (profanity, all_caps, no_turkish_chars, spelling over its
threshold) rejects. The content rules' lexical scores (insult, offensive, belief_attack) reject at
or above ``reject_threshold``, hold for review at or above ``review_threshold``. When no content
rule fired, the classifier may hold a Turkish comment for review (:mod:`gazete.moderation.combine`).
Otherwise the comment is approved, possibly with spelling notes.

A comment without a single letter (empty, blank, only digits or emoji) is rejected with the
non-policy code ``empty``: there is nothing to publish and nothing to moderate. A comment written
mostly in another script (Russian, Arabic, Greek…) gets the non-policy code ``other_language``
with the configured severity (``review`` by default): none of the rules can read it.

The first comment a process moderates loads the engine's tables and models; then everything alive is
moved out of the cycle collector's reach (:func:`settle_loaded_tables`), once per process.
"""

from __future__ import annotations

import gc
from dataclasses import replace

from gazete.moderation.combine import YIELDING_CODES, model_reason, rules_yield
from gazete.moderation.config import DEFAULT_CONFIG, ModerationConfig
from gazete.moderation.disguise import Cleaned, strip_disguises
from gazete.moderation.language import ENGLISH, TURKISH, detect_language
from gazete.moderation.policy import (
    EMPTY_CODE,
    EMPTY_MESSAGE_EN,
    EMPTY_MESSAGE_TR,
    OTHER_LANGUAGE_CODE,
    OTHER_LANGUAGE_MESSAGE_EN,
    OTHER_LANGUAGE_MESSAGE_TR,
)
from gazete.moderation.registry import FIX_ORDER, FIXABLE_CODES, MEANING_CODES, RULES, SPECS_BY_CODE
from gazete.moderation.rules.base import Comment, article_context
from gazete.moderation.verdict import Reason, Span, Verdict, WordSuggestion, decide


def _normalise_lang(lang: str | None) -> str | None:
    """Map ``tr-TR``, ``en_GB`` and the like onto ``tr``/``en``; anything else means detect."""
    if not lang:
        return None
    prefix = lang.strip().lower()[:2]
    return prefix if prefix in (TURKISH, ENGLISH) else None


def empty_verdict(lang: str) -> Verdict:
    """Return the verdict for a comment with no letters."""
    reason = Reason(EMPTY_CODE, 1.0, (), EMPTY_MESSAGE_TR, EMPTY_MESSAGE_EN, (), "reject")
    return Verdict("reject", (reason,), None, lang)


def other_language_verdict(lang: str, config: ModerationConfig) -> Verdict:
    """Return the verdict for a comment in a language none of the rules can read."""
    severity = config.other_language_severity
    reason = Reason(OTHER_LANGUAGE_CODE, 1.0, (), OTHER_LANGUAGE_MESSAGE_TR, OTHER_LANGUAGE_MESSAGE_EN, (), severity)
    return Verdict(decide((reason,)), (reason,), None, lang)


def build_suggestion(comment: Comment, reasons: tuple[Reason, ...]) -> str | None:
    """Return the whole text with every fix applied, or None when there is nothing to fix.

    The fixes run in the registry's ``fix_order`` (:data:`gazete.moderation.registry.FIX_ORDER`):
    profane words are dropped before letters are restored (the deasciifier reads "siktir" as "sıktır").
    """
    codes = {reason.code for reason in reasons}
    if not codes & FIXABLE_CODES:
        return None
    text = comment.text
    for spec in FIX_ORDER:
        if spec.fix is None or (spec.code not in codes and not spec.fixes_unflagged):
            continue
        text = spec.fix(text, comment)
        for code in spec.then_fixes:
            follower = SPECS_BY_CODE[code]
            if comment.lang in follower.languages and code in comment.config.enabled:
                codes.add(code)
    return text if text != comment.text else None


def approved_suggestion(
    comment: Comment, reasons: tuple[Reason, ...], context: str | None, config: ModerationConfig
) -> str | None:
    """Return the fixed text only when it is itself approved: a suggestion never launders a comment.

    No suggestion is offered when the comment is rejected for what it says (insult, offensive,
    belief_attack), when the fix leaves too little to say, or when the fixed text would still not be
    approved.
    """
    if any(reason.code in MEANING_CODES and reason.severity != "note" for reason in reasons):
        return None
    suggestion = build_suggestion(comment, reasons)
    if suggestion is None or not any(ch.isalpha() for ch in suggestion):
        return None
    return suggestion if approves(suggestion, comment.lang, context, config) else None


def on_original(reasons: tuple[Reason, ...], cleaned: Cleaned) -> tuple[Reason, ...]:
    """Return ``reasons`` with their spans and word suggestions moved from the cleaned text onto the original."""
    if not cleaned.changed:
        return reasons

    def span(found: Span) -> Span:
        start, end = cleaned.original_span(found.start, found.end)
        return Span(start, end, cleaned.original[start:end])

    def suggestion(found: WordSuggestion) -> WordSuggestion:
        start, end = cleaned.original_span(found.start, found.end)
        return WordSuggestion(start, end, cleaned.original[start:end], found.replacement)

    return tuple(
        replace(
            reason,
            spans=tuple(map(span, reason.spans)),
            suggestions=tuple(map(suggestion, reason.suggestions)),
        )
        for reason in reasons
    )


_settled = False
"""Whether :func:`settle_loaded_tables` has run in this process."""


def settle_loaded_tables() -> None:
    """Collect garbage once, then freeze what is alive (:func:`gc.freeze`): the tables the first comment loaded.

    The engine's lexicons, word model and tables are some 70,000 container objects that live as long as the
    process. Each full collection of the cyclic garbage collector walked them all (20–55 ms each, twice per
    5,000 comments, and every minor one's cost rose with them): frozen, they are never walked again. Run once,
    after the first comment, whose loading takes seconds anyway. What is frozen is still freed by reference
    counting; only a reference cycle alive at that moment and dropped later stays (a one-off few kilobytes).
    """
    global _settled
    _settled = True
    gc.collect()
    gc.freeze()


def moderate(
    text: str,
    lang: str | None = None,
    context: str | None = None,
    config: ModerationConfig | None = None,
) -> Verdict:
    """Moderate one comment and return a :class:`Verdict` that explains itself.

    ``lang`` (``tr``/``en``) skips language detection; ``context`` is the article text, whose
    names and acronyms are never reported as misspelled or shouted. Any ``str`` gives a verdict;
    a non-``str`` raises :class:`TypeError`.

    The rules read the text with its disguises taken off (:mod:`gazete.moderation.disguise`: zero-width
    characters, styled and look-alike letters); spans in the verdict point into ``text`` as given, and
    the suggestion is the cleaned text with every fix applied.
    """
    if not isinstance(text, str):
        raise TypeError(f"moderate() needs a str, got {type(text).__name__}")
    cleaned = strip_disguises(text)
    config = config or DEFAULT_CONFIG
    comment = read_comment(cleaned.text, lang, context, config)
    if isinstance(comment, Verdict):
        return comment
    found = find_reasons(comment)
    suggestion = approved_suggestion(comment, found, context, config)
    if not _settled:
        settle_loaded_tables()
    return Verdict(decide(found), on_original(found, cleaned), suggestion, comment.lang)


def approves(text: str, lang: str | None, context: str | None, config: ModerationConfig) -> bool:
    """Tell whether :func:`moderate` would approve ``text``, stopping at the first reason that holds it back.

    This is how a suggested fix is checked: only its decision counts, so the rules after the first reason
    that rejects or holds for review, the learnt models then, and the fix's own suggestion are not computed.
    """
    comment = read_comment(strip_disguises(text).text, lang, context, config)
    if isinstance(comment, Verdict):
        return comment.decision == "approve"
    return decide(find_reasons(comment, until_blocked=True)) == "approve"


def read_comment(text: str, lang: str | None, context: str | None, config: ModerationConfig) -> Comment | Verdict:
    """Return the cleaned ``text`` as a :class:`Comment` for the rules, or the verdict when no rule can read it.

    A text without letters gets the ``empty`` verdict, one in a language the rules do not read the
    ``other_language`` verdict.
    """
    chosen_lang = _normalise_lang(lang)
    if not any(ch.isalpha() for ch in text):
        return empty_verdict(chosen_lang or TURKISH)
    detected = chosen_lang or detect_language(text, config.min_length_language)
    if detected not in (TURKISH, ENGLISH):
        return other_language_verdict(detected, config)
    return Comment(text=text, lang=detected, config=config, context=article_context(context))


FIRST_WHEN_BLOCKING = ("insult", "spelling")
"""The rules :func:`find_reasons` runs first when only the decision counts (a suggested fix checked): the two that
most often hold a fix back (insult and spelling: 79 and 84 of the 174 fixes of 5,000 OffensEval tweets held), at a
fraction of the cost of the rules before them in the registry (profanity, offensive)."""
RULES_UNTIL_BLOCKED = tuple(
    sorted(RULES, key=lambda spec: FIRST_WHEN_BLOCKING.index(spec.code) if spec.code in FIRST_WHEN_BLOCKING else 2)
)
"""The rules in the order :func:`find_reasons` runs them until one blocks. The decision is the same in any order: a
rule's check reads only the comment (what another rule found is computed again if it is not yet kept), and whether
some reason blocks does not depend on which came first."""


def find_reasons(comment: Comment, until_blocked: bool = False) -> tuple[Reason, ...]:
    """Return the reasons of the switched-on rules and the learnt models, in the registry's order.

    With ``until_blocked``, stop at the first reason that rejects or holds for review: the decision is then
    known (:func:`gazete.moderation.verdict.decide`), though not every reason. The rules then run in the order of
    :data:`RULES_UNTIL_BLOCKED`, those that most often block first.
    """
    reasons: list[Reason] = []
    for spec in RULES_UNTIL_BLOCKED if until_blocked else RULES:
        if spec.code not in comment.config.enabled or comment.lang not in spec.languages:
            continue
        reason = spec.check(comment)
        if reason is not None:
            reasons.append(reason)
            # The hostility rules' holds may yield to the learnt model (rules_yield): not yet decided.
            if until_blocked and reason.severity != "note" and reason.code not in YIELDING_CODES:
                return tuple(reasons)
    found = rules_yield(comment, reasons)
    if until_blocked and any(reason.severity != "note" for reason in found):
        return found
    # A very sure classifier rejects; otherwise the blended score of the learnt models holds for review.
    from_models = model_reason(comment, found)
    return found if from_models is None else (*found, from_models)
