"""``POST /api/queue/next``: take the next case to work (claimed for you), safe with any number
of API replicas on one PostgreSQL (``FOR UPDATE SKIP LOCKED``, see
:mod:`api.store.work_queue`)."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool

from api.deps import Decider, ServicesDep
from api.schemas import CaseSummary, ClaimOut, ErrorOut
from api.store import work_queue
from contracts.errors import UnknownTeam

router = APIRouter(prefix="/api/queue", tags=["decisions"])


class NextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team: str | None = Field(
        default=None, min_length=1, max_length=100, description="only cases with this team"
    )
    unassigned: StrictBool = Field(
        default=False, description="only cases that need human triage (no team)"
    )


class NextOut(BaseModel):
    case: CaseSummary
    claim: ClaimOut


@router.post(
    "/next",
    response_model=NextOut,
    summary="Take the next case to work (claimed for you)",
    responses={
        204: {"description": "nothing to take: no open case without a live claim"},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        422: {"model": ErrorOut, "description": "unknown team"},
    },
)
def take_next(body: NextIn, services: ServicesDep, user: Decider, response: Response):
    """The most urgent, then oldest, open case that nobody holds a live claim on, claimed for
    you (audited as a claim). Two people asking at once, through any replicas, get two
    different cases."""
    if body.team is not None and body.team not in services.teams:
        raise UnknownTeam((body.team,), tuple(services.teams))
    timeout = services.settings.claim_timeout_minutes
    with services.db.write() as session:
        case = work_queue.claim_next(
            session, user, timeout_minutes=timeout, team=body.team, unassigned=body.unassigned
        )
        if case is None:
            return Response(status_code=204)

        out = NextOut(
            case=CaseSummary.of(case, user.name),
            claim=ClaimOut(
                case_id=case.id,
                claimed_by=user.name,
                claimed_at=case.claimed_at,
                expires_at=case.claimed_at + timedelta(minutes=timeout)
                if case.claimed_at
                else None,
            ),
        )
    return out
