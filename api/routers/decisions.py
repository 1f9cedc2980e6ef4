"""Decisions on a case: accept, re-route, edit the reply, escalate."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter

from api.deps import CaseReader, CurrentUser, Decider, OriginalReader, ReadSession, ServicesDep
from api.schemas import (
    CaseOut,
    ClaimIn,
    ClaimOut,
    ConflictOut,
    DecisionIn,
    DecisionOut,
    DecisionResult,
    ErrorOut,
    FilledReplyOut,
    ReasonCodesOut,
    ReplyPreviewIn,
    ReplyPreviewOut,
)
from api.store import repository as repo

router = APIRouter(prefix="/api", tags=["decisions"])


@router.post(
    "/cases/{case_id}/decisions",
    response_model=DecisionResult,
    status_code=201,
    summary="Decide on a case",
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        409: {
            "model": ConflictOut,
            "description": "the case is closed, changed "
            "since the version you decided on (`current` says who changed it "
            "and how: nothing of yours was saved), or someone else has claimed "
            "it",
        },
        422: {
            "model": ErrorOut,
            "description": "unknown team; a reason missing, "
            "not needed or not fitting the action; missing note/team/reply; "
            "a safeguarding flag not acknowledged",
        },
    },
)
def decide(case_id: str, body: DecisionIn, services: ServicesDep, user: Decider):
    """``accept`` closes the case with its current team; ``reroute`` closes it with another
    team; ``edit_reply`` saves a new reply (the letter's placeholders kept, personal data typed
    anew redacted) and keeps it open; ``escalate`` marks it for a senior caseworker. Accepted and
    re-routed cases teach the router at once. The decision records only what the person chose:
    a reason only for actions that ask for one."""
    case, decision = services.decide(
        user,
        case_id,
        action=body.action,
        reason_code=body.reason_code.value if body.reason_code else None,
        version=body.version,
        note=body.note,
        team=body.team,
        reply_text=body.reply_text,
        acknowledge_safeguarding=body.acknowledge_safeguarding,
    )
    with services.db.read() as session:
        history = repo.decisions_for(session, case_id)
    return DecisionResult(
        case=CaseOut.full(case, history), decision=DecisionOut.of(decision, user.name)
    )


@router.post(
    "/cases/{case_id}/reply-preview",
    response_model=ReplyPreviewOut,
    summary="What saving a reply would store (nothing is stored)",
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        409: {
            "model": ConflictOut,
            "description": "version given and stale (version_conflict), or claimed by someone else",
        },
        422: {"model": ErrorOut},
    },
)
def reply_preview(case_id: str, body: ReplyPreviewIn, services: ServicesDep, user: Decider):
    return ReplyPreviewOut(
        **services.preview_reply(user, case_id, body.reply_text, version=body.version)
    )


def _claim_out(case, services, name: str | None) -> ClaimOut:
    timeout = timedelta(minutes=services.settings.claim_timeout_minutes)
    return ClaimOut(
        case_id=case.id,
        claimed_by=name,
        claimed_at=case.claimed_at if name else None,
        expires_at=case.claimed_at + timeout if name and case.claimed_at else None,
    )


@router.post(
    "/cases/{case_id}/claim",
    response_model=ClaimOut,
    summary="Claim a case so nobody else works it at once",
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        409: {
            "model": ConflictOut,
            "description": "closed, or claimed by someone else (send take_over to take it over)",
        },
    },
)
def claim(case_id: str, body: ClaimIn, services: ServicesDep, user: Decider):
    """A claim lapses after CASEWORK_CLAIM_TIMEOUT_MINUTES and is released by a decision that
    closes the case. Audited."""
    return _claim_out(services.claim(user, case_id, take_over=body.take_over), services, user.name)


@router.delete(
    "/cases/{case_id}/claim",
    response_model=ClaimOut,
    summary="Release a claim",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def release(case_id: str, services: ServicesDep, user: Decider):
    return _claim_out(services.release(user, case_id), services, None)


@router.get(
    "/cases/{case_id}/reply/filled",
    response_model=FilledReplyOut,
    summary="The reply with the letter's personal data put back (audited)",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def filled_reply(case_id: str, services: ServicesDep, user: OriginalReader):
    text, citations = services.filled_reply(user, case_id)
    return FilledReplyOut(text=text, citations=citations)


@router.get(
    "/cases/{case_id}/decisions",
    response_model=list[DecisionOut],
    summary="Decisions on a case, oldest first",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def list_decisions(case_id: str, session: ReadSession, user: CaseReader):
    repo.get_case(session, case_id)
    return [DecisionOut.of(d, by) for d, by in repo.decisions_for(session, case_id)]


@router.get("/reason-codes", response_model=ReasonCodesOut, summary="Reason codes per action")
def reason_codes(user: CurrentUser):
    return ReasonCodesOut(
        reasons={a.value: [r.value for r in rs] for a, rs in repo.REASONS.items()},
        safeguarding_close=[r.value for r in repo.SAFEGUARDING_CLOSE_REASONS],
        labels={r.value: label for r, label in repo.REASON_LABELS.items()},
    )
