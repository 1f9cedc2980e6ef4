"""The review web app: server-rendered pages over the same services as the JSON API.

Sign-in is the API token pasted once into a form; it is kept in an HttpOnly, SameSite=Strict
cookie. Every form that changes something also carries a per-user CSRF value.
"""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from api import audit
from api.auth import Permission, can, csrf_token, user_for_token
from api.deps import COOKIE, ServicesDep
from api.errors import DomainError, Forbidden, Invalid, Unauthorized
from api.ingest import from_text, from_upload
from api.store import repository as repo
from api.store.models import AuditRecord, User
from api.web import render

router = APIRouter(include_in_schema=False)


def web_user(request: Request, services: ServicesDep) -> User:
    token = request.cookies.get(COOKIE)
    with services.db.read() as session:
        user = user_for_token(session, token) if token else None
    if user is None:
        raise Unauthorized("sign in first")
    request.state.user = user
    return user


WebUser = Annotated[User, Depends(web_user)]


def _need(user: User, permission: Permission) -> None:
    if not can(user.role, permission):
        raise Forbidden(f"the {user.role} role may not {permission.value.replace('_', ' ')}")


def _check_csrf(user: User, value: str) -> None:
    if value != csrf_token(user):
        raise Forbidden("the form has expired: reload the page and try again")


def _page(request: Request, name: str, user: User, **context):
    context.update(user=user, csrf=csrf_token(user), can=lambda p: can(user.role, Permission(p)))
    status = context.pop("status_code", 200)
    return render(request, name, context, status_code=status)


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/")
def home(user: WebUser):
    return RedirectResponse("/queue" if can(user.role, Permission.READ_CASES) else "/submit",
                            status_code=303)


@router.get("/login")
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", {"next": _safe_next(next), "user": None})


@router.post("/login")
def login(request: Request, services: ServicesDep, token: Annotated[str, Form(max_length=200)],
          next: Annotated[str, Form(max_length=500)] = "/"):
    with services.db.read() as session:
        user = user_for_token(session, token.strip())
    if user is None:
        return render(request, "login.html", {"next": _safe_next(next), "user": None,
                                              "error": "That token is not valid."}, status_code=401)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict",
                        secure=services.settings.cookie_secure, max_age=12 * 3600, path="/")
    return response


@router.post("/logout")
def logout():
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/queue")
def queue(request: Request, services: ServicesDep, user: WebUser,
          team: str = "", status: str = "pending", priority: str = "", flagged: str = "",
          abstained: str = "", page: Annotated[int, Query(ge=1, le=100_000)] = 1):
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
        items, total = repo.list_cases(session, repo.CaseFilter(
            team=team if team and team != "_none" else None, unassigned=team == "_none" or None,
            status=status or None, priority=priority or None, flagged=yes_no[flagged],
            abstained=yes_no[abstained]), page=page, page_size=size)
    filters = {"team": team, "status": status, "priority": priority, "flagged": flagged,
               "abstained": abstained}
    pages = max(1, -(-total // size))

    def page_link(n: int) -> str:
        return "/queue?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n})

    return _page(request, "queue.html", user, cases=items, total=total, page=page, pages=pages,
                 filters=filters, teams=services.teams, page_link=page_link)


@router.get("/submit")
def submit_page(request: Request, user: WebUser):
    _need(user, Permission.SUBMIT)
    return _page(request, "submit.html", user, idempotency_key=uuid.uuid4().hex)


@router.post("/submit")
def submit(request: Request, services: ServicesDep, user: WebUser,
           csrf: Annotated[str, Form()], idempotency_key: Annotated[str, Form(max_length=200)],
           text: Annotated[str, Form()] = "",
           file: Annotated[UploadFile | None, File()] = None):
    _need(user, Permission.SUBMIT)
    _check_csrf(user, csrf)
    settings = services.settings
    try:
        data = file.file.read(settings.max_request_bytes + 1) if file and file.filename else b""
        if data and text.strip():
            raise Invalid("send either typed text or a file, not both")
        if data:
            incoming = from_upload(data, filename=file.filename, content_type=file.content_type,
                                   max_chars=settings.max_letter_chars,
                                   max_bytes=settings.max_request_bytes)
        else:
            incoming = from_text(text, max_chars=settings.max_letter_chars, channel="web")
        case, _ = services.submit(user, incoming, idempotency_key)
    except DomainError as error:
        return _page(request, "submit.html", user, idempotency_key=idempotency_key,
                     error=error.detail, text=text, status_code=error.status)
    if can(user.role, Permission.READ_CASES):
        return RedirectResponse(f"/cases/{case.id}", status_code=303)
    return _page(request, "submitted.html", user, case=case)


def _case_context(services, case_id: str) -> dict:
    with services.db.read() as session:
        case = repo.get_case(session, case_id)
        decisions = repo.decisions_for(session, case_id)
        history = session.execute(select(AuditRecord).where(AuditRecord.case_id == case_id)
                                  .order_by(AuditRecord.seq)).scalars().all()
    suggestion = case.suggestion or {}
    return {"case": case, "s": suggestion, "decisions": decisions,
            "history": [audit.record_dict(r) for r in history], "teams": services.teams,
            "reasons": {a.value: [(r.value, repo.REASON_LABELS[r]) for r in rs]
                        for a, rs in repo.REASONS.items()},
            "open": case.status in repo.OPEN_STATUSES}


@router.get("/cases/{case_id}")
def case_page(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    _need(user, Permission.READ_CASES)
    return _page(request, "case.html", user, **_case_context(services, case_id))


@router.post("/cases/{case_id}/decide")
def decide(request: Request, services: ServicesDep, user: WebUser, case_id: str,
           csrf: Annotated[str, Form()], action: Annotated[str, Form()],
           version: Annotated[int, Form()], reason_code: Annotated[str, Form()] = "",
           team: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
           reply_text: Annotated[str | None, Form()] = None):
    _need(user, Permission.DECIDE)
    _check_csrf(user, csrf)
    if not reason_code:
        reason_code = repo.REASONS.get(repo.Action(action), [repo.ReasonCode.OTHER])[0] \
            if action in repo.Action._value2member_map_ else ""
    try:
        services.decide(user, case_id, action=action, reason_code=reason_code, version=version,
                        note=note, team=team if action in ("reroute", "accept") else None,
                        reply_text=reply_text)
    except DomainError as error:
        if error.status == 404:
            raise
        context = _case_context(services, case_id)
        return _page(request, "case.html", user, error=error.detail, form={
            "action": action, "team": team, "note": note, "reason_code": reason_code,
            "reply_text": reply_text}, status_code=error.status, **context)
    return RedirectResponse(f"/cases/{case_id}?done={action}#outcome", status_code=303)


@router.get("/cases/{case_id}/original")
def original_page(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    _need(user, Permission.READ_ORIGINAL)
    with services.db.write() as session:
        original = repo.get_original(session, case_id, user)
        text, values, reply = original.original_text, original.values, original.reply_text
    response = _page(request, "original.html", user, case_id=case_id, text=text, values=values,
                     reply=reply)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/audit")
def audit_page(request: Request, services: ServicesDep, user: WebUser,
               case_id: Annotated[str, Query(max_length=32)] = "", verify: bool = False,
               before: Annotated[int | None, Query(ge=1)] = None):
    _need(user, Permission.READ_AUDIT)
    result = None
    with services.db.read() as session:
        query = select(AuditRecord)
        if case_id:
            query = query.where(AuditRecord.case_id == case_id)
        if before:
            query = query.where(AuditRecord.seq < before)
        rows = session.execute(query.order_by(AuditRecord.seq.desc()).limit(100)).scalars().all()
        records = [audit.record_dict(r) for r in rows]
        if verify:
            _need(user, Permission.VERIFY_AUDIT)
            result = audit.verify(session)
    return _page(request, "audit.html", user, records=records, case_id=case_id, result=result,
                 older=records[-1]["seq"] if len(records) == 100 else None)
