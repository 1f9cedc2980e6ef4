"""The audit trail: append-only and hash-chained.

Each record's hash is ``sha256(prev_hash + canonical_json(record))`` where the record is
``{"seq", "created_at", "actor", "action", "case_id", "payload"}`` and canonical JSON is sorted
keys, no spaces, UTF-8. The ``audit_head`` row holds the last sequence number and hash; appending
locks that row (``UPDATE ... `` first, so PostgreSQL's row lock and SQLite's write lock serialise
appenders across workers) before the new record is written, in the caller's transaction. So a
record exists exactly when the change it describes was committed.

:func:`verify` walks the chain: an edited record no longer matches its hash, a deleted one
leaves a gap in ``seq`` and breaks the next record's ``prev_hash``, and a deleted tail no longer
reaches the head. The database also refuses UPDATE and DELETE on ``audit_log`` (triggers).

Payloads never hold personal data: only redacted text, ids, teams, codes and hashes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.store.models import AuditHead, AuditRecord

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def record_hash(prev_hash: str, record: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_json(record)).encode("utf-8")).hexdigest()


def _record_body(seq: int, created_at: str, actor: str, action: str, case_id: str | None,
                 payload: dict) -> dict:
    return {"seq": seq, "created_at": created_at, "actor": actor, "action": action,
            "case_id": case_id, "payload": payload}


def append(session: Session, *, actor: str, action: str, payload: dict,
           case_id: str | None = None) -> AuditRecord:
    """Add one record to the chain inside the caller's transaction (committed with it)."""
    # Take the lock first: bump the head, then read what we bumped.
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    seq, prev_hash = head.seq, head.hash
    created_at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    payload = json.loads(canonical_json(payload))  # exactly what will be hashed and stored
    digest = record_hash(prev_hash, _record_body(seq, created_at, actor, action, case_id, payload))
    record = AuditRecord(seq=seq, created_at=created_at, actor=actor, action=action,
                         case_id=case_id, payload=canonical_json(payload), prev_hash=prev_hash,
                         hash=digest)
    session.add(record)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest))
    session.flush()
    return record


def record_dict(record: AuditRecord) -> dict:
    return {"seq": record.seq, "created_at": record.created_at, "actor": record.actor,
            "action": record.action, "case_id": record.case_id,
            "payload": json.loads(record.payload), "prev_hash": record.prev_hash,
            "hash": record.hash}


@dataclass
class Verification:
    ok: bool
    records: int
    head_seq: int
    head_hash: str
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"ok": self.ok, "records": self.records, "head_seq": self.head_seq,
                "head_hash": self.head_hash, "problems": self.problems}


def verify(session: Session, *, batch: int = 5000, max_problems: int = 50) -> Verification:
    """Recompute the whole chain; report every edited, deleted or re-ordered record."""
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    problems: list[str] = []
    expected_seq, prev_hash, count, last = 1, GENESIS, 0, 0
    while True:
        rows = session.execute(
            select(AuditRecord).where(AuditRecord.seq > last).order_by(AuditRecord.seq).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for record in rows:
            count += 1
            last = record.seq
            if record.seq != expected_seq:
                problems.append(f"record {expected_seq}"
                                + (f" to {record.seq - 1}" if record.seq - 1 > expected_seq else "")
                                + " missing (deleted)")
            if record.prev_hash != prev_hash:
                problems.append(f"record {record.seq}: previous-hash link broken "
                                "(a record before it was deleted or changed)")
            try:
                payload = json.loads(record.payload)
                body = _record_body(record.seq, record.created_at, record.actor, record.action,
                                    record.case_id, payload)
                recomputed = record_hash(record.prev_hash, body)
            except (ValueError, TypeError):
                recomputed = ""
            if recomputed != record.hash:
                problems.append(f"record {record.seq}: contents do not match its hash (edited)")
            prev_hash, expected_seq = record.hash, record.seq + 1
            if len(problems) >= max_problems:
                break
        session.expunge_all()
        if len(problems) >= max_problems:
            break
    if len(problems) < max_problems:
        if head.seq != expected_seq - 1:
            if head.seq > expected_seq - 1:
                problems.append(f"records {expected_seq} to {head.seq} missing at the end "
                                "(deleted)")
            else:
                problems.append(f"head says {head.seq} records but the log has more")
        elif head.hash != prev_hash:
            problems.append("the last record does not match the chain head (edited or replaced)")
    return Verification(ok=not problems, records=count, head_seq=head.seq, head_hash=head.hash,
                        problems=problems)


#: audit actions in words, for people reading the trail
ACTION_WORDS = {
    "case.submitted": "submitted a letter",
    "case.claimed": "claimed the case",
    "case.released": "released the case",
    "case.re_redacted": "redacted the stored case again",
    "store.re_redacted": "re-redacted the store",
    "original.viewed": "read the original letter",
    "reply.revealed": "read the reply with personal data",
    "submission.viewed": "opened their submission",
    "decision.accept": "accepted the suggestion",
    "decision.reroute": "re-routed the case",
    "decision.edit_reply": "edited the reply",
    "decision.escalate": "escalated the case",
    "user.created": "created a user",
    "user.deactivated": "deactivated a user",
    "user.token_rotated": "gave a user a new token",
}


def describe(record: dict) -> str:
    """One audit record as a sentence: "alice re-routed the case to housing (wrong team)"."""
    payload = record.get("payload") or {}
    words = ACTION_WORDS.get(record["action"], record["action"].replace("_", " ").replace(".", ": "))
    extra = []
    if payload.get("to_team") and record["action"] == "decision.reroute":
        extra.append(f"to {payload['to_team'].replace('_', ' ')}")
    if payload.get("reason_code"):
        extra.append(f"reason: {payload['reason_code'].replace('_', ' ')}")
    if payload.get("safeguarding_acknowledged"):
        extra.append("safeguarding concern acknowledged")
    if payload.get("name") and record["action"].startswith("user."):
        extra.append(f"{payload['name']} ({payload.get('role', '')})".replace(" ()", ""))
    if payload.get("taken_over_from"):
        extra.append(f"taken over from {payload['taken_over_from']}")
    return f"{record['actor']} {words}" + (f" ({'; '.join(extra)})" if extra else "")
