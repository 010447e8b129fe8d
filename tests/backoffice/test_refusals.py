"""Tests for gazete.backoffice.refusals: the services' English refusal reasons shown in the interface language."""

from __future__ import annotations

import ast
import inspect

from django.utils import translation

from gazete.backoffice import queue
from gazete.backoffice.refusals import REFUSAL_MESSAGES, translated_reason
from gazete.newsroom import publishing
from gazete.newsroom.models import Story


def _string_constants(module: object, names: set[str]) -> set[str]:
    """Plain string literals raised as ``names(...)`` or returned by a function in ``module``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        value = None
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names and node.args:
            value = node.args[0]
        elif isinstance(node, ast.Return):
            value = node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str) and " " in value.value:
            found.add(value.value)
    return found


def test_every_refusal_the_services_give_has_a_translation() -> None:
    raised = _string_constants(publishing, {"PublishRefused"}) | _string_constants(queue, {"ValueError"})
    assert len(raised) >= 14
    assert raised <= set(REFUSAL_MESSAGES), raised - set(REFUSAL_MESSAGES)
    with translation.override("tr"):
        assert all(translated_reason(reason) != reason for reason in raised)


def test_the_provenance_reasons_in_turkish_keep_the_refused_credit() -> None:
    placeholder = publishing.provenance_problem(Story(source="Source of News"))
    missing = publishing.provenance_problem(Story(source=""))
    assert placeholder and missing
    with translation.override("tr"):
        turkish = translated_reason(placeholder)
        assert turkish.startswith("Haberin kaynak satırı gerçek kaynak değil") and "'Source of News'" in turkish
        assert translated_reason(missing) == ("Haberin kaynağı yok; yayımlamadan önce gerçek kaynağı girin "
                                              "(ör. Anadolu Ajansı).")
    with translation.override("en"):
        assert translated_reason(placeholder) == placeholder and translated_reason(missing) == missing


def test_unknown_reasons_pass_through() -> None:
    with translation.override("tr"):
        assert translated_reason("Something new went wrong.") == "Something new went wrong."
        assert translated_reason(None) is None
