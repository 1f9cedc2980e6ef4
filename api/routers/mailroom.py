"""How a case arrived (language, parts, OCR confidence, campaign, earlier contact, guidance
changed since), the files as received, and campaigns decided once for all their letters."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

from api import mailroom
from api.deps import CaseReader, Decider, OriginalReader, ServicesDep
from api.schemas import ConflictOut, ErrorOut, JsonInt
from api.store import repository as repo
from api.web import flag_kinds

router = APIRouter(prefix="/api", tags=["intake"])
AUTH = {401: {"model": ErrorOut}, 403: {"model": ErrorOut}}


class PartOut(BaseModel):
    n: int = Field(description="0: the letter (or an email's body); 1..: its attachments")
    name: str = Field(description="the part's name as redacted")
    kind: str = Field(description="text, email, pdf, docx, html, rtf, image, other")
    chars: int
    pages: int | None = None
    ocr_pages: int = Field(description="pages read by OCR")
    ocr_confidence: float | None = Field(description="mean word confidence of its OCR (0-100)")
    note: str = Field(description="why it was not read, when it was not")


class LanguageOut(BaseModel):
    code: str
    name: str
    confidence: float | None


class CaseRefOut(BaseModel):
    id: str
    created_at: datetime
    status: str
    team: str | None


class CampaignRefOut(BaseModel):
    id: str
    size: int


class GuidanceChangeOut(BaseModel):
    guidance_id: str
    title: str | None
    change: Literal["changed", "removed"]
    version: int = Field(description="the index version that changed it")
    made_with: int = Field(description="the index version the suggestion was made with")


class FileRefOut(BaseModel):
    n: int
    content_type: str
    size: int


class IntakeOut(BaseModel):
    case_id: str
    channel: str
    language: LanguageOut | None
    redaction_notes: list[str]
    ocr_confidence: float | None = Field(description="lowest OCR confidence of its scans")
    low_ocr_confidence: bool
    parts: list[PartOut]
    files: list[FileRefOut] = Field(description="files kept as received (GET .../files/{n})")
    campaign: CampaignRefOut | None
    earlier_cases: list[CaseRefOut] = Field(
        description="cases from the same sender (matched on keyed hashes of their identifiers)"
    )
    index_version: int | None = Field(description="guidance index version of the suggestion")
    guidance_changes: list[GuidanceChangeOut] = Field(
        description="cited guidance changed or removed since (open cases)"
    )


@router.get(
    "/cases/{case_id}/intake",
    response_model=IntakeOut,
    responses={**AUTH, 404: {"model": ErrorOut}},
    summary="How the case arrived",
)
def case_intake(case_id: str, services: ServicesDep, user: CaseReader):
    return IntakeOut.model_validate(intake_view(services, case_id))


def intake_view(services, case_id: str) -> dict:
    with services.db.read() as session:
        case = repo.get_case(session, case_id)
        row = mailroom.intake_of(session, case_id)
        campaign = mailroom.campaigns_of(session, [case_id]).get(case_id)
        earlier = mailroom.earlier_cases(session, case)
        files = mailroom.files_of(session, case_id)
    language = None
    if row is not None and row.language:
        language = {
            "code": row.language,
            "name": row.language_name or row.language,
            "confidence": row.language_confidence,
        }
    ocr = row.ocr_confidence if row is not None else None
    changes = (
        mailroom.guidance_changes(case, services.index_dir)
        if case.status in repo.OPEN_STATUSES and services.index_dir
        else []
    )
    return {
        "case_id": case.id,
        "channel": case.channel,
        "language": language,
        "redaction_notes": list(row.notes or []) if row is not None else [],
        "ocr_confidence": ocr,
        "low_ocr_confidence": ocr is not None and ocr < services.intake.ocr_min_confidence,
        "parts": list(row.parts or []) if row is not None else [],
        "files": files,
        "campaign": {"id": campaign[0], "size": campaign[1]} if campaign else None,
        "earlier_cases": [
            {"id": c.id, "created_at": c.created_at, "status": c.status, "team": c.team}
            for c in earlier
        ],
        "index_version": row.index_version if row is not None else None,
        "guidance_changes": changes,
    }


@router.get(
    "/cases/{case_id}/files/{n}",
    summary="A file as received (caseworkers and admins; every read is audited)",
    response_class=Response,
    responses={
        200: {
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
            "description": "the bytes as received; X-Content-Type names their type",
        },
        **AUTH,
        404: {"model": ErrorOut},
    },
)
def case_file(
    case_id: str,
    n: Annotated[int, PathParam(ge=0, le=1000)],
    services: ServicesDep,
    user: OriginalReader,
):
    with services.db.write() as session:
        row = mailroom.read_file(session, case_id, n, user)
        data, media = row.data, row.content_type
    return Response(
        content=data,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="case-{case_id[:8]}-{n}"',
            "X-Content-Type": media,
            "Cache-Control": "no-store",
        },
    )


class CampaignSummaryOut(BaseModel):
    id: str
    size: int
    open: int = Field(description="cases of the campaign still open or escalated")
    title: str = Field(description="the start of its first letter, redacted")
    created_at: datetime
    updated_at: datetime
    decisions: int = Field(description="decisions taken for the whole campaign")


class CampaignMemberOut(BaseModel):
    id: str
    created_at: datetime
    status: str
    team: str | None
    priority: str
    flag_kinds: list[str]
    snippet: str


class CampaignOut(CampaignSummaryOut):
    members: list[CampaignMemberOut]


class CampaignsOut(BaseModel):
    items: list[CampaignSummaryOut]


class CampaignDecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "reroute", "escalate"]
    size: JsonInt = Field(
        ge=2,
        le=2**31 - 1,
        description="the campaign's size when you looked "
        "(a campaign that has grown since is refused with 409)",
    )
    reason_code: repo.ReasonCode | None = Field(default=None, description="as for one case")
    team: str | None = Field(
        default=None, min_length=1, max_length=100, description="reroute: the new team"
    )
    note: str = Field(default="", max_length=4000, description="redacted before it is stored")


class SkippedOut(BaseModel):
    case_id: str
    reason: str


class CampaignDecisionOut(BaseModel):
    campaign_id: str
    action: str
    applied: list[str] = Field(description="cases the decision was applied to")
    skipped: list[SkippedOut] = Field(description="cases left for their own decision, and why")


def _summary(campaign, open_count: int) -> dict:
    return {
        "id": campaign.id,
        "size": campaign.size,
        "open": open_count,
        "title": campaign.title,
        "created_at": campaign.created_at,
        "updated_at": campaign.updated_at,
        "decisions": campaign.decisions,
    }


@router.get(
    "/campaigns",
    response_model=CampaignsOut,
    responses=AUTH,
    summary="Campaigns: near-identical letters from different senders",
)
def list_campaigns(services: ServicesDep, user: CaseReader):
    with services.db.read() as session:
        rows = mailroom.list_campaigns(session)
    return {"items": [_summary(c, n) for c, n in rows]}


def campaign_view(services, campaign_id: str) -> dict:
    with services.db.read() as session:
        campaign, members = mailroom.get_campaign(session, campaign_id)
    open_count = sum(1 for m in members if m.status in repo.OPEN_STATUSES)
    return {
        **_summary(campaign, open_count),
        "members": [
            {
                "id": m.id,
                "created_at": m.created_at,
                "status": m.status,
                "team": m.team,
                "priority": m.priority,
                "flag_kinds": flag_kinds(m.suggestion),
                "snippet": " ".join(m.redacted_text.split())[:160],
            }
            for m in members
        ],
    }


@router.get(
    "/campaigns/{campaign_id}",
    response_model=CampaignOut,
    responses={**AUTH, 404: {"model": ErrorOut}},
    summary="One campaign and its letters",
)
def get_campaign(campaign_id: str, services: ServicesDep, user: CaseReader):
    return campaign_view(services, campaign_id)


@router.post(
    "/campaigns/{campaign_id}/decisions",
    response_model=CampaignDecisionOut,
    status_code=201,
    summary="Decide once for every open letter of a campaign",
    responses={
        **AUTH,
        404: {"model": ErrorOut},
        409: {
            "model": ConflictOut,
            "description": "the campaign has grown since "
            "(campaign_changed), or no letter could take the decision "
            "(nothing_to_decide)",
        },
        422: {
            "model": ErrorOut,
            "description": "unknown team; a reason missing or not fitting; a note missing",
        },
    },
)
def decide_campaign(
    campaign_id: str, body: CampaignDecisionIn, services: ServicesDep, user: Decider
):
    """Applies the decision to each open letter of the campaign in one transaction (each case
    gets its decision and audit record; one ``campaign.decided`` record names them all). A
    letter with a safeguarding flag is not closed this way, nor one someone else has claimed:
    they are listed under ``skipped``."""
    return services.decide_campaign(
        user,
        campaign_id,
        action=body.action,
        reason_code=body.reason_code.value if body.reason_code else None,
        team=body.team,
        note=body.note,
        size=body.size,
    )
