"""Tables of the review service.

What is stored where:

* ``cases`` — the REDACTED letter, the assistant's suggestion (team, confidence, candidates,
  flags, guidance, draft reply — all built from redacted text), its provenance, and the current
  state of the human review (status, team, reply, version for optimistic concurrency).
* ``case_originals`` — the only place the unredacted letter lives: the original text, the
  placeholder -> value map, and any reply a caseworker edited with personal data restored.
  Only caseworkers and admins can read it (see :mod:`api.auth`), and every read is audited.
* ``decisions`` — what people decided (action, the reason they chose if the action asks for one,
  redacted note, from/to team).
* ``examples`` — confirmed and re-routed cases as labelled examples (redacted text + vector),
  which every API worker loads into its router's memory.
* ``audit_log`` + ``audit_head`` — the append-only, hash-chained audit trail (see :mod:`api.store.audit`).
* ``users`` — names, roles and SHA-256 hashes of API tokens (never the tokens); for people who
  sign in with the organisation's account, the provider's issuer and subject id.
* ``web_sessions`` — signed-in browsers (SHA-256 of the cookie's random id, user, deadlines);
  ``login_attempts`` — OpenID Connect sign-ins under way (state, nonce, PKCE verifier).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """A moment in UTC, read back with its timezone on every database. SQLite keeps none, so
    values are written to it as naive UTC and read back as aware UTC; a naive value given to
    the store is taken to be UTC already (as everything here writes)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None:
            value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # people signing in with the organisation's account (OpenID Connect); null for service
    # tokens. Their token_hash is the hash of a random value nobody was given.
    issuer: Mapped[str | None] = mapped_column(String(300), nullable=True)
    subject: Mapped[str | None] = mapped_column(String(255), nullable=True)
    #: when the token their role was last set from was issued (an older token changes nothing)
    groups_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: why ``active`` is false: "admin" (casework users deactivate; null on older rows) or
    #: "no_mapped_group" (their groups gave no role at a sign-in: a mapped group restores them)
    deactivated_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)

    __table_args__ = (Index("uq_users_identity", "issuer", "subject", unique=True),)


class WebSession(Base):
    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))  # oidc | token
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)  # absolute
    #: the ID token of an OpenID Connect sign-in: sent back as id_token_hint at sign-out (which
    #: lets the provider sign the right person out without asking), nothing else
    id_token: Mapped[str | None] = mapped_column(Text, nullable=True)


class LoginAttempt(Base):
    __tablename__ = "login_attempts"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(100))
    nonce: Mapped[str] = mapped_column(String(100))
    code_verifier: Mapped[str] = mapped_column(String(128))
    next_path: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("submitted_by", "idempotency_key", name="uq_cases_idempotency"),
        Index("ix_cases_queue", "status", "priority_rank", "created_at"),
        Index("ix_cases_team", "team"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    submitted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    channel: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(300), default="")  # redacted

    status: Mapped[str] = mapped_column(String(20), default="open")
    version: Mapped[int] = mapped_column(Integer, default=1)
    team: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reply_text: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    redacted_text: Mapped[str] = mapped_column(Text)
    suggested_team: Mapped[str | None] = mapped_column(String(100), nullable=True)
    confidence: Mapped[float] = mapped_column(Float)
    abstained: Mapped[bool] = mapped_column(Boolean)
    needs_human_triage: Mapped[bool] = mapped_column(Boolean)
    priority: Mapped[str] = mapped_column(String(10))
    priority_rank: Mapped[int] = mapped_column(Integer)
    flagged: Mapped[bool] = mapped_column(Boolean)
    suggestion: Mapped[dict] = mapped_column(JSON)
    provenance: Mapped[dict] = mapped_column(JSON)


class CaseOriginal(Base):
    __tablename__ = "case_originals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    original_text: Mapped[str] = mapped_column(Text)
    values: Mapped[dict] = mapped_column(JSON)
    content_sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str | None] = mapped_column(String(255), nullable=True)
    content_type: Mapped[str | None] = mapped_column(String(100), nullable=True)
    reply_text: Mapped[str | None] = mapped_column(Text, nullable=True)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)  # none needed
    note: Mapped[str] = mapped_column(Text, default="")  # redacted
    from_team: Mapped[str | None] = mapped_column(String(100), nullable=True)
    to_team: Mapped[str | None] = mapped_column(String(100), nullable=True)
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    reply_changed: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)  # the case version this decision produced
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Example(Base):
    __tablename__ = "examples"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    team: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(20))  # accept | reroute
    redacted_text: Mapped[str] = mapped_column(Text)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
    dimension: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditRecord(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, hashed as written
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
