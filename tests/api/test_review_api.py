"""The HTTP API and web app in-process: submissions, idempotency, uploads, bad input, decisions,
the queue, guidance search, OpenAPI, no letter text in logs. Roles are tested in
test_review_roles.py, learning from decisions in test_review_learning.py."""

from __future__ import annotations

import logging
import threading

import pytest
from review_helpers import LETTER, submitted_case


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


def test_no_letter_text_in_logs(api, caplog):
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
