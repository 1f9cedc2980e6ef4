"""The review web app's contact-centre pages: submit a letter (typed or a file), a person's own
recent submissions (``/my/cases``), and guidance search. The pages' shared helpers and the
template context of each page are in :mod:`api.routers.web`.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse

from api.auth import Permission, can
from api.deps import ServicesDep
from api.errors import Invalid, as_http
from api.explain import citations_in_reply, explain_flags
from api.ingest import from_text, from_upload
from api.routers.web import WebUser, _check_csrf, _need, _page
from api.store import repository as repo
from contracts.errors import CaseworkError

router = APIRouter(include_in_schema=False)


# -------------------------------------------------------------------------------------- submit
@router.get("/submit")
def submit_page(request: Request, user: WebUser):
    _need(user, Permission.SUBMIT)
    return _page(request, "submit.html", user, idempotency_key=uuid.uuid4().hex)


@router.post("/submit")
def submit(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    csrf: Annotated[str, Form()],
    idempotency_key: Annotated[str, Form(max_length=200)],
    text: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, File()] = None,
):
    _need(user, Permission.SUBMIT)
    _check_csrf(user, csrf)
    settings = services.settings
    try:
        data = file.file.read(settings.max_request_bytes + 1) if file and file.filename else b""
        if data and text.strip():
            raise Invalid("send either typed text or a file, not both", code="text_and_file")
        if data:
            incoming = from_upload(
                data,
                filename=file.filename,
                content_type=file.content_type,
                max_chars=settings.max_letter_chars,
                max_bytes=settings.max_request_bytes,
            )
        else:
            incoming = from_text(text, max_chars=settings.max_letter_chars, channel="web")
        case, _ = services.submit(user, incoming, idempotency_key)
    except CaseworkError as caught:
        error = as_http(caught)
        # a file that could not be read (any format: a damaged PDF, an unreadable scan, an
        # email with nothing in it) is the file field's error; typed text's errors are the text's
        field = "file" if file and file.filename and error.code != "text_and_file" else "text"
        return _page(
            request,
            "submit.html",
            user,
            idempotency_key=idempotency_key,
            text=text,
            field_errors={field: error.detail},
            error_list=[(field, error.detail)],
            status_code=error.status,
        )
    if can(user.role, Permission.READ_CASES):
        return RedirectResponse(f"/cases/{case.id}?submitted=1", status_code=303)
    return RedirectResponse(f"/my/cases/{case.id}?submitted=1", status_code=303)


# --------------------------------------------------------------- a person's own submissions
@router.get("/my/cases")
def my_cases(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    _need(user, Permission.READ_OWN_SUBMISSIONS)
    size, days = services.settings.page_size_default, services.settings.own_submissions_days
    with services.db.read() as session:
        items, total = repo.own_submissions(session, user, days=days, page=page, page_size=size)
    return _page(
        request,
        "my_cases.html",
        user,
        cases=items,
        total=total,
        page=page,
        pages=max(1, -(-total // size)),
        days=days,
    )


@router.get("/my/cases/{case_id}")
def my_case(request: Request, services: ServicesDep, user: WebUser, case_id: str):
    _need(user, Permission.READ_OWN_SUBMISSIONS)
    case, reply = services.own_submission(user, case_id)
    s = case.suggestion or {}
    response = _page(
        request,
        "my_case.html",
        user,
        case=case,
        reply=reply,
        flags=explain_flags(s.get("flags", [])),
        guidance=s.get("guidance", []),
        citations=citations_in_reply(case.reply_text, (s.get("reply") or {}).get("citations", [])),
        submitted=bool(request.query_params.get("submitted")),
    )
    response.headers["Cache-Control"] = "no-store"
    return response


# ------------------------------------------------------------------------------------ guidance
@router.get("/guidance")
def guidance_page(request: Request, user: WebUser):
    _need(user, Permission.SEARCH_GUIDANCE)
    return _page(request, "guidance.html", user, query="", hits=None)


@router.post("/guidance")
def guidance_search(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    csrf: Annotated[str, Form()],
    query: Annotated[str, Form()] = "",
):
    _need(user, Permission.SEARCH_GUIDANCE)
    _check_csrf(user, csrf)
    if not query.strip() or len(query) > 2000:
        message = (
            "Enter what you are looking for"
            if not query.strip()
            else "Search for 2,000 characters or fewer"
        )
        return _page(
            request,
            "guidance.html",
            user,
            query=query,
            hits=None,
            field_errors={"query": message},
            error_list=[("query", message)],
            status_code=422,
        )
    redacted, hits = services.search_guidance(query, 8)
    return _page(
        request,
        "guidance.html",
        user,
        query=query,
        query_redacted=redacted,
        hits=[h.model_dump() for h in hits],
    )
