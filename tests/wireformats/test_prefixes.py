"""Tests for gazete.wireformats.prefixes: UPDATE/ANALYSIS-type prefixes off headlines."""

from __future__ import annotations

import pytest

from gazete.wireformats.prefixes import has_wire_prefix, split_prefixes


@pytest.mark.parametrize(
    ("text", "headline", "version", "kind"),
    [
        ("UPDATE - Kremlin says guarantees encroach", "Kremlin says guarantees encroach", "UPDATE", None),
        ("UPDATE – 2 more Palestinians killed", "2 more Palestinians killed", "UPDATE", None),
        ("UPDATE 2 - Trade gap narrows", "Trade gap narrows", "UPDATE 2", None),
        ("UPDATE 3 – Trade gap narrows", "Trade gap narrows", "UPDATE 3", None),
        ("ANALYSIS - What a port means", "What a port means", None, "ANALYSIS"),
        ("INTERVIEW – Minister on talks", "Minister on talks", None, "INTERVIEW"),
        ("OPINION - Why it matters", "Why it matters", None, "OPINION"),
        ("UPDATE 2 - ANALYSIS - Gas prices", "Gas prices", "UPDATE 2", "ANALYSIS"),
        ("Update 2 - Title-cased by a portal", "Title-cased by a portal", "UPDATE 2", None),
        ("GÜNCELLEME 2 - Borsa günü yükselişle tamamladı", "Borsa günü yükselişle tamamladı", "UPDATE 2", None),
        ("ANALİZ - Enerji piyasası", "Enerji piyasası", None, "ANALYSIS"),
        ("Updated rules for exporters", "Updated rules for exporters", None, None),
        ("Interview: no dash, so no prefix", "Interview: no dash, so no prefix", None, None),
        ("UPDATE", "UPDATE", None, None),
    ],
)
def test_split_prefixes(text: str, headline: str, version: str | None, kind: str | None) -> None:
    split = split_prefixes(text)
    assert (split.headline, split.version, split.kind) == (headline, version, kind)


def test_has_wire_prefix() -> None:
    assert has_wire_prefix("UPDATE 2 – Turkey’s foreign trade gap narrows")
    assert not has_wire_prefix("Turkey’s foreign trade gap narrows")
