"""A person's own recent submissions: what the contact-centre adviser who sent a letter in needs
to answer the caller (the draft with citations, the guidance, the flags in words)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import OwnSubmissionReader, ReadSession, ServicesDep
from api.explain import citations_in_reply, explain_flags
from api.schemas import CaseSummary, ErrorOut, OwnSubmissionOut, OwnSubmissionsPage
from api.store import repository as repo

router = APIRouter(prefix="/api/my/cases", tags=["my submissions"])


@router.get(
    "",
    response_model=OwnSubmissionsPage,
    summary="The cases you submitted recently",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
def own_cases(
    session: ReadSession,
    services: ServicesDep,
    user: OwnSubmissionReader,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    size, days = services.settings.page_size_default, services.settings.own_submissions_days
    items, total = repo.own_submissions(session, user, days=days, page=page, page_size=size)
    return OwnSubmissionsPage(
        items=[CaseSummary.of(c) for c in items],
        total=total,
        page=page,
        page_size=size,
        pages=max(1, -(-total // size)),
        days=days,
    )


@router.get(
    "/{case_id}",
    response_model=OwnSubmissionOut,
    summary="One of your recent submissions, with the draft re-filled (audited)",
    responses={
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {
            "model": ErrorOut,
            "description": "not one of your recent submissions (whether it exists is not told)",
        },
    },
)
def own_case(case_id: str, services: ServicesDep, user: OwnSubmissionReader):
    case, reply = services.own_submission(user, case_id)
    s = case.suggestion or {}
    return OwnSubmissionOut(
        id=case.id,
        created_at=case.created_at,
        status=case.status,
        team=case.team,
        priority=case.priority,
        needs_human_triage=case.needs_human_triage,
        flags=explain_flags(s.get("flags", [])),
        guidance=[
            {k: h.get(k) for k in ("guidance_id", "title", "url", "heading", "passage", "score")}
            for h in s.get("guidance", [])
        ],
        reply=reply,
        citations=citations_in_reply(case.reply_text, (s.get("reply") or {}).get("citations", [])),
    )
