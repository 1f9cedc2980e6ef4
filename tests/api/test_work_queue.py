"""Taking work with several API processes on one database (no models: the store only).

Each test holds its transactions open across the moment two requests collide (a slow audit
append), the way two replicas' requests interleave under load."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest

from api.store import audit, work_queue
from api.store import repository as repo


def _users_and_cases(db, cases: int, users: int = 2):
    from api.auth import create_user

    with db.write() as session:
        people = [create_user(session, f"cw{i}", "caseworker")[0] for i in range(users)]
        submitter = create_user(session, "cc", "contact_centre")[0]
        ids = []
        for i in range(cases):
            case = repo.create_case(
                session,
                submitter,
                repo.NewCase(
                    channel="api",
                    redacted_text=f"letter {i}",
                    suggestion={
                        "team": "benefits",
                        "confidence": 0.9,
                        "abstained": False,
                        "priority": "urgent" if i == cases - 1 else "normal",
                        "flags": [],
                    },
                    provenance={},
                    original_text=f"letter {i}",
                    values={},
                    content_sha256=str(i),
                ),
            )
            ids.append(case.id)
    return [p.name for p in people], ids


def _user(db, name):
    from sqlalchemy import select

    from api.store.models import User

    with db.read() as session:
        return session.execute(select(User).where(User.name == name)).scalar_one()


@pytest.fixture
def slow_audit(monkeypatch):
    """Every audit append waits a moment inside its transaction (after the case was read)."""
    original = audit.append

    def slow(session, **kwargs):
        time.sleep(0.4)
        return original(session, **kwargs)

    monkeypatch.setattr(audit, "append", slow)


def test_two_claims_of_one_case_at_once_one_wins(db, slow_audit):
    from api.errors import Claimed

    names, (case_id,) = _users_and_cases(db, 1)
    users = [_user(db, name) for name in names]
    barrier = threading.Barrier(2)

    def claim(user):
        barrier.wait()
        try:
            with db.write() as session:
                repo.claim_case(session, case_id, user, timeout_minutes=30)
            return "claimed"
        except Claimed:
            return "refused"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(claim, users))
    assert outcomes == ["claimed", "refused"]


def test_next_case_is_handed_out_once(db, slow_audit):
    names, ids = _users_and_cases(db, 6, users=3)
    users = [_user(db, name) for name in names]

    def take(user):
        taken = []
        while True:
            with db.write() as session:
                case = work_queue.claim_next(session, user, timeout_minutes=30)
                if case is None:
                    return taken
                taken.append(case.id)

    with ThreadPoolExecutor(3) as pool:
        handed = [case_id for chunk in pool.map(take, users) for case_id in chunk]
    assert sorted(handed) == sorted(ids)  # every case once, none twice
    # most urgent first: the urgent case was created last but handed out first
    with db.write() as session:
        assert work_queue.claim_next(session, users[0], timeout_minutes=30) is None


def test_next_case_skips_live_claims_and_takes_lapsed_ones(db):
    from sqlalchemy import update

    from api.store.models import Case

    names, ids = _users_and_cases(db, 2)
    alice, bob = (_user(db, name) for name in names)
    with db.write() as session:
        first = work_queue.claim_next(session, alice, timeout_minutes=30)
    assert first.id == ids[1]  # the urgent one
    with db.write() as session:
        assert work_queue.claim_next(session, bob, timeout_minutes=30).id == ids[0]
        assert work_queue.claim_next(session, bob, timeout_minutes=30) is None
    with db.write() as session:  # alice's claim lapses
        session.execute(
            update(Case)
            .where(Case.id == first.id)
            .values(claimed_at=repo.utcnow() - timedelta(minutes=31))
        )
    with db.write() as session:
        assert work_queue.claim_next(session, bob, timeout_minutes=30).id == first.id
