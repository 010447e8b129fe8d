"""The ``gazete`` console command: serve, run the worker, and every Django management verb.

``gazete run`` is what ``make run`` ends in: it sets the portal up (migrate, static files, sample
stories) and then serves it with gunicorn together with the background worker, stopping both on
Ctrl-C. Every other verb is a Django management command (``gazete migrate``, ``gazete ingest``…).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

VERBS: dict[str, str] = {
    "run": "set up on first use, then serve the portal and run the worker (Ctrl-C stops both)",
    "serve": "serve the portal with gunicorn (--host, --port, --workers)",
    "worker": "run the background worker (pollers, scheduled publishing, read-count flushes)",
    "setup": "migrate the database, collect static files and load the sample stories",
    "migrate": "apply database migrations",
    "createsuperuser": "create an administrator account for the back office",
    "ingest": "ingest wire files or folders (--dry-run --json prints what would be stored)",
    "wire": "wire sources and the quarantine (gazete wire quarantine)",
    "moderate": "moderate comments: JSONL on stdin, or --text for one comment",
    "moderation": "train or evaluate the moderation models (gazete moderation train|train-hostility|train-stance|eval)",
    "load_samples": "load the bundled sample stories (written by us, marked as samples)",
    "check": "check the configuration and that the database and Redis answer",
    "manage": "run any other Django management command (gazete manage help)",
}


def _usage() -> str:
    width = max(len(v) for v in VERBS)
    lines = ["usage: gazete <verb> [options]", "", "verbs:"]
    lines += [f"  {verb.ljust(width)}  {text}" for verb, text in VERBS.items()]
    lines += ["", "Configuration comes from GAZETE_* environment variables; see README.md, 'Operations'."]
    return "\n".join(lines)


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
    import django

    django.setup()


def _fail(message: str) -> int:
    print(f"gazete: {message}", file=sys.stderr)
    return 2


def _serve_command(argv: Sequence[str]) -> list[str]:
    import argparse

    parser = argparse.ArgumentParser(prog="gazete serve", description=VERBS["serve"])
    parser.add_argument("--host", default=os.environ.get("GAZETE_HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("GAZETE_PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("GAZETE_WORKERS", "2")))
    args = parser.parse_args(list(argv))
    return [
        sys.executable, "-m", "gunicorn", "gazete.wsgi:application",
        "--config", "python:gazete.gunicorn_conf",
        "--bind", f"{args.host}:{args.port}",
        "--workers", str(args.workers),
    ]


def _worker_command() -> list[str]:
    return [sys.executable, "-m", "gazete.cli", "manage", "run_huey"]


def _run_children(commands: list[list[str]]) -> int:
    """Start each command, stop all of them on Ctrl-C/SIGTERM or when one of them exits."""
    children = [subprocess.Popen(command) for command in commands]
    stopping = False

    def stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        finished = [child for child in children if child.poll() is not None]
        if finished:
            exit_code = finished[0].returncode or 0
            break
        time.sleep(0.3)
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 30
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
    return exit_code


def _moderate(argv: Sequence[str]) -> int:
    """``gazete moderate``: JSONL verdicts from stdin to stdout, or one readable verdict for --text."""
    import argparse

    parser = argparse.ArgumentParser(prog="gazete moderate", description=VERBS["moderate"])
    parser.add_argument("--text", help="moderate this one comment and print the verdict readably")
    parser.add_argument("--lang", choices=["tr", "en"], help="the comment's language (detected if omitted)")
    parser.add_argument("--context", help="the article's text, so names used in it are never misspelled")
    args = parser.parse_args(list(argv))
    from gazete.moderation import cli as moderation_cli
    from gazete.moderation.engine import moderate

    if args.text is not None:
        print(moderation_cli.format_human(moderate(args.text, lang=args.lang, context=args.context)))
        return 0
    _done, errors = moderation_cli.run_jsonl(sys.stdin, sys.stdout)
    return 1 if errors else 0


def _moderation(argv: Sequence[str]) -> int:
    """``gazete moderation train|train-hostility|train-stance|eval``: retrain a shipped model, or score the engine."""
    import argparse

    if argv and argv[0] == "train":
        from gazete.moderation.tools.train import train_main

        return train_main(list(argv[1:])) or 0
    if argv and argv[0] == "train-hostility":
        from gazete.moderation.tools.train_hostility import train_hostility_main

        return train_hostility_main(list(argv[1:])) or 0
    if argv and argv[0] == "train-stance":
        from gazete.moderation.tools.train_stance import train_stance_main

        return train_stance_main(list(argv[1:])) or 0
    parser = argparse.ArgumentParser(prog="gazete moderation", description=VERBS["moderation"])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("train", help="retrain the shipped classifier (see gazete moderation train --help)")
    sub.add_parser("train-hostility", help="retrain the shipped hostility model (see its --help)")
    sub.add_parser("train-stance", help="retrain the shipped stance models (see its --help)")
    evaluate = sub.add_parser("eval", help="precision, recall and F1 per rule; macro-F1 of offensive-or-not")
    evaluate.add_argument("--data", required=True, help="labelled TSV (id, text, OFF|NOT) or JSONL")
    args = parser.parse_args(list(argv))
    from gazete.moderation.tools.rule_scores import evaluate as run_evaluation

    path = Path(args.data)
    if not path.is_file():
        return _fail(f"moderation eval: no such file: {path}")
    run_evaluation(path, stdout=sys.stdout)
    return 0


PURE_VERBS = {"moderate": _moderate, "moderation": _moderation}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``gazete`` console command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(_usage())
        return 0
    verb, rest = args[0], args[1:]
    if verb in PURE_VERBS:
        # The moderation engine is a pure core: these verbs need no database or settings.
        return PURE_VERBS[verb](rest)
    from gazete.config import ConfigError

    try:
        _setup_django()
        if verb == "check":
            from gazete.services_check import check_services, service_warnings

            check_services()
            for warning in service_warnings():
                print(f"gazete: warning: {warning}", file=sys.stderr)
        elif verb in {"run", "serve", "worker"}:  # these start during a Redis outage, saying so
            from gazete.services_check import start_up_warnings

            for warning in start_up_warnings():
                print(f"gazete: warning: {warning}", file=sys.stderr)
    except ConfigError as exc:
        return _fail(str(exc))

    from django.core.management import call_command, execute_from_command_line

    if verb == "serve":
        if rest and rest[0] in {"-h", "--help"}:
            _serve_command(rest)
        command = _serve_command(rest)
        from gazete.serve_readiness import NotReady, prepare_to_serve

        try:
            for line in prepare_to_serve():
                print(f"gazete: {line}", file=sys.stderr)
        except NotReady as exc:
            return _fail(str(exc))
        return _run_children([command])
    if verb == "worker":
        return _run_children([_worker_command()])
    if verb == "run":
        call_command("setup")
        print("gazete: serving on http://{}:{} (Ctrl-C stops)".format(
            os.environ.get("GAZETE_HOST", "127.0.0.1"), os.environ.get("GAZETE_PORT", "8000")))
        return _run_children([_serve_command(rest), _worker_command()])
    if verb == "check":
        call_command("check", *rest)
        print("gazete: configuration and services OK")
        return 0
    if verb == "manage":
        execute_from_command_line(["gazete", *rest])
        return 0
    execute_from_command_line(["gazete", verb, *rest])
    return 0


if __name__ == "__main__":
    sys.exit(main())
