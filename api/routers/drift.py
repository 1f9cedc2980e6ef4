"""Drift for auditors: ``GET /api/drift`` (JSON) and the ``/drift`` page (see :mod:`api.drift`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from api.auth import Permission
from api.deps import ReportReader, ServicesDep
from api.drift import drift
from api.routers.web import WebUser, _need, _page
from api.schemas import ErrorOut

router = APIRouter()


class DriftWeek(BaseModel):
    week: str = Field(description="Monday the week starts on (UTC)")
    cases: int
    abstained: int
    flagged: int
    needs_human_triage: int
    abstention_rate: float | None = Field(description="null: no cases that week")
    flag_rate: float | None
    mean_confidence: float | None
    confidence_histogram: list[int] = Field(description="cases by confidence, ten bins of 0.1")
    decisions: dict[str, int] = Field(description="decisions made that week, by action")
    override_rate: float | None = Field(description="re-routed / (accepted + re-routed)")


class DriftOut(BaseModel):
    since: str
    bins: list[str]
    weeks: list[DriftWeek]


class DriftQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an unknown parameter is a 422, not ignored

    weeks: int = Field(
        default=12, ge=1, le=104, description="how many weeks back, this one included"
    )


@router.get(
    "/api/drift",
    response_model=DriftOut,
    tags=["reports"],
    summary="Week by week abstention, flags, confidence and overrides (auditors)",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
def drift_api(services: ServicesDep, user: ReportReader, query: Annotated[DriftQuery, Query()]):
    with services.db.read() as session:
        return drift(session, weeks=query.weeks)


@router.get("/drift", include_in_schema=False)
def drift_page(
    request: Request,
    services: ServicesDep,
    user: WebUser,
    weeks: Annotated[int, Query(ge=1, le=104)] = 12,
):
    _need(user, Permission.READ_REPORTS)
    with services.db.read() as session:
        data = drift(session, weeks=weeks)
    shown = [w for w in data["weeks"] if w["cases"] or w["decisions"]]
    return _page(
        request,
        "drift.html",
        user,
        drift=data,
        shown=shown,
        weeks=weeks,
        threshold=services.settings.abstain_threshold,
    )
