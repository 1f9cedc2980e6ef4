"""Sign-in with the organisation's account on the API (issue 20): provider access tokens against a
real OpenID provider (npm oidc-provider on loopback, tokens taken through the authorisation-code
flow with PKCE), roles from groups, refused and rotated tokens, a provider out of reach, what the
store and the audit trail hold, the settings, and logs. The web app's sign-in and sessions are in
test_oidc_web_sign_in.py, the browser journeys in test_oidc_browser.py."""

from __future__ import annotations

import logging
import socket
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from oidc_support import (
    OTHER_AUDIENCE,
    bearer,
    parts,
    records,
    subject_of,
    user_row,
    web_sign_in,
    with_claims,
    with_header,
)
from review_helpers import LETTER

from api.settings import ServiceSettings
from api.store.models import User

pytestmark = pytest.mark.timeout(300)


# ---------------------------------------------------------------------------- roles from groups
@pytest.mark.parametrize(
    "login, role",
    [("cara", "caseworker"), ("connie", "contact_centre"), ("audrey", "auditor"), ("ada", "admin")],
)
def test_a_provider_token_gives_the_role_its_groups_map_to(oidc_api, login, role):
    token = oidc_api.op.tokens(login)["access_token"]
    me = oidc_api.client.get("/api/me", headers=bearer(token))
    assert me.status_code == 200, me.text
    assert me.json()["name"] == login and me.json()["role"] == role
    row = user_row(oidc_api, login)
    assert row.issuer == oidc_api.op.issuer and row.subject == subject_of(login)
    assert row.role == role and row.active
    created = records(oidc_api, "user.created")[-1]["payload"]
    assert created["subject"] == subject_of(login) and created["via"] == "oidc"
    assert created["role"] == role
    # the role's permissions hold: only staff who read cases get the queue
    queue = oidc_api.client.get("/api/cases", headers=bearer(token))
    assert queue.status_code == (200 if role != "contact_centre" else 403)
    # a second call finds the same user: no second row, nothing more audited
    assert oidc_api.client.get("/api/me", headers=bearer(token)).status_code == 200
    assert (
        len(
            [
                r
                for r in records(oidc_api, "user.created")
                if r["payload"].get("subject") == subject_of(login)
            ]
        )
        == 1
    )


def test_unmapped_groups_give_no_access_and_no_user(oidc_api):
    token = oidc_api.op.tokens("uma")["access_token"]
    response = oidc_api.client.get("/api/me", headers=bearer(token))
    assert response.status_code == 401 and response.json()["error"] == "no_role"
    assert user_row(oidc_api, "uma") is None


def test_provider_tokens_work_on_both_databases_and_the_trail_marks_service_tokens(
    api_factory, op, database_url
):
    app = api_factory(database_url, **op.settings())
    token = op.tokens("connie")["access_token"]
    submitted = app.client.post("/api/cases", json={"text": LETTER}, headers=bearer(token))
    assert submitted.status_code == 201, submitted.text  # a bearer token needs no CSRF value
    by_service = app.submit(LETTER)  # the contact_centre service token
    assert by_service.status_code == 201
    trail = records(app, "case.submitted")
    assert [(r["actor"], r["payload"]["via"]) for r in trail] == [
        ("connie", "oidc"),
        ("contact_centre-user", "service_token"),
    ]
    row = user_row(app, "connie")
    assert row.role == "contact_centre" and row.subject == subject_of("connie")


def test_the_trail_in_words_says_which_records_a_service_token_made(oidc_api):
    """The audit page and CSV show descriptions: a record made with a service token says so;
    one made by a person with the organisation's account does not, and sign-ins say how."""
    token = oidc_api.op.tokens("connie")["access_token"]
    assert (
        oidc_api.client.post("/api/cases", json={"text": LETTER}, headers=bearer(token)).status_code
        == 201
    )
    assert oidc_api.submit(LETTER + " Thanks.").status_code == 201
    web_sign_in(oidc_api, "audrey")
    response = oidc_api.client.get(
        "/api/audit", headers=oidc_api.headers("auditor"), params={"action": "case.submitted"}
    )
    assert response.status_code == 200, response.text
    words = [item["description"] for item in response.json()["items"]]
    assert words == [
        "connie submitted a letter",
        "contact_centre-user submitted a letter (service token)",
    ]
    signed_in = oidc_api.client.get(
        "/api/audit", headers=oidc_api.headers("auditor"), params={"action": "auth.signed_in"}
    ).json()["items"]
    assert [item["description"] for item in signed_in] == [
        "audrey signed in (organisation account)"
    ]


# ---------------------------------------------------------------------- refused provider tokens
def _foreign_signature(token: str) -> str:
    """The same header (the provider's kid) and claims, signed with a key of our own."""
    from joserfc import jwt
    from joserfc.jwk import RSAKey

    header, claims, _ = parts(token)
    key = RSAKey.generate_key(2048)
    return jwt.encode(
        {"alg": "RS256", "kid": header["kid"], "typ": header.get("typ", "JWT")}, claims, key
    )


TAMPERINGS = {
    "groups changed": lambda t: with_claims(t, groups=["casework-admins"]),
    "subject changed": lambda t: with_claims(t, sub=subject_of("ada")),
    "expiry pushed back": lambda t: with_claims(t, exp=parts(t)[1]["exp"] + 86400),
    "signature bytes": lambda t: t[:-6] + ("AAAAAA" if not t.endswith("AAAAAA") else "BBBBBB"),
    "no signature": lambda t: t.rsplit(".", 1)[0] + ".",
    "alg none": lambda t: with_header(t, alg="none").rsplit(".", 1)[0] + ".",
    "alg HS256": lambda t: with_header(t, alg="HS256"),
    "unknown key id": lambda t: with_header(t, kid="not-a-key-of-the-provider"),
    "signed by another key": _foreign_signature,
    "not a JWT": lambda t: "not-a-token",
    "garbage header": lambda t: "e30x." + t.split(".", 1)[1],
}


def test_tampered_provider_tokens_are_refused(oidc_api):
    token = oidc_api.op.tokens("connie")["access_token"]
    assert oidc_api.client.get("/api/me", headers=bearer(token)).status_code == 200
    before = records(oidc_api)
    for name, tamper in TAMPERINGS.items():
        forged = tamper(token)
        me = oidc_api.client.get("/api/me", headers=bearer(forged))
        assert me.status_code == 401, (name, me.text)
        assert me.json()["error"] == "invalid_token", (name, me.json())
        assert token not in me.text and "casework-admins" not in me.text  # says what, not the token
        post = oidc_api.client.post("/api/cases", json={"text": LETTER}, headers=bearer(forged))
        assert post.status_code == 401, name
    assert records(oidc_api) == before, "nothing stored or audited for a forged token"
    assert user_row(oidc_api, "ada") is None


def test_an_id_token_or_a_token_for_another_service_is_not_an_api_token(oidc_api):
    tokens = oidc_api.op.tokens("cara")
    id_token = oidc_api.client.get("/api/me", headers=bearer(tokens["id_token"]))
    assert id_token.status_code == 401 and "ID token" in id_token.json()["detail"]
    other = oidc_api.op.tokens("cara", resource=OTHER_AUDIENCE)["access_token"]
    assert parts(other)[1]["aud"] == OTHER_AUDIENCE
    refused = oidc_api.client.get("/api/me", headers=bearer(other))
    assert refused.status_code == 401 and "aud" in refused.json()["detail"]


def test_an_expired_provider_token_is_refused(oidc_api):
    oidc_api.op.configure(token_ttl=1)
    token = oidc_api.op.tokens("cara")["access_token"]
    assert parts(token)[1]["exp"] - parts(token)[1]["iat"] == 1
    time.sleep(2.2)
    response = oidc_api.client.get("/api/me", headers=bearer(token))
    assert response.status_code == 401 and "expired" in response.json()["detail"]


# ------------------------------------------------------------------- group changes take effect
def test_a_removed_group_takes_the_role_away_and_an_older_token_cannot_give_it_back(oidc_api):
    op, client = oidc_api.op, oidc_api.client
    old = op.tokens("rory")["access_token"]
    assert client.get("/api/me", headers=bearer(old)).json()["role"] == "caseworker"
    time.sleep(1.1)  # tokens carry their issue time in whole seconds
    op.set_groups("rory")  # removed from every group
    none = op.tokens("rory")["access_token"]
    refused = client.get("/api/me", headers=bearer(none))
    assert refused.status_code == 401 and refused.json()["error"] == "no_role"
    row = user_row(oidc_api, "rory")
    assert not row.active and row.deactivated_reason == "no_mapped_group"
    # the caseworker token from before still verifies, but the newer decision stands
    assert client.get("/api/me", headers=bearer(old)).status_code == 401
    deactivated = records(oidc_api, "user.deactivated")[-1]
    assert deactivated["payload"] == {
        "name": "rory",
        "subject": subject_of("rory"),
        "reason": "no_mapped_group",
    }
    time.sleep(1.1)
    op.set_groups("rory", "casework-contact-centre")
    back = op.tokens("rory")["access_token"]
    me = client.get("/api/me", headers=bearer(back))
    assert me.status_code == 200 and me.json()["role"] == "contact_centre"
    assert [
        r["action"] for r in records(oidc_api) if r["payload"].get("subject") == subject_of("rory")
    ] == ["user.created", "user.deactivated", "user.reactivated", "user.role_changed"]
    changed = records(oidc_api, "user.role_changed")[-1]["payload"]
    assert (changed["from"], changed["to"]) == ("caseworker", "contact_centre")
    assert client.get("/api/me", headers=bearer(old)).status_code == 200
    assert client.get("/api/me", headers=bearer(old)).json()["role"] == "contact_centre"


def test_an_administrators_deactivation_is_not_undone_by_groups_but_by_reactivation(oidc_api):
    from api.auth import deactivate_user, reactivate_user
    from api.errors import Conflict

    token = oidc_api.op.tokens("tess")["access_token"]
    assert oidc_api.client.get("/api/me", headers=bearer(token)).status_code == 200
    with oidc_api.services.db.write() as session:
        deactivate_user(session, "tess", actor="ada")
    refused = oidc_api.client.get(
        "/api/me", headers=bearer(oidc_api.op.tokens("tess")["access_token"])
    )
    assert refused.status_code == 401 and "deactivated" in refused.json()["detail"]
    assert user_row(oidc_api, "tess").deactivated_reason == "admin"
    assert records(oidc_api, "user.deactivated")[-1]["payload"] == {
        "name": "tess",
        "subject": subject_of("tess"),
        "reason": "admin",
    }
    # (a defect found: nothing could give a provider user access back) an administrator can
    oidc_api.op.set_groups("tess", "casework-caseworkers")  # meanwhile: moved to casework
    with oidc_api.services.db.write() as session:
        reactivate_user(session, "tess", actor="ada")
    me = oidc_api.client.get("/api/me", headers=bearer(oidc_api.op.tokens("tess")["access_token"]))
    assert me.status_code == 200 and me.json()["role"] == "caseworker"  # as the groups say now
    reactivated = records(oidc_api, "user.reactivated")[-1]
    assert reactivated["actor"] == "ada" and reactivated["payload"] == {
        "name": "tess",
        "subject": subject_of("tess"),
        "reason": "admin",
    }
    with oidc_api.services.db.write() as session:
        with pytest.raises(Conflict, match="active already"):
            reactivate_user(session, "tess")
        with pytest.raises(Conflict, match="rotate NAME --reactivate"):
            reactivate_user(session, "caseworker-user")  # a service token's user


def test_a_provider_name_never_takes_over_a_service_user(oidc_api):
    """A provider account whose user name is a service user's gets its own row."""
    from api.auth import create_user

    with oidc_api.services.db.write() as session:
        create_user(session, "audrey", "contact_centre")
    token = oidc_api.op.tokens("audrey")["access_token"]
    me = oidc_api.client.get("/api/me", headers=bearer(token)).json()
    assert me["role"] == "auditor" and me["name"].startswith("audrey#")


# --------------------------------------------------------------------------------- key rotation
def test_keys_rotated_at_the_provider_are_fetched_without_a_restart(oidc_api):
    op, client, oidc = oidc_api.op, oidc_api.client, oidc_api.services.oidc
    # (no wall-clock race: the minimum interval is set, not waited for; a 1-second one failed on
    # a loaded machine, where rotating and fetching a token took longer than that)
    oidc.min_refresh_s = 3600.0
    first = op.tokens("cara")["access_token"]
    assert client.get("/api/me", headers=bearer(first)).status_code == 200
    kids = op.rotate()
    second = op.tokens("cara")["access_token"]
    assert parts(second)[0]["kid"] == kids[0] != parts(first)[0]["kid"]
    # a key id not seen yet fetches the keys again, but not more than once a min_refresh_s
    too_soon = client.get("/api/me", headers=bearer(second))
    assert too_soon.status_code == 401 and "key" in too_soon.json()["detail"]
    oidc.min_refresh_s = 0.0  # the interval has passed
    assert client.get("/api/me", headers=bearer(second)).status_code == 200
    assert client.get("/api/me", headers=bearer(first)).status_code == 200  # the old key kept


# ----------------------------------------------------------------------- a provider out of reach
def test_a_provider_out_of_reach_is_a_503_and_service_tokens_still_work(api_factory, op):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    app = api_factory(**op.settings(oidc_issuer=f"http://127.0.0.1:{closed}"))
    token = op.tokens("cara")["access_token"]
    response = app.client.get("/api/me", headers=bearer(token))
    assert response.status_code == 503 and response.json()["error"] == "unavailable"
    assert app.client.get("/api/me", headers=app.headers("caseworker")).status_code == 200
    page = app.client.get("/auth/login", follow_redirects=False)
    assert page.status_code == 503 and "try again" in page.text


def test_a_discovery_document_for_another_issuer_is_refused(api_factory, op):
    # the provider says its issuer is http://localhost:PORT; 127.0.0.1 is another issuer
    app = api_factory(**op.settings(oidc_issuer=f"http://127.0.0.1:{op.port}"))
    response = app.client.get("/api/me", headers=bearer(op.tokens("cara")["access_token"]))
    assert response.status_code == 503 and "another issuer" in response.json()["detail"]


# --------------------------------------------------------------------------- store and settings
def test_the_migration_adds_identities_sessions_and_sign_ins(db):
    from sqlalchemy import inspect
    from sqlalchemy.exc import IntegrityError

    from api.auth import hash_token

    inspector = inspect(db.engine)
    columns = {c["name"] for c in inspector.get_columns("users")}
    assert {"issuer", "subject", "groups_seen_at", "deactivated_reason"} <= columns
    assert {"web_sessions", "login_attempts"} <= set(inspector.get_table_names())
    assert "id_token" in {c["name"] for c in inspector.get_columns("web_sessions")}
    with db.write() as session:
        session.add(
            User(
                name="a",
                role="caseworker",
                token_hash=hash_token("1"),
                issuer="https://idp",
                subject="s1",
            )
        )
        session.add(User(name="b", role="caseworker", token_hash=hash_token("2")))
        session.add(User(name="c", role="caseworker", token_hash=hash_token("3")))  # no identity
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            User(
                name="d",
                role="auditor",
                token_hash=hash_token("4"),
                issuer="https://idp",
                subject="s1",
            )
        )


def test_settings_refuse_unknown_roles_and_symmetric_algorithms():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="unknown role"):
        ServiceSettings(oidc_group_roles={"staff": "superuser"})
    with pytest.raises(ValidationError, match="HS256"):
        ServiceSettings(oidc_algorithms=["RS256", "HS256"])
    with pytest.raises(ValidationError, match="none"):
        ServiceSettings(oidc_algorithms=["none"])
    settings = ServiceSettings(oidc_issuer="https://idp.example", oidc_client_id="casework")
    assert settings.oidc_enabled and not settings.token_login_enabled
    assert ServiceSettings().token_login_enabled


@pytest.mark.parametrize(
    "claims, role, reason",
    [
        ({"groups": ["casework-caseworkers"]}, "caseworker", None),
        ({"groups": ["casework-contact-centre", "casework-auditors"]}, "auditor", None),
        ({"groups": ["casework-caseworkers", "casework-admins"]}, "admin", None),
        ({"groups": "casework-auditors"}, "auditor", None),
        ({"groups": ["staff"]}, None, "no_mapped_group"),
        ({"groups": [1, None, {"x": 1}]}, None, "no_mapped_group"),
        ({}, None, "no_mapped_group"),
        (
            {"_claim_names": {"groups": "src1"}, "_claim_sources": {"src1": {}}},
            None,
            "groups_overage",
        ),
    ],
    ids=[
        "one",
        "contact centre and auditor",
        "admin wins",
        "a string",
        "unmapped",
        "junk",
        "no claim",
        "entra overage",
    ],
)
def test_roles_from_groups(claims, role, reason):
    from oidc_support import GROUP_ROLES

    from api.oidc import role_from_claims

    decision = role_from_claims(claims, ServiceSettings(oidc_group_roles=GROUP_ROLES))
    assert (decision.role, decision.reason) == (role, reason)


def test_a_nested_claim_carries_roles_as_keycloak_realm_roles_do():
    from api.oidc import role_from_claims

    settings = ServiceSettings(
        oidc_groups_claim="realm_access.roles", oidc_group_roles={"casework-admin": "admin"}
    )
    decision = role_from_claims(
        {"realm_access": {"roles": ["offline", "casework-admin"]}}, settings
    )
    assert decision.role == "admin" and decision.groups == ("casework-admin",)


# --------------------------------------------------------------------------------------- logs
def test_no_sign_in_code_secret_or_token_reaches_a_log(
    api_pipeline, pipeline_index_dir, tmp_path, op, caplog
):
    """A real server (uvicorn, access log on) and a real sign-in: the provider's redirect back
    carries the sign-in code and state in its query; the access log shows them redacted, and no
    log of the service holds the code, the client secret or a token. (A defect found: uvicorn
    logged /auth/callback?code=...&state=... as it came.)"""
    import httpx
    import uvicorn
    from oidc_support import WEB_SECRET
    from review_helpers import make_settings

    from api.app import create_app

    caplog.set_level(logging.DEBUG)
    app = create_app(
        pipeline=api_pipeline,
        settings=make_settings(
            f"sqlite:///{tmp_path / 'logs.db'}", pipeline_index_dir, **op.settings()
        ),
    )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info", lifespan="on")
    )  # (sets up uvicorn's loggers)
    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    keep = Keep()
    logging.getLogger("uvicorn.access").addHandler(keep)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 120
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.05)
        op.register_app(url)
        with httpx.Client(base_url=url, timeout=30) as client:
            start = client.get("/auth/login?next=/queue", follow_redirects=False)
            callback = op.authorize(start.headers["location"], "cara", f"{url}/auth/callback")
            page = client.get(callback, follow_redirects=False)
            assert page.status_code == 200 and "You are signed in as cara" in page.text
            session_cookie = client.cookies["casework_session"]
            access_token = op.tokens("cara")["access_token"]
            assert client.get("/api/me", headers=bearer(access_token)).status_code == 200
        query = parse_qs(urlsplit(callback).query)
        code, state = query["code"][0], query["state"][0]
    finally:
        server.should_exit = True
        thread.join(30)
        logging.getLogger("uvicorn.access").removeHandler(keep)
    access = "\n".join(lines)
    assert "/auth/callback?code=[redacted]&state=[redacted]" in access, access
    # what the service logged (the test's own HTTP clients, in this thread, log what they like)
    mine = threading.get_ident()
    service_logs = "\n".join(
        f"{r.name} {r.getMessage()}" for r in caplog.records if r.thread != mine
    )
    assert "httpx" in service_logs  # (the service's calls to the provider were seen)
    everything = access + "\n" + service_logs
    for secret in (code, state, WEB_SECRET, session_cookie, access_token):
        assert secret not in everything
