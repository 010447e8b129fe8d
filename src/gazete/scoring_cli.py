"""The command line the offline scoring tools share: ``INPUTS... [--json] [--misses]`` and how a result is printed.

Used by :mod:`gazete.wireformats.evaluate` and :mod:`gazete.moderation.tools.evaluate`; pure (it
imports nothing of Django or of gazete), so that both pure cores may import it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO


def parse_scoring_args(
    argv: Sequence[str] | None, *, description: str, inputs_help: str, json_help: str, misses_help: str
) -> argparse.Namespace:
    """Parse ``INPUTS... [--json] [--misses]``: ``inputs`` (paths), ``json`` and ``misses`` (flags)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("inputs", nargs="+", type=Path, help=inputs_help)
    parser.add_argument("--json", action="store_true", help=json_help)
    parser.add_argument("--misses", action="store_true", help=misses_help)
    return parser.parse_args(argv)


def write_scores(stdout: IO[str], summary: object, table: str, *, as_json: bool, misses: str | None = None) -> None:
    """Write the summary as indented JSON (``--json``) or else the text table, then the misses when given.

    >>> import io
    >>> out = io.StringIO()
    >>> write_scores(out, {"ALL": 0.5}, "ALL  0.500", as_json=False, misses="a-1 wrong")
    >>> out.getvalue()
    'ALL  0.500\\na-1 wrong\\n'
    """
    stdout.write((json.dumps(summary, indent=2) if as_json else table) + "\n")
    if misses is not None:
        stdout.write(misses + "\n")
