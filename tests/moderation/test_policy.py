"""The policy table and the UYARI paragraph generated from it."""

from __future__ import annotations

from gazete.moderation.policy import ALL_CODES, POLICY_RULES, policy_text

REFERENCE_TR = (
    "UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla kuralları "
    "ile yazılmamış, Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır."
)


def test_turkish_text_with_all_rules_matches_the_reference_wording() -> None:
    assert policy_text("tr") == REFERENCE_TR
    assert policy_text("tr", ALL_CODES) == REFERENCE_TR


def test_turkish_text_matches_the_shared_reference_page(shared_dir) -> None:
    page = (shared_dir / "samples" / "aa-kremlin-g7-article-page.txt").read_text(encoding="utf-8")
    start = page.index("UYARI:")
    end = page.index("onaylanmamaktadır.", start) + len("onaylanmamaktadır.")
    assert " ".join(page[start:end].split()) == policy_text("tr")


def test_english_text_names_every_rule() -> None:
    text = policy_text("en")
    assert text.startswith("WARNING: Comments that contain profanity, insults,")
    assert text.endswith("or that are written in capital letters are not approved.")
    for rule in POLICY_RULES:
        assert rule.policy_words_en in text


def test_switched_off_rules_disappear_from_the_text() -> None:
    text = policy_text("tr", ["profanity", "all_caps"])
    assert text == "UYARI: Küfür içeren ve büyük harflerle yazılmış yorumlar onaylanmamaktadır."
    assert policy_text("tr", ["profanity", "insult"]) == "UYARI: Küfür ve hakaret içeren yorumlar onaylanmamaktadır."
    assert policy_text("tr", []) == ""


def test_every_rule_explains_itself_in_both_languages() -> None:
    for rule in POLICY_RULES:
        assert rule.explain("tr") and rule.explain("en")
        assert rule.message_tr != rule.message_en


def test_doctests() -> None:
    import doctest

    from gazete.moderation import deasciify, policy
    from gazete.moderation.rules import caps

    for module in (policy, deasciify, caps):
        assert doctest.testmod(module).failed == 0


def test_spelling_as_a_note_only_adds_a_sentence_about_single_mistakes() -> None:
    both = ["insult", "spelling"]
    assert policy_text("tr", both, spelling_blocks=False) == (
        "UYARI: Hakaret içeren ve imla kuralları ile yazılmamış yorumlar onaylanmamaktadır. "
        "Tek bir yazım hatası olan yorumlar düzeltme önerisiyle yayımlanır."
    )
    blocking = "UYARI: Hakaret içeren ve imla kuralları ile yazılmamış yorumlar onaylanmamaktadır."
    assert policy_text("tr", both) == blocking
    assert policy_text("en", ["spelling"], spelling_blocks=False).endswith(
        "A comment with a single spelling mistake is published with a suggested fix."
    )
    assert policy_text("tr", ["insult"], spelling_blocks=False) == policy_text("tr", ["insult"])
