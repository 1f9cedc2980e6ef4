"""The web app's sign-in with the organisation's account, without a browser (issue 20): token
sign-in turned off once OpenID Connect is set, the start of a sign-in (PKCE, state and nonce in a
Lax cookie), callbacks that are not this browser's, server-side web sessions and their timeouts,
and the sign-in end to end in a TestClient against a real OpenID provider (npm oidc-provider).
Provider tokens on the API are in test_oidc_api.py, the browser journeys in test_oidc_browser.py."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from oidc_support import parts, records, subject_of, user_row, web_sign_in
from sqlalchemy import select, update

from api.sessions import utcnow
from api.store.models import LoginAttempt, WebSession

pytestmark = pytest.mark.timeout(300)


# ----------------------------------------------------------------------- the web app's sign-in
def test_token_sign_in_is_off_once_oidc_is_set_and_can_be_turned_back_on(api_factory, op, tmp_path):
    app = api_factory(f"sqlite:///{tmp_path / 'a.db'}", **op.settings())
    page = app.client.get("/login?next=/queue")
    assert 'id="sign-in-oidc"' in page.text and 'href="/auth/login?next=/queue"' in page.text
    assert 'id="token"' not in page.text
    refused = app.client.post(
        "/login", data={"token": app.tokens["caseworker"]}, follow_redirects=False
    )
    assert refused.status_code == 403 and "set-cookie" not in refused.headers
    both = api_factory(f"sqlite:///{tmp_path / 'b.db'}", **op.settings(token_login=True))
    page = both.client.get("/login")
    assert 'id="sign-in-oidc"' in page.text and 'id="token"' in page.text
    assert (
        both.client.post(
            "/login", data={"token": both.tokens["caseworker"]}, follow_redirects=False
        ).status_code
        == 303
    )
    plain = api_factory(f"sqlite:///{tmp_path / 'c.db'}")
    page = plain.client.get("/login")
    assert 'id="token"' in page.text and "sign-in-oidc" not in page.text
    assert plain.client.get("/auth/login").status_code == 404
    assert plain.client.get("/auth/callback?code=x&state=y").status_code == 404


def test_the_sign_in_starts_with_pkce_state_and_nonce_in_a_lax_cookie_for_the_callback(oidc_api):
    start = oidc_api.client.get("/auth/login?next=https://evil.example/x", follow_redirects=False)
    assert start.status_code == 303
    url = urlsplit(start.headers["location"])
    assert f"{url.scheme}://{url.netloc}" == oidc_api.op.issuer
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query["response_type"] == "code" and query["client_id"] == "casework-web"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert len(query["state"]) >= 32 and len(query["nonce"]) >= 32
    assert query["scope"].split()[0] == "openid"
    assert query["redirect_uri"] == "http://127.0.0.1/auth/callback"
    cookie = start.headers["set-cookie"].lower()
    assert cookie.startswith("casework_login=") and "samesite=lax" in cookie
    assert "httponly" in cookie and "path=/auth/callback" in cookie and "max-age=600" in cookie
    assert start.headers["cache-control"] == "no-store"

    with oidc_api.services.db.read() as session:
        attempt = session.execute(select(LoginAttempt)).scalars().one()
    assert attempt.next_path == "/"  # never a redirect to another site after sign-in
    assert attempt.state == query["state"] and attempt.nonce == query["nonce"]


@pytest.mark.parametrize(
    "query, cookie",
    [
        ("code=abc&state=made-up", None),
        ("code=abc&state=made-up", "not-the-cookie"),
        ("code=abc", None),
        ("error=access_denied", None),
    ],
    ids=["no cookie", "unknown cookie", "no state", "provider error without a sign-in"],
)
def test_a_callback_that_is_not_this_browsers_sign_in_is_a_400(oidc_api, query, cookie):
    if cookie:
        oidc_api.client.cookies.set("casework_login", cookie, path="/auth/callback")
    response = oidc_api.client.get(f"/auth/callback?{query}", follow_redirects=False)
    oidc_api.client.cookies.clear()
    assert response.status_code == 400 and "start again" in response.text
    assert "casework_session" not in response.headers.get("set-cookie", "")
    assert records(oidc_api, "auth.sign_in_refused") == []


def test_a_state_from_another_sign_in_is_refused_once_and_the_attempt_is_gone(oidc_api):
    client = oidc_api.client
    start = client.get("/auth/login", follow_redirects=False)
    assert start.status_code == 303
    wrong = client.get("/auth/callback?code=abc&state=someone-elses", follow_redirects=False)
    assert wrong.status_code == 400

    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    # the attempt was used up by the wrong state: the right one now fails too
    again = client.get(f"/auth/callback?code=abc&state={state}", follow_redirects=False)
    assert again.status_code == 400


def test_a_provider_error_for_a_real_sign_in_is_refused_and_audited(oidc_api):
    start = oidc_api.client.get("/auth/login", follow_redirects=False)
    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    page = oidc_api.client.get(
        f"/auth/callback?error=access_denied&state={state}", follow_redirects=False
    )
    assert page.status_code == 403 and "did not sign you in" in page.text
    refused = records(oidc_api, "auth.sign_in_refused")
    assert [r["payload"]["reason"] for r in refused] == ["provider_error:access_denied"]


# ------------------------------------------------------------------ server-side web sessions
def _session_cookie(app) -> str:
    return app.client.cookies.get("casework_session")


def test_a_web_session_ends_at_sign_out_and_a_copied_cookie_stops_working(api):
    api.sign_in("caseworker")
    cookie = _session_cookie(api)
    assert api.client.get("/queue").status_code == 200
    out = api.client.post("/logout", follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login?signed_out=1"
    api.client.cookies.set("casework_session", cookie)
    after = api.client.get("/queue", follow_redirects=False)
    assert after.status_code == 303 and after.headers["location"].startswith("/login")
    assert api.client.get("/api/me").status_code == 401
    api.client.cookies.clear()
    trail = [(r["action"], r["payload"]) for r in records(api) if r["action"].startswith("auth.")]
    assert trail == [
        ("auth.signed_in", {"method": "token", "role": "caseworker", "via": "service_token"}),
        ("auth.signed_out", {"method": "token", "via": "service_token"}),
    ]


@pytest.mark.parametrize(
    "column, ago",
    [("last_seen_at", timedelta(minutes=61)), ("expires_at", timedelta(seconds=1))],
    ids=["idle", "absolute"],
)
def test_a_web_session_times_out(api, column, ago):
    api.sign_in("auditor")
    assert api.client.get("/queue").status_code == 200
    with api.services.db.write() as session:
        session.execute(update(WebSession).values({column: utcnow() - ago}))
    response = api.client.get("/queue", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    api.client.cookies.clear()


def test_a_busy_session_is_kept_alive_and_deactivation_ends_it(api):
    from api.auth import deactivate_user

    api.sign_in("caseworker")
    with api.services.db.write() as session:
        session.execute(update(WebSession).values(last_seen_at=utcnow() - timedelta(minutes=50)))
    assert api.client.get("/queue").status_code == 200  # within the hour: and seen again now
    with api.services.db.read() as session:
        seen = session.execute(select(WebSession.last_seen_at)).scalar_one()
    assert utcnow() - seen < timedelta(minutes=1)
    with api.services.db.write() as session:
        deactivate_user(session, "caseworker-user", actor="admin-user")
        assert session.execute(select(WebSession)).first() is None
    assert api.client.get("/queue", follow_redirects=False).status_code == 303
    api.client.cookies.clear()


def test_a_session_cookie_that_is_nonsense_is_a_sign_in_page_not_a_500(api):
    for value in ("x" * 5000, "%C3%A9", "-", "a,b"):
        api.client.cookies.set("casework_session", value)
        response = api.client.get("/queue", follow_redirects=False)
        assert response.status_code == 303, value
        assert api.client.get("/api/me").status_code == 401
        api.client.cookies.clear()


# -------------------------------------------------- the web sign-in, end to end without a browser
def test_a_web_sign_in_makes_a_session_once_and_its_callback_cannot_be_replayed(oidc_api):
    callback, page = web_sign_in(oidc_api, "cara", "/queue")
    assert page.status_code == 200, page.text
    # the page moves on by itself (same-site, so the Strict session cookie goes with it)
    assert '<meta http-equiv="refresh" content="0;url=/queue">' in page.text
    cookies = page.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("casework_session="))
    assert "samesite=strict" in session_cookie.lower() and "httponly" in session_cookie.lower()
    assert any(c.startswith('casework_login=""') for c in cookies)  # the sign-in cookie removed
    assert oidc_api.client.get("/queue").status_code == 200
    signed_in = records(oidc_api, "auth.signed_in")[-1]
    assert signed_in["actor"] == "cara" and signed_in["payload"] == {
        "method": "oidc",
        "role": "caseworker",
        "subject": subject_of("cara"),
        "via": "oidc",
    }
    # the same callback again (a replayed or leaked URL) signs nobody in
    oidc_api.client.cookies.clear()
    replay = oidc_api.client.get(callback, follow_redirects=False)
    assert replay.status_code == 400 and "casework_session" not in replay.headers.get(
        "set-cookie", ""
    )


@pytest.mark.parametrize(
    "target, goes_to",
    [
        ("/cases/abc?x=1", "/cases/abc?x=1"),
        ("/caf\u00e9", "/caf\u00e9"),
        ("//evil.example/x", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
        # browsers drop tabs and newlines from URLs: these would be //evil.example
        ("/\t/evil.example", "/"),
        ("/\n/evil.example", "/"),
        ("/\r\n/evil.example", "/"),
        ("/ /evil.example", "/"),
        ("/\x7f/x", "/"),
        ("/\u2028/x", "/"),
        ("", "/"),
    ],
)
def test_the_page_to_go_on_to_is_always_on_this_service(target, goes_to):
    from api.routers.web_sign_in import _safe_next

    assert _safe_next(target) == goes_to


def test_a_sign_in_never_moves_on_to_another_site(oidc_api):
    """(a defect found: "/%09/evil.example" passed, and the "Signed in" page's refresh, which
    drops the tab as browsers do, went to //evil.example)"""
    _, page = web_sign_in(oidc_api, "cara", "/\t/evil.example")
    assert page.status_code == 200
    assert '<meta http-equiv="refresh" content="0;url=/">' in page.text
    login = oidc_api.client.get("/login", params={"next": "/\t/evil.example"})
    assert 'href="/auth/login?next=/"' in login.text


def test_signing_out_ends_the_session_and_asks_the_provider_to_sign_out_the_same_person(oidc_api):
    """RP-initiated logout: the provider's end_session_endpoint (from discovery) with client_id,
    post_logout_redirect_uri and the session's ID token as id_token_hint; the stored ID token
    goes with the session."""
    web_sign_in(oidc_api, "audrey")
    with oidc_api.services.db.read() as session:
        stored = session.execute(select(WebSession.id_token)).scalar_one()
    assert parts(stored)[1]["sub"] == subject_of("audrey")
    out = oidc_api.client.post("/logout", follow_redirects=False)
    assert out.status_code == 200 and "Signing you out" in out.text
    assert out.headers["cache-control"] == "no-store"
    target = html.unescape(re.search(r'content="0;url=([^"]+)"', out.text).group(1))
    url = urlsplit(target)
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{oidc_api.op.issuer}/session/end"
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert query["client_id"] == "casework-web"
    assert query["post_logout_redirect_uri"] == "http://127.0.0.1/login?signed_out=1"
    assert query["id_token_hint"] == stored
    with oidc_api.services.db.read() as session:
        assert session.execute(select(WebSession)).first() is None
    assert oidc_api.client.get("/queue", follow_redirects=False).status_code == 303
    # signed out already (a second click, another tab): back to the sign-in page, nothing sent
    again = oidc_api.client.post("/logout", follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == "/login?signed_out=1"


def test_a_web_sign_in_refused_for_groups_is_audited_with_the_subject(oidc_api):
    _, page = web_sign_in(oidc_api, "uma")
    assert page.status_code == 403 and "not in a group that gives access" in page.text
    assert "casework_session" not in page.headers.get("set-cookie", "")
    refused = records(oidc_api, "auth.sign_in_refused")[-1]
    assert refused["actor"] == "uma" and refused["payload"] == {
        "method": "oidc",
        "subject": subject_of("uma"),
        "reason": "no_mapped_group",
        "via": "oidc",
    }
    assert user_row(oidc_api, "uma") is None


@pytest.mark.parametrize(
    "mode, reason",
    [
        ({"tamper": True}, "bad_signature"),
        ({"token_ttl": 1, "token_delay_ms": 2200}, "expired"),
    ],
    ids=["tampered in transit", "expired on arrival"],
)
def test_a_web_sign_in_with_a_bad_id_token_is_refused(oidc_api, mode, reason):
    oidc_api.op.configure(**mode)
    _, page = web_sign_in(oidc_api, "connie")
    assert page.status_code == 403 and "could not be checked" in page.text
    assert records(oidc_api, "auth.sign_in_refused")[-1]["payload"]["reason"] == reason
    assert records(oidc_api, "auth.signed_in") == []
    assert user_row(oidc_api, "connie") is None  # and certainly no admin
