"""Moderation rules, one module per family of the comment policy.

Each module has ``CODE`` and ``check(comment) -> Reason | None``; the rules whose breach a rewrite
can mend (profanity, spelling, no_turkish_chars, all_caps) also have ``fix(text, comment) -> str``.
:mod:`gazete.moderation.registry` lists them with their languages and fix order; the comment they
read, and the analyses they share, are in :mod:`gazete.moderation.rules.base`.
"""
