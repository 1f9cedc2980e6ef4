"""Reads and writes of cases, originals, decisions and examples. Every write that changes a case
appends its audit record in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api import audit
from api.errors import CaseClosed, Invalid, NotFound, UnknownTeam, VersionConflict
from api.store.models import Case, CaseOriginal, Decision, Example, User

PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2}


class Status(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    ACCEPTED = "accepted"
    REROUTED = "rerouted"


OPEN_STATUSES = frozenset({Status.OPEN, Status.ESCALATED})


class Action(StrEnum):
    ACCEPT = "accept"
    REROUTE = "reroute"
    EDIT_REPLY = "edit_reply"
    ESCALATE = "escalate"


class ReasonCode(StrEnum):
    SUGGESTION_CORRECT = "suggestion_correct"
    WRONG_TEAM = "wrong_team"
    NEEDS_SPECIALIST = "needs_specialist"
    MULTIPLE_ISSUES = "multiple_issues"
    REPLY_INACCURATE = "reply_inaccurate"
    REPLY_TONE = "reply_tone"
    MISSING_INFORMATION = "missing_information"
    SAFEGUARDING = "safeguarding"
    COMPLAINT = "complaint"
    COMPLEX_CASE = "complex_case"
    VULNERABLE_PERSON = "vulnerable_person"
    OTHER = "other"


R = ReasonCode
REASONS: dict[Action, tuple[ReasonCode, ...]] = {
    Action.ACCEPT: (R.SUGGESTION_CORRECT, R.OTHER),
    Action.REROUTE: (R.WRONG_TEAM, R.NEEDS_SPECIALIST, R.MULTIPLE_ISSUES, R.OTHER),
    Action.EDIT_REPLY: (R.REPLY_INACCURATE, R.REPLY_TONE, R.MISSING_INFORMATION, R.OTHER),
    Action.ESCALATE: (R.SAFEGUARDING, R.COMPLAINT, R.COMPLEX_CASE, R.VULNERABLE_PERSON, R.OTHER),
}
REASON_LABELS = {
    R.SUGGESTION_CORRECT: "Suggestion is correct",
    R.WRONG_TEAM: "Wrong team suggested",
    R.NEEDS_SPECIALIST: "Needs a specialist team",
    R.MULTIPLE_ISSUES: "Letter raises several issues",
    R.REPLY_INACCURATE: "Draft reply inaccurate",
    R.REPLY_TONE: "Draft reply tone",
    R.MISSING_INFORMATION: "Draft reply misses information",
    R.SAFEGUARDING: "Safeguarding concern",
    R.COMPLAINT: "Complaint",
    R.COMPLEX_CASE: "Complex case",
    R.VULNERABLE_PERSON: "Vulnerable person",
    R.OTHER: "Other (explain in the note)",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_case_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class NewCase:
    channel: str
    redacted_text: str
    suggestion: dict  # the TriageResult as JSON (redacted throughout)
    provenance: dict
    original_text: str
    values: dict
    content_sha256: str
    idempotency_key: str | None = None
    filename: str | None = None
    content_type: str | None = None
    subject: str = ""  # redacted


def find_idempotent(session: Session, user_id: int, key: str) -> tuple[Case, str] | None:
    """The case this user already created with this key, and its content hash."""
    row = session.execute(
        select(Case, CaseOriginal.content_sha256)
        .join(CaseOriginal, CaseOriginal.case_id == Case.id)
        .where(Case.submitted_by == user_id, Case.idempotency_key == key)
    ).first()
    return (row[0], row[1]) if row else None


def _summary_for_audit(suggestion: dict) -> dict:
    import hashlib

    reply = suggestion.get("reply") or {}
    return {
        "team": suggestion.get("team"),
        "confidence": suggestion.get("confidence"),
        "abstained": suggestion.get("abstained"),
        "candidates": suggestion.get("candidates", []),
        "priority": suggestion.get("priority"),
        "needs_human_triage": suggestion.get("needs_human_triage"),
        "flags": [{"kind": f.get("kind"), "category": f.get("category"),
                   "evidence": f.get("evidence")} for f in suggestion.get("flags", [])],
        "guidance": [h.get("url") for h in suggestion.get("guidance", [])],
        "reply_sha256": hashlib.sha256((reply.get("text") or "").encode()).hexdigest(),
        "citations": [c.get("guidance_id") for c in reply.get("citations", [])],
        "drafter": reply.get("drafter"),
        "entities": len(suggestion.get("entities", [])),
    }


def create_case(session: Session, user: User, new: NewCase) -> Case:
    s = new.suggestion
    now = utcnow()
    case = Case(
        id=new_case_id(), created_at=now, updated_at=now, submitted_by=user.id,
        idempotency_key=new.idempotency_key, channel=new.channel, subject=new.subject[:300],
        status=Status.OPEN.value, version=1, team=s.get("team"),
        reply_text=(s.get("reply") or {}).get("text", ""),
        redacted_text=new.redacted_text, suggested_team=s.get("team"),
        confidence=float(s.get("confidence", 0.0)), abstained=bool(s.get("abstained")),
        needs_human_triage=bool(s.get("needs_human_triage")), priority=s.get("priority", "normal"),
        priority_rank=PRIORITY_RANK.get(s.get("priority", "normal"), 2),
        flagged=bool(s.get("flags")), suggestion=s, provenance=new.provenance,
    )
    session.add(case)
    session.flush()  # the idempotency constraint fires here
    session.add(CaseOriginal(case_id=case.id, original_text=new.original_text, values=new.values,
                             content_sha256=new.content_sha256, filename=new.filename,
                             content_type=new.content_type))
    audit.append(session, actor=user.name, action="case.submitted", case_id=case.id, payload={
        "channel": new.channel, "role": user.role, "suggestion": _summary_for_audit(s),
        "provenance": new.provenance,
    })
    session.flush()
    return case


def get_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id) if len(case_id) <= 32 else None
    if case is None:
        raise NotFound(f"no case {case_id!r}")
    return case


@dataclass(frozen=True)
class CaseFilter:
    team: str | None = None
    status: str | None = None
    priority: str | None = None
    flagged: bool | None = None
    abstained: bool | None = None
    unassigned: bool | None = None


def list_cases(session: Session, filters: CaseFilter, *, page: int, page_size: int
               ) -> tuple[list[Case], int]:
    query = select(Case)
    if filters.team:
        query = query.where(Case.team == filters.team)
    if filters.unassigned:
        query = query.where(Case.team.is_(None))
    if filters.status == "closed":
        query = query.where(Case.status.in_([Status.ACCEPTED.value, Status.REROUTED.value]))
    elif filters.status == "pending":
        query = query.where(Case.status.in_([s.value for s in OPEN_STATUSES]))
    elif filters.status:
        query = query.where(Case.status == filters.status)
    if filters.priority:
        query = query.where(Case.priority == filters.priority)
    if filters.flagged is not None:
        query = query.where(Case.flagged.is_(filters.flagged))
    if filters.abstained is not None:
        query = query.where(Case.abstained.is_(filters.abstained))
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    items = session.execute(
        query.order_by(Case.priority_rank, Case.created_at, Case.id)
        .offset((page - 1) * page_size).limit(page_size)
    ).scalars().all()
    return list(items), int(total)


def get_original(session: Session, case_id: str, user: User) -> CaseOriginal:
    get_case(session, case_id)
    original = session.get(CaseOriginal, case_id)
    if original is None:
        raise NotFound(f"no original text stored for case {case_id!r}")
    audit.append(session, actor=user.name, action="original.viewed", case_id=case_id,
                 payload={"role": user.role})
    return original


def decisions_for(session: Session, case_id: str) -> list[tuple[Decision, str]]:
    rows = session.execute(
        select(Decision, User.name).join(User, User.id == Decision.user_id)
        .where(Decision.case_id == case_id).order_by(Decision.id)
    ).all()
    return [(d, name) for d, name in rows]


ROUTING_ACTIONS = frozenset({Action.ACCEPT, Action.REROUTE})


def decision_records(session: Session) -> list[dict]:
    """Every decision, oldest first, as the auditors' evaluation reads it
    (``casework evaluate --decisions``): what the assistant suggested (None when it abstained),
    the team the caseworker settled on (only for accept / re-route: an escalation or a reply
    edit routes nothing), the action and reason. Redacted fields and names of roles only."""
    rows = session.execute(
        select(Decision, Case.suggested_team, Case.abstained, Case.confidence, User.role)
        .join(Case, Case.id == Decision.case_id).join(User, User.id == Decision.user_id)
        .order_by(Decision.id)
    ).all()
    return [{"case_id": d.case_id, "decided_at": d.created_at.isoformat(),
             "action": d.action, "reason_code": d.reason_code, "role": role,
             "team_suggested": None if abstained else suggested,
             "team_final": d.to_team if d.action in ROUTING_ACTIONS else None,
             "confidence": confidence, "reply_changed": d.reply_changed}
            for d, suggested, abstained, confidence, role in rows]


@dataclass(frozen=True)
class DecisionRequest:
    action: Action
    reason_code: ReasonCode
    expected_version: int
    note: str = ""  # already redacted
    team: str | None = None
    reply_text: str | None = None  # redacted (what the store and the audit keep)
    reply_original: str | None = None  # as typed, for the originals table


def check_decision(case: Case, req: DecisionRequest, teams: tuple[str, ...] | set[str]) -> str | None:
    """Validate a decision against the case; returns the team the case ends with."""
    if case.status not in OPEN_STATUSES:
        raise CaseClosed(f"case {case.id} is already {case.status}; no further decisions")
    if req.reason_code not in REASONS[req.action]:
        allowed = ", ".join(r.value for r in REASONS[req.action])
        raise Invalid(f"reason code {req.reason_code.value!r} does not fit {req.action.value!r}; "
                      f"use one of: {allowed}", code="bad_reason")
    if req.reason_code == ReasonCode.OTHER and not req.note.strip():
        raise Invalid("reason 'other' needs a note saying why", code="note_required")
    if req.team is not None and req.team not in teams:
        raise UnknownTeam(f"unknown team {req.team!r}; teams: {', '.join(sorted(teams))}")
    if req.action == Action.ACCEPT:
        if req.team is not None and req.team != case.team:
            raise Invalid("the team chosen differs from the case's team: use re-route",
                          code="use_reroute")
        if case.team is None:
            raise Invalid("the assistant suggested no team for this case: re-route it to one",
                          code="no_team")
        return case.team
    if req.action == Action.REROUTE:
        if req.team is None:
            raise Invalid("re-route needs a team", code="team_required")
        if req.team == case.team:
            raise Invalid(f"the case is already with {req.team}: accept it instead",
                          code="same_team")
        return req.team
    if req.action == Action.EDIT_REPLY and req.reply_text is None:
        raise Invalid("edit_reply needs the reply text", code="reply_required")
    if req.action == Action.ESCALATE and case.status == Status.ESCALATED:
        raise Invalid("the case is already escalated", code="already_escalated")
    return case.team


NEXT_STATUS = {Action.ACCEPT: Status.ACCEPTED, Action.REROUTE: Status.REROUTED,
               Action.ESCALATE: Status.ESCALATED}


def apply_decision(session: Session, case_id: str, user: User, req: DecisionRequest,
                   teams: tuple[str, ...] | set[str]) -> tuple[Case, Decision]:
    """Record a decision if the case is still at ``req.expected_version`` (else 409)."""
    case = get_case(session, case_id)
    if case.version != req.expected_version:
        raise VersionConflict(
            f"case {case_id} changed since you loaded it (version {req.expected_version}, now "
            f"{case.version}): reload it and decide again",
            headers={"ETag": f'"{case.version}"'})
    new_team = check_decision(case, req, teams)
    from_status, from_team = case.status, case.team
    to_status = NEXT_STATUS.get(req.action, Status(case.status)).value
    reply_changed = req.reply_text is not None and req.reply_text != case.reply_text
    now = utcnow()
    values = {"status": to_status, "team": new_team, "version": case.version + 1,
              "updated_at": now}
    if reply_changed:
        values["reply_text"] = req.reply_text
    if to_status not in OPEN_STATUSES:
        values.update(decided_by=user.id, decided_at=now)
    result = session.execute(
        update(Case).where(Case.id == case_id, Case.version == req.expected_version)
        .values(**values).execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # someone else decided between our read and our write
        raise VersionConflict(f"case {case_id} was changed by someone else just now: reload it")
    if reply_changed and req.reply_original is not None:
        session.execute(update(CaseOriginal).where(CaseOriginal.case_id == case_id)
                        .values(reply_text=req.reply_original))
    decision = Decision(case_id=case_id, user_id=user.id, action=req.action.value,
                        reason_code=req.reason_code.value, note=req.note, from_team=from_team,
                        to_team=new_team, from_status=from_status, to_status=to_status,
                        reply_changed=reply_changed, version=case.version + 1, created_at=now)
    session.add(decision)
    audit.append(session, actor=user.name, action=f"decision.{req.action.value}", case_id=case_id,
                 payload={"role": user.role, "reason_code": req.reason_code.value,
                          "note": req.note, "from_team": from_team, "to_team": new_team,
                          "suggested_team": case.suggested_team, "from_status": from_status,
                          "to_status": to_status, "reply_changed": reply_changed,
                          "reply_text": req.reply_text if reply_changed else None,
                          "version": case.version + 1})
    session.flush()
    session.refresh(case)
    return case, decision


def add_example(session: Session, case: Case, *, team: str, source: str, vector: bytes,
                dimension: int, model: str) -> Example:
    example = Example(case_id=case.id, team=team, source=source, redacted_text=case.redacted_text,
                      vector=vector, dimension=dimension, model=model)
    session.add(example)
    session.flush()
    return example


def example_ids(session: Session) -> list[int]:
    return list(session.execute(select(Example.id)).scalars())


def examples_by_id(session: Session, ids: list[int]) -> list[Example]:
    out: list[Example] = []
    for start in range(0, len(ids), 500):
        out.extend(session.execute(
            select(Example).where(Example.id.in_(ids[start:start + 500])).order_by(Example.id)
        ).scalars())
    return out
