"""``GET /metrics``: Prometheus exposition (see :mod:`api.metrics` for what and who)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from api.auth import user_for_token
from api.metrics import metrics_allowed, render

router = APIRouter(include_in_schema=False)


def _is_admin(services, token: str) -> bool:
    with services.db.read() as session:
        user = user_for_token(session, token)
    return user is not None and user.role == "admin"


@router.get("/metrics")
def metrics(request: Request):
    services = getattr(request.app.state, "services", None)
    settings = services.settings if services is not None else None
    header = request.headers.get("authorization", "")
    bearer = header[7:].strip() if header.lower().startswith("bearer ") else None
    token = (
        settings.metrics_token.get_secret_value()
        if settings is not None and settings.metrics_token
        else None
    )
    allowed = metrics_allowed(
        client_host=request.client.host if request.client else None,
        bearer=bearer,
        metrics_token=token,
        allow_loopback=bool(settings is not None and settings.metrics_allow_loopback),
        is_admin=lambda value: services is not None and _is_admin(services, value),
    )
    # plain answers (a scraper is no browser: no sign-in page, no redirect)
    if not allowed and bearer:
        return PlainTextResponse(
            "this token may not read the metrics: use the metrics token "
            "(CASEWORK_METRICS_TOKEN) or an admin's\n",
            status_code=403,
        )
    if not allowed:
        return PlainTextResponse(
            "the metrics need a bearer token (CASEWORK_METRICS_TOKEN or an admin's)\n",
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    body, content_type = render(services)
    return Response(body, media_type=content_type, headers={"Cache-Control": "no-store"})
