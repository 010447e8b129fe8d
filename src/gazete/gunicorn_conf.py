"""Gunicorn settings for gazete: logging to stdout and a graceful flush when a worker exits."""

from __future__ import annotations

import os
from pathlib import Path

from gazete.config import default_data_dir, trusted_proxies_from_env

_data_dir = Path(os.environ.get("GAZETE_DATA_DIR") or default_data_dir())
# One control socket per data directory, so two portals can run side by side (gunicorn ≥ 27).
control_socket = str(_data_dir / "gunicorn.ctl")

accesslog = "-"
errorlog = "-"
graceful_timeout = 20
timeout = 60
# X-Forwarded-Proto (https) and friends are believed from these addresses only: the same
# GAZETE_TRUSTED_PROXIES that gazete.proxies trusts for X-Forwarded-For.
forwarded_allow_ips = ",".join(trusted_proxies_from_env())
worker_class = "gthread"
threads = 4


def worker_exit(server: object, worker: object) -> None:
    """Flush what this worker buffered (read counts) before it goes away."""
    from gazete.shutdown import run_shutdown_hooks

    run_shutdown_hooks()
