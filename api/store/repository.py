# Over 500 lines: the store's one repository, each write together with its audit record.
"""Reads and writes of cases, originals, decisions and examples. Every write that changes a case
appends its audit record in the same transaction.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.errors import (
    CaseClosed,
    Claimed,
    Forbidden,
    Invalid,
    NotFound,
    UnknownTeam,
    VersionConflict,
)
from api.store import audit
from api.store.audit import ACTION_WORDS
from api.store.models import AuditRecord, Case, CaseOriginal, Decision, Example, User

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
    # kept for decisions recorded before every action had its own reasons
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
    # closing a case with a safeguarding flag without escalating it
    SAFEGUARDING_HANDLED = "safeguarding_handled"
    NO_RISK_FOUND = "no_risk_found"
    OTHER = "other"


R = ReasonCode
#: The reasons a person chooses from for each action; an action with none asks for no reason
#: (accepting the suggestion, saving a reply). Nothing is chosen for them.
REASONS: dict[Action, tuple[ReasonCode, ...]] = {
    Action.ACCEPT: (),
    Action.REROUTE: (R.WRONG_TEAM, R.NEEDS_SPECIALIST, R.MULTIPLE_ISSUES, R.OTHER),
    Action.EDIT_REPLY: (),
    Action.ESCALATE: (R.SAFEGUARDING, R.COMPLAINT, R.COMPLEX_CASE, R.VULNERABLE_PERSON, R.OTHER),
}
#: Closing a case with a safeguarding flag without escalating needs an acknowledgement and one of
#: these, with a note.
SAFEGUARDING_CLOSE_REASONS: tuple[ReasonCode, ...] = (
    R.SAFEGUARDING_HANDLED,
    R.NO_RISK_FOUND,
    R.OTHER,
)
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
    R.SAFEGUARDING_HANDLED: "The concern is already being handled (say by whom in the note)",
    R.NO_RISK_FOUND: "I reviewed the letter and found no risk (say why in the note)",
    R.OTHER: "Other (explain in the note)",
}
#: What each action is called in words (audit trail, history)
ACTION_LABELS = {
    Action.ACCEPT: "accepted the suggestion",
    Action.REROUTE: "re-routed the case",
    Action.EDIT_REPLY: "edited the reply",
    Action.ESCALATE: "escalated the case",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


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
    reply = suggestion.get("reply") or {}
    return {
        "team": suggestion.get("team"),
        "confidence": suggestion.get("confidence"),
        "abstained": suggestion.get("abstained"),
        "candidates": suggestion.get("candidates", []),
        "priority": suggestion.get("priority"),
        "needs_human_triage": suggestion.get("needs_human_triage"),
        "flags": [
            {"kind": f.get("kind"), "category": f.get("category"), "evidence": f.get("evidence")}
            for f in suggestion.get("flags", [])
        ],
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
        id=new_case_id(),
        created_at=now,
        updated_at=now,
        submitted_by=user.id,
        idempotency_key=new.idempotency_key,
        channel=new.channel,
        subject=new.subject[:300],
        status=Status.OPEN.value,
        version=1,
        team=s.get("team"),
        reply_text=(s.get("reply") or {}).get("text", ""),
        redacted_text=new.redacted_text,
        suggested_team=s.get("team"),
        confidence=float(s.get("confidence", 0.0)),
        abstained=bool(s.get("abstained")),
        needs_human_triage=bool(s.get("needs_human_triage")),
        priority=s.get("priority", "normal"),
        priority_rank=PRIORITY_RANK.get(s.get("priority", "normal"), 2),
        flagged=bool(s.get("flags")),
        suggestion=s,
        provenance=new.provenance,
    )
    session.add(case)
    session.flush()  # the idempotency constraint fires here
    session.add(
        CaseOriginal(
            case_id=case.id,
            original_text=new.original_text,
            values=new.values,
            content_sha256=new.content_sha256,
            filename=new.filename,
            content_type=new.content_type,
        )
    )
    audit.append(
        session,
        **audit.by(user),
        action="case.submitted",
        case_id=case.id,
        payload={
            "channel": new.channel,
            "role": user.role,
            "suggestion": _summary_for_audit(s),
            "provenance": new.provenance,
        },
    )
    session.flush()
    return case


def lock_case(session: Session, case_id: str) -> Case:
    """The case, its row locked until the transaction ends (PostgreSQL ``FOR UPDATE``; on
    SQLite the write transaction's lock does it)."""
    case = None
    if len(case_id) <= 32:
        case = session.execute(
            select(Case)
            .where(Case.id == case_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
    if case is None:
        raise NotFound(f"no case {case_id!r}")
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


def list_cases(
    session: Session, filters: CaseFilter, *, page: int, page_size: int
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
    items = (
        session.execute(
            query.order_by(Case.priority_rank, Case.created_at, Case.id)
            .offset((page - 1) * page_size)
            .limit(page_size)
        )
        .scalars()
        .all()
    )
    return list(items), int(total)


def own_submissions(
    session: Session, user: User, *, days: int, page: int, page_size: int
) -> tuple[list[Case], int]:
    """The cases ``user`` submitted in the last ``days`` days, newest first."""
    since = utcnow() - timedelta(days=days)
    query = select(Case).where(Case.submitted_by == user.id, Case.created_at >= since)
    total = session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    items = (
        session.execute(
            query.order_by(Case.created_at.desc(), Case.id)
            .offset((page - 1) * page_size)
            .limit(page_size)
        )
        .scalars()
        .all()
    )
    return list(items), int(total)


def get_own_submission(session: Session, case_id: str, user: User, *, days: int) -> Case:
    """A case ``user`` submitted recently; anything else is 'not found' (never 'forbidden': the
    answer must not tell whether somebody else's case exists)."""
    case = session.get(Case, case_id) if len(case_id) <= 32 else None
    since = utcnow() - timedelta(days=days)
    if case is None or case.submitted_by != user.id or case.created_at < since:
        raise NotFound(f"no case {case_id!r} among your submissions of the last {days} days")
    return case


def get_values(session: Session, case_id: str) -> dict:
    """The case's placeholder -> value map (no audit record: callers never show it as such)."""
    original = session.get(CaseOriginal, case_id)
    return dict(original.values or {}) if original is not None else {}


def get_original(session: Session, case_id: str, user: User) -> CaseOriginal:
    get_case(session, case_id)
    original = session.get(CaseOriginal, case_id)
    if original is None:
        raise NotFound(f"no original text stored for case {case_id!r}")
    audit.append(
        session,
        **audit.by(user),
        action="original.viewed",
        case_id=case_id,
        payload={"role": user.role},
    )
    return original


def decisions_for(session: Session, case_id: str) -> list[tuple[Decision, str]]:
    rows = session.execute(
        select(Decision, User.name)
        .join(User, User.id == Decision.user_id)
        .where(Decision.case_id == case_id)
        .order_by(Decision.id)
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
        .join(Case, Case.id == Decision.case_id)
        .join(User, User.id == Decision.user_id)
        .order_by(Decision.id)
    ).all()
    return [
        {
            "case_id": d.case_id,
            "decided_at": d.created_at.isoformat(),
            "action": d.action,
            "reason_code": d.reason_code,
            "role": role,
            "team_suggested": None if abstained else suggested,
            "team_final": d.to_team if d.action in ROUTING_ACTIONS else None,
            "confidence": confidence,
            "reply_changed": d.reply_changed,
        }
        for d, suggested, abstained, confidence, role in rows
    ]


@dataclass(frozen=True)
class DecisionRequest:
    action: Action
    reason_code: ReasonCode | None
    expected_version: int
    note: str = ""  # already redacted
    team: str | None = None
    reply_text: str | None = None  # redacted (what the store and the audit keep)
    reply_original: str | None = None  # as typed, for the originals table
    acknowledge_safeguarding: bool = False
    new_values: dict | None = None  # placeholders first typed in the reply -> their values


def has_safeguarding_flag(case: Case) -> bool:
    return any(f.get("kind") == "safeguarding" for f in (case.suggestion or {}).get("flags", []))


def reasons_for(case: Case, action: Action) -> tuple[ReasonCode, ...]:
    """The reasons a person chooses from for ``action`` on this case."""
    if action in ROUTING_ACTIONS and case.status == Status.OPEN and has_safeguarding_flag(case):
        return SAFEGUARDING_CLOSE_REASONS if action == Action.ACCEPT else REASONS[action]
    return REASONS[action]


def check_decision(
    case: Case, req: DecisionRequest, teams: tuple[str, ...] | set[str]
) -> str | None:
    """Validate a decision against the case; returns the team the case ends with."""
    if case.status not in OPEN_STATUSES:
        raise CaseClosed(f"case {case.id} is already {case.status}; no further decisions")
    closing_flagged = (
        req.action in ROUTING_ACTIONS and case.status == Status.OPEN and has_safeguarding_flag(case)
    )
    if closing_flagged and not req.acknowledge_safeguarding:
        raise Invalid(
            "this letter has a safeguarding flag: escalate it, or confirm that you have "
            "dealt with the concern before closing the case",
            code="safeguarding_ack",
        )
    allowed = reasons_for(case, req.action)
    if allowed and req.reason_code is None:
        raise Invalid(
            f"choose a reason for this {ACTION_NOUNS[req.action]}", code="reason_required"
        )
    if not allowed and req.reason_code is not None:
        raise Invalid(
            f"a {ACTION_NOUNS[req.action]} needs no reason: leave it out", code="no_reason_needed"
        )
    if req.reason_code is not None and req.reason_code not in allowed:
        raise Invalid(
            f"reason {req.reason_code.value!r} does not fit a "
            f"{ACTION_NOUNS[req.action]}; choose one of: "
            f"{', '.join(r.value for r in allowed)}",
            code="bad_reason",
        )
    if (req.reason_code == ReasonCode.OTHER or closing_flagged) and not req.note.strip():
        raise Invalid(
            "say why in the note"
            if not closing_flagged
            else "say in the note how the safeguarding concern was dealt with",
            code="note_required",
        )
    if req.team is not None and req.team not in teams:
        raise UnknownTeam([req.team], sorted(teams))
    if req.action == Action.ACCEPT:
        if req.team is not None and req.team != case.team:
            raise Invalid(
                "the team chosen differs from the case's team: use re-route", code="use_reroute"
            )
        if case.team is None:
            raise Invalid(
                "the assistant suggested no team for this case: re-route it to one", code="no_team"
            )
        return case.team
    if req.action == Action.REROUTE:
        if req.team is None:
            raise Invalid("re-route needs a team", code="team_required")
        if req.team == case.team:
            raise Invalid(
                f"the case is already with {req.team}: accept it instead", code="same_team"
            )
        return req.team
    if req.action == Action.EDIT_REPLY and req.reply_text is None:
        raise Invalid("edit_reply needs the reply text", code="reply_required")
    if req.action == Action.ESCALATE and case.status == Status.ESCALATED:
        raise Invalid("the case is already escalated", code="already_escalated")
    return case.team


ACTION_NOUNS = {
    Action.ACCEPT: "acceptance",
    Action.REROUTE: "re-route",
    Action.EDIT_REPLY: "saved reply",
    Action.ESCALATE: "escalation",
}
NEXT_STATUS = {
    Action.ACCEPT: Status.ACCEPTED,
    Action.REROUTE: Status.REROUTED,
    Action.ESCALATE: Status.ESCALATED,
}


def conflict_details(session: Session, case: Case) -> dict:
    """Who changed the case to its current version, and how (for a 409 a person can act on)."""
    row = session.execute(
        select(Decision, User.name, User.role)
        .join(User, User.id == Decision.user_id)
        .where(Decision.case_id == case.id, Decision.version == case.version)
    ).first()
    details = {"version": case.version, "status": case.status, "team": case.team}
    if row is not None:
        decision, name, role = row
        details.update(
            by=name,
            role=role,
            action=decision.action,
            action_label=ACTION_LABELS.get(Action(decision.action), decision.action),
            at=_iso(decision.created_at),
            to_team=decision.to_team,
            reply_changed=decision.reply_changed,
        )
    else:
        record = session.execute(
            select(AuditRecord)
            .where(AuditRecord.case_id == case.id)
            .order_by(AuditRecord.seq.desc())
            .limit(1)
        ).scalar_one_or_none()
        if record is not None:
            words = ACTION_WORDS.get(
                record.action, record.action.replace("_", " ").replace(".", ": ")
            )
            details.update(
                by=record.actor,
                action=record.action,
                action_label=words,
                at=_iso(datetime.fromisoformat(record.created_at)),
            )
    return details


def _words_ago(moment: datetime) -> str:
    """ "14:05 UTC, 12 minutes ago": what a person reads, not an ISO timestamp."""
    minutes = max(0, int((utcnow() - moment).total_seconds() // 60))
    ago = (
        "less than a minute ago"
        if minutes < 1
        else f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    )
    return f"{moment.astimezone(UTC):%H:%M} UTC, {ago}"


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite hands back naive datetimes: they were stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat().replace("+00:00", "Z")


def claimers(session: Session, cases: list[Case], timeout_minutes: float) -> dict[str, str]:
    """``{case id: name}`` of the live claims among ``cases`` (one query for the names)."""
    live = {c.id: c.claimed_by for c in cases if _claim_live(c, timeout_minutes)}
    if not live:
        return {}
    names = dict(
        session.execute(select(User.id, User.name).where(User.id.in_(set(live.values())))).all()
    )
    return {case_id: names.get(user_id, "?") for case_id, user_id in live.items()}


def _claim_live(case: Case, timeout_minutes: float) -> bool:
    if case.claimed_by is None or case.claimed_at is None:
        return False
    claimed_at = case.claimed_at if case.claimed_at.tzinfo else case.claimed_at.replace(tzinfo=UTC)
    return (utcnow() - claimed_at).total_seconds() <= timeout_minutes * 60


def claim_holder(session: Session, case: Case, timeout_minutes: float) -> User | None:
    """The user whose claim on the case is still live (None when unclaimed or expired)."""
    return session.get(User, case.claimed_by) if _claim_live(case, timeout_minutes) else None


def check_claim(session: Session, case: Case, user: User, timeout_minutes: float) -> None:
    holder = claim_holder(session, case, timeout_minutes)
    if holder is not None and holder.id != user.id:
        raise Claimed(
            f"This case is claimed by {holder.name} (since "
            f"{_words_ago(case.claimed_at)}): ask them, or take it over first",
            extra={"claimed_by": holder.name, "claimed_at": _iso(case.claimed_at)},
        )


def claim_case(
    session: Session, case_id: str, user: User, *, timeout_minutes: float, take_over: bool = False
) -> Case:
    """Mark the case as being worked by ``user`` (taking over a live claim only on request).
    The case row is locked first (PostgreSQL), so of two claims at once from two replicas the
    second sees the first and is refused."""
    case = lock_case(session, case_id)
    if case.status not in OPEN_STATUSES:
        raise CaseClosed(f"case {case_id} is already {case.status}: nothing to claim")
    holder = claim_holder(session, case, timeout_minutes)
    if holder is not None and holder.id != user.id and not take_over:
        check_claim(session, case, user, timeout_minutes)
    now = utcnow()
    session.execute(
        update(Case)
        .where(Case.id == case_id)
        .values(claimed_by=user.id, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    audit.append(
        session,
        **audit.by(user),
        action="case.claimed",
        case_id=case_id,
        payload={
            "role": user.role,
            "taken_over_from": holder.name if holder is not None and holder.id != user.id else None,
        },
    )
    session.flush()
    session.refresh(case)
    return case


def release_case(session: Session, case_id: str, user: User, *, timeout_minutes: float) -> Case:
    """Give a claim up (its holder, or an admin)."""
    case = get_case(session, case_id)
    holder = claim_holder(session, case, timeout_minutes)
    if holder is not None and holder.id != user.id and user.role != "admin":
        raise Forbidden(f"only {holder.name} (or an admin) can release their claim")
    if case.claimed_by is not None:
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(claimed_by=None, claimed_at=None)
            .execution_options(synchronize_session=False)
        )
        audit.append(
            session,
            **audit.by(user),
            action="case.released",
            case_id=case_id,
            payload={"role": user.role},
        )
        session.flush()
        session.refresh(case)
    return case


def apply_decision(
    session: Session,
    case_id: str,
    user: User,
    req: DecisionRequest,
    teams: tuple[str, ...] | set[str],
    *,
    claim_timeout_minutes: float = 30.0,
) -> tuple[Case, Decision]:
    """Record a decision if the case is still at ``req.expected_version`` (else 409 with who
    changed it) and nobody else holds a live claim on it."""
    case = get_case(session, case_id)
    if case.version != req.expected_version:
        details = conflict_details(session, case)
        who = (
            f"{details['by']} {details.get('action_label', 'changed it')}"
            if details.get("by")
            else "someone else changed it"
        )
        raise VersionConflict(
            f"while you were working on it, {who} (now version {case.version}): nothing of "
            "yours was saved. Check the case as it is now, then apply your decision again",
            headers={"ETag": f'"{case.version}"'},
            extra={"current": details},
        )
    check_claim(session, case, user, claim_timeout_minutes)
    new_team = check_decision(case, req, teams)
    from_status, from_team = case.status, case.team
    to_status = NEXT_STATUS.get(req.action, Status(case.status)).value
    reply_changed = req.reply_text is not None and req.reply_text != case.reply_text
    now = utcnow()
    values = {"status": to_status, "team": new_team, "version": case.version + 1, "updated_at": now}
    if reply_changed:
        values["reply_text"] = req.reply_text
    if to_status not in OPEN_STATUSES:
        values.update(decided_by=user.id, decided_at=now, claimed_by=None, claimed_at=None)
    result = session.execute(
        update(Case)
        .where(Case.id == case_id, Case.version == req.expected_version)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # someone else decided between our read and our write
        raise VersionConflict(f"case {case_id} was changed by someone else just now: reload it")
    if reply_changed or req.new_values:
        original = session.get(CaseOriginal, case_id)
        if original is not None:
            changes = {"values": {**(original.values or {}), **(req.new_values or {})}}
            if reply_changed:
                changes["reply_text"] = req.reply_original
            session.execute(
                update(CaseOriginal).where(CaseOriginal.case_id == case_id).values(**changes)
            )
    reason = req.reason_code.value if req.reason_code is not None else None
    decision = Decision(
        case_id=case_id,
        user_id=user.id,
        action=req.action.value,
        reason_code=reason,
        note=req.note,
        from_team=from_team,
        to_team=new_team,
        from_status=from_status,
        to_status=to_status,
        reply_changed=reply_changed,
        version=case.version + 1,
        created_at=now,
    )
    session.add(decision)
    audit.append(
        session,
        **audit.by(user),
        action=f"decision.{req.action.value}",
        case_id=case_id,
        payload={
            "role": user.role,
            "reason_code": reason,
            "note": req.note,
            "from_team": from_team,
            "to_team": new_team,
            "suggested_team": case.suggested_team,
            "from_status": from_status,
            "to_status": to_status,
            "reply_changed": reply_changed,
            "reply_text": req.reply_text if reply_changed else None,
            "safeguarding_acknowledged": bool(req.acknowledge_safeguarding),
            "version": case.version + 1,
        },
    )
    session.flush()
    session.refresh(case)
    return case, decision


@dataclass(frozen=True)
class AuditFilter:
    case_id: str | None = None
    action: str | None = None
    actor: str | None = None
    team: str | None = None
    date_from: datetime | None = None  # inclusive
    date_to: datetime | None = None  # exclusive


def audit_query(filters: AuditFilter):
    """Audit records matching ``filters`` (a select to order and page). ``team`` is the team the
    case is with now."""
    query = select(AuditRecord)
    if filters.case_id:
        query = query.where(AuditRecord.case_id == filters.case_id)
    if filters.action:
        query = query.where(AuditRecord.action == filters.action)
    if filters.actor:
        query = query.where(AuditRecord.actor == filters.actor)
    if filters.team:
        query = query.join(Case, Case.id == AuditRecord.case_id).where(Case.team == filters.team)
    # created_at is ISO 8601 UTC text (hashed as written): compared as text it sorts by time
    if filters.date_from:
        query = query.where(AuditRecord.created_at >= _iso_key(filters.date_from))
    if filters.date_to:
        query = query.where(AuditRecord.created_at < _iso_key(filters.date_to))
    return query


def _iso_key(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def add_example(
    session: Session,
    case: Case,
    *,
    team: str,
    source: str,
    vector: bytes,
    dimension: int,
    model: str,
) -> Example:
    example = Example(
        case_id=case.id,
        team=team,
        source=source,
        redacted_text=case.redacted_text,
        vector=vector,
        dimension=dimension,
        model=model,
    )
    session.add(example)
    session.flush()
    return example


def example_ids(session: Session) -> list[int]:
    return list(session.execute(select(Example.id)).scalars())


def examples_by_id(session: Session, ids: list[int]) -> list[Example]:
    out: list[Example] = []
    for start in range(0, len(ids), 500):
        out.extend(
            session.execute(
                select(Example).where(Example.id.in_(ids[start : start + 500])).order_by(Example.id)
            ).scalars()
        )
    return out
