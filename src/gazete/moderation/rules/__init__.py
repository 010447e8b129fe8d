"""Moderation rules, one module per family of the comment policy.

Each module has ``CODE`` and ``check(comment) -> Reason | None``; fixable ones also
``fix(text, comment) -> str``.
"""
