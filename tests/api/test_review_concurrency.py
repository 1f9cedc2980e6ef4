"""Many clients at once against a real uvicorn server on 127.0.0.1: no submission is lost."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from review_helpers import LETTER

CONCURRENT = 200


async def _submit_all(url: str, token: str, n: int) -> list[tuple[int, str | None]]:
    limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=300) as client:

        async def one(i: int):
            response = await client.post(
                "/api/cases",
                json={"text": f"{LETTER} Reference number {i}."},
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"burst-{i}"},
            )
            return response.status_code, response.json().get("id")

        return await asyncio.gather(*(one(i) for i in range(n)))


@pytest.mark.timeout(900)
def test_200_concurrent_submissions_lose_none(live_server_factory, database_url, capsys):
    server = live_server_factory(database_url)
    token = server.add_user("burst", "contact_centre")
    reader = server.add_user("reader", "auditor")
    started = time.perf_counter()
    results = asyncio.run(_submit_all(server.url, token, CONCURRENT))
    elapsed = time.perf_counter() - started
    statuses = [status for status, _ in results]
    ids = {case_id for _, case_id in results}
    assert statuses.count(201) == CONCURRENT, sorted(set(statuses))
    assert len(ids) == CONCURRENT
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {reader}"}) as client:
        assert client.get("/api/cases").json()["total"] == CONCURRENT
        verify = client.get("/api/audit/verify").json()
        assert verify["ok"] and verify["records"] == CONCURRENT + 2
        # Retrying the whole burst with the same keys creates nothing new.
    again = asyncio.run(_submit_all(server.url, token, 20))
    assert {status for status, _ in again} == {200} and {i for _, i in again} <= ids
    engine = server.services.engine
    with capsys.disabled():
        print(
            f"\n{CONCURRENT} concurrent submissions ({server.services.db.dialect}): "
            f"{CONCURRENT} committed, 0 lost, {elapsed:.1f}s, "
            f"{engine.letters / max(engine.batches, 1):.1f} letters per model batch"
        )
