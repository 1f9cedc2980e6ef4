"""Two `casework serve` processes (replicas, on two ports, as two hosts behind a load balancer
would be) on one PostgreSQL: submissions, retries, claims and decisions through both, with no
case lost or duplicated and no case claimed twice; a correction made through one replica steers
routing in the other; the audit chain is whole; both report the same queue in /metrics."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from review_helpers import LETTER

from benchmarks.review_server import add_user, free_port

ROOT = Path(__file__).resolve().parents[2]
METRICS_TOKEN = "replica-scrape-token-0123456789abcdef"
BAKERY = (
    "I run a small bakery and want to know about the rules on display of food allergen "
    "labels for the pastries I sell from my shop window."
)


@pytest.fixture
def replicas(api_pipeline, pipeline_index_dir, pg_url, tmp_path):
    from review_fakes import FakePipeline

    if isinstance(api_pipeline, FakePipeline):
        pytest.skip("needs the real pipeline (each replica builds its own)")
    env = dict(
        os.environ,
        CASEWORK_DATABASE_URL=pg_url,
        CASEWORK_AUDIT_ANCHOR_FILE=str(tmp_path / "anchors.jsonl"),
        CASEWORK_METRICS_TOKEN=METRICS_TOKEN,
        CASEWORK_LOG_FORMAT="json",
    )
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    tokens = {}
    for name, role in (
        ("r-cc", "contact_centre"),
        ("r-cw1", "caseworker"),
        ("r-cw2", "caseworker"),
        ("r-cw3", "caseworker"),
        ("r-au", "auditor"),
    ):
        tokens[name] = add_user(env, name, role)
    servers, urls = [], []
    for n in range(2):
        port = free_port()
        log = open(tmp_path / f"replica-{n}.log", "w")  # noqa: SIM115 - the server writes to it; closed at teardown
        servers.append(
            (
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "cli.main",
                        "serve",
                        "--port",
                        str(port),
                        "--index",
                        str(pipeline_index_dir),
                    ],
                    env=env,
                    cwd=ROOT,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                ),
                log,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 900
    for url, (process, _) in zip(urls, servers):
        while True:
            try:
                if httpx.get(f"{url}/api/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, (tmp_path / "replica-0.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "a replica did not start"
            time.sleep(1)
    yield urls, tokens, tmp_path
    for process, _log in servers:
        process.terminate()
    for process, log in servers:
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.timeout(1500)
def test_two_replicas_on_one_postgresql(replicas):
    urls, tokens, tmp_path = replicas
    a, b = urls
    cc = _auth(tokens["r-cc"])
    health = [httpx.get(f"{url}/api/health").json()["replica"] for url in urls]
    assert health[0] != health[1]  # two processes

    # 1. submissions through both, with retries of the same key through the other replica
    def submit(job):
        url, i = job
        with httpx.Client(base_url=url, timeout=300) as client:
            response = client.post(
                "/api/cases",
                json={"text": f"{LETTER} Ref {i}."},
                headers={**cc, "Idempotency-Key": f"key-{i}"},
            )
            assert response.status_code in (200, 201), response.text
            return i, response.json()["id"], response.status_code

    jobs = [(urls[i % 2], i) for i in range(24)] + [(urls[(i + 1) % 2], i) for i in range(0, 24, 3)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(submit, jobs))
    by_key: dict[int, set[str]] = {}
    for i, case_id, _ in results:
        by_key.setdefault(i, set()).add(case_id)
    assert all(len(ids) == 1 for ids in by_key.values()), "a retry made a second case"
    assert sum(1 for *_, status in results if status == 201) == 24
    with httpx.Client(timeout=60) as client:
        for url in urls:
            queue = client.get(f"{url}/api/cases?page_size=100", headers=_auth(tokens["r-cw1"]))
            assert queue.json()["total"] == 24

    # 2. three caseworkers take work through both replicas at once until none is left: every
    # case is handed out exactly once (FOR UPDATE SKIP LOCKED)
    def take_all(job):
        name, url = job
        taken = []
        with httpx.Client(base_url=url, timeout=120) as client:
            while True:
                response = client.post("/api/queue/next", json={}, headers=_auth(tokens[name]))
                if response.status_code == 204:
                    return taken
                assert response.status_code == 200, response.text
                taken.append((name, response.json()["case"]["id"]))

    workers = [("r-cw1", a), ("r-cw2", b), ("r-cw3", a), ("r-cw1", b), ("r-cw2", a), ("r-cw3", b)]
    with ThreadPoolExecutor(6) as pool:
        handed = [item for chunk in pool.map(take_all, workers) for item in chunk]
    handed_ids = [case_id for _, case_id in handed]
    assert len(handed_ids) == 24 and len(set(handed_ids)) == 24

    # 3. the same case claimed by two people through the two replicas at the same moment:
    # one gets it, the other is told who has it
    fresh = [
        httpx.post(
            f"{a}/api/cases", json={"text": f"{LETTER} Claim race {i}."}, headers=cc, timeout=300
        ).json()["id"]
        for i in range(4)
    ]

    def claim(job):
        case_id, name, url = job
        return httpx.post(
            f"{url}/api/cases/{case_id}/claim", json={}, headers=_auth(tokens[name]), timeout=60
        ).status_code

    for case_id in fresh:
        with ThreadPoolExecutor(2) as pool:
            statuses = sorted(pool.map(claim, [(case_id, "r-cw1", a), (case_id, "r-cw2", b)]))
        assert statuses == [200, 409], statuses

    # 4. decisions through both replicas; two decisions on one version at once: one wins
    owner = {case_id: name for name, case_id in handed}

    def decide(job):
        case_id, url = job
        return httpx.post(
            f"{url}/api/cases/{case_id}/decisions",
            timeout=300,
            headers=_auth(tokens[owner[case_id]]),
            json={"action": "escalate", "version": 1, "reason_code": "complaint"},
        ).status_code

    doubled = [(case_id, url) for case_id in handed_ids[:8] for url in urls]
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(decide, doubled))
    for n in range(8):
        assert sorted(statuses[2 * n : 2 * n + 2]) == [201, 409]

    # 5. learning: a re-route through replica A steers the same letter in replica B
    with httpx.Client(timeout=300) as client:
        first = client.post(f"{a}/api/cases", json={"text": BAKERY}, headers=cc).json()
        teams = client.get(f"{a}/api/teams", headers=cc).json()["teams"]
        target = next(t for t in teams if t != first["team"])
        cw = _auth(tokens["r-cw1"])
        decided = client.post(
            f"{a}/api/cases/{first['id']}/decisions",
            headers=cw,
            json={"action": "reroute", "reason_code": "wrong_team", "version": 1, "team": target},
        )
        assert decided.status_code == 201, decided.text
        again = client.post(f"{b}/api/cases", json={"text": BAKERY}, headers=cc).json()
        assert again["team"] == target
        assert again["provenance"]["memory_examples"] >= 1

        # 6. the audit trail is one unbroken chain, and both replicas report the same queue
        verify = client.get(f"{b}/api/audit/verify", headers=_auth(tokens["r-au"])).json()
        assert verify["ok"], verify
        queues = []
        for url in urls:
            text = client.get(
                f"{url}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}
            ).text
            queues.append(
                {
                    tuple(sorted(s.labels.items())): s.value
                    for f in text_string_to_metric_families(text)
                    for s in f.samples
                    if s.name == "casework_queue_cases"
                }
            )
        assert queues[0] == queues[1] and sum(queues[0].values()) == 24 + 4 + 2
    # the replicas logged JSON and no letter text
    for n in range(2):
        logged = (tmp_path / f"replica-{n}.log").read_text()
        assert "bakery" not in logged.lower() and "Jane Smith" not in logged
