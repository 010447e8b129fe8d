"""Add the classifier's evidence to the rules' reasons: it holds for review what the rules let through.

How rules and classifier combine (tuned on the classifier's validation split, see
docs/moderation-policy.md):

* The rules decide alone when they found something: their reasons keep their severities. The
  classifier cannot tell *whom* a comment targets, so it never turns a rule's ``review`` (an insult
  aimed at nobody in particular, "Bunu yapanlar aptal.") into a ``reject``.
* When no content rule fired, the classifier's topic-unbiased P(OFF) holds a Turkish comment for
  review from ``classifier_review_threshold``, or from the lower ``classifier_cue_threshold`` when
  the comment has a tone cue: it addresses someone, uses an insult or hostile word, or exclaims.
  The score is also cleared of spelling bias: for a comment typed without Turkish letters, the
  lower of its score and that of the restored text counts ("siki calisin" is "sıkı çalışın").
  Only when it is very sure (``classifier_reject_threshold``; mostly profanity the lexicon misses,
  "s.ktir git") does it reject alone.
* The reason code follows the comment: ``belief_attack`` when it names a belief, ``insult`` when it
  addresses someone or uses an insult word, ``offensive`` otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from itertools import islice

import regex

from gazete.moderation.config import ModerationConfig
from gazete.moderation.hostility import condemns_or_reports
from gazete.moderation.hostility_model import HostilityJudgement, load_hostility_model
from gazete.moderation.language import TURKISH
from gazete.moderation.lexicons import BELIEF_HOSTILE, BELIEF_TERMS, SECOND_PERSON, TOPIC_IDIOM_WORDS
from gazete.moderation.normalize import Token, has_turkish_letters, quoted_spans, remove_spans
from gazete.moderation.policy import CONTENT_CODES
from gazete.moderation.rules import profanity
from gazete.moderation.rules.base import Comment, make_reason, span_of
from gazete.moderation.rules.insult import insult_at, insult_base, joined_keys
from gazete.moderation.scores import CLASSIFIER_CODES, ClassifierEvidence, classifier_evidence, get_classifier
from gazete.moderation.topics import mask_topics
from gazete.moderation.verdict import Reason, Severity, Span

logger = logging.getLogger(__name__)
_LATIN_RE = regex.compile(r"\p{Latin}")
EXCLAMATION = "!"
MIN_WORD_LETTERS = 2
CONDEMNING_MARGIN = 0.6
"""Share of the way from the hostility model's threshold to 1 added for a comment that condemns or reports."""


def tone_cues(comment: Comment) -> tuple[Span, ...]:
    """Return the words that give a comment an aggressive tone (addressing, insult, hostility)."""
    spans = []
    keys = joined_keys(comment)
    for index, key in enumerate(keys):
        if key in SECOND_PERSON or key in BELIEF_HOSTILE or insult_at(index, keys, comment) is not None:
            spans.append(span_of(comment.text, comment.words[index]))
    return tuple(spans)


def cleared_spans(comment: Comment) -> list[tuple[int, int]]:
    """Return the words the rules found innocent though they look hostile, sorted by position.

    Insult words that are not used as insults (``adı``, the ``eşek`` of ``eşek arısı``) and words that
    begin like a profane entry but are none (``sikke``, ``götürmek``).
    """
    keys = joined_keys(comment)
    spans = {
        (comment.words[index].start, comment.words[index].end)
        for index, key in enumerate(keys)
        if insult_base(key) is not None and insult_at(index, keys, comment) is None
    }
    spans.update(profanity.lookalikes(comment))
    return _merged(sorted(spans))


def classifier_code(comment: Comment) -> str:
    """Return the policy code classifier evidence is reported under for this comment."""
    keys = joined_keys(comment)
    if any(key in BELIEF_TERMS for key in keys):
        return "belief_attack"
    if any(key in SECOND_PERSON or insult_at(index, keys, comment) for index, key in enumerate(keys)):
        return "insult"
    return "offensive"


def _judged_tokens(comment: Comment) -> Iterator[Token]:
    """Yield the words the classifier can judge: two letters or more, Latin script, not a mention or in a link."""
    text = comment.text
    for token in comment.words:
        if (
            len(token.text) >= MIN_WORD_LETTERS
            and (token.text.isascii() or _LATIN_RE.search(token.text) is not None)
            and text[token.start - 1 : token.start] != "@"
            and not _inside_link(text, token.start)
        ):
            yield token


def judged_words(comment: Comment, enough: int | None = None) -> int:
    """Count the words the classifier can judge (see ``_judged_tokens``), stopping at ``enough`` when given."""
    return sum(1 for _token in islice(_judged_tokens(comment), enough))


def _inside_link(text: str, position: int) -> bool:
    """Tell whether ``position`` lies inside a URL-like run of non-space characters."""
    start = text.rfind(" ", 0, position) + 1
    end = text.find(" ", position)
    run = text[start : end if end != -1 else len(text)]
    return "://" in run or run.lower().startswith("www.")


def needs_classifier(comment: Comment, found: Sequence[Reason]) -> bool:
    """Tell whether the classifier has a say: switched on, a Turkish comment long enough, no content rule fired."""
    config = comment.config
    if not config.use_classifier or comment.lang != TURKISH or not config.enabled & set(CLASSIFIER_CODES):
        return False
    if judged_words(comment, enough=config.classifier_min_words) < config.classifier_min_words:
        return False
    return not any(reason.code in CONTENT_CODES and reason.severity != "note" for reason in found)


def classifier_reason(
    comment: Comment,
    found: Sequence[Reason],
    evidence: ClassifierEvidence | None = None,
    judgement: HostilityJudgement | None = None,
) -> Reason | None:
    """Return the classifier's reason for a comment no content rule flagged (review, or reject when very sure).

    ``evidence`` is computed here when not given (None also when no model is shipped). A ``judgement`` of
    the hostility model that finds the comment plainly clean (below ``hostility_model_clears``) clears it
    of the classifier's review, not of its reject: the OffensEval tweets taught the classifier that
    naming women, a people or a sect is offensive; the hostility model learnt it from comments about
    them, hard negatives included.
    """
    if not needs_classifier(comment, found):
        return None
    config = comment.config
    if evidence is None:
        restored = None if has_turkish_letters(comment.text) else comment.deasciified

        def cleared() -> str | None:
            # Words the rules cleared and words in quotation marks (reported speech, not the commenter's own).
            spans = _merged(sorted({*cleared_spans(comment), *quoted_spans(comment.text)}))
            return remove_spans(comment.text, spans) if spans else None

        evidence = classifier_evidence(
            comment.text, floor=config.classifier_cue_threshold, restored=restored, cleared=cleared
        )
    if evidence is None:
        return None
    cues = tone_cues(comment)
    cued = bool(cues) or EXCLAMATION in comment.text
    threshold = config.classifier_cue_threshold if cued else config.classifier_review_threshold
    if evidence.unbiased < threshold:
        return None
    code = classifier_code(comment)
    if code not in config.enabled:
        return None
    severity: Severity = "reject" if evidence.unbiased >= config.classifier_reject_threshold else "review"
    if severity == "review" and judgement is not None and judgement.hostile < config.hostility_model_clears:
        return None
    return make_reason(code, evidence.unbiased, cues, (), severity)


def hostility_judgement(comment: Comment) -> HostilityJudgement | None:
    """Return the learnt hostility model's judgement of the comment, or None without a model.

    A comment typed without Turkish letters is judged as restored (``kurtleri surun`` as ``Kürtleri
    sürün``): the model learnt from comments mostly written with them. Like the classifier's evidence,
    the judgement is the least hostile of the comment as written, the comment without what the rules
    found is not the commenter's own hostility (words in quotation marks, hostile-looking words the rules
    cleared: ``köpek gibi yorulduk``, ``eşek arısı``, everyday ``Allah`` idioms), and the comment without
    its topic words (:mod:`gazete.moderation.topics`).
    """
    model = load_hostility_model()
    classifier = get_classifier()
    if model is None or classifier is None:
        return None
    restored = None if has_turkish_letters(comment.text) else comment.deasciified
    text = restored or comment.text
    try:
        judgement = model.judge(*classifier.features(text))
        # The variants can only lower the score: worth computing only when it would hold the comment
        # (or when a lower score could clear it of the classifier's review).
        config = comment.config
        floor = hostility_threshold(config, model.threshold)
        if config.hostility_model_clears > 0:
            floor = min(floor, config.hostility_model_clears)
        if judgement.hostile < floor:
            return judgement
        spans = sorted({*quoted_spans(text), *cleared_spans(comment), *allah_idiom_spans(comment)})
        if spans:
            variant = model.judge(*classifier.features(remove_spans(text, _merged(spans))))
            if variant.hostile < judgement.hostile:
                judgement = variant
        # As for the classifier: names of peoples, faiths and parties alone are no hostility
        # ("Kürtler, Türkler ve Araplar bu topraklarda birlikte yaşıyor"); the hostile act stays without them.
        if judgement.hostile >= floor and (masked := mask_topics(text)) is not None:
            variant = model.judge(*classifier.features(masked))
            if variant.hostile < judgement.hostile:
                judgement = variant
        return judgement
    except Exception:
        # A broken model must not stop moderation: the rules and the classifier still decide.
        logger.exception("hostility model failed; its reasons skipped")
        return None


def hostility_threshold(config: ModerationConfig, trained: float) -> float:
    """Return the hostility model's threshold: the configured one, else the one tuned at training."""
    return config.hostility_model_threshold if config.hostility_model_threshold is not None else trained


def allah_idiom_spans(comment: Comment) -> list[tuple[int, int]]:
    """Return the words of an everyday ``Allah`` idiom (``Allah kahretsin``) in a comment that addresses no one.

    ``Allah kahretsin, yine savaş haberi`` is a sigh, not a curse on anyone; ``Allah belanı versin`` and a
    comment speaking to someone keep their words (see :data:`gazete.moderation.lexicons.TOPIC_IDIOM_WORDS`).
    """
    keys = comment.word_keys  # one key per word (joined_keys may merge two)
    if not any(key.startswith("allah") for key in keys) or any(key in SECOND_PERSON for key in keys):
        return []
    return [
        (token.start, token.end)
        for token, key in zip(comment.words, keys, strict=True)
        if key.startswith("allah") or key in TOPIC_IDIOM_WORDS
    ]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sorted (start, end) spans that overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def hostility_model_reason(
    comment: Comment, found: Sequence[Reason], judgement: HostilityJudgement | None = None
) -> Reason | None:
    """Return a review reason when the hostility model finds hostility the rules let through, else None.

    It has a say where the classifier has (:func:`needs_classifier`, ``use_classifier`` included: it reads
    the classifier's features), under its own switch too; the reason
    is the model's most likely hostile code, held for a moderator (the model cannot point at words).
    ``judgement`` is computed here when not given (None also when no model is shipped).
    """
    config = comment.config
    if not config.use_hostility_model or not needs_classifier(comment, found):
        return None
    judgement = judgement or hostility_judgement(comment)
    model = load_hostility_model()
    threshold = hostility_threshold(config, model.threshold if model is not None else 1.0)
    if condemns_or_reports(comment.words, comment.text):
        # "… diyenler", "ırkçılığı kınıyorum": the words of hostility, the act of condemning it.
        threshold += (1.0 - threshold) * CONDEMNING_MARGIN
    if judgement is None or judgement.hostile < threshold or judgement.code not in config.enabled:
        return None
    if judgement.code in config.hostility_model_defers:
        return None
    return make_reason(judgement.code, judgement.hostile, tone_cues(comment), (), "review")
