"""FastAPI dependencies: the per-worker services, the current user, permission checks."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from api.auth import Permission, can, csrf_token, user_for_token
from api.errors import Forbidden, Unauthorized, Unavailable
from api.services import Services
from api.store.models import User

COOKIE = "casework_token"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_bearer = HTTPBearer(auto_error=False, description="API token from `casework users add`")


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


def current_user(request: Request, services: ServicesDep,
                 credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
                 ) -> User:
    from_cookie = credentials is None
    token = request.cookies.get(COOKIE) if from_cookie else credentials.credentials
    if not token:
        raise Unauthorized()
    with services.db.read() as session:
        user = user_for_token(session, token)
    if user is None:
        raise Unauthorized("the token is not valid (or the user is deactivated)")
    if from_cookie and request.method not in _SAFE_METHODS:
        # a browser sends the cookie on any site's request: a change made with it must also
        # carry the per-user value only this service's pages know
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), csrf_token(user).encode()):
            raise Forbidden(f"a change made with the sign-in cookie needs the {CSRF_HEADER} header "
                            "from the service's pages (programs: use a bearer token)",
                            code="csrf_failed")
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
