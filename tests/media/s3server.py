"""A local S3-compatible server for tests: moto's ``moto_server`` on a free port, in a subprocess."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port, require

ACCESS_KEY = "gazete-test-key"
SECRET_KEY = "gazete-test-secret"


def moto_server_command() -> list[str] | None:
    """How to start moto's server here (the script beside this Python, else on PATH), or None."""
    beside = Path(sys.executable).with_name("moto_server")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("moto_server")
    return [found] if found else None


@contextmanager
def local_s3_server() -> Iterator[str]:
    """Start moto_server on 127.0.0.1 and yield its address (``http://127.0.0.1:PORT``); stop it after."""
    command = moto_server_command()
    require(command is not None, "moto_server not installed (pip install 'moto[server]', in the dev extras)")
    assert command is not None
    port = free_port()
    process = subprocess.Popen([*command, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto_server did not start on port {port}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
