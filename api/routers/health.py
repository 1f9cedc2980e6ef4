"""Health (no token needed), who am I, the teams."""

from __future__ import annotations

import os
import socket
import time

from fastapi import APIRouter, Request, Response
from sqlalchemy import text

from api.auth import ROLE_PERMISSIONS, Role
from api.deps import CurrentUser, ServicesDep
from api.schemas import DegradedOut, HealthOut, MeOut, TeamsOut
from api.services import app_version

router = APIRouter(prefix="/api", tags=["health"])
#: a model thread with this many letters waiting is reported as degraded (slow answers)
BACKLOG_WARNING = 64
REPLICA = f"{socket.gethostname()}:{os.getpid()}"


@router.get("/health", response_model=HealthOut, summary="Liveness, readiness and what is degraded",
            responses={503: {"model": HealthOut, "description": "the database or the model "
                             "thread is down: the service cannot take work"}})
def health(request: Request, response: Response):
    """Each component and its state. 503 (`unavailable`) when the database or the model thread
    is down; 200 `degraded` when the service works with a loss (listed in `degraded`: corrections
    not loading, audit anchors not written, a long model backlog); else 200 `ok`."""
    services = getattr(request.app.state, "services", None)
    database = triage = "starting"
    checks: dict[str, str] = {}
    degraded: list[DegradedOut] = []
    if services is not None:
        started = time.perf_counter()
        try:
            with services.db.read() as session:
                session.execute(text("SELECT 1"))
            database = "ok"
            checks["database"] = f"ok ({(time.perf_counter() - started) * 1000:.0f} ms)"
        except Exception as error:  # noqa: BLE001
            database = "unreachable"
            checks["database"] = f"unreachable ({type(error).__name__})"
        engine = services.engine
        triage = "ok" if engine.running else "stopped"
        checks["triage"] = triage if triage != "ok" else f"ok (backlog {engine.backlog})"
        if triage == "ok" and engine.backlog >= BACKLOG_WARNING:
            degraded.append(DegradedOut(component="triage", impact="degraded", detail=(
                f"{engine.backlog} letters wait for the model thread: submissions are slow")))
        memory = services.memory
        if not memory.enabled:
            checks["router_memory"] = "disabled"
        elif engine.memory_error:
            checks["router_memory"] = f"failing ({engine.memory_error})"
            degraded.append(DegradedOut(component="router_memory", impact="degraded", detail=(
                "corrections could not be loaded from the database "
                f"({engine.memory_error}): routing uses the {memory.size} loaded before")))
        else:
            checks["router_memory"] = f"ok ({memory.size} corrections loaded)"
        anchors = services.db.anchors
        if anchors is None:
            checks["audit_anchors"] = "off"
        elif anchors.last_error:
            checks["audit_anchors"] = f"failing ({anchors.last_error})"
            degraded.append(DegradedOut(component="audit_anchors", impact="degraded", detail=(
                f"the last audit anchor could not be written ({anchors.last_error}): "
                "`casework audit verify` can only check up to the previous one")))
        else:
            checks["audit_anchors"] = "ok"
        index = (services.provenance or {}).get("index") or {}
        checks["guidance_index"] = (f"ok ({index.get('passages')} passages)"
                                    if index.get("manifest_sha256") else "no manifest")
        if not index.get("manifest_sha256"):
            degraded.append(DegradedOut(component="guidance_index", impact="degraded", detail=(
                "the index manifest could not be read: suggestions carry no index version")))
    else:
        checks = {"database": "starting", "triage": "starting"}
    if database != "ok":
        degraded.insert(0, DegradedOut(component="database", impact="unavailable",
                                       detail=f"database {database}"))
    if triage != "ok":
        degraded.insert(0, DegradedOut(component="triage", impact="unavailable",
                                       detail=f"the model thread is {triage}"))
    unavailable = database != "ok" or triage != "ok"
    response.status_code = 503 if unavailable else 200
    status = "unavailable" if unavailable else "degraded" if degraded else "ok"
    return HealthOut(status=status, database=database, triage=triage, version=app_version(),
                     checks=checks, degraded=degraded, replica=REPLICA)


@router.get("/me", response_model=MeOut, summary="The user of this token")
def me(user: CurrentUser):
    return MeOut(name=user.name, role=user.role,
                 permissions=sorted(p.value for p in ROLE_PERMISSIONS[Role(user.role)]))


@router.get("/teams", response_model=TeamsOut, summary="Teams a case can be routed to")
def teams(user: CurrentUser, services: ServicesDep):
    return TeamsOut(teams=list(services.teams))
