"""The moderation core is pure: importing every module loads no Django; moderating loads no offline tool."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import gazete.moderation as package
import gazete.moderation.rules as rules
import gazete.moderation.tools as tools
for module in [*pkgutil.iter_modules(package.__path__, 'gazete.moderation.'),
               *pkgutil.iter_modules(rules.__path__, 'gazete.moderation.rules.'),
               *pkgutil.iter_modules(tools.__path__, 'gazete.moderation.tools.')]:
    importlib.import_module(module.name)
from gazete.moderation import moderate
moderate('Bu cok sacma bir karar, herkez biliyor')
assert 'django' not in sys.modules, sorted(m for m in sys.modules if m.startswith('django'))
print('ok')
"""


def test_no_django_in_the_moderation_core() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


RUNTIME_ONLY = """
import sys
from gazete.moderation import moderate
moderate('BU COK SACMA BIR KARAR, herkez biliyor')
offline = sorted(name for name in sys.modules if name.startswith('gazete.moderation.tools'))
assert not offline, offline
print('ok')
"""


def test_moderating_a_comment_loads_no_offline_tool() -> None:
    result = subprocess.run([sys.executable, "-c", RUNTIME_ONLY], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
