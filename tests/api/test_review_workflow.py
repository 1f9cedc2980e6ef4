# Over 500 lines: the review workflow as caseworkers go through it (decisions, replies, claims,
# conflicts, the audit trail, filters, CSV and reports), on the same fixtures.
"""The review workflow records exactly what people decided: reasons only where chosen, replies
stored as typed (only new personal data redacted, against the letter's placeholders), safeguarding
cases never closed in one step, conflicts never applied silently, claims, the contact centre's own
submissions, re-filled replies (audited), the audit trail in words, filters, CSV and reports."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import update

from api.store import audit
from api.store import repository as repo
from api.store.models import Case
from api.store.retention import retention_records

SAFEGUARDING_LETTER = (
    "My name is Mrs Jean Walker. My Universal Credit has been stopped and I "
    "have not eaten for two days. Some days I just want to end my life."
)
LETTER = (
    "Dear Sir or Madam, my name is Mrs Jane Smith and I live at 14 Acacia Avenue, "
    "Sheffield S10 2TN. My husband died in March and I want to ask about Bereavement "
    "Support Payment. Please can you tell me what to do."
)


def _submit(api, text=LETTER, role="contact_centre"):
    response = api.submit(text, role=role)
    assert response.status_code == 201, response.text
    return response.json()


def _trail(api, case_id):
    return api.client.get(
        "/api/audit", params={"case_id": case_id}, headers=api.headers("auditor")
    ).json()["items"]


def _real(api) -> bool:
    return type(api.services.pipeline).__name__ != "FakePipeline"


def test_decisions_record_only_the_reason_chosen(api):
    case = _submit(api)
    r = api.decide(case["id"], action="edit_reply", version=1, reply_text="Thank you.")
    assert r.status_code == 201, r.text
    assert r.json()["decision"]["reason_code"] is None
    target = next(t for t in api.services.teams if t != r.json()["case"]["team"])
    r = api.decide(
        case["id"], action="reroute", version=2, team=target, reason_code="needs_specialist"
    )
    assert r.status_code == 201, r.text
    decisions = r.json()["case"]["decisions"]
    assert [(d["action"], d["reason_code"]) for d in decisions] == [
        ("edit_reply", None),
        ("reroute", "needs_specialist"),
    ]
    payloads = [t["payload"] for t in _trail(api, case["id"]) if t["action"].startswith("decision")]
    assert [p["reason_code"] for p in payloads] == [None, "needs_specialist"]
    codes = api.client.get("/api/reason-codes", headers=api.headers("caseworker")).json()
    assert codes["reasons"]["accept"] == [] and codes["reasons"]["edit_reply"] == []


def test_reply_edit_keeps_the_letters_placeholders_and_redacts_only_new_data(api):
    if not _real(api):
        pytest.skip("needs the real redactor")
    case = _submit(api)
    full = api.client.get(f"/api/cases/{case['id']}", headers=api.headers("caseworker")).json()
    letter_placeholders = {e["placeholder"] for e in full["entities"]}
    assert "<PERSON_1>" in letter_placeholders
    typed = (
        "Dear <PERSON_1>,\nYou can claim Bereavement Support Payment. Our adviser Gareth "
        "Llewellyn-Jones will call you on 07700 900461.\n"
    )
    preview = api.client.post(
        f"/api/cases/{case['id']}/reply-preview",
        json={"reply_text": typed},
        headers=api.headers("caseworker"),
    )
    assert preview.status_code == 200, preview.text
    body = preview.json()
    typed_values = {r["typed"] for r in body["redactions"]}
    assert {"Gareth Llewellyn-Jones", "07700 900461"} <= typed_values
    assert all(r["placeholder"] not in letter_placeholders for r in body["redactions"])
    r = api.decide(case["id"], action="edit_reply", version=1, reply_text=typed)
    assert r.status_code == 201, r.text
    stored = r.json()["case"]["reply"]["text"]
    assert stored == body["redacted_text"]
    assert stored.startswith("Dear <PERSON_1>,\nYou can claim Bereavement Support Payment.")
    assert "Gareth" not in stored and "07700" not in stored
    # apart from the newly typed personal data, the reply is what was typed

    for redaction in body["redactions"]:
        stored = stored.replace(redaction["placeholder"], redaction["typed"])
    assert stored == typed
    filled = api.client.get(
        f"/api/cases/{case['id']}/reply/filled", headers=api.headers("caseworker")
    ).json()["text"]
    assert "Dear Jane Smith," in filled and "Gareth Llewellyn-Jones" in filled
    assert re.search(r"<[A-Z_]+_\d+>", filled) is None
    assert _trail(api, case["id"])[-1]["action"] == "reply.revealed"
    assert (
        api.client.get(
            f"/api/cases/{case['id']}/reply/filled", headers=api.headers("auditor")
        ).status_code
        == 403
    )


def test_a_safeguarding_case_cannot_be_closed_in_one_step(api):
    if not _real(api):
        pytest.skip("needs the real flag detector")
    case = _submit(api, SAFEGUARDING_LETTER)
    assert "safeguarding" in case["flag_kinds"] and case["priority"] == "urgent"
    assert case["reply"]["text"].startswith("Hello,\n\nWe are worried about what you have told us")
    assert "116 123" in case["reply"]["text"]
    team = case["team"] or api.services.teams[0]
    action = (
        {"action": "accept", "version": 1}
        if case["team"]
        else {"action": "reroute", "version": 1, "team": team, "reason_code": "wrong_team"}
    )
    r = api.decide(case["id"], **action)
    assert r.status_code == 422 and r.json()["error"] == "safeguarding_ack"
    r = api.decide(case["id"], **action, acknowledge_safeguarding=True)
    assert r.status_code == 422
    assert r.json()["error"] == ("reason_required" if case["team"] else "note_required")
    reason = "no_risk_found" if case["team"] else "wrong_team"
    r = api.decide(
        case["id"],
        **{**action, "reason_code": reason},
        acknowledge_safeguarding=True,
        note="Spoke to her today; crisis team informed",
    )
    assert r.status_code == 201, r.text
    last = _trail(api, case["id"])[-1]
    assert last["payload"]["safeguarding_acknowledged"] is True
    assert "safeguarding concern acknowledged" in last["description"]


def test_escalating_is_the_other_way_to_handle_safeguarding(api):
    if not _real(api):
        pytest.skip("needs the real flag detector")
    case = _submit(api, SAFEGUARDING_LETTER)
    r = api.decide(case["id"], action="escalate", version=1, reason_code="safeguarding")
    assert r.status_code == 201, r.text
    assert r.json()["case"]["status"] == "escalated"


def test_a_conflict_says_who_changed_what_and_saves_nothing(api):
    case = _submit(api)
    first = api.decide(
        case["id"], action="edit_reply", version=1, reply_text="Please send us the form."
    )
    assert first.status_code == 201
    stale = api.decide(case["id"], action="edit_reply", version=1, reply_text="My older reply")
    assert stale.status_code == 409
    body = stale.json()
    assert body["error"] == "version_conflict"
    current = body["current"]
    assert current["version"] == 2 and current["by"] == "caseworker-user"
    assert current["action"] == "edit_reply" and current["at"].endswith("Z")
    assert "edited the reply" in body["detail"] and "nothing of yours was saved" in body["detail"]
    now = api.client.get(f"/api/cases/{case['id']}", headers=api.headers("caseworker")).json()
    assert now["reply"]["text"] == "Please send us the form." and now["version"] == 2


def test_claims(api):
    from api.auth import create_user

    with api.services.db.write() as session:
        _, other = create_user(session, "bob", "caseworker")
    bob = {"Authorization": f"Bearer {other}"}
    case = _submit(api)
    mine = api.client.post(
        f"/api/cases/{case['id']}/claim", json={}, headers=api.headers("caseworker")
    )
    assert mine.status_code == 200 and mine.json()["claimed_by"] == "caseworker-user"
    queue = api.client.get("/api/cases", headers=api.headers("caseworker")).json()["items"]
    assert next(c for c in queue if c["id"] == case["id"])["claimed_by"] == "caseworker-user"
    refused = api.client.post(
        f"/api/cases/{case['id']}/decisions",
        headers=bob,
        json={"action": "edit_reply", "version": 1, "reply_text": "x"},
    )
    assert refused.status_code == 409 and refused.json()["error"] == "claimed"
    assert refused.json()["claimed_by"] == "caseworker-user"
    assert (
        api.client.post(f"/api/cases/{case['id']}/claim", json={}, headers=bob).status_code == 409
    )
    taken = api.client.post(f"/api/cases/{case['id']}/claim", json={"take_over": True}, headers=bob)
    assert taken.status_code == 200 and taken.json()["claimed_by"] == "bob"
    assert _trail(api, case["id"])[-1]["payload"]["taken_over_from"] == "caseworker-user"
    # a claim lapses
    with api.services.db.write() as session:
        claimed_at = session.get(Case, case["id"]).claimed_at
        session.execute(
            update(Case)
            .where(Case.id == case["id"])
            .values(claimed_at=claimed_at - timedelta(hours=2))
        )
    r = api.decide(case["id"], action="escalate", version=1, reason_code="complaint")
    assert r.status_code == 201, r.text
    # a closing decision releases the claim
    api.client.post(f"/api/cases/{case['id']}/claim", json={}, headers=api.headers("caseworker"))
    target = next(t for t in api.services.teams if t != r.json()["case"]["team"])
    r = api.decide(case["id"], action="reroute", version=2, team=target, reason_code="wrong_team")
    assert r.status_code == 201 and r.json()["case"]["claimed_by"] is None


def test_contact_centre_sees_only_its_own_recent_submissions(api):
    from api.auth import create_user

    with api.services.db.write() as session:
        _, other = create_user(session, "carol", "contact_centre")
    case = _submit(api)
    mine = api.client.get(f"/api/my/cases/{case['id']}", headers=api.headers("contact_centre"))
    assert mine.status_code == 200, mine.text
    body = mine.json()
    if _real(api):
        assert (
            "Jane Smith" in body["reply"]
            or "Sheffield" in body["reply"]
            or "<" not in body["reply"]
        )
    assert body["citations"] == case["reply"]["citations"]
    listing = api.client.get("/api/my/cases", headers=api.headers("contact_centre")).json()
    assert [c["id"] for c in listing["items"]] == [case["id"]]
    theirs = {"Authorization": f"Bearer {other}"}
    assert api.client.get(f"/api/my/cases/{case['id']}", headers=theirs).status_code == 404
    assert api.client.get("/api/my/cases", headers=theirs).json()["items"] == []
    assert (
        api.client.get(
            f"/api/cases/{case['id']}", headers=api.headers("contact_centre")
        ).status_code
        == 403
    )
    assert (
        api.client.get(
            f"/api/cases/{case['id']}/original", headers=api.headers("contact_centre")
        ).status_code
        == 403
    )
    assert _trail(api, case["id"])[-1]["action"] == "submission.viewed"


def test_flags_are_explained_in_words_to_the_contact_centre(api):
    if not _real(api):
        pytest.skip("needs the real flag detector")
    case = _submit(api, SAFEGUARDING_LETTER)
    body = api.client.get(
        f"/api/my/cases/{case['id']}", headers=api.headers("contact_centre")
    ).json()
    words = " ".join(f["explanation"] for f in body["flags"])
    assert "116 123" in words and body["flags"][0]["kind"] == "safeguarding"
    assert "Jean Walker" in body["reply"] or "<PERSON" not in body["reply"]


def test_audit_filters_words_and_csv(api):
    case = _submit(api)
    api.decide(case["id"], action="escalate", version=1, reason_code="complaint")
    headers = api.headers("auditor")
    items = api.client.get(
        "/api/audit", params={"action": "decision.escalate"}, headers=headers
    ).json()["items"]
    assert [i["case_id"] for i in items] == [case["id"]]
    assert (
        items[0]["description"]
        == "caseworker-user escalated the case (reason: complaint; service token)"
    )
    by_actor = api.client.get(
        "/api/audit", params={"actor": "contact_centre-user"}, headers=headers
    ).json()["items"]
    assert {i["action"] for i in by_actor} == {"case.submitted"}
    team = api.client.get(f"/api/cases/{case['id']}", headers=headers).json()["team"]
    if team:
        by_team = api.client.get("/api/audit", params={"team": team}, headers=headers).json()
        assert {i["case_id"] for i in by_team["items"]} == {case["id"]}
    future = api.client.get(
        "/api/audit", params={"date_from": "2999-01-01"}, headers=headers
    ).json()
    assert future["items"] == []
    exported = api.client.get(
        "/api/audit/export.csv", params={"case_id": case["id"]}, headers=headers
    )
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["action"] for r in rows] == ["case.submitted", "decision.escalate"]
    assert (
        len(rows[-1]["hash"]) == 64
        and json.loads(rows[-1]["payload"])["reason_code"] == "complaint"
    )
    assert (
        api.client.get("/api/audit/export.csv", headers=api.headers("contact_centre")).status_code
        == 403
    )


def test_reports_are_served_to_auditors(api_factory, tmp_path):
    reports = tmp_path / "reports"
    (reports / "routing-demo").mkdir(parents=True)
    (reports / "routing-demo" / "metrics.json").write_text(
        json.dumps({"title": "Routing on the demo letters", "kind": "routing", "synthetic": True})
    )
    (reports / "routing-demo" / "report.html").write_text("<html><body>report</body></html>")
    (reports / "half-written").mkdir()
    api = api_factory(reports_dir=reports)
    listing = api.client.get("/api/reports", headers=api.headers("auditor"))
    assert [r["name"] for r in listing.json()] == ["routing-demo"]
    assert listing.json()[0]["synthetic"] is True
    page = api.client.get("/api/reports/routing-demo", headers=api.headers("auditor"))
    assert page.status_code == 200 and "report" in page.text
    assert "style-src 'unsafe-inline'" in page.headers["content-security-policy"]
    for bad in ("..", "half-written", "%2e%2e", "nope"):
        assert (
            api.client.get(f"/api/reports/{bad}", headers=api.headers("auditor")).status_code == 404
        )
    assert api.client.get("/api/reports", headers=api.headers("caseworker")).status_code == 403


def test_draft_retention_by_team_and_week_for_auditors(api):
    """How much of each drafted reply caseworkers kept, from the stored decisions."""
    kept, rewritten, untouched = _submit(api), _submit(api), _submit(api)
    draft = api.client.get(f"/api/cases/{kept['id']}", headers=api.headers("caseworker")).json()[
        "reply"
    ]["text"]
    # one word added to the draft; a reply written from scratch; no decision yet
    assert (
        api.decide(
            kept["id"],
            action="edit_reply",
            version=1,
            reply_text=draft.replace("Hello,", "Hello again,", 1),
        ).status_code
        == 201
    )
    assert (
        api.decide(
            rewritten["id"],
            action="edit_reply",
            version=1,
            reply_text="We are sorry. Please call us.",
        ).status_code
        == 201
    )
    response = api.client.get("/api/reports/retention", headers=api.headers("auditor"))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["overall"]["cases"] == 2 and body["overall"]["edited_share"] == 1.0
    assert 0 < body["overall"]["median_kept_share"] < 1
    assert sum(t["cases"] for t in body["by_team"]) == 2
    assert len(body["by_week"]) == 1 and body["by_week"][0]["week"].count("-W") == 1
    assert draft not in response.text and "Please call us" not in response.text

    with api.services.db.read() as session:
        records = {r["case_id"]: r for r in retention_records(session)}
    assert untouched["id"] not in records
    assert records[kept["id"]]["edit_distance"] == 1
    assert records[kept["id"]]["kept_share"] == 1.0
    assert records[rewritten["id"]]["kept_share"] < 0.2
    assert (
        api.client.get("/api/reports/retention", headers=api.headers("caseworker")).status_code
        == 403
    )


# --- findings of the web-app review (each fixed, each a test) -----------------------------------
def _bob(api) -> dict:
    from api.auth import create_user

    with api.services.db.write() as session:
        _, token = create_user(session, "bob", "caseworker")
    return {"Authorization": f"Bearer {token}"}


def test_a_claim_refusal_reads_as_a_sentence_with_a_time_a_person_reads(api):
    case = _submit(api)
    api.client.post(f"/api/cases/{case['id']}/claim", json={}, headers=_bob(api))
    refused = api.decide(case["id"], action="escalate", version=1, reason_code="complaint")
    assert refused.status_code == 409
    detail = refused.json()["detail"]
    assert detail.startswith("This case is claimed by bob (since ")
    assert " UTC, less than a minute ago)" in detail
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", detail)  # no ISO timestamp
    assert refused.json()["claimed_at"].endswith("Z")  # the machine-readable one stays


def test_a_reply_preview_refuses_a_stale_version_or_someone_elses_claim_first(api):
    case = _submit(api)
    url = f"/api/cases/{case['id']}/reply-preview"
    headers = api.headers("caseworker")
    ok = api.client.post(url, json={"reply_text": "Dear Mrs Smith", "version": 1}, headers=headers)
    assert ok.status_code == 200, ok.text
    api.decide(case["id"], action="edit_reply", version=1, reply_text="Thank you.")
    stale = api.client.post(
        url, json={"reply_text": "Dear Mrs Smith", "version": 1}, headers=headers
    )
    assert stale.status_code == 409 and stale.json()["error"] == "version_conflict"
    api.client.post(f"/api/cases/{case['id']}/claim", json={}, headers=_bob(api))
    claimed = api.client.post(
        url, json={"reply_text": "Dear Mrs Smith", "version": 2}, headers=headers
    )
    assert claimed.status_code == 409 and claimed.json()["error"] == "claimed"
    # without a version it is a plain preview, as before
    assert (
        api.client.post(url, json={"reply_text": "Dear Mrs Smith"}, headers=headers).status_code
        == 200
    )


def test_a_change_that_was_no_decision_is_named_in_words(api):
    from sqlalchemy import text

    case = _submit(api)
    with api.services.db.write() as session:
        session.execute(text("UPDATE cases SET version = 2 WHERE id = :id"), {"id": case["id"]})
        audit.append(
            session,
            actor="cli",
            action="case.re_redacted",
            case_id=case["id"],
            payload={"fields": ["redacted_text"]},
        )
    with api.services.db.read() as session:
        details = repo.conflict_details(session, session.get(Case, case["id"]))
    assert details["action_label"] == "redacted the stored case again"
    assert details["at"].endswith("Z") and "+00:00" not in details["at"]


def test_own_submission_shows_only_the_citations_the_reply_still_makes(api):
    case = _submit(api)
    citations = case["reply"]["citations"]
    if not citations:
        pytest.skip("the draft cited nothing")
    r = api.decide(
        case["id"],
        action="edit_reply",
        version=1,
        reply_text="Thank you for your letter. We will call you this week.",
    )
    assert r.status_code == 201, r.text
    body = api.client.get(
        f"/api/my/cases/{case['id']}", headers=api.headers("contact_centre")
    ).json()
    assert body["citations"] == []
    api.sign_in("contact_centre")
    try:
        page = api.client.get(f"/my/cases/{case['id']}")
    finally:
        api.client.cookies.clear()
    assert page.status_code == 200 and "Citations" not in page.text


def test_a_bad_audit_date_is_shown_beside_its_field(api):
    api.sign_in("auditor")
    try:
        page = api.client.get("/audit", params={"date_from": "31/11/2026", "actor": ""})
        csv_export = api.client.get("/audit.csv", params={"date_to": "2026-02-30"})
    finally:
        api.client.cookies.clear()
    assert page.status_code == 422
    assert 'href="#date_from"' in page.text and "govuk-error-summary" in page.text
    assert 'id="date_from-error"' in page.text and 'value="31/11/2026"' in page.text
    assert "Audit trail" in page.text  # the page itself, not an error page
    assert csv_export.status_code == 422  # never a CSV of more than was asked for


def test_after_a_second_conflict_the_form_keeps_the_version_first_worked_on(api):
    from api.auth import csrf_token, user_for_token

    case = _submit(api)
    api.decide(case["id"], action="edit_reply", version=1, reply_text="First change.")
    api.decide(case["id"], action="edit_reply", version=2, reply_text="Second change.")
    api.sign_in("caseworker")
    try:
        with api.services.db.read() as session:
            csrf = csrf_token(user_for_token(session, api.tokens["caseworker"]))
        page = api.client.post(
            f"/cases/{case['id']}/decide",
            data={
                "csrf": csrf,
                "action": "escalate",
                "reason_code": "complaint",
                "version": "1",
                "confirm_apply": "yes",
                "apply_to_version": "2",
            },
        )
    finally:
        api.client.cookies.clear()
    assert page.status_code == 409
    assert '<input type="hidden" name="version" value="1">' in page.text
    assert '<input type="hidden" name="apply_to_version" value="3">' in page.text
