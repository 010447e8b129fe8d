"""Media tests write files under a temporary MEDIA_ROOT, never the data directory."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def media_root(settings: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A fresh MEDIA_ROOT for each test (the default FileSystemStorage follows the setting)."""
    root = tmp_path / "media"
    settings.MEDIA_ROOT = str(root)  # type: ignore[attr-defined]
    return root
