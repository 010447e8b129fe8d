"""Gunicorn settings for gazete: logging to stdout and a graceful flush when a worker exits."""

from __future__ import annotations

import os
from pathlib import Path

from gazete.config import default_data_dir

_data_dir = Path(os.environ.get("GAZETE_DATA_DIR") or default_data_dir())
# One control socket per data directory, so two portals can run side by side (gunicorn ≥ 27).
control_socket = str(_data_dir / "gunicorn.ctl")

accesslog = "-"
errorlog = "-"
graceful_timeout = 20
timeout = 60
forwarded_allow_ips = "127.0.0.1,::1"
worker_class = "gthread"
threads = 4


def worker_exit(server: object, worker: object) -> None:
    """Flush what this worker buffered (read counts) before it goes away."""
    from gazete.shutdown import run_shutdown_hooks

    run_shutdown_hooks()
