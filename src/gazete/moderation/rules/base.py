"""The comment as the rules see it: text, language, words, article context and the analyses rules share.

A rule is a ``check(comment) -> Reason | None`` (and, when the policy allows a rewrite, a
``fix(text, comment) -> str``); :mod:`gazete.moderation.registry` lists them with their codes,
languages and fix order. What one rule computes and another reuses is kept on
:attr:`Comment.analysis` (a :class:`SharedAnalysis`), filled once per comment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from gazete.moderation.config import ModerationConfig
from gazete.moderation.deasciify import deasciify
from gazete.moderation.normalize import (
    WORD_MEMO,
    Token,
    ascii_fold,
    match_tokens,
    quoted_spans,
    speakers_own_quote,
    tr_capitalize,
    tr_lower,
    tr_upper,
    words,
)
from gazete.moderation.policy import RULES_BY_CODE
from gazete.moderation.verdict import Reason, Severity, Span, WordSuggestion

if TYPE_CHECKING:  # hostility imports this module (by_first_word); the type is only an annotation here
    from gazete.moderation.hostility import Finding
    from gazete.moderation.hostility_model import HostilityJudgement


@dataclass(frozen=True)
class ArticleContext:
    """Words of the article a comment belongs to: such names are never misspelled or shouted."""

    words: frozenset[str] = frozenset()
    acronyms: frozenset[str] = frozenset()
    names: tuple[tuple[str, str], ...] = ()

    @cached_property
    def name_by_lower(self) -> dict[str, str]:
        """Return the capitalised spelling of each name, keyed by its Turkish-lower-cased form."""
        return dict(self.names)


EMPTY_CONTEXT = ArticleContext()


def _stem(word: str) -> str:
    """Return ``word`` without an apostrophe suffix (``Peskov'un`` → ``Peskov``)."""
    return word.replace("’", "'").split("'", 1)[0]


@lru_cache(maxsize=128)
def article_context(text: str | None) -> ArticleContext:
    """Collect the words, acronyms and capitalised names of an article text (cached per text)."""
    if not text:
        return EMPTY_CONTEXT
    lowered: set[str] = set()
    acronyms: set[str] = set()
    names: dict[str, str] = {}
    for token in words(text):
        stem = _stem(token.text)
        lower = tr_lower(stem)
        lowered.add(lower)
        lowered.add(tr_lower(token.text))
        if len(stem) >= 2 and stem.isupper():
            acronyms.add(lower)
        elif stem[:1].isupper():
            names.setdefault(lower, stem)
    return ArticleContext(frozenset(lowered), frozenset(acronyms), tuple(sorted(names.items())))


@dataclass
class SharedAnalysis:
    """What one rule finds in a comment's own text and another reuses; ``None`` until first computed.

    Each field is filled by the function named beside it, for ``comment.text`` only (a fix that
    rewrites the text computes afresh and keeps nothing here).
    """

    profanity: list[tuple[int, int]] | None = None
    """Offsets of the profane words and phrases (:func:`gazete.moderation.rules.profanity.find_profanity`)."""
    misspellings: list[WordSuggestion] | None = None
    """Corrections of misspelled words (:func:`gazete.moderation.rules.spelling.find_misspellings`)."""
    hostility: list[Finding] | None = None
    """The hostility model's findings (:func:`gazete.moderation.rules.offensive.hostility_findings`)."""
    insult_keys: list[str] | None = None
    """Word keys with two-word insults joined (:func:`gazete.moderation.rules.insult.joined_keys`)."""
    insult_scores: list[float] | None = None
    """The insult score of every word, 0 for none (:func:`gazete.moderation.rules.insult.word_scores`)."""
    insult_typed: list[str] | None = None
    """Lower-cased, unfolded words joined like the insult keys (:func:`gazete.moderation.rules.insult.typed_words`)."""
    classifier_may_judge: bool | None = None
    """Whether the classifier may judge the comment at all (:func:`gazete.moderation.combine.classifier_may_judge`)."""
    slogans: list[tuple[int, int]] | None = None
    """Offsets of curses said of an evil or a plight (:func:`gazete.moderation.combine.slogan_spans`)."""
    hostility_judged: bool = False
    """Whether ``hostility_judgement`` was computed (it may be None: no model shipped)."""
    hostility_judgement: HostilityJudgement | None = None
    """The learnt hostility model's judgement (:func:`gazete.moderation.combine.cached_judgement`)."""


@dataclass(frozen=True)
class Comment:
    """One comment under moderation: its words and readings are computed once and shared by the rules."""

    text: str
    lang: str
    config: ModerationConfig
    context: ArticleContext = EMPTY_CONTEXT
    analysis: SharedAnalysis = field(default_factory=SharedAnalysis, compare=False, repr=False)
    """Results one rule computes and another reuses (e.g. profanity hits for belief_attack)."""

    @cached_property
    def words(self) -> list[Token]:
        """Return the letter words of the text with offsets."""
        return words(self.text)

    @cached_property
    def word_keys(self) -> list[str]:
        """Return :func:`word_key` of every word, in order (one key per word of :attr:`words`)."""
        return [word_key(token.text, self.lang) for token in self.words]

    @cached_property
    def match_tokens(self) -> list[Token]:
        """Return tokens for lexicon matching (obfuscations kept whole)."""
        return match_tokens(self.text)

    @cached_property
    def quoted_words(self) -> frozenset[int]:
        """Return the indexes of the words inside quotation marks (reported speech, not the commenter's own)."""
        if not any(mark in self.text for mark in "\"'“”‘’«"):
            return frozenset()
        # "'engelli misin' diye sordum": a quotation of the commenter's own words stays theirs
        spans = [(start, end) for start, end in quoted_spans(self.text) if not speakers_own_quote(self.text, end)]
        return frozenset(
            index for index, token in enumerate(self.words) if any(s <= token.start < e for s, e in spans)
        )

    @cached_property
    def deasciified(self) -> str | None:
        """Return the text with Turkish letters restored (None when the deasciifier is missing)."""
        return deasciify(self.text)

    def is_known_name(self, word: str) -> bool:
        """Tell whether ``word`` (or its stem) is a word of the article or an allowed word."""
        if not self.context.words and not self.config.allowed_words:
            return False  # most comments: no article given, no allowed words set
        lower = tr_lower(_stem(word))
        return (
            lower in self.context.words
            or lower in self.config.allowed_words
            or tr_lower(word) in self.config.allowed_words
        )


def make_reason(
    code: str,
    score: float,
    spans: tuple[Span, ...] = (),
    suggestions: tuple[WordSuggestion, ...] = (),
    severity: Severity = "reject",
) -> Reason:
    """Build a reason for a policy rule, taking its messages from the policy table."""
    rule = RULES_BY_CODE[code]
    return Reason(
        code=code,
        score=max(0.0, min(1.0, score)),
        spans=spans,
        message_tr=rule.explain("tr"),
        message_en=rule.explain("en"),
        suggestions=suggestions,
        severity=severity,
    )


def span_of(comment_text: str, token: Token | WordSuggestion) -> Span:
    """Return the span of ``token`` in the comment."""
    return Span(token.start, token.end, comment_text[token.start : token.end])


def apply_suggestions(text: str, suggestions: list[WordSuggestion] | tuple[WordSuggestion, ...]) -> str:
    """Return ``text`` with non-overlapping suggestions applied (earlier-listed ones win overlaps)."""
    chosen: list[WordSuggestion] = []
    for suggestion in suggestions:
        if all(suggestion.end <= kept.start or suggestion.start >= kept.end for kept in chosen):
            chosen.append(suggestion)
    pieces: list[str] = []
    cursor = 0
    for suggestion in sorted(chosen, key=lambda item: item.start):
        pieces.append(text[cursor : suggestion.start])
        pieces.append(suggestion.replacement)
        cursor = suggestion.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def keep_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (all caps, capitalised or lower)."""
    if len(original) > 1 and original.isupper():
        return tr_upper(replacement)
    if original[:1].isupper():
        return tr_capitalize(replacement)
    return replacement


def by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group word phrases by their first word, so a comment is scanned once, not once per phrase.

    >>> by_first_word([("seni", "bulacağım"), ("seni", "öldürürüm"), ("geber",)])["seni"]
    (('seni', 'bulacağım'), ('seni', 'öldürürüm'))
    """
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in index.items()}


def lowered_word(word: str, lang: str) -> str:
    """Return a word lower-cased for ``lang`` (Turkish rules unless English), without apostrophes."""
    lowered = word.lower() if lang == "en" else tr_lower(word)
    return lowered.replace("'", "").replace("’", "")


@lru_cache(maxsize=WORD_MEMO)
def word_key(word: str, lang: str) -> str:
    """Return a word lower-cased for ``lang``, without apostrophes, folded to ASCII.

    Folding lets ASCII-typed comments meet the content lexicons (``muslumanlar``); compare only
    with lexicons folded the same way (the content tables of :mod:`gazete.moderation.lexicons`).
    """
    return ascii_fold(lowered_word(word, lang))


def word_range_spans(comment: Comment, ranges: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
    """Return the text spans covering word-index ranges ``(first, last)``, without repeats, by (start, end)."""
    spans = {
        Span(comment.words[a].start, comment.words[b].end, comment.text[comment.words[a].start : comment.words[b].end])
        for a, b in ranges
    }
    return tuple(sorted(spans, key=lambda span: (span.start, span.end)))


def content_reason(code: str, lexical_score: float, spans: tuple[Span, ...], comment: Comment) -> Reason | None:
    """Turn a content rule's lexical score into a reason (reject or review by the thresholds), or None.

    The classifier is not consulted here: :mod:`gazete.moderation.combine` adds its evidence for
    comments the rules let through.
    """
    severity = comment.config.severity_for(lexical_score) if lexical_score > 0 else None
    if severity is None:
        return None
    return make_reason(code, lexical_score, spans, (), severity)  # type: ignore[arg-type]
