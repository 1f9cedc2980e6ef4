"""The HTTP API and web app in-process: roles, idempotency, bad input, decisions, learning."""

from __future__ import annotations

import threading

import pytest
from review_helpers import LETTER, ROLES, submitted_case

from api.auth import ROLE_PERMISSIONS, Permission, Role, csrf_token

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
            from api.auth import user_for_token

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


def test_submit_returns_a_committed_redacted_case(api):
    response = api.submit(LETTER)
    assert response.status_code == 201
    body = response.json()
    assert response.headers["Location"] == f"/api/cases/{body['id']}"
    assert "Jane Smith" not in response.text
    assert body["status"] == "open" and body["version"] == 1
    assert body["team"] is None or body["team"] in api.services.teams
    assert body["provenance"]["index"]["manifest_sha256"] or body["provenance"]["embedding_model"]
    # committed: a fresh session (another connection) sees it at once
    with api.services.db.read() as session:
        from api.store.models import Case

        assert session.get(Case, body["id"]) is not None
    case = api.client.get(f"/api/cases/{body['id']}", headers=api.headers("auditor")).json()
    assert "Jane Smith" not in str(case)


def test_draft_notes_reach_the_caseworker(api):
    """A generated draft's grounding notes (sentences removed) are shown with the draft."""
    from api.store.models import Case

    note = "1 generated sentence removed: not supported by the guidance cited - “You are owed.”"
    case_id, plain_id = submitted_case(api), submitted_case(api)
    with api.services.db.write() as session:  # as a LangChain drafter would have stored it
        case = session.get(Case, case_id)
        suggestion = dict(case.suggestion)
        suggestion["reply"] = {**suggestion["reply"], "notes": [note]}
        case.suggestion = suggestion
    case = api.client.get(f"/api/cases/{case_id}", headers=api.headers("caseworker")).json()
    assert case["reply"]["notes"] == [note]
    plain = api.client.get(f"/api/cases/{plain_id}", headers=api.headers("caseworker")).json()
    assert plain["reply"]["notes"] == []
    api.sign_in("caseworker")  # a web session (the cookie holds a session id, not the token)
    try:
        page = api.client.get(f"/cases/{case_id}").text
        plain_page = api.client.get(f"/cases/{plain_id}").text
    finally:
        api.client.cookies.clear()
    assert 'id="draft-notes"' in page and "How this draft was made" in page
    assert "You are owed." in page
    assert 'id="draft-notes"' not in plain_page


def test_original_only_for_permitted_roles_and_audited(api):
    case_id = submitted_case(api)
    response = api.client.get(f"/api/cases/{case_id}/original", headers=api.headers("caseworker"))
    assert response.status_code == 200
    assert "Jane Smith" in response.json()["text"]
    assert response.headers["Cache-Control"] == "no-store"
    assert (
        api.client.get(f"/api/cases/{case_id}/original", headers=api.headers("auditor")).status_code
        == 403
    )
    trail = api.client.get(
        "/api/audit", params={"case_id": case_id}, headers=api.headers("auditor")
    ).json()["items"]
    assert [r["action"] for r in trail] == ["case.submitted", "original.viewed"]
    assert "Jane Smith" not in str(trail)


def test_idempotency_key_makes_one_case(api):
    first = api.submit(LETTER, key="letter-42")
    again = api.submit(LETTER, key="letter-42")
    assert first.status_code == 201 and again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert first.json()["id"] == again.json()["id"]
    other = api.submit(LETTER + " PS.", key="letter-42")
    assert other.status_code == 409 and other.json()["error"] == "idempotency_key_reused"
    total = api.client.get("/api/cases", headers=api.headers("caseworker")).json()["total"]
    assert total == 1


def test_idempotency_key_under_concurrent_retries(api):
    statuses, ids = [], set()

    def go():
        response = api.submit(LETTER, key="same-key")
        statuses.append(response.status_code)
        ids.add(response.json()["id"])

    threads = [threading.Thread(target=go) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ids) == 1 and sorted(statuses).count(201) == 1 and set(statuses) <= {200, 201}


def test_upload_txt_and_eml(api):
    from test_review_ingest import HTML_ONLY, MULTIPART

    headers = api.headers("contact_centre")
    for name, data, ctype in (
        ("letter.txt", LETTER.encode(), "text/plain"),
        ("mail.eml", MULTIPART, "message/rfc822"),
        ("html.eml", HTML_ONLY, "application/octet-stream"),
    ):
        response = api.client.post(
            "/api/cases/upload", files={"file": (name, data, ctype)}, headers=headers
        )
        assert response.status_code == 201, (name, response.text)
        assert response.json()["channel"] == name.rsplit(".", 1)[1]


BAD_INPUT = [
    ("empty text", "POST", "/api/cases", {"json": {"text": ""}}, 422, "empty"),
    ("blank text", "POST", "/api/cases", {"json": {"text": " \n\t "}}, 422, "empty"),
    ("missing text", "POST", "/api/cases", {"json": {}}, 422, "invalid"),
    ("extra field", "POST", "/api/cases", {"json": {"text": "a", "team": "x"}}, 422, "invalid"),
    (
        "not json",
        "POST",
        "/api/cases",
        {"content": b"{nope", "headers": {"Content-Type": "application/json"}},
        422,
        "invalid",
    ),
    (
        "letter too long",
        "POST",
        "/api/cases",
        {"json": {"text": "word " * 2000}},
        413,
        "letter_too_long",
    ),
    ("body too large", "POST", "/api/cases", {"json": {"text": "x" * 70_000}}, 413, "too_large"),
    (
        "upload too large",
        "POST",
        "/api/cases/upload",
        {"files": {"file": ("a.txt", b"x" * 70_000, "text/plain")}},
        413,
        "too_large",
    ),
    (
        "unsupported type",
        "POST",
        "/api/cases/upload",
        {"files": {"file": ("a.xlsx", b"PK\x03\x04", "application/octet-stream")}},
        415,
        "unsupported_type",
    ),
    (
        "damaged pdf",
        "POST",
        "/api/cases/upload",
        {"files": {"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}},
        422,
        "unreadable",
    ),
    (
        "bad encoding",
        "POST",
        "/api/cases/upload",
        {"files": {"file": ("a.txt", b"caf\xe9 au lait", "text/plain")}},
        422,
        "bad_encoding",
    ),
    (
        "empty file",
        "POST",
        "/api/cases/upload",
        {"files": {"file": ("a.txt", b"", "text/plain")}},
        422,
        "empty",
    ),
    ("no file", "POST", "/api/cases/upload", {}, 422, "invalid"),
    (
        "idempotency key too long",
        "POST",
        "/api/cases",
        {"json": {"text": "hello"}, "headers": {"Idempotency-Key": "k" * 300}},
        422,
        "bad_idempotency_key",
    ),
    ("unknown case", "GET", "/api/cases/nope", {}, 404, "not_found"),
    ("page too big", "GET", "/api/cases", {"params": {"page_size": 1000}}, 422, "invalid"),
    ("bad filter", "GET", "/api/cases", {"params": {"status": "lost"}}, 422, "invalid"),
    ("unknown team filter", "GET", "/api/cases", {"params": {"team": "nope"}}, 422, "unknown_team"),
    ("empty search", "POST", "/api/guidance/search", {"json": {"query": " "}}, 422, "empty"),
    (
        "search too long",
        "POST",
        "/api/guidance/search",
        {"json": {"query": "q" * 3000}},
        422,
        "invalid",
    ),
]


@pytest.mark.parametrize(
    "name, method, path, kwargs, status, code", BAD_INPUT, ids=[row[0] for row in BAD_INPUT]
)
def test_bad_input_is_a_clear_4xx(api_factory, name, method, path, kwargs, status, code):
    api = api_factory(max_letter_chars=5_000, max_request_bytes=60_000)
    headers = {**api.headers("admin"), **kwargs.pop("headers", {})}
    response = api.client.request(method, path, headers=headers, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code and body["detail"]


@pytest.mark.parametrize(
    "body, status, code",
    [
        (
            {"action": "reroute", "reason_code": "wrong_team", "version": 1, "team": "nope"},
            422,
            "unknown_team",
        ),
        ({"action": "reroute", "reason_code": "wrong_team", "version": 1}, 422, "team_required"),
        ({"action": "accept", "reason_code": "wrong_team", "version": 1}, 422, "no_reason_needed"),
        ({"action": "escalate", "reason_code": "wrong_team", "version": 1}, 422, "bad_reason"),
        ({"action": "escalate", "version": 1}, 422, "reason_required"),
        ({"action": "reroute", "version": 1, "team": "benefits"}, 422, "reason_required"),
        ({"action": "escalate", "reason_code": "other", "version": 1}, 422, "note_required"),
        ({"action": "edit_reply", "version": 1}, 422, "reply_required"),
        (
            {"action": "edit_reply", "reason_code": "reply_tone", "version": 1, "reply_text": "x"},
            422,
            "no_reason_needed",
        ),
        ({"action": "fly", "reason_code": "other", "version": 1}, 422, "invalid"),
        ({"action": "escalate", "reason_code": "complaint", "version": 7}, 409, "version_conflict"),
        (
            {"action": "escalate", "reason_code": "complaint", "version": 1, "note": "n" * 5000},
            422,
            "invalid",
        ),
    ],
)
def test_bad_decisions(api, body, status, code):
    case_id = submitted_case(api)
    response = api.decide(case_id, **body)
    assert response.status_code == status, response.text
    assert response.json()["error"] == code


def test_decision_flow_and_closed_case(api):
    case_id = submitted_case(api)
    teams = api.services.teams
    r = api.decide(
        case_id,
        action="edit_reply",
        version=1,
        reply_text="Dear <PERSON_1>, thank you. Mr John Williams will call you on 07700 900123.",
    )
    assert r.status_code == 201, r.text
    case = r.json()["case"]
    assert case["version"] == 2 and case["status"] == "open"
    fake = type(api.services.pipeline).__name__ == "FakePipeline"
    assert "07700 900123" not in case["reply"]["text"] or fake
    original = api.client.get(f"/api/cases/{case_id}/original", headers=api.headers("caseworker"))
    assert "07700 900123" in (original.json()["reply_text"] or "") or fake  # kept apart
    r = api.decide(
        case_id,
        action="escalate",
        reason_code="complex_case",
        version=2,
        note="Needs a senior look",
    )
    assert r.json()["case"]["status"] == "escalated"
    target = next(t for t in teams if t != r.json()["case"]["team"])
    r = api.decide(case_id, action="reroute", reason_code="wrong_team", version=3, team=target)
    assert r.status_code == 201
    case = r.json()["case"]
    assert (case["status"], case["team"], case["version"]) == ("rerouted", target, 4)
    assert [d["action"] for d in case["decisions"]] == ["edit_reply", "escalate", "reroute"]
    r = api.decide(case_id, action="accept", version=4)
    assert r.status_code == 409 and r.json()["error"] == "case_closed"
    trail = api.client.get(
        "/api/audit", params={"case_id": case_id}, headers=api.headers("auditor")
    ).json()["items"]
    assert [t["action"] for t in trail] == [
        "case.submitted",
        "decision.edit_reply",
        "original.viewed",
        "decision.escalate",
        "decision.reroute",
    ]
    assert "07700 900123" not in str(trail)
    assert trail[-1]["payload"]["to_team"] == target and trail[-1]["actor"] == "caseworker-user"
    verify = api.client.get("/api/audit/verify", headers=api.headers("auditor")).json()
    assert verify["ok"] and verify["records"] >= 5


def test_concurrent_decisions_conflict(api):
    case_id = submitted_case(api)
    target = api.services.teams[-1]
    results = []
    barrier = threading.Barrier(5)

    def go():
        barrier.wait()
        results.append(
            api.decide(case_id, action="escalate", reason_code="complaint", version=1).status_code
        )

    threads = [threading.Thread(target=go) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [201, 409, 409, 409, 409], results
    del target


def test_queue_filters_and_paging(api):
    for _i in range(5):
        submitted_case(api)
    headers = api.headers("caseworker")
    page = api.client.get("/api/cases", params={"page_size": 2, "page": 3}, headers=headers).json()
    assert page["total"] == 5 and page["pages"] == 3 and len(page["items"]) == 1
    first = page["items"][0]
    for key, value in (
        ("status", "open"),
        ("priority", first["priority"]),
        ("flagged", str(first["flagged"]).lower()),
        ("abstained", str(first["abstained"]).lower()),
    ):
        got = api.client.get("/api/cases", params={key: value}, headers=headers).json()
        assert got["total"] >= 1 and all(str(item[key]).lower() == value for item in got["items"])
    assert (
        api.client.get("/api/cases", params={"status": "closed"}, headers=headers).json()["total"]
        == 0
    )


def test_guidance_search_redacts_the_query(api):
    response = api.client.post(
        "/api/guidance/search",
        json={"query": "Mrs Jane Smith universal credit", "k": 3},
        headers=api.headers("contact_centre"),
    )
    assert response.status_code == 200
    body = response.json()
    assert "Jane Smith" not in body["query_redacted"]
    assert 1 <= len(body["hits"]) <= 3 and body["hits"][0]["url"].startswith("http")


def test_openapi_and_health(api):
    spec = api.client.get("/openapi.json").json()
    assert "/api/cases" in spec["paths"] and "/api/cases/{case_id}/decisions" in spec["paths"]
    assert "/queue" not in spec["paths"]
    assert api.client.get("/api/health").json()["status"] == "ok"
    assert api.client.get("/docs").status_code == 200


def test_corrections_teach_the_router_at_once(api_factory, tmp_path):
    """A re-routed letter becomes a labelled example; the next identical letter goes where the
    caseworker sent the first, also in a second app (another worker) on the same database."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    api = api_factory(url)
    letter = (
        "I run a small bakery and want to know about the rules on display of food "
        "allergen labels for the pastries I sell from my shop window."
    )
    first = api.submit(letter).json()
    target = next(t for t in api.services.teams if t != first["team"])
    r = api.decide(first["id"], action="reroute", reason_code="wrong_team", version=1, team=target)
    assert r.status_code == 201
    second = api.submit(letter).json()
    assert second["team"] == target, second["candidates"]
    assert second["provenance"]["memory_examples"] >= 1
    # The examples table holds the label (redacted text) for `casework train` too.
    from api.learning import labelled_examples

    rows = labelled_examples(api.services.db)
    assert rows == [{"id": first["id"], "text": first["redacted_text"], "team": target}]


def test_no_letter_text_in_logs(api, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    case_id = submitted_case(api)
    api.decide(
        case_id,
        action="escalate",
        reason_code="other",
        version=1,
        note="Mrs Jane Smith phoned again",
    )
    api.client.post(
        "/api/guidance/search",
        json={"query": "Mrs Jane Smith benefits"},
        headers=api.headers("caseworker"),
    )
    api.submit("EXPLODE Mrs Jane Smith")  # a failing letter is logged by error type only
    assert "Jane Smith" not in caplog.text


def test_decisions_export_feeds_the_auditors_override_rates(api_factory, tmp_path, monkeypatch):
    """`casework store export-decisions` writes what `casework evaluate --decisions` reads: per
    decision the suggested team, the team a caseworker settled on, the action; no letter text."""
    import json

    from typer.testing import CliRunner

    from api.cli import app as service_cli
    from api.settings import get_service_settings
    from evaluation.agreement import human_agreement
    from evaluation.cases import load_decisions

    url = f"sqlite:///{tmp_path / 'decisions.db'}"
    api = api_factory(url)
    routed = []
    for text in (
        "My Universal Credit payment has been stopped and I do not know why.",
        "I want to report a pothole on the main road outside the school.",
        LETTER,
    ):
        case = api.submit(text).json()
        routed.append(case)
    first, second, third = routed
    if first["team"] is not None:
        assert api.decide(first["id"], action="accept", version=1).status_code == 201
    else:
        first = None
    target = next(t for t in api.services.teams if t != second["team"])
    assert (
        api.decide(
            second["id"], action="reroute", reason_code="wrong_team", version=1, team=target
        ).status_code
        == 201
    )
    assert (
        api.decide(
            third["id"], action="escalate", reason_code="other", version=1, note="needs a manager"
        ).status_code
        == 201
    )

    monkeypatch.setenv("CASEWORK_DATABASE_URL", url)
    monkeypatch.setenv("CASEWORK_AUDIT_ANCHOR_FILE", str(tmp_path / "cli-anchors.jsonl"))
    get_service_settings.cache_clear()
    try:
        out = tmp_path / "decisions.jsonl"
        result = CliRunner().invoke(service_cli, ["store", "export-decisions", "-o", str(out)])
    finally:
        get_service_settings.cache_clear()
    assert result.exit_code == 0, result.output
    rows = {row["case_id"]: row for row in load_decisions(out)}
    assert len(rows) == 3 - (first is None)
    raw = out.read_text(encoding="utf-8")
    assert "Universal Credit" not in raw and "pothole" not in raw  # no letter text
    if first is not None:
        assert (
            rows[first["id"]]["team_final"] == first["team"] == rows[first["id"]]["team_suggested"]
        )
    assert rows[second["id"]]["team_final"] == target
    assert rows[second["id"]]["team_suggested"] == (None if second["abstained"] else second["team"])
    assert rows[third["id"]]["action"] == "escalate" and rows[third["id"]]["team_final"] is None
    agreement = human_agreement(rows.values(), min_sample=1)
    routed_suggestions = [
        r for r in rows.values() if r["team_suggested"] is not None and r["team_final"] is not None
    ]
    assert sum(t["n"] for t in agreement["teams"]) == len(routed_suggestions)
    assert sum(t["overridden"] for t in agreement["teams"]) == sum(
        r["team_final"] != r["team_suggested"] for r in routed_suggestions
    )
    json.dumps(agreement)  # the report writes it as JSON


def test_train_from_store_learns_the_caseworkers_decisions(
    api_factory, pipeline_index_dir, tmp_path, monkeypatch
):
    """Accepted and re-routed cases retrain the supervised router (`casework train
    --from-store`), on their redacted text, with the teams caseworkers chose."""
    import json
    import shutil

    from typer.testing import CliRunner

    from api.settings import get_service_settings
    from cli.main import app as casework

    url = f"sqlite:///{tmp_path / 'store.db'}"
    api = api_factory(url)
    teams = sorted(api.services.teams)[:2]
    letters = {
        teams[0]: [
            "I was refused a blue badge for parking near my home.",
            "How long will my blue badge application take to decide?",
            "My blue badge has expired and I need a new one.",
        ],
        teams[1]: [
            "The bins on our street were not collected again this week.",
            "Our recycling bin was missed for the third time.",
            "Please collect the garden waste bin you missed on Monday.",
        ],
    }
    for team, texts in letters.items():
        for text in texts:
            case = api.submit(text).json()
            if case["team"] == team:
                body = {"action": "accept"}
            else:
                body = {"action": "reroute", "reason_code": "wrong_team", "team": team}
            assert api.decide(case["id"], version=1, **body).status_code == 201

    index_dir = tmp_path / "index"
    shutil.copytree(pipeline_index_dir, index_dir)
    monkeypatch.setenv("CASEWORK_DATABASE_URL", url)
    monkeypatch.setenv("CASEWORK_AUDIT_ANCHOR_FILE", str(tmp_path / "cli-anchors.jsonl"))
    get_service_settings.cache_clear()
    try:
        refused = CliRunner().invoke(casework, ["train", "--index", str(index_dir)])
        result = CliRunner().invoke(casework, ["train", "--from-store", "--index", str(index_dir)])
    finally:
        get_service_settings.cache_clear()
    assert refused.exit_code == 2 and "--from-store" in refused.output
    assert result.exit_code == 0, result.output
    assert "6 labelled cases from the review service's database" in result.output
    meta = json.loads((index_dir / "router" / "router.json").read_text(encoding="utf-8"))
    assert meta["mode"] == "supervised" and sorted(meta["classes"]) == teams
