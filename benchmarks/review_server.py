"""A real review API server on loopback for the benchmarks that load it (``api_latency``,
``soak``): users added through the service's own command, ``uvicorn --factory
api.app:create_app`` on a free 127.0.0.1 port, waited for until ``/api/health`` answers, and
always stopped at the end. Also the example letters they send and the percentile they report.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def example_letters() -> list[str]:
    """The texts of the bundled example letters (data/examples/letters.jsonl)."""
    return [
        json.loads(line)["text"]
        for line in (ROOT / "data" / "examples" / "letters.jsonl").read_text().splitlines()
        if line.strip()
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) by linear interpolation between the closest ranks (numpy's
    default); NaN for no values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def add_user(env: dict[str, str], name: str, role: str) -> str:
    """Create a user with ``python -m api.cli users add`` and return the API token it prints."""
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "users", "add", name, "--role", role],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


class ServerDidNotStart(RuntimeError):
    pass


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen
    url: str


@contextmanager
def review_server(
    env: dict[str, str],
    *,
    workers: int,
    start_timeout: float,
    stop_timeout: float,
    healthy_in_a_row: int = 1,
) -> Iterator[Server]:
    """Run the review API with ``env`` until the block ends (terminated, killed after
    ``stop_timeout`` s). Raises :class:`ServerDidNotStart` when it exits or has not answered
    ``/api/health`` ``healthy_in_a_row`` times running within ``start_timeout`` s (more than
    once gives every worker process time to start)."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "api.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        healthy = 0
        while True:
            try:
                ok = httpx.get(f"{url}/api/health", timeout=5).status_code == 200
            except httpx.HTTPError:
                ok = False
            healthy = healthy + 1 if ok else 0
            if healthy >= healthy_in_a_row:
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerDidNotStart("the server did not start")
            time.sleep(0.5)
        yield Server(process, url)
    finally:
        process.terminate()
        try:
            process.wait(stop_timeout)
        except subprocess.TimeoutExpired:
            process.kill()
