"""Start a local server process, wait until it answers, and stop it by PID whatever happens.

One implementation for everything that runs servers beside ours: the federation demo's stand-ins,
the benchmarks and the test suite. Only 127.0.0.1, bounded waits.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests


class ProcessError(RuntimeError):
    """A server process is missing, died while starting, or did not answer in time."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str:
    """The `oxigraph` command of the PyPI package, preferring the one beside this interpreter."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.exists() else shutil.which("oxigraph")
    if not found:
        raise ProcessError("the `oxigraph` command is missing: pip install oxigraph")
    return found


def wait_until_up(url: str, proc: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    """Poll url until anything answers; fail early if proc exited meanwhile."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ProcessError(f"{url}: {proc.args[0]} exited with code {proc.returncode}")
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise ProcessError(f"{url} did not come up within {timeout:g} s")


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """Terminate, then kill if it lingers."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(grace)


@contextmanager
def running(
    args: list[str], ready_url: str, env: dict | None = None, timeout: float = 30.0
) -> Iterator[subprocess.Popen]:
    """Run args until the block ends. Output goes to a temporary log whose tail is quoted when
    the process fails to come up."""
    with tempfile.TemporaryFile("w+b", prefix="cytokg-process-") as log:
        proc = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                wait_until_up(ready_url, proc, timeout)
            except ProcessError as err:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-2000:].strip()
                raise ProcessError(f"{err}{': ' + tail if tail else ''}") from None
            yield proc
        finally:
            stop(proc)
