"""The review web app's auditor pages: the audit trail with filters and its CSV (``/audit``,
``/audit.csv``), and the evaluation reports (``/reports``). The pages' shared helpers and the
template context of each page are in :mod:`api.routers.web`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from sqlalchemy import select

from api.auth import Permission
from api.deps import ServicesDep
from api.errors import Invalid
from api.routers.audit import audit_filter, csv_response
from api.routers.reports import list_reports, report_file
from api.routers.web import WebUser, _need, _page
from api.store import audit
from api.store import repository as repo
from api.store.models import AuditHead, AuditRecord

router = APIRouter(include_in_schema=False)


# ----------------------------------------------------------------------------------- audit
def _audit_filters(request: Request) -> dict:
    params = request.query_params
    out = {
        key: params.get(key, "").strip()
        for key in ("case_id", "action", "actor", "team", "date_from", "date_to")
    }
    for key in ("case_id", "action", "actor", "team"):
        if len(out[key]) > 100:
            raise Invalid(f"{key.replace('_', ' ')} is too long")
    return out


def _date_errors(filters: dict) -> dict[str, str]:
    """Dates that cannot be read, by field (shown beside the field; the filter is left out)."""
    errors = {}
    for key, words in (("date_from", "The from date"), ("date_to", "The to date")):
        if filters[key]:
            try:
                date.fromisoformat(filters[key])
            except ValueError:
                errors[key] = f"{words} must be a real date written like 2026-11-30"
    return errors


def _filter_of(filters: dict):
    def day(key: str) -> date | None:
        try:
            return date.fromisoformat(filters[key]) if filters[key] else None
        except ValueError:
            return None

    return audit_filter(
        filters["case_id"],
        filters["action"],
        filters["actor"],
        filters["team"],
        day("date_from"),
        day("date_to"),
    )


@router.get("/audit")
def audit_page(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    verify: bool = False,
    before: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
):
    _need(user, Permission.READ_AUDIT)
    filters = _audit_filters(request)
    field_errors = _date_errors(filters)
    result = None
    with services.db.read() as session:
        query = repo.audit_query(_filter_of(filters))
        if before:
            query = query.where(AuditRecord.seq < before)
        rows = session.execute(query.order_by(AuditRecord.seq.desc()).limit(100)).scalars().all()
        records = [audit.record_dict(r) for r in rows]
        for record in records:
            record["description"] = audit.describe(record)
        head = session.execute(select(AuditHead.seq, AuditHead.hash)).first()
        actors = sorted(session.execute(select(AuditRecord.actor).distinct()).scalars())
        if verify:
            _need(user, Permission.VERIFY_AUDIT)
            result = audit.verify(session, anchors=services.db.anchors)
    query_string = urlencode({k: v for k, v in filters.items() if v})
    return _page(
        request,
        "audit.html",
        user,
        records=records,
        filters=filters,
        result=result,
        head={"seq": head.seq, "hash": head.hash} if head else None,
        older=records[-1]["seq"] if len(records) == 100 else None,
        actions=sorted(audit.ACTION_WORDS),
        action_words=audit.ACTION_WORDS,
        actors=actors,
        teams=services.teams,
        query_string=query_string,
        field_errors=field_errors,
        error_list=list(field_errors.items()),
        status_code=422 if field_errors else 200,
    )


@router.get("/audit.csv")
def audit_csv(request: Request, services: ServicesDep, user: WebUser):
    _need(user, Permission.READ_AUDIT)
    filters = _audit_filters(request)
    if errors := _date_errors(filters):
        raise Invalid("; ".join(errors.values()))  # never a CSV of more than was asked for
    with services.db.read() as session:
        rows = [
            audit.record_dict(r)
            for r in session.execute(
                repo.audit_query(_filter_of(filters)).order_by(AuditRecord.seq)
            ).scalars()
        ]
    return csv_response(rows)


# --------------------------------------------------------------------------------- reports
@router.get("/reports")
def reports_page(request: Request, services: ServicesDep, user: WebUser):
    _need(user, Permission.READ_REPORTS)
    return _page(
        request, "reports.html", user, reports=list_reports(Path(services.settings.reports_dir))
    )


@router.get("/reports/{name}")
def report_page(services: ServicesDep, user: WebUser, name: str):
    _need(user, Permission.READ_REPORTS)
    return FileResponse(
        report_file(Path(services.settings.reports_dir), name), media_type="text/html"
    )
