"""Review web app pages of intake: campaigns (decided once for all their open letters) and
the files a case arrived as (caseworkers and admins; every read audited)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from api import mailroom
from api.auth import Permission
from api.deps import ServicesDep
from api.errors import Invalid, as_http
from api.routers.mailroom import campaign_view
from api.routers.web import WebUser, _check_csrf, _need, _page
from api.store import repository as repo
from contracts.errors import CaseworkError

router = APIRouter(include_in_schema=False)
_FIELDS = {"invalid": "campaign-action", "unknown_team": "campaign-team",
           "team_required": "campaign-team", "same_team": "campaign-team",
           "reason_required": "campaign-reason", "bad_reason": "campaign-reason",
           "no_reason_needed": "campaign-reason", "note_required": "campaign-note"}


@router.get("/campaigns")
def campaigns_page(request: Request, services: ServicesDep, user: WebUser):
    _need(user, Permission.READ_CASES)
    with services.db.read() as session:
        rows = mailroom.list_campaigns(session)
    items = [{"id": c.id, "title": c.title, "size": c.size, "open": n,
              "updated_at": c.updated_at} for c, n in rows]
    return _page(request, "campaigns.html", user, campaigns=items)


def _reasons() -> list[tuple[str, str]]:
    labels = {r.value: label for r, label in repo.REASON_LABELS.items()}
    codes = dict.fromkeys([*repo.REASONS[repo.Action.REROUTE], *repo.REASONS[repo.Action.ESCALATE]])
    return [(code.value, labels[code.value]) for code in codes]


@router.get("/campaigns/{campaign_id}")
def campaign_page(request: Request, services: ServicesDep, user: WebUser, campaign_id: str):
    _need(user, Permission.READ_CASES)
    return _page(request, "campaign.html", user, c=campaign_view(services, campaign_id),
                 teams=services.teams, reasons=_reasons())


@router.post("/campaigns/{campaign_id}/decide")
def campaign_decide(request: Request, services: ServicesDep, user: WebUser, campaign_id: str,
                    csrf: Annotated[str, Form()], size: Annotated[int, Form(ge=0, le=2**31 - 1)],
                    action: Annotated[str, Form(max_length=20)] = "",
                    team: Annotated[str, Form(max_length=100)] = "",
                    reason_code: Annotated[str, Form(max_length=40)] = "",
                    note: Annotated[str, Form()] = ""):
    _need(user, Permission.DECIDE)
    _check_csrf(user, csrf)
    form = {"action": action, "team": team, "reason_code": reason_code, "note": note}
    try:
        if action not in ("accept", "reroute", "escalate"):
            raise Invalid("Choose what to do with the letters", code="invalid")
        outcome = services.decide_campaign(
            user, campaign_id, action=action, reason_code=reason_code or None,
            team=team if action == "reroute" else None, note=note, size=size)
    except CaseworkError as caught:
        error = as_http(caught)
        if error.status == 404:
            raise
        field = _FIELDS.get(error.code)
        return _page(request, "campaign.html", user, c=campaign_view(services, campaign_id),
                     teams=services.teams, reasons=_reasons(), form=form,
                     field_errors={field: error.detail} if field else {},
                     error_list=[(field, error.detail)], status_code=error.status)
    return _page(request, "campaign.html", user, c=campaign_view(services, campaign_id),
                 teams=services.teams, reasons=_reasons(), outcome=outcome)


@router.get("/cases/{case_id}/files/{n}")
def case_file(services: ServicesDep, user: WebUser, case_id: str, n: int):
    _need(user, Permission.READ_ORIGINAL)
    with services.db.write() as session:
        row = mailroom.read_file(session, case_id, n, user)
        data, media = row.data, row.content_type
    safe = media if media in ("application/pdf", "image/png", "image/jpeg", "image/tiff",
                              "text/plain") else "application/octet-stream"
    return Response(content=data, media_type=safe, headers={
        "Content-Disposition": f'attachment; filename="case-{case_id[:8]}-{n}"',
        "Cache-Control": "no-store"})  # nosniff: set on every response (app.py)
