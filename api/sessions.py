"""Server-side web sessions, and OpenID Connect sign-ins under way.

**The session cookie** (``casework_session``) holds a random 256-bit id; the database keeps only
its SHA-256 (``web_sessions``), with the user, how they signed in, and two deadlines: idle
(``session_idle_minutes`` since the last request) and absolute (``session_absolute_hours`` after
sign-in). Signing out deletes the row, so a copied cookie stops working at once; so does
deactivating the user (their rows are deleted too). The cookie is HttpOnly, SameSite=Strict and
Secure unless the service is reached on loopback (``api.routers.web_sign_in.cookie_secure``).

**The sign-in cookie** (``casework_login``) exists only between "Sign in" and the provider's
redirect back to ``/auth/callback``. That redirect is a *cross-site* navigation (it starts on the
provider's pages), and browsers do not send SameSite=Strict cookies on it, so this one cookie is
SameSite=**Lax** (sent on a top-level GET navigation from another site, never on a cross-site
POST or sub-request), HttpOnly, limited to ``Path=/auth/callback`` and 10 minutes. It holds a
random id; ``login_attempts`` keeps its SHA-256 with the ``state``, ``nonce`` and PKCE verifier.
The callback must bring the cookie *and* the matching ``state``: a code and state lifted from
someone else's sign-in (login CSRF) do not match the victim's cookie. The attempt is deleted when
it is used, so a callback URL replayed later is refused.

The session cookie itself stays Strict: the callback answers with a small page of its own that
moves on to the app (``<meta http-equiv="refresh">``), a same-site navigation that carries it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from api.store.models import LoginAttempt, User, WebSession

COOKIE = "casework_session"
LOGIN_COOKIE = "casework_login"
LOGIN_COOKIE_PATH = "/auth/callback"
LOGIN_TTL = timedelta(minutes=10)
#: last_seen_at is written at most this often (an idle timeout in minutes needs no more)
TOUCH_EVERY = timedelta(seconds=60)
MAX_COOKIE_CHARS = 200


def utcnow() -> datetime:
    return datetime.now(UTC)


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _readable(value: str | None) -> bool:
    return bool(value) and len(value) <= MAX_COOKIE_CHARS and value.isascii()


@dataclass(frozen=True)
class Timeouts:
    idle: timedelta
    absolute: timedelta

    @classmethod
    def of(cls, settings) -> Timeouts:
        return cls(
            idle=timedelta(minutes=settings.session_idle_minutes),
            absolute=timedelta(hours=settings.session_absolute_hours),
        )


# ------------------------------------------------------------------------------- web sessions
def start(
    session: Session, user: User, method: str, timeouts: Timeouts, id_token: str | None = None
) -> str:
    """A new session for ``user``; returns the cookie value (the only time it exists).
    ``id_token``: the provider's, kept for the ``id_token_hint`` of its sign-out."""
    now = utcnow()
    session.execute(
        delete(WebSession).where(
            (WebSession.expires_at < now) | (WebSession.last_seen_at < now - timeouts.idle)
        )
    )
    value = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            id_hash=_hash(value),
            user_id=user.id,
            method=method,
            created_at=now,
            last_seen_at=now,
            expires_at=now + timeouts.absolute,
            id_token=id_token,
        )
    )
    session.flush()
    return value


@dataclass(frozen=True)
class Found:
    user: User
    method: str
    touch: bool  # last_seen_at is due to be written


def find(session: Session, value: str | None, timeouts: Timeouts) -> Found | None:
    """The live session of this cookie value and its (active) user, or None."""
    if not _readable(value):
        return None
    row = session.execute(
        select(WebSession, User)
        .join(User, User.id == WebSession.user_id)
        .where(WebSession.id_hash == _hash(value))
    ).first()
    if row is None:
        return None
    web, user = row
    now = utcnow()
    if not user.active or now >= web.expires_at or now - web.last_seen_at >= timeouts.idle:
        return None
    return Found(user=user, method=web.method, touch=now - web.last_seen_at >= TOUCH_EVERY)


def touch(session: Session, value: str) -> None:
    session.execute(
        update(WebSession).where(WebSession.id_hash == _hash(value)).values(last_seen_at=utcnow())
    )


@dataclass(frozen=True)
class Ended:
    user: User
    method: str
    id_token: str | None


def end(session: Session, value: str | None) -> Ended | None:
    """Delete the session of this cookie value; returns what it was, if there was one."""
    if not _readable(value):
        return None
    row = session.execute(
        select(WebSession, User)
        .join(User, User.id == WebSession.user_id)
        .where(WebSession.id_hash == _hash(value))
    ).first()
    if row is None:
        return None
    session.execute(delete(WebSession).where(WebSession.id_hash == _hash(value)))
    return Ended(user=row[1], method=row[0].method, id_token=row[0].id_token)


def end_all(session: Session, user_id: int) -> int:
    """End every session of a user (deactivated, or their groups no longer give a role)."""
    return session.execute(delete(WebSession).where(WebSession.user_id == user_id)).rowcount or 0


# ------------------------------------------------------------------ sign-ins under way (OIDC)
@dataclass(frozen=True)
class Attempt:
    cookie: str
    state: str
    nonce: str
    code_verifier: str


def begin_login(session: Session, next_path: str) -> Attempt:
    now = utcnow()
    session.execute(delete(LoginAttempt).where(LoginAttempt.created_at < now - LOGIN_TTL))
    attempt = Attempt(
        cookie=secrets.token_urlsafe(32),
        state=secrets.token_urlsafe(32),
        nonce=secrets.token_urlsafe(32),
        code_verifier=secrets.token_urlsafe(64),
    )
    session.add(
        LoginAttempt(
            id_hash=_hash(attempt.cookie),
            state=attempt.state,
            nonce=attempt.nonce,
            code_verifier=attempt.code_verifier,
            next_path=next_path[:500],
            created_at=now,
        )
    )
    return attempt


def take_login(session: Session, cookie: str | None, state: str | None) -> LoginAttempt | None:
    """The sign-in this browser started, if ``state`` is its own and it is recent; used once
    (deleted whether or not the state matched, so a guessed state gets one try)."""
    if not _readable(cookie) or not state:
        return None
    attempt = session.get(LoginAttempt, _hash(cookie))
    if attempt is None:
        return None
    session.delete(attempt)
    session.flush()
    if utcnow() - attempt.created_at >= LOGIN_TTL:
        return None
    if not secrets.compare_digest(attempt.state.encode(), state.encode()):
        return None
    return attempt
