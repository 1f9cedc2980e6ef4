"""Two uvicorn worker processes on one PostgreSQL: submissions from both are committed, and a
correction recorded by one worker steers routing in the other (memory comes from the database)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from review_helpers import LETTER

from benchmarks.review_server import add_user, review_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_workers(api_pipeline, pipeline_index_dir, pg_url, tmp_path):
    from review_fakes import FakePipeline

    if isinstance(api_pipeline, FakePipeline):
        pytest.skip("needs the real pipeline (a worker process builds its own)")
    env = dict(
        os.environ,
        CASEWORK_DATABASE_URL=pg_url,
        CASEWORK_INDEX_DIR=str(pipeline_index_dir),
        CASEWORK_AUDIT_ANCHOR_FILE=str(tmp_path / "anchors.jsonl"),
    )
    tokens = {}
    for name, role in (("w-cc", "contact_centre"), ("w-cw", "caseworker"), ("w-au", "auditor")):
        tokens[role] = add_user(env, name, role)
    # a few healthy answers in a row: both workers have had time to start
    with review_server(
        env, workers=2, start_timeout=600, stop_timeout=60, healthy_in_a_row=3
    ) as server:
        yield server.url, tokens


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
