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
* With the learnt hostility model on (the default), a comment without a tone cue is held for review only
  when the blend of both models' scores reaches ``hostility_model_threshold`` (:func:`blended_score`),
  under the hostility model's code: the classifier learnt from tweets that naming a faith, women or a
  people is offensive, the hostility model learnt from comments about them, hard negatives included, so
  the two must lean the same way. Cued comments keep the classifier's cue threshold as well.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

import regex

from gazete.moderation.classifier import normalize_text
from gazete.moderation.config import ModerationConfig
from gazete.moderation.hostility import condemns_or_reports, cursed_thing_spans
from gazete.moderation.hostility_model import HostilityJudgement, load_hostility_model
from gazete.moderation.hostility_words import IDIOM_AFTER
from gazete.moderation.language import TURKISH
from gazete.moderation.lexicons import BELIEF_HOSTILE, BELIEF_TERMS, SECOND_PERSON, TOPIC_IDIOM_WORDS
from gazete.moderation.normalize import Token, has_turkish_letters, quoted_spans, remove_spans, tr_lower_word
from gazete.moderation.policy import CONTENT_CODES
from gazete.moderation.rules import profanity
from gazete.moderation.rules.base import Comment, make_reason, span_of
from gazete.moderation.rules.insult import PLURAL_CASE_ENDINGS, insult_at, insult_base, joined_keys, word_scores
from gazete.moderation.scores import CLASSIFIER_CODES, ClassifierEvidence, classifier_evidence, get_classifier
from gazete.moderation.stance_model import load_stance_model
from gazete.moderation.topics import mask_topics
from gazete.moderation.verdict import Reason, Severity, Span

logger = logging.getLogger(__name__)
_LATIN_RE = regex.compile(r"\p{Latin}")
EXCLAMATION = "!"
MIN_WORD_LETTERS = 2
CONDEMNING_MARGIN = 0.6
"""Share of the way from the hostility model's threshold to 1 added for a comment that condemns or reports."""


def tone_cues(comment: Comment) -> tuple[Span, ...]:
    """Return the words that give a comment an aggressive tone (addressing, insult, hostility).

    An insult word counts only where the insult rule reads it as one (not ``köpek gibi yorulduk``), a curse only
    where it is said of someone (not ``Kahrolsun bu susuzluk``).
    """
    spans = []
    keys = joined_keys(comment)
    slogans = slogan_spans(comment)
    for index, key in enumerate(keys):
        if slogans and (comment.words[index].start, comment.words[index].end) in slogans:
            continue
        if key in SECOND_PERSON:
            spans.append(span_of(comment.text, comment.words[index]))
        elif insult_base(key) is not None:  # an insult word: a cue only where the insult rule reads one
            if word_scores(comment)[index] > 0:
                spans.append(span_of(comment.text, comment.words[index]))
        elif key in BELIEF_HOSTILE and not _idiom_opening(comment, index):
            spans.append(span_of(comment.text, comment.words[index]))
    return tuple(spans)


def _idiom_opening(comment: Comment, index: int) -> bool:
    """Tell whether the word at ``index`` opens a set phrase whose next word makes it harmless (``domuz gribi``).

    The phrases are :data:`~gazete.moderation.hostility_words.IDIOM_AFTER`, which the hostility rules read too.
    """
    following = IDIOM_AFTER.get(tr_lower_word(comment.words[index].text))
    if following is None or index + 1 >= len(comment.words):
        return False
    return tr_lower_word(comment.words[index + 1].text).startswith(following)


def cleared_spans(comment: Comment) -> list[tuple[int, int]]:
    """Return the words the rules found innocent though they look hostile, sorted by position.

    Insult words that are not used as insults (``adı``, the ``eşek`` of ``eşek arısı``, ``köpek gibi
    yorulduk``, an animal nobody is called), words that begin like a profane entry but are none
    (``sikke``, ``götürmek``), a mother named in the idiom of her milk (``ananın ak sütü gibi helal``), and a curse
    said of an evil or a plight (``Kahrolsun bu susuzluk``).
    """
    keys = joined_keys(comment)
    spans = {
        (comment.words[index].start, comment.words[index].end)
        for index, key in enumerate(keys)
        if (split := insult_base(key)) is not None
        and split[1] not in PLURAL_CASE_ENDINGS  # "hainleri" unpointed: not aimed, but no innocent use told either
        and word_scores(comment)[index] == 0
    }
    spans.update(profanity.lookalikes(comment))
    spans.update(match.span() for match in MOTHERS_MILK_RE.finditer(comment.text))
    spans.update(slogan_spans(comment))
    return _merged(sorted(spans))


def slogan_spans(comment: Comment) -> list[tuple[int, int]]:
    """Return the offsets of curses said of an evil or a plight (``Kahrolsun bu susuzluk``), kept on the comment.

    Both :func:`tone_cues` and :func:`cleared_spans` read them; only a comment with ``kahrol`` can have one.
    """
    analysis = comment.analysis
    if analysis.slogans is None:
        found = "kahrol" in comment.text.lower()
        analysis.slogans = cursed_thing_spans(comment.words, comment.text) if found else []
    return analysis.slogans


MOTHERS_MILK_RE = regex.compile(r"\b(?:ana|anne)\w{0,5}\s+ak\s+süt\w*", regex.IGNORECASE)
"""``ananın ak sütü gibi helal``: the idiom of what is rightfully someone's, whose ``ananın`` is no oath."""


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
    if not classifier_may_judge(comment):
        return False
    return not any(reason.code in CONTENT_CODES and reason.severity != "note" for reason in found)


def classifier_may_judge(comment: Comment) -> bool:
    """Tell whether the classifier is switched on for a Turkish comment with enough words it can judge.

    The comment's own part of :func:`needs_classifier`, decided once per comment (kept on its analysis).
    """
    analysis = comment.analysis
    if analysis.classifier_may_judge is None:
        config = comment.config
        analysis.classifier_may_judge = (
            config.use_classifier
            and comment.lang == TURKISH
            and bool(config.enabled & set(CLASSIFIER_CODES))
            and judged_words(comment, enough=config.classifier_min_words) >= config.classifier_min_words
        )
    return analysis.classifier_may_judge


def classifier_reason(
    comment: Comment,
    found: Sequence[Reason],
    evidence: ClassifierEvidence | None = None,
    judgement: HostilityJudgement | None = None,
) -> Reason | None:
    """Return the classifier's reason for a comment no content rule flagged (review, or reject when very sure).

    ``evidence`` is computed here when not given (None also when no model is shipped). When the hostility
    model judged the comment (``judgement``, under a code it does not defer), the classifier holds alone only
    a comment with a tone cue (addressing someone, an insult or hostile word, ``!``: tweets taught it those
    well) and rejects when very sure; whether to hold the rest is the blended score's call
    (:func:`hostility_model_reason`).
    """
    if not needs_classifier(comment, found):
        return None
    config = comment.config
    if evidence is None:
        evidence = comment_evidence(comment)
    if evidence is None:
        return None
    if evidence.unbiased < min(
        config.classifier_cue_threshold, config.classifier_review_threshold, config.classifier_reject_threshold
    ):
        return None  # below whichever threshold the cues would choose: most comments, and no cue is looked for
    cues = tone_cues(comment)
    cued = bool(cues) or EXCLAMATION in comment.text
    threshold = config.classifier_cue_threshold if cued else config.classifier_review_threshold
    if blends(config, judgement) and not cued:
        # Without a tone cue the blended score decides the review; the classifier keeps its reject.
        threshold = config.classifier_reject_threshold
    if evidence.unbiased < threshold:
        return None
    code = classifier_code(comment)
    if code not in config.enabled:
        return None
    severity: Severity = "reject" if evidence.unbiased >= config.classifier_reject_threshold else "review"
    return make_reason(code, evidence.unbiased, cues, (), severity)


def comment_evidence(comment: Comment, floor: float | None = None) -> ClassifierEvidence | None:
    """Return the classifier's evidence on a comment, its variants scored only from ``floor`` (default: cue threshold).

    The variants: the text with Turkish letters restored (typed without them), and without the words the rules
    cleared and quoted words (reported speech, not the commenter's own).
    """
    restored = None if has_turkish_letters(comment.text) else comment.deasciified

    def cleared() -> str | None:
        spans = _merged(sorted({*cleared_spans(comment), *quoted_spans(comment.text)}))
        return remove_spans(comment.text, spans) if spans else None

    if floor is None:
        floor = comment.config.classifier_cue_threshold
    return classifier_evidence(comment.text, floor=floor, restored=restored, cleared=cleared)


def blends(config: ModerationConfig, judgement: HostilityJudgement | None) -> bool:
    """Tell whether the blended score decides the review (hostility model on, judged, its code not deferred)."""
    return (
        judgement is not None
        and config.use_hostility_model
        and judgement.code not in config.hostility_model_defers
        and judgement.code in config.enabled
    )


def blended_score(config: ModerationConfig, hostile: float, offensive: float) -> float:
    """Return the score that holds a comment: the hostility model's P(not clean) blended with the classifier's."""
    return (1.0 - config.classifier_share) * hostile + config.classifier_share * offensive


def lowest_offensive_that_can_hold(config: ModerationConfig, hostile: float, threshold: float) -> float:
    """Return the least classifier P(OFF) whose blend with ``hostile`` reaches ``threshold`` (above 1: none can)."""
    if config.classifier_share == 0.0:
        return 0.0 if hostile >= threshold else 2.0
    return (threshold - (1.0 - config.classifier_share) * hostile) / config.classifier_share


def lowest_hostile_that_can_hold(config: ModerationConfig) -> float:
    """Return the least P(not clean) whose blend can still reach the threshold (the classifier at 1.0)."""
    return max(0.0, (config.hostility_model_threshold - config.classifier_share) / (1.0 - config.classifier_share))


def hostility_judgement(comment: Comment) -> HostilityJudgement | None:
    """Return the learnt hostility model's judgement of the comment, or None without a model.

    A comment typed without Turkish letters is judged as restored (``kurtleri surun`` as ``Kürtleri
    sürün``): the model learnt from comments mostly written with them. Like the classifier's evidence,
    the judgement is the least hostile of the comment as written, the comment without what the rules
    found is not the commenter's own hostility (words in quotation marks, hostile-looking words the rules
    cleared: ``köpek gibi yorulduk``, ``eşek arısı``, everyday ``Allah`` idioms); its topic words
    (:mod:`gazete.moderation.topics`) count half.
    """
    model = load_hostility_model()
    classifier = get_classifier()
    if model is None or classifier is None:
        return None
    restored = None if has_turkish_letters(comment.text) else comment.deasciified
    text = restored or comment.text
    try:
        judgement = model.judge(*classifier.features(text))
        # The variants can only lower the score: worth computing only when its blend could hold the comment.
        floor = lowest_hostile_that_can_hold(comment.config)
        if judgement.hostile < floor:
            return judgement
        spans = sorted({*quoted_spans(text), *cleared_spans(comment), *allah_idiom_spans(comment)})
        if spans:
            variant = model.judge(*classifier.features(remove_spans(text, _merged(spans))))
            if variant.hostile < judgement.hostile:
                judgement = variant
        # Names of peoples, faiths and parties weigh half. Taken out whole, as for the classifier, they took
        # the target with them ("Romanlar çalışmaz, çalar" is no group hostility without "Romanlar"); kept
        # whole, the model's lean on them held "Kürtler, Türkler ve Araplar bu topraklarda birlikte yaşıyor".
        # Over the five evaluation sets, half for half held 21 more hostile comments and no more clean ones.
        if judgement.hostile >= floor and (masked := mask_topics(text)) is not None:
            without_topics = model.judge(*classifier.features(masked))
            if without_topics.hostile < judgement.hostile:
                judgement = replace(judgement, hostile=(judgement.hostile + without_topics.hostile) / 2)
        return judgement
    except Exception:
        # A broken model must not stop moderation: the rules and the classifier still decide.
        logger.exception("hostility model failed; its reasons skipped")
        return None


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
    comment: Comment,
    found: Sequence[Reason],
    judgement: HostilityJudgement | None = None,
    evidence: ClassifierEvidence | None = None,
) -> Reason | None:
    """Return a review reason when the blended score finds hostility the rules let through, else None.

    It has a say where the classifier has (:func:`needs_classifier`, ``use_classifier`` included: it reads
    the classifier's features), under its own switch too. The score blends the hostility model's P(not clean)
    with the classifier's topic-unbiased P(OFF) (:func:`blended_score`); the reason is the hostility model's
    most likely hostile code, held for a moderator (the models cannot point at words). ``judgement`` and
    ``evidence`` are computed here when not given (None also when no model is shipped).
    """
    config = comment.config
    if not config.use_hostility_model or not needs_classifier(comment, found):
        return None
    judgement = judgement or hostility_judgement(comment)
    if judgement is None or not blends(config, judgement):
        return None
    threshold = config.hostility_model_threshold
    if lowest_offensive_that_can_hold(config, judgement.hostile, threshold) > 1.0:
        return None  # not even at the plain threshold, which condemning only raises: most comments
    if condemns_or_reports(comment.words, comment.text):
        # "… diyenler", "ırkçılığı kınıyorum": the words of hostility, the act of condemning it.
        threshold += (1.0 - threshold) * CONDEMNING_MARGIN
    lowest = lowest_offensive_that_can_hold(config, judgement.hostile, threshold)
    if lowest > 1.0:
        return None
    if evidence is None:
        evidence = comment_evidence(comment, floor=max(lowest, 0.0))
    offensive = evidence.unbiased if evidence is not None else judgement.hostile
    score = blended_score(config, judgement.hostile, offensive)
    if score < threshold:
        return None
    return make_reason(judgement.code, score, tone_cues(comment), (), "review")


def cached_judgement(comment: Comment) -> HostilityJudgement | None:
    """Return :func:`hostility_judgement`, computed once per comment (kept on its analysis)."""
    analysis = comment.analysis
    if not analysis.hostility_judged:
        analysis.hostility_judgement = hostility_judgement(comment)
        analysis.hostility_judged = True
    return analysis.hostility_judgement


YIELDING_CODES = frozenset(["offensive", "belief_attack"])
"""Codes whose rule findings yield to a learnt model sure of a clean comment (:func:`rules_yield`)."""


def rules_yield(comment: Comment, found: Sequence[Reason]) -> tuple[Reason, ...]:
    """Return ``found`` with the hostility rules' holds turned into notes when the learnt model is sure it is clean.

    Only when everything that blocks is the hostility rules' ``offensive`` or ``belief_attack`` (profanity,
    insults, spelling and the rest never yield) and the hostility model's P(not clean) is below
    ``hostility_rules_yield_below``: a word-level reading of structure (a group word beside a disease or a
    trait) then met a comment the model, trained on some 33,000 written comments, finds plainly clean
    (``Doğum sonrası depresyon gerçek bir hastalık, anneler yardım istemekten utanmamalı``). Kept as notes,
    the findings stay visible to moderators.
    """
    config = comment.config
    blocking = [reason for reason in found if reason.severity != "note"]
    if (
        not blocking
        or config.hostility_rules_yield_below <= 0.0
        or not config.use_hostility_model
        or any(reason.code not in YIELDING_CODES for reason in blocking)
        or not classifier_may_judge(comment)
    ):
        return tuple(found)
    judgement = cached_judgement(comment)
    if judgement is None or judgement.hostile >= config.hostility_rules_yield_below:
        return tuple(found)
    return tuple(replace(reason, severity="note") if reason.code in YIELDING_CODES else reason for reason in found)


def model_reason(comment: Comment, found: Sequence[Reason]) -> Reason | None:
    """Return the learnt models' reason for a comment the content rules let through, or None.

    The classifier rejects alone when very sure; otherwise the blended score holds for review (or, without the
    hostility model's judgement, the classifier's own thresholds do). The classifier's evidence is computed once.
    """
    if not needs_classifier(comment, found):
        return None
    config = comment.config
    judgement = cached_judgement(comment) if config.use_hostility_model else None
    if blends(config, judgement):
        assert judgement is not None
        lowest = lowest_offensive_that_can_hold(config, judgement.hostile, config.hostility_model_threshold)
        floor = min(max(lowest, 0.0), config.classifier_cue_threshold)
    else:
        floor = None
    evidence = comment_evidence(comment, floor)
    reason = classifier_reason(comment, found, evidence, judgement)
    if reason is not None and reason.severity == "reject":
        return reason
    return hostility_model_reason(comment, found, judgement, evidence) or reason or stance_reason(comment, found)


def stance_reason(comment: Comment, found: Sequence[Reason]) -> Reason | None:
    """Return a review reason when the stance model of a target the comment names finds it hostile, else None.

    It has a say where the classifier has (:func:`needs_classifier`), under its own switch. A comment typed without
    Turkish letters is judged as restored. A comment that condemns or reports (``… diyenler``, ``ırkçılığı
    kınıyorum``) is held only from a higher score, as for the hostility model (:data:`CONDEMNING_MARGIN`): its
    words may be the hostility it speaks against. Words in quotation marks stay: a target in scare quotes
    (``'cinsel kimlik' denen heves``) is still the target; taken out, 4 fewer hostile comments were held over the
    sets never trained on and 1 more clean one. Of the topics whose models hold the comment, the one most above
    its threshold gives the code.
    """
    config = comment.config
    if not config.use_stance_model or not needs_classifier(comment, found):
        return None
    model = load_stance_model()
    classifier = get_classifier()
    if model is None or classifier is None:
        return None
    judgement = cached_judgement(comment) if config.use_hostility_model else None
    if judgement is not None and judgement.hostile < config.stance_hostility_floor:
        return None  # the two models must lean the same way (``stance_hostility_floor``)
    text = (None if has_turkish_letters(comment.text) else comment.deasciified) or comment.text
    try:
        judgements = model.judge(normalize_text(text), *classifier.features(text))
    except Exception:
        # A broken model must not stop moderation: the rules and the other models still decide.
        logger.exception("stance model failed; its reasons skipped")
        return None
    stances = [stance for stance in judgements if stance.code in config.enabled]
    if not stances:
        return None
    margin = CONDEMNING_MARGIN if condemns_or_reports(comment.words, comment.text) else 0.0
    above = [
        (stance.probability - (stance.threshold + (1.0 - stance.threshold) * margin), stance) for stance in stances
    ]
    lead, strongest = max(above, key=lambda pair: pair[0])
    if lead < 0.0:
        return None
    return make_reason(strongest.code, strongest.probability, tone_cues(comment), (), "review")
