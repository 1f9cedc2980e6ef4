"""Decisions on a case: accept, re-route, edit the reply, escalate."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import CaseReader, CurrentUser, Decider, ReadSession, ServicesDep
from api.schemas import (CaseOut, DecisionIn, DecisionOut, DecisionResult, ErrorOut,
                         ReasonCodesOut)
from api.store import repository as repo

router = APIRouter(prefix="/api", tags=["decisions"])


@router.post("/cases/{case_id}/decisions", response_model=DecisionResult, status_code=201,
             summary="Decide on a case",
             responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut},
                        404: {"model": ErrorOut},
                        409: {"model": ErrorOut, "description": "the case is closed, or changed "
                              "since the version you decided on (reload and decide again)"},
                        422: {"model": ErrorOut, "description": "unknown team, reason code "
                              "that does not fit the action, missing note/team/reply"}})
def decide(case_id: str, body: DecisionIn, services: ServicesDep,
           user: Decider):
    """``accept`` closes the case with its current team; ``reroute`` closes it with another
    team; ``edit_reply`` saves a new reply and keeps it open; ``escalate`` marks it for a senior
    caseworker. Accepted and re-routed cases teach the router at once."""
    case, decision = services.decide(
        user, case_id, action=body.action, reason_code=body.reason_code, version=body.version,
        note=body.note, team=body.team, reply_text=body.reply_text)
    with services.db.read() as session:
        history = repo.decisions_for(session, case_id)
    return DecisionResult(case=CaseOut.full(case, history),
                          decision=DecisionOut.of(decision, user.name))


@router.get("/cases/{case_id}/decisions", response_model=list[DecisionOut],
            summary="Decisions on a case, oldest first",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def list_decisions(case_id: str, session: ReadSession, user: CaseReader):
    repo.get_case(session, case_id)
    return [DecisionOut.of(d, by) for d, by in repo.decisions_for(session, case_id)]


@router.get("/reason-codes", response_model=ReasonCodesOut, summary="Reason codes per action")
def reason_codes(user: CurrentUser):
    return ReasonCodesOut(
        reasons={a.value: [r.value for r in rs] for a, rs in repo.REASONS.items()},
        labels={r.value: label for r, label in repo.REASON_LABELS.items()})
