"""The audit trail: append-only and hash-chained.

Each record's hash is ``sha256(prev_hash + canonical_json(record))`` where the record is
``{"seq", "created_at", "actor", "action", "case_id", "payload"}`` and canonical JSON is sorted
keys, no spaces, UTF-8. The ``audit_head`` row holds the last sequence number and hash; appending
locks that row (``UPDATE ... `` first, so PostgreSQL's row lock and SQLite's write lock serialise
appenders across workers) before the new record is written, in the caller's transaction. So a
record exists exactly when the change it describes was committed.

:func:`verify` walks the chain: an edited record no longer matches its hash, a deleted one
leaves a gap in ``seq`` and breaks the next record's ``prev_hash``, and a deleted tail no longer
reaches the head. The database also refuses UPDATE and DELETE on ``audit_log`` and lets
``audit_head`` only move forward to the last record (triggers, migration 0003).

Someone with owner rights on the database can drop the triggers and roll back both tables
together; the chain would then be consistent again. So the chain is also anchored outside the
database: after each commit that added records, :class:`AnchorLog` appends ``seq, hash`` (signed
with a key the database never holds, when one is set) to a file, and :func:`verify` checks that
the chain still reaches every anchor with the same hash.

Payloads never hold personal data: only redacted text, ids, teams, codes and hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError, NoResultFound
from sqlalchemy.orm import Session

from api.store.models import AuditHead, AuditRecord

GENESIS = "0" * 64
#: where a session keeps the last record it appended, for the anchor written after commit
TAIL_KEY = "audit_tail"
log = logging.getLogger(__name__)


def canonical_json(value: Any) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def record_hash(prev_hash: str, record: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_json(record)).encode("utf-8")).hexdigest()


def _record_body(
    seq: int, created_at: str, actor: str, action: str, case_id: str | None, payload: dict
) -> dict:
    return {
        "seq": seq,
        "created_at": created_at,
        "actor": actor,
        "action": action,
        "case_id": case_id,
        "payload": payload,
    }


def via_of(user) -> str:
    """How a user's requests are authenticated, as the trail records it: ``oidc`` for people
    signed in with the organisation's account, ``service_token`` for ``casework users add``
    users (programs, and token sign-in for local use and the demo)."""
    return "oidc" if getattr(user, "subject", None) else "service_token"


def by(user) -> dict:
    """``actor`` and ``via`` for :func:`append`, of the user who acted."""
    return {"actor": user.name, "via": via_of(user)}


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    payload: dict,
    case_id: str | None = None,
    via: str | None = None,
) -> AuditRecord:
    """Add one record to the chain inside the caller's transaction (committed with it).
    ``via`` (see :func:`via_of`) is recorded in the payload: who acted with a service token."""
    if via is not None:
        payload = {**payload, "via": via}
    # Take the lock first: bump the head, then read what we bumped.
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    seq, prev_hash = head.seq, head.hash
    created_at = datetime.now(UTC).isoformat(timespec="microseconds")
    payload = json.loads(canonical_json(payload))  # exactly what will be hashed and stored
    digest = record_hash(prev_hash, _record_body(seq, created_at, actor, action, case_id, payload))
    record = AuditRecord(
        seq=seq,
        created_at=created_at,
        actor=actor,
        action=action,
        case_id=case_id,
        payload=canonical_json(payload),
        prev_hash=prev_hash,
        hash=digest,
    )
    session.add(record)
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest))
    session.flush()
    session.info[TAIL_KEY] = (seq, digest)
    return record


class AnchorLog:
    """Checkpoints of the chain kept outside the database: one JSON line per commit,
    ``{"seq", "hash", "at"}`` plus ``"mac"`` (HMAC-SHA256 of the rest) when a key is set.

    Lines are appended with one ``write`` on an ``O_APPEND`` descriptor, so several worker
    processes can share the file; their order does not matter to :func:`verify`."""

    def __init__(self, path: Path, key: str | bytes | None = None) -> None:
        self.path = Path(path)
        self.key = key.encode() if isinstance(key, str) else key
        self.last_error: str | None = None  # the last failed write (type), for /api/health

    def _mac(self, body: dict) -> str:
        return hmac.new(self.key, canonical_json(body).encode(), hashlib.sha256).hexdigest()

    def record(self, seq: int, digest: str) -> None:
        body = {"seq": seq, "hash": digest, "at": datetime.now(UTC).isoformat(timespec="seconds")}
        if self.key:
            body["mac"] = self._mac(body)
        line = (canonical_json(body) + "\n").encode()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def record_after_commit(self, session: Session) -> None:
        tail = session.info.pop(TAIL_KEY, None)
        if tail is None:
            return
        try:
            self.record(*tail)
            self.last_error = None
        except OSError as error:
            self.last_error = type(error).__name__
            # the change is committed: failing the request now would only invite a retry
            log.error(
                "could not write the audit anchor to %s (%s): `casework audit verify` "
                "will check only up to the previous anchor",
                self.path,
                type(error).__name__,
            )

    def read(self) -> tuple[dict[int, str], list[str]]:
        """(seq -> hash of every readable anchor, problems with the file)."""
        anchors: dict[int, str] = {}
        problems: list[str] = []
        try:
            lines = self.path.read_bytes().decode("utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return anchors, problems
        except OSError as error:
            return anchors, [f"the anchor file {self.path} cannot be read ({error.strerror})"]
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                body = json.loads(line)
                seq, digest = int(body["seq"]), str(body["hash"])
            except (ValueError, KeyError, TypeError):
                problems.append(f"anchor line {number} is not readable (the file was edited)")
                continue
            if self.key:
                mac = body.pop("mac", None)
                if mac is None or not hmac.compare_digest(str(mac), self._mac(body)):
                    problems.append(
                        f"anchor line {number} (record {seq}) is not signed with the "
                        "anchor key (the file was edited)"
                    )
                    continue
            if anchors.get(seq, digest) != digest:
                problems.append(f"anchor line {number}: two different hashes for record {seq}")
            anchors[seq] = digest
        return anchors, problems


def record_dict(record: AuditRecord) -> dict:
    return {
        "seq": record.seq,
        "created_at": record.created_at,
        "actor": record.actor,
        "action": record.action,
        "case_id": record.case_id,
        "payload": json.loads(record.payload),
        "prev_hash": record.prev_hash,
        "hash": record.hash,
    }


@dataclass
class Verification:
    ok: bool
    records: int
    head_seq: int
    head_hash: str
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "records": self.records,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "problems": self.problems,
        }


def _missing_guards(session: Session) -> list[str]:
    """The append-only triggers the migrations create, if any is gone."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        expected = {
            "audit_log_no_update",
            "audit_log_no_delete",
            "audit_head_no_delete",
            "audit_head_no_insert",
            "audit_head_forward_only",
        }
        found = set(
            session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    elif dialect == "postgresql":
        expected = {
            "audit_log_append_only",
            "audit_log_no_truncate",
            "audit_head_forward_only",
            "audit_head_no_truncate",
        }
        found = set(
            session.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
            ).scalars()
        )
    else:
        return []
    return [
        f"the database guard {name} is missing or disabled (someone with owner rights removed it)"
        for name in sorted(expected - found)
    ]


def verify(
    session: Session, *, anchors: AnchorLog | None = None, batch: int = 5000, max_problems: int = 50
) -> Verification:
    """Recompute the whole chain; report every edited, deleted or re-ordered record, a head that
    does not match, missing tables or guards, and anchors the chain no longer reaches."""
    problems: list[str] = []
    try:
        head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    except NoResultFound:
        session.rollback()
        head = None
        problems.append("the chain head (audit_head row 1) is missing (deleted)")
    except DBAPIError:
        session.rollback()
        head = None
        problems.append("the audit_head table is missing or unreadable (dropped)")
    anchored, anchor_problems = anchors.read() if anchors else ({}, [])
    problems += anchor_problems
    expected_seq, prev_hash, count, last = 1, GENESIS, 0, 0
    try:
        while True:
            rows = (
                session.execute(
                    select(AuditRecord)
                    .where(AuditRecord.seq > last)
                    .order_by(AuditRecord.seq)
                    .limit(batch)
                )
                .scalars()
                .all()
            )
            if not rows:
                break
            for record in rows:
                count += 1
                last = record.seq
                if record.seq != expected_seq:
                    problems.append(
                        f"record {expected_seq}"
                        + (f" to {record.seq - 1}" if record.seq - 1 > expected_seq else "")
                        + " missing (deleted)"
                    )
                if record.prev_hash != prev_hash:
                    problems.append(
                        f"record {record.seq}: previous-hash link broken "
                        "(a record before it was deleted or changed)"
                    )
                try:
                    payload = json.loads(record.payload)
                    body = _record_body(
                        record.seq,
                        record.created_at,
                        record.actor,
                        record.action,
                        record.case_id,
                        payload,
                    )
                    recomputed = record_hash(record.prev_hash, body)
                except (ValueError, TypeError):
                    recomputed = ""
                if recomputed != record.hash:
                    problems.append(f"record {record.seq}: contents do not match its hash (edited)")
                if record.seq in anchored and anchored[record.seq] != record.hash:
                    problems.append(
                        f"record {record.seq} is not the record anchored outside the "
                        "database (the trail was rewritten from here, or the anchor "
                        "file belongs to another database)"
                    )
                prev_hash, expected_seq = record.hash, record.seq + 1
                if len(problems) >= max_problems:
                    break
            session.expunge_all()
            if len(problems) >= max_problems:
                break
    except DBAPIError:
        session.rollback()
        problems.append("the audit_log table is missing or unreadable (dropped)")
        head_seq = head.seq if head else 0
        return Verification(
            ok=False,
            records=count,
            head_seq=head_seq,
            head_hash=head.hash if head else "",
            problems=problems,
        )
    if len(problems) < max_problems and head is not None:
        if head.seq != expected_seq - 1:
            if head.seq > expected_seq - 1:
                problems.append(
                    f"records {expected_seq} to {head.seq} missing at the end (deleted)"
                )
            else:
                problems.append(f"head says {head.seq} records but the log has more")
        elif head.hash != prev_hash:
            problems.append("the last record does not match the chain head (edited or replaced)")
    if anchored and max(anchored) > last:
        problems.append(
            f"the trail ends at record {last} but record {max(anchored)} was anchored "
            "outside the database: records were removed and the head rolled back"
        )
    elif anchors is not None and not anchored and count and not anchor_problems:
        problems.append(
            f"no anchor file at {anchors.path}: the trail has {count} records but "
            "nothing outside the database to check them against (deleted?). "
            "If anchoring was only just turned on, run `casework audit checkpoint`."
        )
    problems += _missing_guards(session)
    return Verification(
        ok=not problems,
        records=count,
        head_seq=head.seq if head else 0,
        head_hash=head.hash if head else "",
        problems=problems,
    )


def checkpoint(session: Session, anchors: AnchorLog) -> tuple[int, str]:
    """Anchor the chain's current head now (after turning anchoring on for an existing trail)."""
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).one()
    if head.seq:
        anchors.record(head.seq, head.hash)
    return head.seq, head.hash


#: audit actions in words, for people reading the trail
ACTION_WORDS = {
    "case.submitted": "submitted a letter",
    "case.claimed": "claimed the case",
    "case.released": "released the case",
    "case.re_redacted": "redacted the stored case again",
    "store.re_redacted": "re-redacted the store",
    "original.viewed": "read the original letter",
    "file.viewed": "opened a file as received",
    "campaign.decided": "decided a campaign's letters at once",
    "reply.revealed": "read the reply with personal data",
    "submission.viewed": "opened their submission",
    "decision.accept": "accepted the suggestion",
    "decision.reroute": "re-routed the case",
    "decision.edit_reply": "edited the reply",
    "decision.escalate": "escalated the case",
    "user.created": "created a user",
    "user.deactivated": "deactivated a user",
    "user.token_rotated": "gave a user a new token",
    "user.reactivated": "reactivated a user",
    "user.role_changed": "changed a user's role (their groups at the provider)",
    "auth.signed_in": "signed in",
    "auth.signed_out": "signed out",
    "auth.sign_in_refused": "was refused sign-in",
}


def describe(record: dict) -> str:
    """One audit record as a sentence: "alice re-routed the case to housing (wrong team)"."""
    payload = record.get("payload") or {}
    words = ACTION_WORDS.get(
        record["action"], record["action"].replace("_", " ").replace(".", ": ")
    )
    extra = []
    if payload.get("to_team") and record["action"] == "decision.reroute":
        extra.append(f"to {payload['to_team'].replace('_', ' ')}")
    if payload.get("reason_code"):
        extra.append(f"reason: {payload['reason_code'].replace('_', ' ')}")
    if payload.get("safeguarding_acknowledged"):
        extra.append("safeguarding concern acknowledged")
    if payload.get("name") and record["action"].startswith("user."):
        extra.append(f"{payload['name']} ({payload.get('role', '')})".replace(" ()", ""))
    if record["action"] == "user.role_changed" and payload.get("to"):
        extra.append(f"{payload.get('from', '?')} to {payload['to']}")
    if record["action"].startswith("auth.") and payload.get("method"):
        extra.append(
            {"oidc": "organisation account", "token": "token"}.get(
                payload["method"], str(payload["method"])
            )
        )
    if payload.get("reason") and record["action"] in (
        "auth.sign_in_refused",
        "user.deactivated",
        "user.reactivated",
    ):
        extra.append(str(payload["reason"]).replace("_", " "))
    if payload.get("via") == "service_token" and not record["action"].startswith("user."):
        extra.append("service token")
    if payload.get("taken_over_from"):
        extra.append(f"taken over from {payload['taken_over_from']}")
    return f"{record['actor']} {words}" + (f" ({'; '.join(extra)})" if extra else "")
