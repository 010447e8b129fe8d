"""The scoring tools' shared command line: inputs and flags parsed, JSON or table printed, misses after."""

from __future__ import annotations

import doctest
import io
import json
from pathlib import Path

import pytest

from gazete import scoring_cli
from gazete.scoring_cli import parse_scoring_args, write_scores

HELP = {"description": "Score things.", "inputs_help": "sets", "json_help": "as JSON", "misses_help": "misses"}


def test_doctests() -> None:
    assert doctest.testmod(scoring_cli).failed == 0


def test_inputs_are_paths_and_the_flags_default_off() -> None:
    args = parse_scoring_args(["a/dev", "b.jsonl"], **HELP)
    assert args.inputs == [Path("a/dev"), Path("b.jsonl")]
    assert (args.json, args.misses) == (False, False)
    args = parse_scoring_args(["a", "--json", "--misses"], **HELP)
    assert (args.json, args.misses) == (True, True)


def test_at_least_one_input_is_required() -> None:
    with pytest.raises(SystemExit):
        parse_scoring_args([], **HELP)


def test_json_replaces_the_table_and_misses_follow_either() -> None:
    out = io.StringIO()
    write_scores(out, {"ALL": {"n": 2}}, "ALL 2", as_json=True, misses="x-1\tapprove")
    printed, misses = out.getvalue().rsplit("}\n", 1)
    assert json.loads(printed + "}") == {"ALL": {"n": 2}}
    assert misses == "x-1\tapprove\n"
    out = io.StringIO()
    write_scores(out, {"ALL": {"n": 2}}, "ALL 2", as_json=False)
    assert out.getvalue() == "ALL 2\n"
