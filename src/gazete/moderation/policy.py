"""The comment policy as published: each rule's code and wording, and the UYARI paragraph generated from them.

The reader-facing warning under every article is generated from the switched-on rules, so the
published policy and the engine can never disagree. What the engine does for each code (the
languages it reads, its check and its fix) is in :mod:`gazete.moderation.registry`, in this order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gazete.moderation.normalize import tr_capitalize


@dataclass(frozen=True)
class PolicyRule:
    """One rule of the comment policy as readers and moderators see it: its reason code, wording and explanations."""

    code: str
    kind: str  # "content" (what the comment says) or "form" (how it is written)
    policy_words_tr: str  # the words of the published UYARI paragraph
    policy_words_en: str
    message_tr: str
    message_en: str
    fix_hint_tr: str
    fix_hint_en: str
    check_tr: str  # how the engine checks it, for docs

    def explain(self, lang: str = "tr") -> str:
        """Return the rule's message followed by its fix hint, in ``lang``."""
        if lang == "en":
            return f"{self.message_en} {self.fix_hint_en}".strip()
        return f"{self.message_tr} {self.fix_hint_tr}".strip()


POLICY_RULES: tuple[PolicyRule, ...] = (
    PolicyRule(
        code="profanity",
        kind="content",
        policy_words_tr="küfür",
        policy_words_en="profanity",
        message_tr="Yorumunuz küfür içeriyor.",
        message_en="Your comment contains profanity.",
        fix_hint_tr="Küfürlü sözcükleri çıkarın.",
        fix_hint_en="Remove the profane words.",
        check_tr="lexicon + obfuscation-aware matching with Turkish suffixes",
    ),
    PolicyRule(
        code="insult",
        kind="content",
        policy_words_tr="hakaret",
        policy_words_en="insults",
        message_tr="Yorumunuz bir kişiye ya da gruba hakaret içeriyor.",
        message_en="Your comment insults a person or a group.",
        fix_hint_tr="Eleştirinizi hakaret etmeden yazın.",
        fix_hint_en="Make your point without insulting anyone.",
        check_tr="insult lexicon aimed at a person + classifier",
    ),
    PolicyRule(
        code="offensive",
        kind="content",
        policy_words_tr="rencide edici cümleler veya imalar",
        policy_words_en="hurtful statements or insinuations",
        message_tr="Yorumunuz rencide edici ifadeler ya da imalar içeriyor (nefret, tehdit, aşağılama).",
        message_en="Your comment contains hurtful statements or insinuations (hate, threats, demeaning).",
        fix_hint_tr="Tehdit ve aşağılayıcı genellemeleri çıkarın.",
        fix_hint_en="Remove threats and demeaning generalisations.",
        check_tr="threat and group-hostility patterns + classifier",
    ),
    PolicyRule(
        code="belief_attack",
        kind="content",
        policy_words_tr="inançlara saldırı",
        policy_words_en="attacks on beliefs",
        message_tr="Yorumunuz inançlara saldırı içeriyor.",
        message_en="Your comment attacks people's beliefs.",
        fix_hint_tr="İnançlar ve inananlar hakkında saygılı bir dil kullanın.",
        fix_hint_en="Write respectfully about beliefs and believers.",
        check_tr="belief/religion terms near hostile words + classifier",
    ),
    PolicyRule(
        code="spelling",
        kind="form",
        policy_words_tr="imla kuralları ile yazılmamış",
        policy_words_en="are not written according to spelling rules",
        message_tr="Yorumunuzda yazım (imla) hataları var.",
        message_en="Your comment has spelling mistakes.",
        fix_hint_tr="Önerilen düzeltmeleri uygulayın.",
        fix_hint_en="Apply the suggested corrections.",
        check_tr=(
            "table of common misspellings (TR/EN), conservative joined/separated de/da, ki, mi, "
            "word model of Turkish stems and suffixes (built from zemberek), known misspellings and ASCII spellings"
        ),
    ),
    PolicyRule(
        code="no_turkish_chars",
        kind="form",
        policy_words_tr="Türkçe karakter kullanılmayan",
        policy_words_en="are typed without Turkish characters",
        message_tr="Yorumunuz Türkçe karakterler (ç, ğ, ı, ö, ş, ü) kullanılmadan yazılmış.",
        message_en="Your comment is Turkish typed without Turkish letters (ç, ğ, ı, ö, ş, ü).",
        fix_hint_tr="Önerilen metinde harfler düzeltildi.",
        fix_hint_en="The suggested text restores the letters.",
        check_tr="deasciification: Turkish comment whose restored text differs in enough words",
    ),
    PolicyRule(
        code="all_caps",
        kind="form",
        policy_words_tr="büyük harflerle yazılmış",
        policy_words_en="are written in capital letters",
        message_tr="Yorumunuz büyük harflerle yazılmış.",
        message_en="Your comment is written in capital letters.",
        fix_hint_tr="Küçük harflerle yazın; kısaltmalar (NATO, ABD) büyük kalabilir.",
        fix_hint_en="Use normal case; acronyms (NATO, USA) may stay in capitals.",
        check_tr="letter case with Turkish casing; acronyms and very short comments allowed",
    ),
)

RULES_BY_CODE: dict[str, PolicyRule] = {rule.code: rule for rule in POLICY_RULES}
ALL_CODES: frozenset[str] = frozenset(RULES_BY_CODE)
CONTENT_CODES: frozenset[str] = frozenset(rule.code for rule in POLICY_RULES if rule.kind == "content")

# Not a policy rule: the engine's answer to a comment with no letters at all.
EMPTY_CODE = "empty"
EMPTY_MESSAGE_TR = "Yorum boş ya da hiç harf içermiyor."
EMPTY_MESSAGE_EN = "The comment is empty or has no letters."

# Not a policy rule either: a comment in a language of another script, which no rule can read.
OTHER_LANGUAGE_CODE = "other_language"
OTHER_LANGUAGE_MESSAGE_TR = (
    "Yorumunuz Türkçe ya da İngilizce değil; yorum kurallarımıza uygunluğunu bir moderatör inceleyecek."
)
OTHER_LANGUAGE_MESSAGE_EN = (
    "Your comment is not in Turkish or English; a moderator will check it against our comment rules."
)


def _join(items: list[str], conjunction: str, serial_comma: bool = False) -> str:
    """Join ``items`` with commas and ``conjunction`` before the last one."""
    if len(items) <= 1:
        return "".join(items)
    glue = "," if serial_comma and len(items) > 2 else ""
    return ", ".join(items[:-1]) + f"{glue} {conjunction} " + items[-1]


SPELLING_NOTE_TR = "Tek bir yazım hatası olan yorumlar düzeltme önerisiyle yayımlanır."
SPELLING_NOTE_EN = "A comment with a single spelling mistake is published with a suggested fix."


def policy_text(lang: str = "tr", enabled_codes: Iterable[str] | None = None, spelling_blocks: bool = True) -> str:
    """Generate the published comment-policy warning from the switched-on rules.

    With ``spelling_blocks`` off (one misspelling is a note only; several still refuse, see
    :mod:`gazete.moderation.rules.spelling`), a sentence says that a comment with a single mistake is
    published with a suggested fix.

    >>> policy_text("tr", ["all_caps"])
    'UYARI: Büyük harflerle yazılmış yorumlar onaylanmamaktadır.'
    >>> policy_text("en", ["profanity", "insult"])
    'WARNING: Comments that contain profanity or insults are not approved.'
    >>> policy_text("en", ["spelling"], spelling_blocks=False)
    'WARNING: Comments that are not written according to spelling rules are not approved. A comment with a single \
spelling mistake is published with a suggested fix.'
    """
    enabled = ALL_CODES if enabled_codes is None else frozenset(enabled_codes)
    text = _refusal_text(lang, enabled)
    if "spelling" in enabled and not spelling_blocks:
        note = SPELLING_NOTE_EN if lang == "en" else SPELLING_NOTE_TR
        text = f"{text} {note}"
    return text


def _refusal_text(lang: str, enabled: frozenset[str]) -> str:
    """Return the warning naming what is not approved, for the rules in ``enabled``."""
    rules = [rule for rule in POLICY_RULES if rule.code in enabled]
    content = [rule for rule in rules if rule.kind == "content"]
    form = [rule for rule in rules if rule.kind == "form"]
    if not rules:
        return ""
    if lang == "en":
        phrases = []
        if content:
            nouns_en = [rule.policy_words_en for rule in content]
            phrases.append("that contain " + _join(nouns_en, "or", serial_comma=True))
        phrases.extend(f"that {rule.policy_words_en}" for rule in form)
        return f"WARNING: Comments {_join(phrases, 'or', serial_comma=True)} are not approved."
    phrases = []
    if content:
        nouns = [rule.policy_words_tr for rule in content]
        # With form rules following, the final "ve" belongs to the whole list, not to the nouns.
        noun_list = ", ".join(nouns) if form else _join(nouns, "ve")
        phrases.append(f"{noun_list} içeren")
    phrases.extend(rule.policy_words_tr for rule in form)
    return f"UYARI: {tr_capitalize(_join(phrases, 've'))} yorumlar onaylanmamaktadır."
