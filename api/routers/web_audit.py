"""The review web app: server-rendered pages over the same services as the JSON API.

Sign-in is with the organisation's account (OpenID Connect: ``/auth/login`` -> the provider ->
``/auth/callback``, see :mod:`api.oidc`), or, for local use and the demo, by pasting an API token
(``POST /login``; off by default once OpenID Connect is configured). Either way the browser gets
a server-side session in an HttpOnly, SameSite=Strict cookie (:mod:`api.sessions` explains the
cookies, and why the sign-in itself needs a short-lived SameSite=Lax one). Every form that
changes something also carries a per-user CSRF value.

Pages, and the template context each gets besides ``user``, ``csrf`` and ``can(permission)``:

* ``/queue`` (queue.html): ``cases`` (``Case`` rows; flag kinds from their suggestion),
  ``claims`` ({case id: who claimed it}), ``total``, ``page``, ``pages``, ``filters``, ``teams``, ``page_link(n)``.
* ``/cases/{id}`` (case.html): :func:`_case_context` plus, after a refused decision, ``form``
  (what the person typed, kept), ``field_errors`` ({field id: message}) and ``error_list``
  ([(field id, message)]) for the error summary, ``conflict`` (who changed the case and how) or
  ``preview`` (what saving the reply would redact, to confirm).
* ``/cases/{id}/reply`` (reply.html): ``case``, ``text`` (re-filled; audited), ``citations``.
* ``/my/cases`` (my_cases.html) and ``/my/cases/{id}`` (my_case.html): a person's own recent
  submissions; ``case``, ``reply`` (re-filled; audited), ``flags`` (explained), ``guidance``,
  ``citations``.
* ``/guidance`` (guidance.html): ``query``, ``query_redacted``, ``hits``.
* ``/audit`` (audit.html): ``records`` (with ``description``), ``filters``, ``result``,
  ``head`` (full head hash), ``older``, ``actions``, ``actors``, ``teams``; ``/audit.csv``.
* ``/reports`` (reports.html): ``reports``; ``/reports/{name}`` serves one.
* ``/accessibility`` (accessibility.html).
"""

from __future__ import annotations

import hmac
import uuid
from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, RedirectResponse
from sqlalchemy import select

from api import mailroom, sessions
from api.auth import Permission, can, csrf_token, user_for_token
from api.deps import COOKIE, ServicesDep, session_user
from api.errors import DomainError, Forbidden, Invalid, Unauthorized, VersionConflict, as_http
from api.explain import citations_in_reply, explain_flags
from api.ingest import from_text, from_upload
from api.routers.audit import audit_filter, csv_response
from api.routers.mailroom import intake_view
from api.routers.reports import list_reports, report_file
from api.store import audit
from api.store import repository as repo
from api.store.models import AuditHead, AuditRecord, User
from api.web import render
from contracts.errors import CaseworkError

router = APIRouter(include_in_schema=False)


def web_user(request: Request, services: ServicesDep) -> User:
    user = session_user(request, services)
    if user is None:
        raise Unauthorized("sign in first")
    request.state.user = user
    return user


WebUser = Annotated[User, Depends(web_user)]


def _need(user: User, permission: Permission) -> None:
    if not can(user.role, permission):
        raise Forbidden(
            f"the {user.role.replace('_', ' ')} role may not {permission.value.replace('_', ' ')}"
        )


def _check_csrf(user: User, value: str) -> None:
    if not hmac.compare_digest(value.encode(), csrf_token(user).encode()):
        raise Forbidden("the form has expired: reload the page and try again")


def _page(request: Request, name: str, user: User, **context):
    context.update(user=user, csrf=csrf_token(user), can=lambda p: can(user.role, Permission(p)))
    status = context.pop("status_code", 200)
    return render(request, name, context, status_code=status)


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def cookie_secure(request: Request, setting: bool | None) -> bool:
    """The setting when given; else Secure unless reached on loopback over plain HTTP."""
    if setting is not None:
        return setting
    return request.url.scheme == "https" or (request.url.hostname or "") not in LOOPBACK_HOSTS


def _safe_next(target: str | None) -> str:
    """A path on this service to go on to after signing in, or "/". Browsers drop tabs and
    newlines from a URL and read a backslash as a slash, so "/%09/evil.example" (a tab) would be
    "//evil.example", another site: any control character, space or backslash is refused."""
    if (
        target
        and target.startswith("/")
        and not target.startswith("//")
        and target.isprintable()
        and not any(c.isspace() or c == "\\" for c in target)
    ):
        return target
    return "/"


@router.get("/")
def home(user: WebUser):
    if can(user.role, Permission.READ_CASES):
        return RedirectResponse("/queue", status_code=303)
    return RedirectResponse("/submit", status_code=303)


def _login_page(
    request: Request,
    services,
    next: str = "/",
    *,
    status_code: int = 200,
    token_error: str | None = None,
    refused: str | None = None,
    signed_out: bool = False,
):
    settings = services.settings
    context = {
        "next": _safe_next(next),
        "user": None,
        "oidc": services.oidc is not None,
        "token_login": settings.token_login_enabled,
        "provider_name": settings.oidc_provider_name,
        "refused": refused,
        "signed_out": signed_out,
    }
    if token_error:
        context.update(error_list=[("token", token_error)], field_errors={"token": token_error})
    elif refused:
        context["error_list"] = [(None, refused)]  # ("Error:" in the title)
    response = render(request, "login.html", context, status_code=status_code)
    response.headers["Cache-Control"] = "no-store"
    return response


def _set_cookie(
    request: Request,
    services,
    response,
    name: str,
    value: str,
    *,
    max_age: int,
    samesite: str = "strict",
    path: str = "/",
) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite=samesite,
        path=path,
        secure=cookie_secure(request, services.settings.cookie_secure),
        max_age=max_age,
    )


def _start_session(
    request: Request,
    services,
    response,
    user: User,
    method: str,
    id_token: str | None = None,
    **payload,
) -> None:
    """A server-side session for ``user`` (audited as a sign-in) and its cookie."""
    timeouts = sessions.Timeouts.of(services.settings)
    with services.db.write() as session:
        value = sessions.start(session, user, method, timeouts, id_token=id_token)
        audit.append(
            session,
            **audit.by(user),
            action="auth.signed_in",
            payload={"method": method, "role": user.role, **payload},
        )
    _set_cookie(
        request, services, response, COOKIE, value, max_age=int(timeouts.absolute.total_seconds())
    )


def _continue_page(request: Request, target: str, title: str, message: str, link_text: str):
    """A page that moves on to ``target`` by itself (meta refresh, no script: CSP) and says
    so, with a link. Used where a redirect would not do: after the provider's redirect back
    (a cross-site navigation, on which the SameSite=Strict session cookie is not sent: the
    refresh from this page is same-site, so it is), and to leave for the provider's sign-out
    after a form post (CSP form-action 'self' forbids a form's redirect to another site)."""
    response = render(
        request,
        "continue.html",
        {
            "user": None,
            "target": target,
            "title": title,
            "message": message,
            "link_text": link_text,
        },
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/login")
def login_page(request: Request, services: ServicesDep, next: str = "/", signed_out: str = ""):
    return _login_page(request, services, next, signed_out=bool(signed_out))


@router.post("/login")
def login(
    request: Request,
    services: ServicesDep,
    token: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=500)] = "/",
):
    if not services.settings.token_login_enabled:
        raise Forbidden(
            "signing in with a token is turned off here: sign in with "
            f"{services.settings.oidc_provider_name}"
        )
    with services.db.read() as session:
        user = user_for_token(session, token.strip())
    if user is None:
        return _login_page(
            request,
            services,
            next,
            status_code=401,
            token_error="That token is not valid: check you copied all of it",
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    _start_session(request, services, response, user, "token")
    return response


#: a longer ID token is not sent back as id_token_hint (see logout)
MAX_HINT_CHARS = 4000


@router.post("/logout")
def logout(request: Request, services: ServicesDep):
    """End the session here; for the organisation's account, also at the provider when it
    supports RP-initiated logout (it then sends the person back to the sign-in page)."""
    with services.db.write() as session:
        ended = sessions.end(session, request.cookies.get(COOKIE))
        if ended is not None:
            payload = {"method": ended.method}
            if ended.user.subject:
                payload["subject"] = ended.user.subject
            audit.append(session, **audit.by(ended.user), action="auth.signed_out", payload=payload)
    target = None
    if ended is not None and ended.method == "oidc" and services.oidc is not None:
        # the ID token as id_token_hint, unless so long (hundreds of groups) that the URL might
        # be refused: the provider then asks whom to sign out
        hint = ended.id_token if ended.id_token and len(ended.id_token) <= MAX_HINT_CHARS else None
        target = services.oidc.end_session_url(
            _post_logout_uri(request, services), id_token_hint=hint
        )
    if target:
        response = _continue_page(
            request,
            target,
            "Signing you out",
            "You have signed out of this service. Now signing you out of "
            f"{services.settings.oidc_provider_name}.",
            "Continue to sign out",
        )
    else:
        response = RedirectResponse("/login?signed_out=1", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


# ------------------------------------------------------------ the organisation's account (OIDC)
def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _redirect_uri(request: Request, services) -> str:
    return services.settings.oidc_redirect_uri or _base(request) + "/auth/callback"


def _post_logout_uri(request: Request, services) -> str:
    return services.settings.oidc_post_logout_redirect_uri or _base(request) + "/login?signed_out=1"


#: why a sign-in was refused, for the person (the audit trail keeps the code)
REFUSALS = {
    "no_mapped_group": "Your account is not in a group that gives access to this service. "
    "Ask your service desk to add you to the right group.",
    "groups_overage": "Your account is in too many groups for the sign-in to list them. Ask "
    "the administrators of this service to send app roles or only the "
    "groups it uses (see its README).",
    "deactivated": "Your access to this service has been turned off by an administrator.",
    "provider_error": "Your organisation's sign-in did not sign you in. Try again, or contact "
    "your service desk.",
}
_CHECK_FAILED = (
    "Your sign-in could not be checked, so you are not signed in. Try again; if "
    "it happens again, contact your service desk."
)


def _refuse(
    request: Request,
    services,
    reason: str,
    *,
    subject: str | None = None,
    actor: str = "unknown",
    status: int = 403,
):
    with services.db.write() as session:
        audit.append(
            session,
            actor=actor[:100],
            action="auth.sign_in_refused",
            via="oidc",
            payload={"method": "oidc", "subject": subject, "reason": reason},
        )
    response = _login_page(
        request,
        services,
        status_code=status,
        refused=REFUSALS.get(reason.split(":")[0], _CHECK_FAILED),
    )
    response.delete_cookie(sessions.LOGIN_COOKIE, path=sessions.LOGIN_COOKIE_PATH)
    return response


def _oidc(services):
    if services.oidc is None:
        from api.errors import NotFound

        raise NotFound("signing in with an organisation account is not set up here")
    return services.oidc


@router.get("/auth/login")
def oidc_login(
    request: Request, services: ServicesDep, next: Annotated[str, Query(max_length=500)] = "/"
):
    """Start a sign-in at the provider: a new login attempt (state, nonce, PKCE verifier) kept
    server-side, keyed by a short-lived SameSite=Lax cookie (see api.sessions)."""
    from api.errors import Unavailable
    from api.oidc import ProviderUnavailable

    client = _oidc(services)
    with services.db.write() as session:
        attempt = sessions.begin_login(session, _safe_next(next))
    try:
        url = client.authorization_url(
            redirect_uri=_redirect_uri(request, services),
            state=attempt.state,
            nonce=attempt.nonce,
            code_verifier=attempt.code_verifier,
        )
    except ProviderUnavailable as error:
        raise Unavailable(f"{error.message}: try again in a few minutes") from None
    response = RedirectResponse(url, status_code=303)
    response.headers["Cache-Control"] = "no-store"
    _set_cookie(
        request,
        services,
        response,
        sessions.LOGIN_COOKIE,
        attempt.cookie,
        max_age=int(sessions.LOGIN_TTL.total_seconds()),
        samesite="lax",
        path=sessions.LOGIN_COOKIE_PATH,
    )
    return response


@router.get("/auth/callback")
def oidc_callback(
    request: Request,
    services: ServicesDep,
    code: Annotated[str, Query(max_length=2000)] = "",
    state: Annotated[str, Query(max_length=200)] = "",
    error: Annotated[str, Query(max_length=200)] = "",
    iss: Annotated[str, Query(max_length=500)] = "",
):
    """The provider's redirect back: this browser's own attempt (cookie + state, once), the
    code exchanged with the PKCE verifier, the ID token checked (api.oidc), the role from the
    groups; then a session, or a refusal (both audited with the provider's subject id)."""
    import re

    from api import oidc
    from api.auth import sign_in_identity
    from api.errors import Unavailable

    client = _oidc(services)
    with services.db.write() as session:
        attempt = sessions.take_login(session, request.cookies.get(sessions.LOGIN_COOKIE), state)
    if attempt is None:
        # no audit record: nothing ties this request to a sign-in someone started here
        raise DomainError(
            "this sign-in has expired or was already used, or was started in "
            "another browser: go back to the sign-in page and start again",
            code="login_expired",
        )
    if error:
        return _refuse(
            request, services, "provider_error:" + re.sub(r"[^a-z_]", "", error.lower())[:40]
        )
    if iss and iss != client.issuer:
        return _refuse(request, services, "wrong_issuer")  # RFC 9207: a mixed-up response
    if not code:
        return _refuse(request, services, "no_code")
    try:
        tokens = client.exchange_code(
            code=code,
            redirect_uri=_redirect_uri(request, services),
            code_verifier=attempt.code_verifier,
        )
        claims = client.validate_id_token(
            tokens["id_token"], nonce=attempt.nonce, access_token=tokens.get("access_token")
        )
    except oidc.ProviderUnavailable as failure:
        raise Unavailable(f"{failure.message}: try again in a few minutes") from None
    except oidc.OIDCError as failure:
        return _refuse(request, services, failure.reason)
    settings = services.settings
    subject = str(claims["sub"])
    name = oidc.user_name_from_claims(claims, settings)
    decision = oidc.role_from_claims(claims, settings)
    with services.db.write() as session:
        user, refusal = sign_in_identity(
            session,
            issuer=client.issuer,
            subject=subject,
            name=name,
            role=decision.role,
            groups=decision.groups,
            refusal=decision.reason,
            issued_at=oidc.issued_at(claims),
        )
    if user is None:
        return _refuse(request, services, refusal or "no_mapped_group", subject=subject, actor=name)
    response = _continue_page(
        request, attempt.next_path, "Signed in", f"You are signed in as {user.name}.", "Continue"
    )
    _start_session(
        request, services, response, user, "oidc", id_token=tokens["id_token"], subject=subject
    )
    response.delete_cookie(sessions.LOGIN_COOKIE, path=sessions.LOGIN_COOKIE_PATH)
    return response


@router.get("/accessibility")
def accessibility(request: Request, services: ServicesDep):
    # signed in or not: the page shows the person's menu when there is a person
    return render(
        request, "accessibility.html", {"user": session_user(request, services, touch=False)}
    )


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
