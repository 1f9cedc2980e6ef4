# Over 500 lines: one test per finding of the attack review (issue 13), kept together as its
# record; the fixtures they share are in conftest.py.
"""What was found when the service was attacked and misused (issue 13), one test each: forged
browser requests, an audit trail rolled back with its head, a deactivated user revived by a token
rotation, inputs that gave 500s, orphaned worker processes, inputs stored that should have been
refused, and an OpenAPI document that did not match the service."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from review_helpers import LETTER
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from api.auth import create_user, csrf_token, user_for_token
from api.db import Database
from api.openapi import ValidationErrorOut
from api.store import audit
from api.store.models import Case

ROOT = Path(__file__).resolve().parents[2]


def _cases(api) -> int:
    with api.services.db.read() as session:
        return session.execute(select(func.count()).select_from(Case)).scalar_one()


def _user(api, role):
    with api.services.db.read() as session:
        return user_for_token(session, api.tokens[role])


UPLOAD = {"file": ("letter.txt", LETTER.encode(), "text/plain")}


# --- 1. forged browser requests ------------------------------------------------------------------
def test_the_sign_in_cookie_alone_cannot_change_anything(api):
    client = api.client
    api.sign_in("contact_centre")
    try:
        before = _cases(api)
        foreign = client.post(
            "/api/cases/upload", files=UPLOAD, headers={"Origin": "https://evil.example"}
        )
        assert foreign.status_code == 403 and foreign.json()["error"] == "cross_origin"
        no_header = client.post("/api/cases/upload", files=UPLOAD)
        assert no_header.status_code == 403 and no_header.json()["error"] == "csrf_failed"
        wrong = client.post("/api/cases", json={"text": LETTER}, headers={"X-CSRF-Token": "x" * 32})
        assert wrong.status_code == 403
        assert _cases(api) == before, "nothing is stored on refusal"
        # reading with the cookie is fine; a change with the page's CSRF value too
        assert client.get("/api/me").status_code == 200
        right = client.post(
            "/api/cases",
            json={"text": LETTER},
            headers={"X-CSRF-Token": csrf_token(_user(api, "contact_centre"))},
        )
        assert right.status_code == 201, right.text
    finally:
        client.cookies.clear()
    # programs with a bearer token need no CSRF value
    assert api.submit(LETTER).status_code == 201


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "https://other.casework.example"},
        {"Referer": "https://evil.example/page"},
    ],
    ids=[
        "foreign origin",
        "null origin",
        "cross-site fetch",
        "same-site sibling",
        "foreign referer",
    ],
)
def test_web_forms_refuse_other_sites(api, headers):
    response = api.client.post(
        "/login",
        data={"token": api.tokens["caseworker"], "next": "/"},
        headers=headers,
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert "set-cookie" not in response.headers


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "http://127.0.0.1"},
        {"Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "none"},
        {"Referer": "http://127.0.0.1/login"},
    ],
    ids=["program", "own origin", "same-origin fetch", "typed address", "own referer"],
)
def test_web_forms_accept_their_own_pages(api, headers):
    response = api.client.post(
        "/login",
        data={"token": api.tokens["caseworker"], "next": "/"},
        headers=headers,
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def test_allowed_origins_admit_a_public_address_behind_a_proxy(api_factory):
    api = api_factory(allowed_origins=["https://casework.example.gov.uk"])
    response = api.client.post(
        "/login",
        data={"token": api.tokens["caseworker"]},
        headers={"Origin": "https://casework.example.gov.uk"},
        follow_redirects=False,
    )
    assert response.status_code == 303


@pytest.mark.parametrize(
    "base_url, setting, secure",
    [
        ("http://127.0.0.1", None, False),
        ("http://localhost:8000", None, False),
        ("http://casework.internal", None, True),
        ("https://casework.example.gov.uk", None, True),
        ("http://casework.internal", False, False),
        ("http://127.0.0.1", True, True),
    ],
)
def test_the_cookie_is_secure_unless_on_loopback(api_factory, base_url, setting, secure):
    api = api_factory(cookie_secure=setting)
    api.client.base_url = base_url
    response = api.client.post(
        "/login", data={"token": api.tokens["caseworker"]}, follow_redirects=False
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert ("secure" in cookie.lower()) is secure, cookie
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()


# --- 2. the audit trail cannot be quietly rolled back -------------------------------------------
@pytest.fixture
def anchored_db(database_url, tmp_path):
    from api.store.migrate import upgrade

    database = Database.from_url(database_url, anchors=audit.AnchorLog(tmp_path / "anchors.jsonl"))
    upgrade(database.engine)
    for i in range(6):
        with database.write() as session:
            create_user(session, f"user{i}", "caseworker")
    yield database
    database.dispose()


def _owner_sql(db, *statements: str) -> None:
    """What someone with owner rights could do: drop every guard, then change rows."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            for name in (
                "audit_log_no_update",
                "audit_log_no_delete",
                "audit_head_no_delete",
                "audit_head_no_insert",
                "audit_head_forward_only",
            ):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
            conn.exec_driver_sql("ALTER TABLE audit_head DISABLE TRIGGER USER")
        for statement in statements:
            conn.exec_driver_sql(statement)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_head SET seq = seq - 1",
        (
            "UPDATE audit_head SET hash = CASE WHEN substr(hash, 1, 1) = '0' THEN '1' ELSE '0' END "
            "|| substr(hash, 2)"
        ),
        "UPDATE audit_head SET seq = seq + 5",
        "DELETE FROM audit_head",
        "INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'x')",
    ],
)
def test_the_chain_head_only_moves_forward(anchored_db, statement):
    with pytest.raises(Exception, match="audit_head"), anchored_db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_postgresql_refuses_truncating_the_trail(anchored_db):
    if anchored_db.dialect != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's (SQLite has none)")
    for table in ("audit_log", "audit_head"):
        with pytest.raises(Exception, match="cannot be truncated"):
            with anchored_db.engine.begin() as conn:
                conn.exec_driver_sql(f"TRUNCATE {table}")


def test_a_rollback_of_log_and_head_together_is_caught_by_the_anchors(anchored_db):
    with anchored_db.read() as session:
        intact = audit.verify(session, anchors=anchored_db.anchors)
    assert intact.ok, intact.problems
    assert intact.records == 6
    anchors = anchored_db.anchors.path.read_text().splitlines()
    assert [json.loads(line)["seq"] for line in anchors] == [1, 2, 3, 4, 5, 6]

    _owner_sql(
        anchored_db,
        "DELETE FROM audit_log WHERE seq > 3",
        "UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)",
    )
    with anchored_db.read() as session:
        inside_only = audit.verify(session)
        anchored = audit.verify(session, anchors=anchored_db.anchors)
    # the chain alone is consistent again (only the removed guards give it away) ...
    assert not any("record" in p for p in inside_only.problems), inside_only.problems
    # ... but the anchors outside the database remember record 6
    assert not anchored.ok
    assert any("ends at record 3 but record 6 was anchored" in p for p in anchored.problems)


def test_a_rewritten_trail_does_not_match_its_anchors(anchored_db):
    """Records replaced by a consistent forged chain: every hash after the change differs."""
    with anchored_db.read() as session:
        rows = session.execute(
            text(
                "SELECT seq, created_at, actor, action, case_id, payload "
                "FROM audit_log ORDER BY seq"
            )
        ).all()
    forged, prev = [], audit.GENESIS
    for seq, created_at, actor, action, case_id, payload in rows:
        actor = "mallory" if seq == 2 else actor
        body = {
            "seq": seq,
            "created_at": created_at,
            "actor": actor,
            "action": action,
            "case_id": case_id,
            "payload": json.loads(payload),
        }
        digest = audit.record_hash(prev, body)
        forged.append(
            f"UPDATE audit_log SET actor = '{actor}', prev_hash = '{prev}', "
            f"hash = '{digest}' WHERE seq = {seq}"
        )
        prev = digest
    _owner_sql(
        anchored_db,
        "UPDATE audit_log SET hash = 'tmp' || seq",
        *forged,
        f"UPDATE audit_head SET hash = '{prev}'",
    )
    with anchored_db.read() as session:
        result = audit.verify(session, anchors=anchored_db.anchors)
    assert not result.ok
    assert any("record 2 is not the record anchored" in p for p in result.problems), result.problems


def test_signed_anchors_catch_an_edited_anchor_file(database_url, tmp_path):
    from api.store.migrate import upgrade

    path = tmp_path / "anchors.jsonl"
    database = Database.from_url(database_url, anchors=audit.AnchorLog(path, key="k" * 32))
    try:
        upgrade(database.engine)
        with database.write() as session:
            create_user(session, "alice", "caseworker")
            create_user(session, "bob", "caseworker")
        with database.read() as session:
            assert audit.verify(session, anchors=database.anchors).ok
        lines = path.read_text().splitlines()
        edited = json.loads(lines[-1]) | {"seq": 1}
        path.write_text("\n".join([lines[0], json.dumps(edited)]) + "\n")
        with database.read() as session:
            result = audit.verify(session, anchors=database.anchors)
            unsigned = audit.verify(session, anchors=audit.AnchorLog(path, key="other" * 8))
        assert any("line 2" in p and "not signed" in p for p in result.problems), result.problems
        assert sum("not signed" in p for p in unsigned.problems) == 2
    finally:
        database.dispose()


def _db(url):
    return Database.from_url(url)


@pytest.mark.parametrize(
    "statements, message",
    [
        (["DELETE FROM audit_head"], "audit_head row 1) is missing"),
        (["DROP TABLE audit_head"], "audit_head table is missing"),
        (["DROP TABLE audit_log"], "audit_log table is missing"),
        (
            [
                "DELETE FROM audit_log WHERE seq > 1",
                "UPDATE audit_head SET seq = 1, hash = (SELECT hash FROM audit_log WHERE seq = 1)",
            ],
            "ends at record 1 but record 3 was anchored",
        ),
    ],
    ids=["head row deleted", "head table dropped", "log table dropped", "both rolled back"],
)
def test_verify_answers_every_broken_state_with_a_message(
    service_cli, database_url, statements, message
):
    for name in ("alice", "bob", "carol"):
        assert service_cli("users", "add", name, "--role", "caseworker").exit_code == 0
    assert service_cli("audit", "verify").exit_code == 0
    database = _db(database_url)
    try:
        _owner_sql(database, *statements)
    finally:
        database.dispose()
    result = service_cli("audit", "verify")
    assert result.exit_code == 1, result.output
    assert message in " ".join(result.output.split()), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


def test_a_missing_anchor_file_is_reported_and_checkpoint_restores_it(service_cli, tmp_path):
    assert service_cli("users", "add", "alice", "--role", "caseworker").exit_code == 0
    anchors = tmp_path / "anchors.jsonl"
    anchors.unlink()
    missing = service_cli("audit", "verify")
    assert missing.exit_code == 1 and "no anchor file" in missing.output
    assert service_cli("audit", "checkpoint").exit_code == 0
    assert service_cli("audit", "verify").exit_code == 0
    assert json.loads(anchors.read_text().splitlines()[-1])["seq"] == 1


# --- 3. rotating a deactivated user's token -----------------------------------------------------
def test_rotation_does_not_quietly_revive_a_deactivated_user(service_cli, database_url):
    first = service_cli("users", "add", "dora", "--role", "caseworker").stdout.strip()
    assert service_cli("users", "deactivate", "dora").exit_code == 0
    refused = service_cli("users", "rotate", "dora")
    assert refused.exit_code == 2 and "--reactivate" in refused.output
    assert "dora\tcaseworker\tdeactivated" in service_cli("users", "list").stdout
    revived = service_cli("users", "rotate", "dora", "--reactivate")
    assert revived.exit_code == 0, revived.output
    token = revived.stdout.strip().splitlines()[-1]
    database = _db(database_url)
    try:
        with database.read() as session:
            assert user_for_token(session, token).name == "dora"
            assert user_for_token(session, first.splitlines()[-1]) is None
            actions = session.execute(text("SELECT action FROM audit_log ORDER BY seq")).scalars()
            assert list(actions)[-2:] == ["user.reactivated", "user.token_rotated"]
    finally:
        database.dispose()


# --- 4. inputs that gave 500s -------------------------------------------------------------------
def test_lone_surrogates_are_a_clear_422_everywhere(api):
    before = _cases(api)
    raw = b'{"text": "Please help with my claim \\ud800 thank you"}'
    response = api.client.post(
        "/api/cases",
        content=raw,
        headers={**api.headers("contact_centre"), "Content-Type": "application/json"},
    )
    assert response.status_code == 422 and response.json()["error"] == "bad_encoding", response.text
    assert _cases(api) == before

    case = api.submit(LETTER).json()
    for body in (
        {"action": "escalate", "reason_code": "other", "note": "call \ud800 back"},
        {"action": "edit_reply", "reply_text": "Dear \udfff"},
    ):
        response = api.client.post(
            f"/api/cases/{case['id']}/decisions",
            headers={**api.headers("caseworker"), "Content-Type": "application/json"},
            content=json.dumps({**body, "version": 1}).encode(),
        )
        assert response.status_code == 422 and response.json()["error"] == "bad_encoding"
    preview = api.client.post(
        f"/api/cases/{case['id']}/reply-preview",
        content=json.dumps({"reply_text": "x \ud800"}).encode(),
        headers={**api.headers("caseworker"), "Content-Type": "application/json"},
    )
    assert preview.status_code == 422 and preview.json()["error"] == "bad_encoding"
    search = api.client.post(
        "/api/guidance/search",
        content=json.dumps({"query": "benefits \ud800"}).encode(),
        headers={**api.headers("caseworker"), "Content-Type": "application/json"},
    )
    assert search.status_code == 422 and search.json()["error"] == "bad_encoding"
    assert (
        api.client.get(f"/api/cases/{case['id']}", headers=api.headers("caseworker")).json()[
            "version"
        ]
        == 1
    )


@pytest.mark.parametrize(
    "path",
    [
        "/api/audit?after=99999999999999999999999",
        "/api/cases?page=99999999999999999999",
        "/api/cases?page_size=99999999999999999999",
    ],
)
def test_huge_numbers_are_a_422(api, path):
    response = api.client.get(path, headers=api.headers("admin"))
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid"


def test_huge_numbers_in_web_pages_are_a_422_page(api):
    api.sign_in("auditor")
    try:
        response = api.client.get("/audit?before=99999999999999999999999")
    finally:
        api.client.cookies.clear()
    assert response.status_code == 422
    assert "text/html" in response.headers["content-type"]


# --- 5. worker processes die with their parent --------------------------------------------------
def _children(pid: int) -> set[int]:
    import psutil

    try:
        return {child.pid for child in psutil.Process(pid).children(recursive=True)}
    except psutil.NoSuchProcess:
        return set()


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_workers_and_resource_tracker_die_when_triage_is_killed(tmp_path, demo_index_dir):
    letters = tmp_path / "letters.jsonl"
    letters.write_text(
        "".join(
            json.dumps({"id": str(i), "text": f"{LETTER} Case {i}."}) + "\n" for i in range(3000)
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    stderr_file = tmp_path / "stderr.txt"  # said when the workers never start
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cli.main",
            "triage",
            str(letters),
            "--index",
            str(demo_index_dir),
            "-o",
            str(tmp_path / "out.jsonl"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr_file.open("wb"),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        children: set[int] = set()
        while time.monotonic() < deadline and len(children) < 3 and process.poll() is None:
            children = _children(process.pid)  # two workers and the resource tracker
            time.sleep(0.5)
        assert len(children) >= 3, (
            f"the workers did not start ({children}, exit code {process.poll()}): "
            + stderr_file.read_text(encoding="utf-8", errors="replace")[-2000:]
        )
        time.sleep(3)  # let the workers load and take letters
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.25)
        survivors = [pid for pid in children if _alive(pid)]
        assert not survivors, f"orphaned processes still alive: {survivors}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        for pid in _children(process.pid):
            os.kill(pid, signal.SIGKILL)


# --- 6. inputs that were stored and should have been refused ------------------------------------
BROKEN_BASE64_EML = (
    b"From: a@example.org\r\nSubject: help\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29ybGQ*&^%$#@!\r\n"
)


@pytest.mark.parametrize(
    "kwargs, code",
    [
        ({"json": {"text": "\u200b\u200c\u200d\ufeff\u2060"}}, "empty"),
        ({"json": {"text": "\u200b \n\u00ad\u034f"}}, "empty"),
        ({"files": {"file": ("mail.eml", BROKEN_BASE64_EML, "message/rfc822")}}, "bad_encoding"),
    ],
    ids=["zero-width only", "invisible and spaces", "broken base64 email"],
)
def test_letters_without_readable_text_are_refused_and_not_stored(api, kwargs, code):
    before = _cases(api)
    path = "/api/cases/upload" if "files" in kwargs else "/api/cases"
    response = api.client.post(path, headers=api.headers("contact_centre"), **kwargs)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == code
    assert _cases(api) == before


@pytest.mark.parametrize(
    "body",
    [
        {"action": "accept", "version": "1"},
        {"action": "accept", "version": True},
        {"action": "accept", "version": 1.5},
        {"action": "reroute", "version": 1, "reason_code": "wrong_team", "team": ""},
        {"action": "edit_reply", "version": 1, "reply_text": ""},
        {"action": "accept", "version": 1, "acknowledge_safeguarding": "yes"},
    ],
    ids=[
        "version as text",
        "version as boolean",
        "version fractional",
        "empty team",
        "empty reply",
        "acknowledgement as text",
    ],
)
def test_decisions_with_the_wrong_json_types_are_refused(api, body):
    case = api.submit(LETTER).json()
    response = api.decide(case["id"], **body)
    assert response.status_code == 422, response.text
    assert (
        api.client.get(f"/api/cases/{case['id']}", headers=api.headers("caseworker")).json()[
            "version"
        ]
        == 1
    )


def test_saving_the_same_reply_twice_says_so(api):
    """Found by the soak test: the second save of an unchanged reply said 'edit_reply needs the
    reply text' although the text was there."""
    case = api.submit(LETTER).json()
    reply = "Thank you for your letter. We are looking into it."
    assert (
        api.decide(case["id"], action="edit_reply", version=1, reply_text=reply).status_code == 201
    )
    again = api.decide(case["id"], action="edit_reply", version=2, reply_text=reply)
    assert again.status_code == 422 and again.json()["error"] == "reply_unchanged", again.text
    assert (
        api.client.get(f"/api/cases/{case['id']}", headers=api.headers("caseworker")).json()[
            "version"
        ]
        == 2
    )


def test_a_whole_number_version_written_as_1_0_is_a_number(api):
    case = api.submit(LETTER).json()
    response = api.decide(
        case["id"], action="escalate", reason_code="other", version=1.0, note="manager please"
    )
    assert response.status_code == 201, response.text


def test_cli_refuses_to_write_over_its_input(tmp_path):
    from cli.main import app

    source = tmp_path / "letters.jsonl"
    content = json.dumps({"id": "1", "text": LETTER}) + "\n"
    source.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(source), "-o", str(source)])
    assert result.exit_code == 2, result.output
    assert "the output is the input file" in " ".join(result.output.split())
    assert source.read_text(encoding="utf-8") == content
    linked = tmp_path / "link.jsonl"
    linked.symlink_to(source)
    result = CliRunner().invoke(app, ["redact", str(source), "-o", str(linked)])
    assert result.exit_code == 2 and source.read_text(encoding="utf-8") == content


def test_cli_names_a_folder_as_a_folder(tmp_path):
    from cli.main import app

    result = CliRunner().invoke(app, ["redact", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder, not a file" in " ".join(result.output.split()), result.output
    source = tmp_path / "letters.jsonl"
    source.write_text(json.dumps({"id": "1", "text": LETTER}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(source), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "the output is a folder" in " ".join(result.output.split())


# --- 7. the OpenAPI document tells the truth ----------------------------------------------------
@pytest.fixture
def openapi(api) -> dict:
    return api.client.get("/openapi.json").json()


def _schema(openapi, operation_path, method, status):
    response = openapi["paths"][operation_path][method]["responses"][str(status)]
    return response["content"]["application/json"]["schema"]


def test_validation_errors_are_documented_as_sent(api, openapi):
    schemas = openapi["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            if "422" in operation["responses"]:
                assert _schema(openapi, path, method, 422) == {
                    "$ref": "#/components/schemas/ValidationErrorOut"
                }, (method, path)
    body = api.client.post("/api/cases", json={"txt": 1}, headers=api.headers("admin")).json()
    assert set(body) == {"error", "detail", "errors"}
    assert set(schemas["ValidationErrorOut"]["properties"]) == set(body)
    ValidationErrorOut.model_validate(body)


def test_every_status_the_service_gives_is_documented(openapi):
    paths = openapi["paths"]
    submit = paths["/api/cases"]["post"]["responses"]
    assert {"200", "201", "400", "401", "403", "409", "413", "415", "422"} <= set(submit)
    assert "replay" in submit["200"]["description"]
    for path in ("/api/me", "/api/teams", "/api/reason-codes"):
        assert "401" in paths[path]["get"]["responses"], path
    for path, operations in paths.items():
        for method, operation in operations.items():
            if "requestBody" in operation:
                assert {"400", "403", "413", "422"} <= set(operation["responses"]), (method, path)


def test_request_schemas_are_as_strict_as_the_server(openapi):
    schemas = openapi["components"]["schemas"]
    assert schemas["SubmitIn"]["properties"]["text"]["minLength"] == 1
    assert schemas["SubmitIn"]["additionalProperties"] is False
    decision = schemas["DecisionIn"]["properties"]
    assert decision["version"]["type"] == "integer"
    team = next(b for b in decision["team"]["anyOf"] if b.get("type") == "string")
    assert len(team["enum"]) >= 2
    key = next(
        p
        for p in openapi["paths"]["/api/cases"]["post"]["parameters"]
        if p["name"] == "Idempotency-Key"
    )
    assert key["schema"]["maxLength"] == 200 and key["schema"]["pattern"]


def test_times_read_back_carry_their_timezone(api):
    created = api.submit(LETTER).json()
    read = api.client.get(f"/api/cases/{created['id']}", headers=api.headers("caseworker")).json()
    assert read["created_at"] == created["created_at"]
    assert read["created_at"].endswith(("Z", "+00:00"))
    listed = api.client.get("/api/cases", headers=api.headers("caseworker")).json()["items"]
    assert all(item["created_at"].endswith(("Z", "+00:00")) for item in listed)
