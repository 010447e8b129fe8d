"""The pure core gazete.wireformats must import nothing from Django (checked in a clean interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import gazete.wireformats


def test_wireformats_modules_import_no_django() -> None:
    modules = sorted(f"gazete.wireformats.{m.name}" for m in pkgutil.iter_modules(gazete.wireformats.__path__))
    assert "gazete.wireformats.pagetext" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(','.join(leaked))\n"
    )
    env_free = {"PYTHONNOUSERSITE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120, env=env_free
    )
    assert result.stdout.strip() == "", f"django modules imported: {result.stdout.strip()}"
