"""Roles, permissions and API tokens.

Service tokens are 256-bit random strings shown once when a user is created; only their
SHA-256 is stored (a slow password hash buys nothing for random tokens of that length, and a fast
one keeps look-ups to one indexed query). Programs send ``Authorization: Bearer <token>``. People
sign in to the web app with the organisation's account (OpenID Connect, :mod:`api.oidc`), or, for
local use and the demo, by pasting a token; either way the browser gets a server-side session
(:mod:`api.sessions`), never the token. A person's role follows their groups at the provider
(:func:`sign_in_identity`); their user row is made at their first sign-in.

Who may do what (each route names the permission it needs):

================  ==============  ==========  =======  =====
permission        contact_centre  caseworker  auditor  admin
================  ==============  ==========  =======  =====
submit            yes             yes         -        yes
read_cases        -               yes         yes      yes
read_original     -               yes         -        yes
decide            -               yes         -        yes
search_guidance   yes             yes         yes      yes
read_audit        -               yes         yes      yes
verify_audit      -               -           yes      yes
read_own_subm.    yes             yes         -        yes
read_reports      -               -           yes      yes
================  ==============  ==========  =======  =====

``read_own_submissions``: the cases a person submitted themselves, for a short while
(``CASEWORK_OWN_SUBMISSIONS_DAYS``): the draft with the letter's details re-filled (they typed or
pasted the letter, so they saw them already), the guidance, the flags in words. Nothing about
anybody else's cases.

Contact-centre staff get the case back when they submit it, but do not browse the queue or read
originals afterwards; auditors read everything redacted (cases, decisions, the audit trail) and
never the original text; caseworkers read the audit entries (the history shown on a case page).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api import sessions
from api.errors import Conflict, Invalid, NotFound
from api.store import audit
from api.store.models import User


class Role(StrEnum):
    CONTACT_CENTRE = "contact_centre"
    CASEWORKER = "caseworker"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Permission(StrEnum):
    SUBMIT = "submit"
    READ_CASES = "read_cases"
    READ_ORIGINAL = "read_original"
    DECIDE = "decide"
    SEARCH_GUIDANCE = "search_guidance"
    READ_AUDIT = "read_audit"
    VERIFY_AUDIT = "verify_audit"
    READ_OWN_SUBMISSIONS = "read_own_submissions"
    READ_REPORTS = "read_reports"


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CONTACT_CENTRE: frozenset({P.SUBMIT, P.SEARCH_GUIDANCE, P.READ_OWN_SUBMISSIONS}),
    Role.CASEWORKER: frozenset(
        {
            P.SUBMIT,
            P.READ_CASES,
            P.READ_ORIGINAL,
            P.DECIDE,
            P.SEARCH_GUIDANCE,
            P.READ_AUDIT,
            P.READ_OWN_SUBMISSIONS,
        }
    ),
    Role.AUDITOR: frozenset(
        {P.READ_CASES, P.SEARCH_GUIDANCE, P.READ_AUDIT, P.VERIFY_AUDIT, P.READ_REPORTS}
    ),
    Role.ADMIN: frozenset(Permission),
}

TOKEN_PREFIX = "cw_"


def can(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def csrf_token(user: User) -> str:
    """A per-user value the web forms carry back (derived from the stored token hash; for people
    signing in with the organisation's account, the hash of a random value never given out)."""
    return hmac.new(user.token_hash.encode(), b"csrf", hashlib.sha256).hexdigest()[:32]


def create_user(
    session: Session, name: str, role: str, *, actor: str = "system"
) -> tuple[User, str]:
    """Create a user; returns the user and the token (the only time it exists in clear)."""
    name = name.strip()
    if not name or len(name) > 100 or not name.isprintable():
        raise Invalid("user name must be 1-100 printable characters")
    try:
        role = Role(role).value
    except ValueError:
        raise Invalid(f"unknown role {role!r}; roles: {', '.join(r.value for r in Role)}") from None
    token = new_token()
    user = User(name=name, role=role, token_hash=hash_token(token), active=True)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(f"a user named {name!r} already exists", code="user_exists") from None
    audit.append(session, actor=actor, action="user.created", payload={"name": name, "role": role})
    return user, token


def user_for_token(session: Session, token: str | None) -> User | None:
    if not token or len(token) > 200:
        return None
    user = session.execute(
        select(User).where(User.token_hash == hash_token(token))
    ).scalar_one_or_none()
    if user is None or not user.active:
        return None
    return user


def deactivate_user(session: Session, name: str, *, actor: str = "system") -> None:
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"no user named {name!r}")

    user.active = False
    user.deactivated_reason = "admin"
    sessions.end_all(session, user.id)
    payload = {"name": name}
    if user.subject is not None:  # someone with the organisation's account: who, and why
        payload.update(subject=user.subject, reason="admin")
    audit.append(session, actor=actor, action="user.deactivated", payload=payload)


def reactivate_user(session: Session, name: str, *, actor: str = "system") -> User:
    """Give access back to someone who signs in with the organisation's account and whom an
    administrator deactivated (audited). Their groups decide their role again at their next
    sign-in or API call; if no group maps to a role any more, that sign-in is refused. A service
    token's user is reactivated with a new token instead (:func:`rotate_token`): the old one may
    be why they were deactivated."""
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"no user named {name!r}")
    if user.subject is None:
        raise Conflict(
            f"{name!r} uses a service token: reactivate them with a new token "
            "(casework users rotate NAME --reactivate)",
            code="service_token_user",
        )
    if user.active:
        raise Conflict(f"{name!r} is active already", code="already_active")
    user.active = True
    user.deactivated_reason = None
    user.groups_seen_at = None  # the next token's groups decide, however old it is
    audit.append(
        session,
        actor=actor,
        action="user.reactivated",
        payload={"name": name, "subject": user.subject, "reason": "admin"},
    )
    return user


def rotate_token(
    session: Session, name: str, *, actor: str = "system", reactivate: bool = False
) -> str:
    """A new token for an existing user; the old one stops working. A deactivated user stays
    deactivated unless ``reactivate`` says otherwise (audited as its own record)."""
    user = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if user is None:
        raise NotFound(f"no user named {name!r}")
    if user.subject is not None:
        raise Conflict(
            f"{name!r} signs in with the organisation's account: their access follows "
            "their groups at the provider, and they have no token to rotate (casework "
            "users reactivate NAME gives a deactivated one access back)",
            code="provider_user",
        )
    if not user.active and not reactivate:
        raise Conflict(
            f"{name!r} is deactivated: a new token would not work. Reactivate them "
            "deliberately (casework users rotate NAME --reactivate) if that is meant",
            code="user_deactivated",
        )
    token = new_token()
    user.token_hash = hash_token(token)
    if not user.active:
        user.active = True
        user.deactivated_reason = None
        audit.append(session, actor=actor, action="user.reactivated", payload={"name": name})
    audit.append(session, actor=actor, action="user.token_rotated", payload={"name": name})
    return token


# ------------------------------------------------------------- the organisation's accounts (OIDC)
def _free_name(session: Session, wanted: str, issuer: str, subject: str) -> str:
    """``wanted``, or, when a user of another identity has that name, the name with a short
    digest of the identity (never linked to the existing user: a provider account called
    "admin" does not become the local service user "admin")."""
    wanted = (wanted.strip() or subject)[:100]
    if session.execute(select(User.id).where(User.name == wanted)).first() is None:
        return wanted
    digest = hashlib.sha256(f"{issuer} {subject}".encode()).hexdigest()[:8]
    return f"{wanted[:91]}#{digest}"


def find_identity(session: Session, issuer: str, subject: str) -> User | None:
    return session.execute(
        select(User).where(User.issuer == issuer, User.subject == subject)
    ).scalar_one_or_none()


def sign_in_identity(
    session: Session,
    *,
    issuer: str,
    subject: str,
    name: str,
    role: str | None,
    groups: tuple[str, ...] = (),
    refusal: str | None = None,
    issued_at: datetime | None = None,
) -> tuple[User | None, str | None]:
    """Bring the user of a verified provider identity in line with what their groups say now;
    returns (the user, None) or (None, why they are refused). Audited in the caller's
    transaction: a new user (``user.created``), a changed role (``user.role_changed``), a user
    whose groups no longer give a role (``user.deactivated``, their sessions ended) or give one
    again (``user.reactivated``). Payloads carry the user name and the provider's subject id,
    nothing else about the person.

    ``issued_at`` is when the token was issued: a token older than the one the user's role was
    last set from changes nothing (an access token from before a group was removed cannot give
    the role back while it lasts); the newer decision stands."""
    issued_at = issued_at or datetime.now(UTC)
    user = find_identity(session, issuer, subject)
    if user is not None and user.groups_seen_at is not None and issued_at < user.groups_seen_at:
        if not user.active:
            return None, user.deactivated_reason or "deactivated"
        return user, None
    if role is None:
        if user is not None and user.active:
            user.active = False
            user.deactivated_reason = "no_mapped_group"
            user.groups_seen_at = issued_at
            sessions.end_all(session, user.id)
            audit.append(
                session,
                actor="system",
                action="user.deactivated",
                payload={
                    "name": user.name,
                    "subject": subject,
                    "reason": refusal or "no_mapped_group",
                },
            )
        return None, refusal or "no_mapped_group"
    role = Role(role).value
    if user is None:
        user = User(
            name=_free_name(session, name, issuer, subject),
            role=role,
            token_hash=hash_token(new_token()),  # a token nobody is given
            active=True,
            issuer=issuer,
            subject=subject,
            groups_seen_at=issued_at,
        )
        try:
            with session.begin_nested():
                session.add(user)
                session.flush()
        except IntegrityError:
            # the same person signed in twice at once: the other request made the row
            user = find_identity(session, issuer, subject)
            if user is None:
                raise
        else:
            audit.append(
                session,
                actor="system",
                action="user.created",
                payload={
                    "name": user.name,
                    "role": role,
                    "subject": subject,
                    "via": "oidc",
                    "groups": list(groups),
                },
            )
            return user, None
    if not user.active:
        if user.deactivated_reason != "no_mapped_group":
            return None, "deactivated"
        user.active = True
        user.deactivated_reason = None
        user.groups_seen_at = issued_at
        audit.append(
            session,
            actor="system",
            action="user.reactivated",
            payload={"name": user.name, "subject": subject, "reason": "group_membership"},
        )
    if user.role != role:
        audit.append(
            session,
            actor="system",
            action="user.role_changed",
            payload={
                "name": user.name,
                "subject": subject,
                "from": user.role,
                "to": role,
                "groups": list(groups),
            },
        )
        user.role = role
        user.groups_seen_at = issued_at
    return user, None
