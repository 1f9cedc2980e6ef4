"""The review web app's caseworker pages: the queue (``/queue``) and a case (``/cases/{id}``:
claim, release, decide, the original letter, the re-filled reply). The pages' shared helpers and
the template context of each page are in :mod:`api.routers.web`.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from api import mailroom
from api.auth import Permission
from api.deps import ServicesDep
from api.errors import Invalid, VersionConflict, as_http
from api.explain import explain_flags
from api.routers.mailroom import intake_view
from api.routers.web import WebUser, _check_csrf, _need, _page
from api.store import audit
from api.store import repository as repo
from api.store.models import AuditRecord, User
from contracts.errors import CaseworkError

router = APIRouter(include_in_schema=False)


# --------------------------------------------------------------------------------------- queue
@router.get("/queue")
def queue(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    team: str = "",
    status: str = "pending",
    priority: str = "",
    flagged: str = "",
    abstained: str = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    _need(user, Permission.READ_CASES)
    if team and team != "_none" and team not in services.teams:
        raise Invalid(f"unknown team {team!r}")
    if status not in ("", "pending", "closed", "open", "escalated", "accepted", "rerouted"):
        raise Invalid(f"unknown status {status!r}")
    if priority not in ("", "urgent", "high", "normal"):
        raise Invalid(f"unknown priority {priority!r}")
    yes_no = {"": None, "yes": True, "no": False}
    if flagged not in yes_no or abstained not in yes_no:
        raise Invalid("flagged and abstained take yes or no")
    size = services.settings.page_size_default
    with services.db.read() as session:
        items, total = repo.list_cases(
            session,
            repo.CaseFilter(
                team=team if team and team != "_none" else None,
                unassigned=team == "_none" or None,
                status=status or None,
                priority=priority or None,
                flagged=yes_no[flagged],
                abstained=yes_no[abstained],
            ),
            page=page,
            page_size=size,
        )
        claims = repo.claimers(session, items, services.settings.claim_timeout_minutes)
        campaigns = mailroom.campaigns_of(session, [c.id for c in items])
    filters = {
        "team": team,
        "status": status,
        "priority": priority,
        "flagged": flagged,
        "abstained": abstained,
    }
    pages = max(1, -(-total // size))

    def page_link(n: int) -> str:
        return "/queue?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n})

    return _page(
        request,
        "queue.html",
        user,
        cases=items,
        claims=claims,
        campaigns=campaigns,
        total=total,
        page=page,
        pages=pages,
        filters=filters,
        teams=services.teams,
        page_link=page_link,
    )


# ------------------------------------------------------------------------------------- a case
def _case_context(services, case_id: str, user: User) -> dict:
    with services.db.read() as session:
        case = repo.get_case(session, case_id)
        decisions = repo.decisions_for(session, case_id)
        history = (
            session.execute(
                select(AuditRecord).where(AuditRecord.case_id == case_id).order_by(AuditRecord.seq)
            )
            .scalars()
            .all()
        )
        claims = repo.claimers(session, [case], services.settings.claim_timeout_minutes)
    suggestion = case.suggestion or {}
    citations = (suggestion.get("reply") or {}).get("citations", [])
    cited = {c.get("url"): c.get("n") for c in citations}
    records = [audit.record_dict(r) for r in history]
    for record in records:
        record["description"] = audit.describe(record)
    labels = {r.value: label for r, label in repo.REASON_LABELS.items()}
    return {
        "case": case,
        "s": suggestion,
        "decisions": decisions,
        "history": records,
        "teams": services.teams,
        "cited": cited,
        "citations": citations,
        "reasons": {
            a.value: [(r.value, labels[r]) for r in repo.reasons_for(case, a)] for a in repo.Action
        },
        "safeguarding": repo.has_safeguarding_flag(case),
        "needs_ack": repo.has_safeguarding_flag(case) and case.status == "open",
        "flags_explained": explain_flags(suggestion.get("flags", [])),
        "claimed_by": claims.get(case.id),
        "claimed_by_me": claims.get(case.id) == user.name,
        "open": case.status in repo.OPEN_STATUSES,
        "intake": intake_view(services, case_id),
    }


@router.get("/cases/{case_id}")
def case_page(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    _need(user, Permission.READ_CASES)
    return _page(request, "case.html", user, **_case_context(services, case_id, user))


@router.post("/cases/{case_id}/claim")
def claim(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    case_id: str,
    csrf: Annotated[str, Form()],
    take_over: Annotated[str, Form()] = "",
):
    _need(user, Permission.DECIDE)
    _check_csrf(user, csrf)
    try:
        services.claim(user, case_id, take_over=take_over == "yes")
    except CaseworkError as caught:
        error = as_http(caught)
        if error.status == 404:
            raise
        return _page(
            request,
            "case.html",
            user,
            banner_error=error.detail,
            status_code=error.status,
            **_case_context(services, case_id, user),
        )
    return RedirectResponse(f"/cases/{case_id}?done=claim", status_code=303)


@router.post("/cases/{case_id}/release")
def release(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    case_id: str,
    csrf: Annotated[str, Form()],
):
    _need(user, Permission.DECIDE)
    _check_csrf(user, csrf)
    services.release(user, case_id)
    return RedirectResponse(f"/cases/{case_id}?done=release", status_code=303)


#: error code -> the form field it is about (for the error summary and the inline message)
_FIELD_OF_ERROR = {
    "reason_required": "reason_code",
    "bad_reason": "reason_code",
    "no_reason_needed": "reason_code",
    "note_required": "note",
    "team_required": "team",
    "unknown_team": "team",
    "same_team": "team",
    "use_reroute": "team",
    "no_team": "team",
    "safeguarding_ack": "acknowledge_safeguarding",
    "reply_required": "reply_text",
}


@router.post("/cases/{case_id}/decide")
def decide(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    case_id: str,
    csrf: Annotated[str, Form()],
    action: Annotated[str, Form(max_length=20)],
    version: Annotated[int, Form(ge=1, le=2**31 - 1)],
    reason_code: Annotated[str, Form(max_length=40)] = "",
    team: Annotated[str, Form(max_length=100)] = "",
    note: Annotated[str, Form()] = "",
    reply_text: Annotated[str | None, Form()] = None,
    acknowledge_safeguarding: Annotated[str, Form()] = "",
    apply_to_version: Annotated[int | None, Form(ge=1, le=2**31 - 1)] = None,
    confirm_apply: Annotated[str, Form()] = "",
    confirm_redactions: Annotated[str, Form()] = "",
):
    """One decision. A reason is sent only if the person chose one. After a conflict the old
    version stays in the form: only ticking "apply my decision to the case as it is now" (which
    carries the new version) lets it through. A reply with newly typed personal data is shown
    redacted first and saved only when confirmed."""
    _need(user, Permission.DECIDE)
    _check_csrf(user, csrf)
    # the form keeps the version the person first worked on; a tick applies to the newer one
    form = {
        "action": action,
        "team": team,
        "note": note,
        "reason_code": reason_code,
        "reply_text": reply_text,
        "acknowledge_safeguarding": acknowledge_safeguarding,
        "version": version,
    }
    if confirm_apply == "yes" and apply_to_version:
        version = apply_to_version
    try:
        if action == "edit_reply" and reply_text is not None and confirm_redactions != "yes":
            preview = services.preview_reply(user, case_id, reply_text, version=version)
            if preview["redactions"]:
                return _page(
                    request,
                    "case.html",
                    user,
                    form=form,
                    preview=preview,
                    **_case_context(services, case_id, user),
                )
        services.decide(
            user,
            case_id,
            action=action,
            reason_code=reason_code or None,
            version=version,
            note=note,
            team=team if action in ("reroute", "accept") else None,
            reply_text=reply_text if action == "edit_reply" else None,
            acknowledge_safeguarding=acknowledge_safeguarding == "yes",
        )
    except VersionConflict as error:
        return _page(
            request,
            "case.html",
            user,
            form=form,
            conflict=error.extra.get("current"),
            conflict_message=error.detail,
            status_code=409,
            **_case_context(services, case_id, user),
        )
    except CaseworkError as caught:
        error = as_http(caught)
        if error.status == 404:
            raise
        field = _FIELD_OF_ERROR.get(error.code)
        field_id = f"{action}-{field}" if field else None
        return _page(
            request,
            "case.html",
            user,
            form=form,
            field_errors={field_id: error.detail} if field_id else {},
            error_list=[(field_id, error.detail)],
            status_code=error.status,
            **_case_context(services, case_id, user),
        )
    return RedirectResponse(f"/cases/{case_id}?done={action}#outcome", status_code=303)


@router.get("/cases/{case_id}/original")
def original_page(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    _need(user, Permission.READ_ORIGINAL)
    with services.db.write() as session:
        original = repo.get_original(session, case_id, user)
        text, values, reply = original.original_text, original.values, original.reply_text
    response = _page(
        request, "original.html", user, case_id=case_id, text=text, values=values, reply=reply
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/cases/{case_id}/reply")
def filled_reply_page(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    """The reply as it would be sent: personal data re-filled, one click to copy (audited)."""
    _need(user, Permission.READ_ORIGINAL)
    text, citations = services.filled_reply(user, case_id)
    with services.db.read() as session:
        case = repo.get_case(session, case_id)
    response = _page(request, "reply.html", user, case=case, text=text, citations=citations)
    response.headers["Cache-Control"] = "no-store"
    return response
