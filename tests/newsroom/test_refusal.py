"""Tests for newsroom.refusal: refusals carry a code and a message translated only when shown."""

from __future__ import annotations

import ast
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy

import gazete
from gazete.newsroom.refusal import NotPermitted, Refusal

SOURCE = Path(gazete.__file__).parent


def test_the_text_follows_the_active_language_the_reason_stays_english() -> None:
    refusal = Refusal("already_published", gettext_lazy("The story is already published."))
    with translation.override("tr"):
        assert refusal.text == "Haber zaten yayımlanmış."
        assert refusal.reason == str(refusal) == "The story is already published."
    assert refusal.code == "already_published" and isinstance(refusal, ValueError)


def test_params_are_filled_in_after_translation() -> None:
    refusal = NotPermitted("not_permitted", gettext_lazy("Your role does not allow this (%(permission)s)."),
                           {"permission": "backoffice.edit_stories"})
    assert isinstance(refusal, PermissionDenied)
    assert refusal.reason == "Your role does not allow this (backoffice.edit_stories)."
    with translation.override("tr"):
        assert refusal.text == "Rolünüz buna izin vermiyor (backoffice.edit_stories)."


def _literal(call: ast.AST) -> str | None:
    """The text of ``_("…")`` (or any one-argument call of a literal), else None."""
    if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
        return str(call.args[0].value)
    return None


def _refusal_messages() -> list[tuple[str, str, str]]:
    """(file, code, message) of every refusal message in gazete: ``Refusal``/``NotPermitted`` raised
    with a literal, and the ``refusal = _("…")`` an action class names for its refusal."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"Refusal", "NotPermitted"}:
                if len(node.args) >= 2 and (text := _literal(node.args[1])) is not None:
                    code = node.args[0]
                    label = code.value if isinstance(code, ast.Constant) else ast.unparse(code)
                    found.append((path.name, str(label), text))
            elif (isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == ["refusal"]
                  and (text := _literal(node.value)) is not None):
                found.append((path.name, "refusal", text))
    return found


def test_every_refusal_has_a_turkish_message() -> None:
    messages = _refusal_messages()
    assert len(messages) >= 19, messages
    with translation.override("tr"):
        untranslated = [entry for entry in messages if gettext(entry[2]) == entry[2]]
    assert untranslated == []


def test_every_refusal_code_is_documented() -> None:
    docs = SOURCE.parents[1] / "docs"
    text = (docs / "desk.md").read_text(encoding="utf-8") + (docs / "comments.md").read_text(encoding="utf-8")
    codes = {code for _file, code, _message in _refusal_messages() if code.islower() and code != "refusal"}
    assert "no_source" in codes
    assert sorted(code for code in codes if f"`{code}`" not in text) == []
