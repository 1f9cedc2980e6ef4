"""Who may do what, in-process: every API route and web page against the role matrix, requests
without a token or sign-in refused, and forms that need the CSRF value."""

from __future__ import annotations

import pytest
from review_helpers import LETTER, ROLES, submitted_case

from api.auth import ROLE_PERMISSIONS, Permission, Role, csrf_token, user_for_token

# Every route, and the permission it needs ("any": any signed-in user; None: no sign-in needed).
API_ROUTES = [
    ("GET", "/api/health", None),
    ("GET", "/api/me", "any"),
    ("GET", "/api/teams", "any"),
    ("GET", "/api/reason-codes", "any"),
    ("POST", "/api/cases", Permission.SUBMIT),
    ("POST", "/api/cases/upload", Permission.SUBMIT),
    ("GET", "/api/cases", Permission.READ_CASES),
    ("GET", "/api/cases/{id}", Permission.READ_CASES),
    ("GET", "/api/cases/{id}/original", Permission.READ_ORIGINAL),
    ("POST", "/api/cases/{id}/decisions", Permission.DECIDE),
    ("GET", "/api/cases/{id}/decisions", Permission.READ_CASES),
    ("POST", "/api/guidance/search", Permission.SEARCH_GUIDANCE),
    ("GET", "/api/audit", Permission.READ_AUDIT),
    ("GET", "/api/audit/verify", Permission.VERIFY_AUDIT),
    ("GET", "/api/reports/retention", Permission.READ_REPORTS),
]
WEB_ROUTES = [
    ("GET", "/queue", Permission.READ_CASES),
    ("GET", "/submit", Permission.SUBMIT),
    ("POST", "/submit", Permission.SUBMIT),
    ("GET", "/cases/{id}", Permission.READ_CASES),
    ("POST", "/cases/{id}/decide", Permission.DECIDE),
    ("GET", "/cases/{id}/original", Permission.READ_ORIGINAL),
    ("GET", "/audit", Permission.READ_AUDIT),
]
PUBLIC_WEB = {("GET", "/"), ("GET", "/login"), ("POST", "/login"), ("POST", "/logout")}


def allowed(role: str, permission) -> bool:
    return permission in (None, "any") or permission in ROLE_PERMISSIONS[Role(role)]


def _call(api, method, path, case_id, role):
    path = path.replace("{id}", case_id)
    headers = api.headers(role)
    if path == "/api/cases" and method == "POST":
        return api.client.post(path, json={"text": LETTER}, headers=headers)
    if path.endswith("/upload"):
        return api.client.post(
            path, files={"file": ("a.txt", LETTER.encode(), "text/plain")}, headers=headers
        )
    if path.endswith("/decisions") and method == "POST":
        return api.client.post(
            path,
            json={"action": "escalate", "reason_code": "complex_case", "version": 999},
            headers=headers,
        )
    if path == "/api/guidance/search":
        return api.client.post(path, json={"query": "universal credit payment"}, headers=headers)
    return api.client.request(method, path, headers=headers)


def test_every_route_is_in_the_role_matrix(api):
    listed = {(m, p) for m, p, _ in API_ROUTES + WEB_ROUTES} | PUBLIC_WEB
    for route in api.client.app.routes:
        path = getattr(route, "path", "")
        if path.startswith(("/openapi", "/docs", "/redoc", "/static")):
            continue
        for method in getattr(route, "methods", ()) or ():
            if method in ("HEAD", "OPTIONS"):
                continue
            assert (method, path.replace("{case_id}", "{id}")) in listed, (method, path)


@pytest.mark.parametrize("role", ROLES)
def test_api_role_matrix(api, role):
    case_id = submitted_case(api)
    for method, path, permission in API_ROUTES:
        response = _call(api, method, path, case_id, role)
        if allowed(role, permission):
            assert response.status_code not in (401, 403), (role, method, path, response.text)
        else:
            assert response.status_code == 403, (role, method, path, response.status_code)
            assert response.json()["error"] == "forbidden"


def test_api_without_a_token_is_refused(api):
    case_id = submitted_case(api)
    for method, path, permission in API_ROUTES:
        response = _call(api, method, path, case_id, None)
        if permission is None:
            assert response.status_code == 200
        else:
            assert response.status_code == 401, (method, path)
            assert response.headers["WWW-Authenticate"] == "Bearer"
    bad = {"Authorization": "Bearer cw_not-a-real-token"}
    assert api.client.get("/api/cases", headers=bad).status_code == 401


@pytest.mark.parametrize("role", ROLES)
def test_web_role_matrix(api, role):
    case_id = submitted_case(api)
    client = api.client
    api.sign_in(role)
    try:
        with api.services.db.read() as session:
            csrf = csrf_token(user_for_token(session, api.tokens[role]))
        for method, path, permission in WEB_ROUTES:
            url = path.replace("{id}", case_id)
            if method == "POST" and path == "/submit":
                response = client.post(
                    url,
                    data={"csrf": csrf, "idempotency_key": f"w-{role}", "text": LETTER},
                    follow_redirects=False,
                )
            elif method == "POST":
                response = client.post(
                    url,
                    data={
                        "csrf": csrf,
                        "action": "escalate",
                        "reason_code": "complex_case",
                        "version": "1",
                    },
                    follow_redirects=False,
                )
            else:
                response = client.get(url, follow_redirects=False)
            if allowed(role, permission):
                assert response.status_code in (200, 303), (
                    role,
                    method,
                    path,
                    response.status_code,
                )
            else:
                assert response.status_code == 403, (role, method, path, response.status_code)
                assert "You cannot do that" in response.text
    finally:
        client.cookies.clear()


def test_web_without_sign_in_redirects_to_login(api):
    response = api.client.get("/queue", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_web_forms_need_the_csrf_value(api):
    case_id = submitted_case(api)
    api.sign_in("caseworker")
    try:
        response = api.client.post(
            f"/cases/{case_id}/decide",
            data={
                "csrf": "forged",
                "action": "escalate",
                "reason_code": "complex_case",
                "version": "1",
            },
        )
        assert response.status_code == 403
    finally:
        api.client.cookies.clear()
