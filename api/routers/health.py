"""Health (no token needed), who am I, the teams."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy import text

from api.auth import ROLE_PERMISSIONS, Role
from api.deps import CurrentUser, ServicesDep
from api.schemas import HealthOut, MeOut, TeamsOut
from api.services import app_version

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", response_model=HealthOut, summary="Liveness and readiness")
def health(request: Request, response: Response):
    services = getattr(request.app.state, "services", None)
    database = triage = "starting"
    if services is not None:
        try:
            with services.db.read() as session:
                session.execute(text("SELECT 1"))
            database = "ok"
        except Exception:
            database = "unreachable"
        triage = "ok" if services.engine.running else "stopped"
    ok = database == "ok" and triage == "ok"
    response.status_code = 200 if ok else 503
    return HealthOut(
        status="ok" if ok else "degraded", database=database, triage=triage, version=app_version()
    )


@router.get("/me", response_model=MeOut, summary="The user of this token")
def me(user: CurrentUser):
    return MeOut(
        name=user.name,
        role=user.role,
        permissions=sorted(p.value for p in ROLE_PERMISSIONS[Role(user.role)]),
    )


@router.get("/teams", response_model=TeamsOut, summary="Teams a case can be routed to")
def teams(user: CurrentUser, services: ServicesDep):
    return TeamsOut(teams=list(services.teams))
