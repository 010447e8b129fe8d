"""Docs stay in step with the code: every GAZETE_* environment variable the code reads is documented."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENVIRON_READ = re.compile(r"""environ(?:\.get)?\(\s*["'](GAZETE_[A-Z_]+)["']|environ\[["'](GAZETE_[A-Z_]+)["']\]""")


def environment_variables_read_by_the_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        for match in ENVIRON_READ.finditer(path.read_text(encoding="utf-8")):
            names.add(match.group(1) or match.group(2))
    return names


def documented_text() -> str:
    parts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts)


def test_the_code_reads_the_core_variables() -> None:
    names = environment_variables_read_by_the_code()
    assert {"GAZETE_DATABASE_URL", "GAZETE_REDIS_URL", "GAZETE_SECRET_KEY", "GAZETE_ALLOWED_HOSTS",
            "GAZETE_DATA_DIR"} <= names


def test_every_environment_variable_is_documented() -> None:
    text = documented_text()
    missing = sorted(name for name in environment_variables_read_by_the_code() if name not in text)
    assert missing == [], f"document these in README.md (Operations) or docs/: {missing}"


def test_readme_shows_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
