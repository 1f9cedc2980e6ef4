"""The audit trail: read it (filtered), export it as CSV, verify it."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BeforeValidator

from api.store import audit
from api.deps import AuditReader, AuditVerifier, ReadSession, ServicesDep
from api.schemas import AuditPage, AuditRecordOut, ErrorOut, VerifyOut
from api.store import repository as repo
from api.store.models import AuditRecord

router = APIRouter(prefix="/api/audit", tags=["audit"])

CaseId = Annotated[str | None, Query(max_length=32)]
ActionName = Annotated[str | None, Query(max_length=50)]
Actor = Annotated[str | None, Query(max_length=100, description="who acted (user name)")]
Team = Annotated[str | None, Query(max_length=100, description="the team the case is with now")]


def _iso_day(value):
    # pydantic would also read "0" or "1700000000" as a day (seconds since 1970)
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("must be a day as YYYY-MM-DD")
    return value


IsoDay = Annotated[date, BeforeValidator(_iso_day)]
DateFrom = Annotated[IsoDay | None, Query(description="from this day (UTC), inclusive")]
DateTo = Annotated[IsoDay | None, Query(description="to this day (UTC), inclusive")]


def audit_filter(case_id=None, action=None, actor=None, team=None, date_from=None,
                 date_to=None) -> repo.AuditFilter:
    return repo.AuditFilter(
        case_id=case_id or None, action=action or None, actor=actor or None, team=team or None,
        date_from=datetime.combine(date_from, time.min, timezone.utc) if date_from else None,
        date_to=datetime.combine(date_to + timedelta(days=1), time.min, timezone.utc)
        if date_to else None)


@router.get("", response_model=AuditPage, summary="Audit records, oldest first",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def read_audit(session: ReadSession, user: AuditReader, case_id: CaseId = None,
               action: ActionName = None, actor: Actor = None, team: Team = None,
               date_from: DateFrom = None, date_to: DateTo = None,
               after: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
               limit: Annotated[int, Query(ge=1, le=500)] = 100):
    query = repo.audit_query(audit_filter(case_id, action, actor, team, date_from, date_to))
    rows = session.execute(query.where(AuditRecord.seq > after).order_by(AuditRecord.seq)
                           .limit(limit)).scalars().all()
    items = [AuditRecordOut(**(d := audit.record_dict(r)), description=audit.describe(d))
             for r in rows]
    return AuditPage(items=items, next_after=items[-1].seq if len(items) == limit else None)


CSV_COLUMNS = ("seq", "created_at", "actor", "action", "description", "case_id", "payload",
               "prev_hash", "hash")


@router.get("/export.csv", summary="The (filtered) audit trail as CSV, oldest first",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}, "description": "one record a row"},
                       401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def export_audit(session: ReadSession, user: AuditReader, case_id: CaseId = None,
                 action: ActionName = None, actor: Actor = None, team: Team = None,
                 date_from: DateFrom = None, date_to: DateTo = None):
    query = repo.audit_query(audit_filter(case_id, action, actor, team, date_from, date_to))
    rows = [audit.record_dict(r) for r in
            session.execute(query.order_by(AuditRecord.seq)).scalars()]
    return csv_response(rows)


def csv_response(records: list[dict]) -> StreamingResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow([record["seq"], record["created_at"], record["actor"], record["action"],
                         audit.describe(record), record["case_id"] or "",
                         json.dumps(record["payload"], ensure_ascii=False, sort_keys=True),
                         record["prev_hash"], record["hash"]])
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return StreamingResponse(
        iter([buffer.getvalue()]), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="audit-{stamp}.csv"',
                 "Cache-Control": "no-store"})


@router.get("/verify", response_model=VerifyOut, summary="Recompute the hash chain",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def verify_audit(session: ReadSession, services: ServicesDep, user: AuditVerifier):
    return VerifyOut(**audit.verify(session, anchors=services.db.anchors).as_dict())
