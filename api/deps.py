"""FastAPI dependencies: the per-worker services, the current user, permission checks."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api import sessions
from api.auth import (
    TOKEN_PREFIX,
    Permission,
    can,
    csrf_token,
    find_identity,
    sign_in_identity,
    user_for_token,
)
from api.errors import Forbidden, Unauthorized, Unavailable
from api.services import Services
from api.store.models import User

COOKIE = sessions.COOKIE
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_bearer = HTTPBearer(
    auto_error=False,
    description=(
        "A service token from `casework users add` (`cw_...`, for programs), or, when the service "
        "uses OpenID Connect, an access token (a JWT) from the organisation's provider with this "
        "service's audience; its groups give the role."
    ),
)


def get_services(request: Request) -> Services:
    services = getattr(request.app.state, "services", None)
    if services is None:
        raise Unavailable("the service is starting")
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def read_session(services: ServicesDep) -> Iterator[Session]:
    with services.db.read() as session:
        yield session


ReadSession = Annotated[Session, Depends(read_session)]


def session_user(request: Request, services: Services, *, touch: bool = True) -> User | None:
    """The user of the request's session cookie, if it is live (see :mod:`api.sessions`)."""
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    timeouts = sessions.Timeouts.of(services.settings)
    with services.db.read() as session:
        found = sessions.find(session, value, timeouts)
    if found is None:
        return None
    if touch and found.touch:
        with services.db.write() as session:
            sessions.touch(session, value)
    return found.user


def provider_token_user(services: Services, token: str) -> User:
    """The user of an access token from the organisation's provider (see :mod:`api.oidc`): the
    token checked, the role from its groups, the user row made or brought up to date (audited)."""
    # deferred: authlib and httpx, only for tokens from the organisation's provider
    from api import oidc

    try:
        claims = services.oidc.validate_access_token(token)
    except oidc.ProviderUnavailable as error:
        raise Unavailable(error.message) from None
    except oidc.OIDCError as error:
        raise Unauthorized(
            f"the access token is not valid: {error.message}", code="invalid_token"
        ) from None
    settings = services.settings
    decision = oidc.role_from_claims(claims, settings)
    issuer, subject = services.oidc.issuer, str(claims["sub"])
    refusal = None
    with services.db.read() as session:
        user = find_identity(session, issuer, subject)
    if user is None or not user.active or user.role != decision.role:
        with services.db.write() as session:
            user, refusal = sign_in_identity(
                session,
                issuer=issuer,
                subject=subject,
                role=decision.role,
                name=oidc.user_name_from_claims(claims, settings),
                groups=decision.groups,
                refusal=decision.reason,
                issued_at=oidc.issued_at(claims),
            )
    if user is None:
        raise Unauthorized(
            "the access token is valid, but its groups give no role in this service"
            if refusal in ("no_mapped_group", "groups_overage")
            else "this user is deactivated",
            code="no_role",
        )
    return user


def current_user(
    request: Request,
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    from_cookie = credentials is None
    if from_cookie:
        if not request.cookies.get(COOKIE):
            raise Unauthorized()
        user = session_user(request, services)
        if user is None:
            raise Unauthorized("the session has ended (signed out, or timed out): sign in again")
    else:
        token = credentials.credentials
        if services.oidc is not None and not token.startswith(TOKEN_PREFIX):
            user = provider_token_user(services, token)
        else:
            with services.db.read() as session:
                user = user_for_token(session, token)
            if user is None:
                raise Unauthorized("the token is not valid (or the user is deactivated)")
    if from_cookie and request.method not in _SAFE_METHODS:
        # a browser sends the cookie on any site's request: a change made with it must also
        # carry the per-user value only this service's pages know
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), csrf_token(user).encode()):
            raise Forbidden(
                f"a change made with the sign-in cookie needs the {CSRF_HEADER} header "
                "from the service's pages (programs: use a bearer token)",
                code="csrf_failed",
            )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require(permission: Permission):
    def check(user: CurrentUser) -> User:
        if not can(user.role, permission):
            raise Forbidden(f"the {user.role} role may not {permission.value.replace('_', ' ')}")
        return user

    check.__name__ = f"require_{permission.value}"
    return Depends(check)


def Requires(permission: Permission):
    return Annotated[User, require(permission)]


# One alias per permission, used as the type of a route's ``user`` parameter.
Submitter = Requires(Permission.SUBMIT)
CaseReader = Requires(Permission.READ_CASES)
OriginalReader = Requires(Permission.READ_ORIGINAL)
Decider = Requires(Permission.DECIDE)
GuidanceSearcher = Requires(Permission.SEARCH_GUIDANCE)
AuditReader = Requires(Permission.READ_AUDIT)
AuditVerifier = Requires(Permission.VERIFY_AUDIT)
OwnSubmissionReader = Requires(Permission.READ_OWN_SUBMISSIONS)
ReportReader = Requires(Permission.READ_REPORTS)
