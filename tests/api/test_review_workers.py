"""Two uvicorn worker processes on one PostgreSQL: submissions from both are committed, and a
correction recorded by one worker steers routing in the other (memory comes from the database)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from review_helpers import LETTER

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_workers(api_pipeline, pipeline_index_dir, pg_url, tmp_path):
    from review_fakes import FakePipeline

    if isinstance(api_pipeline, FakePipeline):
        pytest.skip("needs the real pipeline (a worker process builds its own)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(
        os.environ,
        CASEWORK_DATABASE_URL=pg_url,
        CASEWORK_INDEX_DIR=str(pipeline_index_dir),
        CASEWORK_AUDIT_ANCHOR_FILE=str(tmp_path / "anchors.jsonl"),
    )
    tokens = {}
    for name, role in (("w-cc", "contact_centre"), ("w-cw", "caseworker"), ("w-au", "auditor")):
        tokens[role] = subprocess.run(
            [sys.executable, "-m", "api.cli", "users", "add", name, "--role", role],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    server = subprocess.Popen(
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
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    ready = 0
    while ready < 3:  # a few healthy answers in a row: both workers have had time to start
        try:
            ready = ready + 1 if httpx.get(f"{url}/api/health", timeout=5).status_code == 200 else 0
        except httpx.HTTPError:
            ready = 0
        assert server.poll() is None and time.monotonic() < deadline, "server did not start"
        time.sleep(1)
    yield url, tokens
    server.terminate()
    try:
        server.wait(60)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.mark.timeout(1200)
def test_two_workers_share_one_postgresql(two_workers):
    url, tokens = two_workers
    cc = {"Authorization": f"Bearer {tokens['contact_centre']}"}
    cw = {"Authorization": f"Bearer {tokens['caseworker']}"}

    def submit(i, text=LETTER, key_prefix="k"):
        with httpx.Client(base_url=url, timeout=300) as client:
            return client.post(
                "/api/cases",
                json={"text": f"{text} Ref {i}." if i >= 0 else text},
                headers={**cc, "Idempotency-Key": f"{key_prefix}-{i}"},
            ).json()

    with ThreadPoolExecutor(16) as pool:
        cases = list(pool.map(submit, range(40)))
    assert len({c["id"] for c in cases}) == 40
    with httpx.Client(base_url=url, headers=cw, timeout=60) as client:
        assert client.get("/api/cases").json()["total"] == 40

        letter = (
            "I run a small bakery and want to know about the rules on display of food "
            "allergen labels for the pastries I sell from my shop window."
        )
        first = client.post("/api/cases", json={"text": letter}, headers=cc).json()
        target = next(t for t in client.get("/api/teams").json()["teams"] if t != first["team"])
        decided = client.post(
            f"/api/cases/{first['id']}/decisions",
            json={"action": "reroute", "reason_code": "wrong_team", "version": 1, "team": target},
        )
        assert decided.status_code == 201
    with ThreadPoolExecutor(6) as pool:
        again = list(pool.map(lambda i: submit(-1, letter, f"again-{i}"), range(8)))
    assert all(c["team"] == target for c in again), [c["team"] for c in again]
    assert all(c["provenance"]["memory_examples"] >= 1 for c in again)
    auditor = {"Authorization": f"Bearer {tokens['auditor']}"}
    with httpx.Client(base_url=url, headers=auditor, timeout=60) as client:
        verify = client.get("/api/audit/verify").json()
    assert verify["ok"] and verify["records"] == 3 + 40 + 1 + 1 + 8, verify
