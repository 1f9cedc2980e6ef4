"""Taking work from the queue when several API processes (replicas) share one PostgreSQL.

:func:`claim_next` gives a caseworker the most urgent, oldest open case nobody holds a live
claim on, and claims it, in one transaction: ``SELECT ... FOR UPDATE SKIP LOCKED`` so two
replicas asking at the same moment get two different cases instead of one waiting for the
other's row and then finding it taken. :func:`~api.store.repository.lock_case` reads a case under a row lock, so two
explicit claims of the same case are decided one after the other (the second sees the first's
claim and is refused). On SQLite both are plain selects: its write transactions
(``BEGIN IMMEDIATE``) already run one at a time.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from api.store import audit
from api.store.models import Case, User
from api.store.repository import OPEN_STATUSES, lock_case, utcnow  # noqa: F401 - lock_case re-exported


def claim_next(session: Session, user: User, *, timeout_minutes: float, team: str | None = None,
               unassigned: bool = False) -> Case | None:
    """Claim the next open case (most urgent, then oldest) that nobody holds a live claim on,
    optionally of one ``team`` or only those needing human triage (``unassigned``). None when
    there is nothing to take. Audited like a claim."""
    cutoff = utcnow() - timedelta(minutes=timeout_minutes)
    query = select(Case).where(Case.status.in_([s.value for s in OPEN_STATUSES]),
                               or_(Case.claimed_by.is_(None), Case.claimed_at.is_(None),
                                   Case.claimed_at < cutoff))
    if team:
        query = query.where(Case.team == team)
    if unassigned:
        query = query.where(Case.team.is_(None))
    case = session.execute(
        query.order_by(Case.priority_rank, Case.created_at, Case.id).limit(1)
        .with_for_update(skip_locked=True).execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if case is None:
        return None
    lapsed_from = case.claimed_by
    now = utcnow()
    session.execute(update(Case).where(Case.id == case.id)
                    .values(claimed_by=user.id, claimed_at=now)
                    .execution_options(synchronize_session=False))
    audit.append(session, actor=user.name, action="case.claimed", case_id=case.id,
                 payload={"role": user.role, "taken_over_from": None, "via": "next",
                          "lapsed_claim": lapsed_from is not None})
    session.flush()
    session.refresh(case)
    return case
