"""What ``gazete serve`` checks before it starts: a migrated database and collected static files.

A data directory that was only migrated (``gazete migrate``, no ``gazete setup``) has no static
files manifest, and every page would answer 500 (the manifest storage cannot name ``site.css``).
Collecting static files is local to this server's data directory and safe to do at start-up, so
``gazete serve`` does it and says so in one line. Migrating is not: several app servers starting
at once would race on one database, so unapplied migrations are refused with one clear line.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

MANIFEST_NAME = "staticfiles.json"


class NotReady(Exception):
    """The data directory or database cannot be served as it is; the message says what to run."""


def unapplied_migrations() -> list[str]:
    """Names (``app.migration``) of the migrations not yet applied to the default database."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def static_files_missing(static_root: Path) -> list[str]:
    """Static files the finders know that the manifest in ``static_root`` does not list (all, if none)."""
    manifest = static_root / MANIFEST_NAME
    try:
        listed = set(json.loads(manifest.read_text(encoding="utf-8")).get("paths", {}))
    except (OSError, ValueError, AttributeError):
        listed = set()
    found = {path.replace("\\", "/") for finder in finders.get_finders() for path, _storage in finder.list([])}
    return sorted(found - listed)


def prepare_to_serve() -> list[str]:
    """Make the data directory servable; return the lines to print. Raise NotReady when it cannot be."""
    pending = unapplied_migrations()
    if pending:
        raise NotReady(
            f"the database is not set up ({len(pending)} migrations not applied, first {pending[0]}): "
            "run 'gazete setup' (or 'gazete migrate'), then 'gazete serve'"
        )
    static_root = Path(settings.STATIC_ROOT)
    missing = static_files_missing(static_root)
    if not missing:
        return []
    call_command("collectstatic", interactive=False, verbosity=0)
    return [f"static files were not collected in {static_root} ({len(missing)} missing): collected them now"]
