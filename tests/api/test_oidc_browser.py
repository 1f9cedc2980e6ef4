"""Sign-in with the organisation's account in a real headless Chromium (issue 20): the review
service (a live server on 127.0.0.1) and a real OpenID provider (npm oidc-provider on
``localhost``, another site), the provider's own sign-in page filled in as a person would. Each
role lands where it should; an unmapped user, a tampered and an expired ID token are refused; a
removed group takes the role away at the next sign-in; signing out ends the session here and at
the provider. What the store and the audit trail hold is checked too.
"""

from __future__ import annotations

import json

import httpx
import pytest
from browser_support import (
    AxeLog,
    need_node_modules,
    open_page,
    ready,
    start_server,
    text_of,
    type_into,
    wait,
    wait_for,
)
from oidc_support import subject_of, user_row
from review_helpers import LETTER
from selenium.webdriver.common.by import By
from sqlalchemy import select

from api.store.models import AuditRecord

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def server(request, tmp_path_factory, oidc_provider):
    tmp = tmp_path_factory.mktemp("oidc-web")
    live = start_server(
        request,
        tmp,
        audit_anchor_file=tmp / "anchors.jsonl",
        **oidc_provider.settings(oidc_clock_skew_seconds=0),
    )
    oidc_provider.register_app(live.url)
    yield live
    live.__exit__(None, None, None)


@pytest.fixture
def driver(browser):
    need_node_modules()
    return browser


def clear_cookies(driver) -> None:
    """Every cookie of every site (the app's and the provider's)."""
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})


def cookies_for(driver, url: str) -> dict[str, dict]:
    return {
        c["name"]: c
        for c in driver.execute_cdp_cmd("Network.getCookies", {"urls": [url]})["cookies"]
    }


def sign_in(driver, server, op, login: str, then: str = "/", *, fresh: bool = True) -> dict:
    """Sign in through the provider's page; returns the cookies the app had set for the callback
    while the browser was at the provider."""
    if fresh:
        clear_cookies(driver)
    open_page(driver, f"{server.url}/login?next={then}")
    driver.find_element(By.ID, "sign-in-oidc").click()
    wait(
        driver, lambda d: d.current_url.startswith(op.issuer) and d.find_elements(By.ID, "op-login")
    )
    at_provider = cookies_for(driver, f"{server.url}/auth/callback")
    type_into(driver, "op-login", login)
    type_into(driver, "op-password", "any password")
    driver.find_element(By.ID, "op-submit").click()
    back_at_app(driver, server)
    return at_provider


def back_at_app(driver, server) -> None:
    """Back from the provider: past the callback's own page, or refused on it."""
    wait(
        driver,
        lambda d: (
            d.current_url.startswith(server.url)
            and ("/auth/callback" not in d.current_url or d.find_elements(By.ID, "error-summary"))
        ),
    )
    ready(driver)


def path_of(driver, server) -> str:
    return driver.current_url[len(server.url) :]


def trail(server, subject: str) -> list[tuple[str, str, dict]]:
    with server.services.db.read() as session:
        rows = session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars().all()
        out = [(r.actor, r.action, json.loads(r.payload)) for r in rows]
    return [r for r in out if r[2].get("subject") == subject]


def still_signed_in(server, cookie: str) -> bool:
    response = httpx.get(
        f"{server.url}/queue",
        cookies={"casework_session": cookie},
        follow_redirects=False,
        timeout=30,
    )
    return response.status_code == 200


# --------------------------------------------------------------------------- every role lands
@pytest.mark.parametrize(
    "login, role, words, landing",
    [
        ("cara", "caseworker", "caseworker", "/queue"),
        ("connie", "contact_centre", "contact centre", "/submit"),
        ("audrey", "auditor", "auditor", "/queue"),
        ("ada", "admin", "administrator", "/queue"),
    ],
)
def test_each_role_signs_in_through_the_provider_and_lands_where_it_should(
    server, driver, oidc_provider, login, role, words, landing
):
    at_provider = sign_in(driver, server, oidc_provider, login)
    assert path_of(driver, server) == landing
    assert driver.find_element(By.CSS_SELECTOR, ".app-signout__who").text == f"{login} ({words})"
    # the callback's cookie: Lax (sent on the provider's cross-site redirect), for the callback
    # only, short-lived; gone once used
    login_cookie = at_provider["casework_login"]
    assert login_cookie["sameSite"] == "Lax" and login_cookie["httpOnly"]
    assert login_cookie["path"] == "/auth/callback"
    cookies = cookies_for(driver, f"{server.url}/auth/callback")
    assert "casework_login" not in cookies
    session = cookies["casework_session"]
    assert session["sameSite"] == "Strict" and session["httpOnly"] and session["path"] == "/"
    assert "casework_session" not in at_provider
    row = user_row(server, login)
    assert row.role == role and row.active and row.issuer == oidc_provider.issuer
    signed_in = [r for r in trail(server, subject_of(login)) if r[1] == "auth.signed_in"][-1]
    assert signed_in[0] == login and signed_in[2]["method"] == "oidc"
    assert signed_in[2]["role"] == role and signed_in[2]["via"] == "oidc"


def test_the_page_asked_for_is_the_page_reached_after_the_provider(server, driver, oidc_provider):
    # a case submitted by a program with a provider access token
    token = oidc_provider.tokens("connie")["access_token"]
    response = httpx.post(
        f"{server.url}/api/cases",
        json={"text": LETTER},
        timeout=120,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.text
    case_id = response.json()["id"]
    clear_cookies(driver)
    open_page(driver, f"{server.url}/cases/{case_id}")  # not signed in: to the sign-in page
    assert "/login?next=" in driver.current_url
    driver.find_element(By.ID, "sign-in-oidc").click()
    wait_for(driver, "op-login")
    type_into(driver, "op-login", "audrey")
    type_into(driver, "op-password", "x")
    driver.find_element(By.ID, "op-submit").click()
    back_at_app(driver, server)
    assert path_of(driver, server) == f"/cases/{case_id}"
    wait_for(driver, "case-status")
    # an auditor reads, and cannot decide
    assert not driver.find_elements(By.ID, "form-accept")


# ------------------------------------------------------------------------------------ refusals
def test_a_user_in_no_mapped_group_is_refused(server, driver, oidc_provider):
    sign_in(driver, server, oidc_provider, "uma")
    summary = text_of(driver, "error-summary")
    assert "You are not signed in" in summary and "not in a group" in summary
    assert driver.title.startswith("Error:")
    assert "casework_session" not in cookies_for(driver, server.url)
    assert user_row(server, "uma") is None
    refused = trail(server, subject_of("uma"))
    assert [(actor, action, payload["reason"]) for actor, action, payload in refused] == [
        ("uma", "auth.sign_in_refused", "no_mapped_group")
    ]
    axe = AxeLog()
    axe.check(driver, "nobody", "sign-in refused")
    open_page(driver, f"{server.url}/login")
    axe.check(driver, "nobody", "sign-in with the provider")
    assert axe.failures == [], axe.failures


def test_a_tampered_or_expired_id_token_is_refused(server, driver, op):
    before = len([r for r in trail(server, subject_of("tess")) if r[1] == "auth.signed_in"])
    for mode, reason in (
        ({"tamper": True}, "bad_signature"),
        ({"token_ttl": 1, "token_delay_ms": 2200}, "expired"),
    ):
        op.reset()
        op.configure(**mode)
        sign_in(driver, server, op, "tess")
        assert "could not be checked" in text_of(driver, "error-summary")
        assert "casework_session" not in cookies_for(driver, server.url)
        refused = [r for r in trail(server, None) if r[1] == "auth.sign_in_refused"][-1]
        assert refused[2]["reason"] == reason, refused
    assert len([r for r in trail(server, subject_of("tess")) if r[1] == "auth.signed_in"]) == before
    admin_rows = user_row(server, "tess")
    assert admin_rows is None or admin_rows.role != "admin"
    op.reset()
    sign_in(driver, server, op, "tess")  # the same person, a sound token: in
    assert path_of(driver, server) == "/submit"


def test_a_removed_group_takes_the_role_away_at_the_next_sign_in(server, driver, op):
    sign_in(driver, server, op, "rory")
    assert path_of(driver, server) == "/queue"
    first_session = driver.get_cookie("casework_session")["value"]
    op.set_groups("rory")  # left every casework group
    sign_in(driver, server, op, "rory")
    assert "not in a group" in text_of(driver, "error-summary")
    assert not still_signed_in(server, first_session), "the old session ends too"
    row = user_row(server, "rory")
    assert not row.active and row.deactivated_reason == "no_mapped_group"
    op.set_groups("rory", "casework-contact-centre")  # joined the contact centre
    sign_in(driver, server, op, "rory")
    assert path_of(driver, server) == "/submit"
    assert "contact centre" in driver.find_element(By.CSS_SELECTOR, ".app-signout__who").text
    actions = [
        (action, payload.get("reason") or payload.get("to") or payload.get("role"))
        for _, action, payload in trail(server, subject_of("rory"))
    ]
    assert actions == [
        ("user.created", "caseworker"),
        ("auth.signed_in", "caseworker"),
        ("user.deactivated", "no_mapped_group"),
        ("auth.sign_in_refused", "no_mapped_group"),
        ("user.reactivated", "group_membership"),
        ("user.role_changed", "contact_centre"),
        ("auth.signed_in", "contact_centre"),
    ]


# ------------------------------------------------------------------------------------ sign-out
def test_signing_out_ends_the_session_here_and_at_the_provider(server, driver, oidc_provider):
    sign_in(driver, server, oidc_provider, "audrey")
    cookie = driver.get_cookie("casework_session")["value"]
    assert still_signed_in(server, cookie)
    driver.find_element(By.CSS_SELECTOR, ".app-signout__button").click()
    # our page moves on to the provider's sign-out, which asks to confirm (RP-initiated logout)
    wait(
        driver,
        lambda d: (
            d.current_url.startswith(oidc_provider.issuer)
            and d.find_elements(By.CSS_SELECTOR, "button[name=logout]")
        ),
    )
    assert not still_signed_in(server, cookie), "ended here before leaving for the provider"
    driver.find_element(By.CSS_SELECTOR, "button[name=logout]").click()
    wait(driver, lambda d: d.current_url.startswith(f"{server.url}/login"))
    ready(driver)
    assert "You have signed out" in text_of(driver, "signed-out")
    signed_out = [r for r in trail(server, subject_of("audrey")) if r[1] == "auth.signed_out"]
    assert signed_out and signed_out[-1][2] == {
        "method": "oidc",
        "subject": subject_of("audrey"),
        "via": "oidc",
    }
    # signed out at the provider too: signing in asks for the account again
    driver.find_element(By.ID, "sign-in-oidc").click()
    wait_for(driver, "op-login")


def test_the_token_sign_in_is_not_offered_once_oidc_is_set(server, driver):
    clear_cookies(driver)
    open_page(driver, f"{server.url}/login")
    assert driver.find_elements(By.ID, "sign-in-oidc")
    assert not driver.find_elements(By.ID, "token")
    assert "Sign in with the test provider" in text_of(driver, "sign-in-oidc")
    # a link, not a form: CSP form-action 'self' would stop a form's redirect to the provider
    assert driver.find_element(By.ID, "sign-in-oidc").tag_name == "a"
    driver.find_element(By.ID, "sign-in-oidc").click()
    wait_for(driver, "op-login")


# ------------------------------------------------------------------------------- accessibility
def _as_it_stands(driver, server, html: str) -> None:
    """Show a page of ours that moves on by itself (``continue.html``: a meta refresh) as it is
    before it moves on: its HTML, the refresh taken out, written into a page of this service
    (same origin and CSP, so its stylesheets load as they would; app.js, already run for the
    page written over, is run again under another URL)."""
    assert '<meta http-equiv="refresh"' in html
    still = html.replace('<meta http-equiv="refresh"', '<meta name="was-refresh"', 1)
    open_page(driver, f"{server.url}/accessibility")
    driver.execute_script("document.open(); document.write(arguments[0]); document.close();", still)
    wait(driver, lambda d: d.execute_script("return document.readyState === 'complete'"))
    loaded = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "import('/static/app.js?as-it-stands').then(() => done('ok'), e => done(String(e)));"
    )
    assert loaded == "ok", loaded
    ready(driver)


def _check(driver, axe, label: str) -> None:
    """axe as the page is; at 320px too: axe's reflow rules, and no sideways scrolling (WCAG
    1.4.10), as the a11y sweep does for every page."""
    from browser_support import REFLOW_RULES, scrolls_sideways, set_width

    axe.check(driver, "nobody", label)
    set_width(driver, 320)
    try:
        width, inner = scrolls_sideways(driver)
        assert inner == 320 and width <= inner, f"{label} scrolls sideways at 320px"
        result = axe.check(driver, "nobody", label, width=320)
        assert not {v["id"] for v in result["violations"]} & set(REFLOW_RULES)
    finally:
        set_width(driver, None)


def test_the_sign_in_pages_are_accessible(request, tmp_path, server, driver, op):
    axe = AxeLog()
    clear_cookies(driver)
    open_page(driver, f"{server.url}/login")
    _check(driver, axe, "sign in with the provider")
    open_page(driver, f"{server.url}/login?signed_out=1")
    assert "You have signed out" in text_of(driver, "signed-out")
    _check(driver, axe, "signed out")
    sign_in(driver, server, op, "uma")
    _check(driver, axe, "sign-in refused")

    # the pages that move on by themselves: "Signed in" (the callback's answer), "Signing you
    # out" (before the provider's sign-out)
    with httpx.Client(base_url=server.url, timeout=30) as client:
        start = client.get("/auth/login?next=/queue", follow_redirects=False)
        callback = op.authorize(start.headers["location"], "cara", f"{server.url}/auth/callback")
        signed_in = client.get(callback, follow_redirects=False)
        assert signed_in.status_code == 200 and "You are signed in as cara" in signed_in.text
        signing_out = client.post("/logout", follow_redirects=False)
        assert signing_out.status_code == 200 and "Signing you out" in signing_out.text
    _as_it_stands(driver, server, signed_in.text)
    assert text_of(driver, "continue-title") == "Signed in"
    _check(driver, axe, "signed in, moving on")
    _as_it_stands(driver, server, signing_out.text)
    assert text_of(driver, "continue-title") == "Signing you out"
    _check(driver, axe, "signing out, moving on to the provider")

    # both ways of signing in on one page (token sign-in turned back on beside the provider)
    both = start_server(request, tmp_path, **op.settings(token_login=True))
    try:
        open_page(driver, f"{both.url}/login")
        assert driver.find_elements(By.ID, "sign-in-oidc") and driver.find_elements(By.ID, "token")
        _check(driver, axe, "sign in: provider or token")
        type_into(driver, "token", "cw_not-a-token")
        driver.find_element(By.ID, "token").submit()
        wait_for(driver, "error-summary")
        ready(driver)
        assert driver.title.startswith("Error:")
        _check(driver, axe, "sign in: provider or token, a wrong token")
    finally:
        both.__exit__(None, None, None)
    assert axe.failures == [], "axe found:\n" + "\n".join(axe.failures)
