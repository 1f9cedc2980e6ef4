"""Request and response bodies of the HTTP API (what OpenAPI shows)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

from api.store.models import Case, Decision
from api.store.repository import Action, ReasonCode


def _json_number(value):
    # JSON Schema's "integer" includes 1.0 but never "1" or true: pydantic's lax int takes
    # both, its strict int refuses 1.0
    if isinstance(value, (str, bool, bytes)):
        raise ValueError("must be a JSON number, not a string or a boolean")
    return value


JsonInt = Annotated[int, BeforeValidator(_json_number)]


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorOut(BaseModel):
    error: str = Field(description="machine-readable code, e.g. version_conflict")
    detail: str = Field(description="what went wrong, for a person")


class ConflictOut(ErrorOut):
    current: dict | None = Field(
        default=None,
        description="version_conflict: the case as it is "
        "now and who changed it (version, status, team, by, role, "
        "action, action_label, at, to_team, reply_changed)",
    )
    claimed_by: str | None = Field(default=None, description="claimed: who works on the case")
    claimed_at: str | None = None


class SubmitIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        description="The letter as received (it is redacted before "
        "anything else sees it; the original is kept apart, readable only by "
        "caseworkers).",
    )


class CandidateOut(BaseModel):
    team: str
    confidence: float


class FlagOut(BaseModel):
    kind: str
    category: str
    evidence: str
    start: int
    end: int


class HitOut(BaseModel):
    guidance_id: str
    title: str
    url: str
    heading: str
    passage: str
    score: float


class CitationOut(BaseModel):
    n: int
    guidance_id: str
    url: str
    title: str = ""


class EntityOut(BaseModel):
    type: str
    start: int
    end: int
    placeholder: str


class CaseSummary(Out):
    id: str
    created_at: datetime
    updated_at: datetime
    channel: str
    status: str
    version: int
    team: str | None = Field(description="the team the case is with now (null: human triage)")
    suggested_team: str | None
    confidence: float
    abstained: bool
    needs_human_triage: bool
    priority: str
    flagged: bool
    flag_kinds: list[str] = Field(default=[], description="safeguarding, destitution, deadline")
    claimed_by: str | None = Field(default=None, description="who is working on the case now")
    claimed_at: datetime | None = None
    snippet: str = Field(description="start of the redacted letter")

    @classmethod
    def of(cls, case: Case, claimed_by: str | None = None) -> CaseSummary:
        snippet = " ".join(case.redacted_text.split())
        return cls.model_validate({**_summary(case, claimed_by), "snippet": snippet[:160]})


class DecisionOut(BaseModel):
    id: int
    action: Action
    reason_code: ReasonCode | None = Field(
        description="the reason the person chose; null when the action asks for none"
    )
    note: str = Field(description="redacted")
    from_team: str | None
    to_team: str | None
    from_status: str
    to_status: str
    reply_changed: bool
    version: int
    by: str
    created_at: datetime

    @classmethod
    def of(cls, decision: Decision, by: str) -> DecisionOut:
        return cls(
            id=decision.id,
            action=decision.action,
            reason_code=decision.reason_code,
            note=decision.note,
            from_team=decision.from_team,
            to_team=decision.to_team,
            from_status=decision.from_status,
            to_status=decision.to_status,
            reply_changed=decision.reply_changed,
            version=decision.version,
            by=by,
            created_at=decision.created_at,
        )


class ReplyOut(BaseModel):
    text: str = Field(description="the current reply (the suggested draft until someone edits it)")
    suggested_text: str
    citations: list[CitationOut]
    drafter: str
    notes: list[str] = Field(
        default=[],
        description="what the caseworker should know about how "
        "the draft was made (e.g. generated sentences removed because no "
        "cited guidance supports them); never sent",
    )


class CaseOut(CaseSummary):
    redacted_text: str
    candidates: list[CandidateOut]
    candidate_set: list[str] = Field(
        default=[],
        description="the conformal candidate set (holds the right team with the "
        "router's stated probability; empty for a zero-shot router)",
    )
    flags: list[FlagOut]
    guidance: list[HitOut]
    reply: ReplyOut
    entities: list[EntityOut]
    provenance: dict
    decisions: list[DecisionOut] = []

    @classmethod
    def full(
        cls, case: Case, decisions: list[tuple[Decision, str]] = (), claimed_by: str | None = None
    ) -> CaseOut:
        s = case.suggestion or {}
        reply = s.get("reply") or {}
        snippet = " ".join(case.redacted_text.split())[:160]
        return cls.model_validate(
            {
                **_summary(case, claimed_by),
                "snippet": snippet,
                "redacted_text": case.redacted_text,
                "candidates": s.get("candidates", []),
                "candidate_set": s.get("candidate_set", []),
                "flags": s.get("flags", []),
                "guidance": [
                    {k: h.get(k) for k in HitOut.model_fields} for h in s.get("guidance", [])
                ],
                "reply": {
                    "text": case.reply_text,
                    "suggested_text": reply.get("text", ""),
                    "citations": reply.get("citations", []),
                    "drafter": reply.get("drafter", ""),
                    "notes": reply.get("notes", []),
                },
                "entities": [
                    {k: e.get(k) for k in EntityOut.model_fields} for e in s.get("entities", [])
                ],
                "provenance": case.provenance or {},
                "decisions": [DecisionOut.of(d, by) for d, by in decisions],
            }
        )


def _columns(case: Case) -> dict:
    return {name: getattr(case, name) for name in CaseSummary.model_fields if hasattr(case, name)}


def _summary(case: Case, claimed_by: str | None) -> dict:
    kinds = sorted(
        {f.get("kind") for f in (case.suggestion or {}).get("flags", []) if f.get("kind")}
    )
    return {
        **_columns(case),
        "flag_kinds": kinds,
        "claimed_by": claimed_by,
        "claimed_at": case.claimed_at if claimed_by else None,
    }


class CasePage(BaseModel):
    items: list[CaseSummary]
    total: int
    page: int
    page_size: int
    pages: int


class OriginalOut(BaseModel):
    case_id: str
    text: str = Field(description="the letter as received (personal data included)")
    values: dict[str, str] = Field(description="placeholder -> original value")
    filename: str | None
    content_type: str | None
    reply_text: str | None = Field(
        description="the reply as a caseworker last typed it, if it contained personal data"
    )


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Action
    reason_code: ReasonCode | None = Field(
        default=None,
        description="why: one of the reasons of the action (GET /api/reason-codes); "
        "leave it out for an action that needs none (accept, edit_reply)",
    )
    version: JsonInt = Field(
        ge=1,
        le=2**31 - 1,
        description="the case version you decided on "
        "(optimistic concurrency: a stale version is refused with 409)",
    )
    acknowledge_safeguarding: StrictBool = Field(
        default=False,
        description="closing (accept/re-route) an open case with a safeguarding "
        "flag without escalating it: confirm the concern was dealt with (a reason and a note are "
        "needed too)",
    )
    team: str | None = Field(
        default=None, min_length=1, max_length=100, description="re-route: the new team"
    )
    note: str = Field(default="", max_length=4000, description="why (redacted before it is stored)")
    reply_text: str | None = Field(
        default=None,
        min_length=1,
        max_length=20000,
        description="edit_reply: the reply as the person wrote it",
    )


class ReplyPreviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reply_text: str = Field(
        min_length=1, max_length=20000, description="the reply as the person wrote it"
    )
    # bounds before the validator: after it, pydantic writes them as "ge"/"le", not "minimum"
    version: Annotated[int, Field(ge=1, le=2**31 - 1), BeforeValidator(_json_number)] | None = (
        Field(
            default=None,
            description="the case version the person is working "
            "on: a stale one (409 version_conflict) or someone else's claim (409 claimed) is "
            "refused before they review the preview",
        )
    )


class RedactionOut(BaseModel):
    placeholder: str
    type: str
    typed: str = Field(description="what the person typed (shown back to them only)")


class ReplyPreviewOut(BaseModel):
    redacted_text: str = Field(
        description="what would be stored: the letter's placeholders kept, "
        "personal data typed anew replaced"
    )
    changed: bool
    redactions: list[RedactionOut]


class ClaimIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    take_over: StrictBool = Field(default=False, description="take over someone else's live claim")


class ClaimOut(BaseModel):
    case_id: str
    claimed_by: str | None
    claimed_at: datetime | None
    expires_at: datetime | None


class FlagExplainedOut(BaseModel):
    kind: str
    label: str
    category: str
    explanation: str


class OwnSubmissionOut(BaseModel):
    id: str
    created_at: datetime
    status: str
    team: str | None = Field(description="the team the case is with (null: human triage)")
    priority: str
    needs_human_triage: bool
    flags: list[FlagExplainedOut] = Field(description="what the assistant noticed, in words")
    guidance: list[HitOut]
    reply: str = Field(
        description="the suggested reply with the letter's details put back "
        "(you typed or pasted the letter); a caseworker may still change it"
    )
    citations: list[CitationOut]


class OwnSubmissionsPage(BaseModel):
    items: list[CaseSummary]
    total: int
    page: int
    page_size: int
    pages: int
    days: int = Field(description="submissions of the last this many days")


class FilledReplyOut(BaseModel):
    text: str = Field(description="the reply with the letter's personal data put back")
    citations: list[CitationOut]


class DecisionResult(BaseModel):
    case: CaseOut
    decision: DecisionOut


class ReasonCodesOut(BaseModel):
    reasons: dict[str, list[str]] = Field(
        description="action -> the reasons to choose from (empty: the action asks for none)"
    )
    safeguarding_close: list[str] = Field(
        description="reasons for closing an open case with a "
        "safeguarding flag without escalating it"
    )
    labels: dict[str, str]


class GuidanceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(
        min_length=1, max_length=2000, description="what to look for (redacted first)"
    )
    k: JsonInt = Field(default=5, ge=1, le=50, description="how many passages")


class GuidanceOut(BaseModel):
    query_redacted: str
    hits: list[HitOut]


class AuditRecordOut(BaseModel):
    seq: int
    created_at: str
    actor: str
    action: str
    description: str = Field(default="", description="the record in words")
    case_id: str | None
    payload: dict
    prev_hash: str
    hash: str


class AuditPage(BaseModel):
    items: list[AuditRecordOut]
    next_after: int | None = Field(description="pass as ?after= for the next page")


class VerifyOut(BaseModel):
    ok: bool
    records: int
    head_seq: int
    head_hash: str
    problems: list[str]


class DegradedOut(BaseModel):
    component: str = Field(
        description="database, triage, router_memory, audit_anchors, guidance_index or metrics"
    )
    impact: Literal["unavailable", "degraded"] = Field(
        description="unavailable: the service cannot take work (503); degraded: it works, "
        "with the loss described"
    )
    detail: str


class HealthOut(BaseModel):
    status: Literal["ok", "degraded", "unavailable"] = Field(
        description="ok; degraded (200: working, something listed in `degraded` is not as it "
        "should be); unavailable (503: the database or the model thread is down)"
    )
    database: str
    triage: str
    version: str
    checks: dict[str, str] = Field(
        default_factory=dict, description="every component checked and its state"
    )
    degraded: list[DegradedOut] = Field(default_factory=list)
    replica: str | None = Field(default=None, description="this process (host:pid)")


class MeOut(BaseModel):
    name: str
    role: str
    permissions: list[str]


class TeamsOut(BaseModel):
    teams: list[str]


class ReportOut(BaseModel):
    name: str = Field(description="the report folder; GET /api/reports/{name} serves it")
    title: str
    kind: str = Field(description="routing or redaction")
    synthetic: bool = Field(description="measured on synthetic data")
    written: float = Field(description="when metrics.json was written (Unix time)")
