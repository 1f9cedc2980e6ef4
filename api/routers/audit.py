"""The audit trail: read it, verify it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from api import audit
from api.deps import AuditReader, AuditVerifier, ReadSession
from api.schemas import AuditPage, AuditRecordOut, ErrorOut, VerifyOut
from api.store.models import AuditRecord

router = APIRouter(prefix="/api/audit", tags=["audit"])


@router.get("", response_model=AuditPage, summary="Audit records, oldest first",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def read_audit(session: ReadSession, user: AuditReader,
               case_id: Annotated[str | None, Query(max_length=32)] = None,
               action: Annotated[str | None, Query(max_length=50)] = None,
               after: Annotated[int, Query(ge=0)] = 0,
               limit: Annotated[int, Query(ge=1, le=500)] = 100):
    query = select(AuditRecord).where(AuditRecord.seq > after)
    if case_id:
        query = query.where(AuditRecord.case_id == case_id)
    if action:
        query = query.where(AuditRecord.action == action)
    rows = session.execute(query.order_by(AuditRecord.seq).limit(limit)).scalars().all()
    items = [AuditRecordOut(**audit.record_dict(r)) for r in rows]
    return AuditPage(items=items, next_after=items[-1].seq if len(items) == limit else None)


@router.get("/verify", response_model=VerifyOut, summary="Recompute the hash chain",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def verify_audit(session: ReadSession, user: AuditVerifier):
    return VerifyOut(**audit.verify(session).as_dict())
