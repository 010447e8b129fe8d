"""Tests for newsroom.provenance: the guard against missing and placeholder credits."""

from __future__ import annotations

from django.utils import translation

from gazete.newsroom.models import Story
from gazete.newsroom.provenance import is_placeholder_credit, provenance_problem


def test_placeholders_are_told_from_real_credits() -> None:
    assert is_placeholder_credit("Haber Kaynağı") and is_placeholder_credit("Kaynak: Source of News")
    assert not is_placeholder_credit("Reuters")
    assert provenance_problem(Story(source="Anadolu Ajansı")) is None


def test_the_refusals_have_codes_and_keep_the_refused_credit_in_turkish() -> None:
    missing = provenance_problem(Story(source=""))
    placeholder = provenance_problem(Story(source="Source of News"))
    assert missing is not None and placeholder is not None
    assert (missing.code, placeholder.code) == ("no_source", "placeholder_source")
    assert "'Source of News'" in placeholder.reason
    with translation.override("tr"):
        assert "'Source of News'" in placeholder.text and placeholder.text != placeholder.reason
        assert missing.text == ("Haberin kaynağı yok; yayımlamadan önce gerçek kaynağı girin "
                                "(ör. Anadolu Ajansı).")
