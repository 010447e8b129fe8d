"""Fixtures for the moderation tests: our own labelled case files (tests/moderation/cases/)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CASES_DIR = Path(__file__).resolve().parent / "cases"
CONTEXTS: dict[str, str] = json.loads((CASES_DIR / "contexts.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    """One labelled comment written for gazete tests."""

    id: str
    text: str
    decision: str
    codes: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    lang: str | None = None
    context: str | None = None
    xfail: str | None = None
    source: str = field(default="", compare=False)


def load_cases(name: str | None = None) -> list[Case]:
    """Read every case (or those of ``cases/<name>.jsonl``); lines without ``text`` are headers."""
    paths = [CASES_DIR / f"{name}.jsonl"] if name else sorted(CASES_DIR.glob("*.jsonl"))
    cases = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "text" not in record:
                continue
            context_name = record.get("context")
            cases.append(
                Case(
                    id=record["id"],
                    text=record["text"],
                    decision=record["decision"],
                    codes=tuple(record.get("codes", ())),
                    absent=tuple(record.get("absent", ())),
                    lang=record.get("lang"),
                    context=CONTEXTS[context_name] if context_name else None,
                    xfail=record.get("xfail"),
                    source=path.name,
                )
            )
    return cases


def case_params(name: str | None = None) -> list:
    """Return pytest params for cases, known failures marked xfail (non-strict) with their reason."""
    return [
        pytest.param(case, id=case.id, marks=pytest.mark.xfail(reason=case.xfail) if case.xfail else ())
        for case in load_cases(name)
    ]


@pytest.fixture(scope="session")
def kremlin_context() -> str:
    """Our own article context naming Peskov, Vilnius, Stryker, NATO and the G-7."""
    return CONTEXTS["kremlin"]
