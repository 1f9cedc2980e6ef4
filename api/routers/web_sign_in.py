"""The review web app's sign-in and sign-out: an API token pasted into ``/login`` (local use and
the demo), or the organisation's account through OpenID Connect (``/auth/login`` -> the
provider -> ``/auth/callback``, :mod:`api.oidc`); either way a server-side session in an
HttpOnly, SameSite=Strict cookie (:mod:`api.sessions`), every sign-in and refusal audited.
The pages' shared helpers and the list of pages are in :mod:`api.routers.web`.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse

from api import sessions
from api.auth import sign_in_identity, user_for_token
from api.deps import COOKIE, ServicesDep
from api.errors import DomainError, Forbidden, NotFound, Unavailable
from api.store import audit
from api.store.models import User
from api.web import render

router = APIRouter(include_in_schema=False)


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
        raise NotFound("signing in with an organisation account is not set up here")
    return services.oidc


@router.get("/auth/login")
def oidc_login(
    request: Request, services: ServicesDep, next: Annotated[str, Query(max_length=500)] = "/"
):
    """Start a sign-in at the provider: a new login attempt (state, nonce, PKCE verifier) kept
    server-side, keyed by a short-lived SameSite=Lax cookie (see api.sessions)."""
    # deferred: authlib and httpx, only when sign-in with the provider is used
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
    # deferred: authlib and httpx, only when sign-in with the provider is used
    from api import oidc

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
