"""The store and its audit trail, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from api.auth import create_user, user_for_token
from api.db import Database
from api.errors import CaseClosed, Conflict, Invalid, UnknownTeam, VersionConflict
from api.store import audit
from api.store import repository as repo
from api.store.migrate import current_revision, head_revision, upgrade
from api.store.migrate import upgrade as migrate

TEAMS = {"benefits", "housing", "tax_and_family_payments"}


def _suggestion(team="benefits", *, abstained=False, flags=()):
    return {
        "id": "x",
        "redacted_text": "Dear <PERSON_1>, my claim",
        "team": team,
        "confidence": 0.8,
        "abstained": abstained,
        "candidates": [{"team": team or "benefits", "confidence": 0.8}],
        "priority": "high" if flags else "normal",
        "flags": list(flags),
        "needs_human_triage": abstained or bool(flags),
        "guidance": [],
        "reply": {"text": "Thank you [1]", "citations": [], "drafter": "template"},
        "entities": [],
    }


def _new(team="benefits", key=None, **kwargs):
    return repo.NewCase(
        channel="json",
        redacted_text="Dear <PERSON_1>, my claim",
        suggestion=_suggestion(team, **kwargs),
        provenance={"model": "m"},
        original_text="Dear Jane Smith, my claim",
        values={"<PERSON_1>": "Jane Smith"},
        content_sha256="ab" * 32,
        idempotency_key=key,
    )


@pytest.fixture
def users(db):
    with db.write() as s:
        worker, worker_token = create_user(s, "alice", "caseworker")
        cc, _ = create_user(s, "carol", "contact_centre")
    return {"worker": worker, "cc": cc, "token": worker_token}


def test_migrations_reach_head_and_are_idempotent(db):
    assert current_revision(db.engine) == head_revision()
    upgrade(db.engine)  # again: nothing to do
    assert current_revision(db.engine) == head_revision()


def test_token_is_stored_hashed(db, users):
    with db.read() as s:
        stored = s.execute(text("SELECT token_hash FROM users WHERE name='alice'")).scalar_one()
        assert users["token"] not in stored and len(stored) == 64
        assert user_for_token(s, users["token"]).name == "alice"
        assert user_for_token(s, users["token"] + "x") is None
    with db.write() as s, pytest.raises(Conflict):
        create_user(s, "alice", "auditor")
    with db.write() as s, pytest.raises(Invalid):
        create_user(s, "bob", "superuser")


def test_case_original_kept_apart_and_idempotency_key_unique(db, users):
    with db.write() as s:
        case = repo.create_case(s, users["cc"], _new(key="k1"))
    with db.read() as s:
        row = s.execute(text("SELECT * FROM cases")).mappings().one()
        assert "Jane Smith" not in str(dict(row))
        found, digest = repo.find_idempotent(s, users["cc"].id, "k1")
        assert found.id == case.id and digest == "ab" * 32
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        repo.create_case(s, users["cc"], _new(key="k1"))
    with db.write() as s:  # the same key from another user is another case
        repo.create_case(s, users["worker"], _new(key="k1"))


def test_queue_filters_and_paging(db, users):
    with db.write() as s:
        for i in range(7):
            repo.create_case(s, users["cc"], _new(team="benefits" if i % 2 else "housing"))
        repo.create_case(s, users["cc"], _new(team=None, abstained=True))
        repo.create_case(
            s,
            users["cc"],
            _new(
                flags=[
                    {"kind": "safeguarding", "category": "x", "evidence": "e", "start": 0, "end": 1}
                ]
            ),
        )
    with db.read() as s:
        items, total = repo.list_cases(s, repo.CaseFilter(), page=1, page_size=4)
        assert total == 9 and len(items) == 4
        assert items[0].priority == "high"  # flagged first
        _, total = repo.list_cases(s, repo.CaseFilter(team="housing"), page=1, page_size=50)
        assert total == 4
        _, total = repo.list_cases(s, repo.CaseFilter(abstained=True), page=1, page_size=50)
        assert total == 1
        _, total = repo.list_cases(s, repo.CaseFilter(flagged=True), page=1, page_size=50)
        assert total == 1
        last, _ = repo.list_cases(s, repo.CaseFilter(), page=3, page_size=4)
        assert len(last) == 1


def _decide(db, case_id, user, action, version, **kwargs):
    reasons = repo.REASONS[repo.Action(action)]
    reason = kwargs.pop("reason", reasons[0] if reasons else None)
    with db.write() as s:
        return repo.apply_decision(
            s,
            case_id,
            user,
            repo.DecisionRequest(
                action=repo.Action(action),
                reason_code=repo.ReasonCode(reason) if reason else None,
                expected_version=version,
                **kwargs,
            ),
            TEAMS,
        )[0]


def test_decisions_versioning_and_closed_cases(db, users):
    with db.write() as s:
        case_id = repo.create_case(s, users["cc"], _new()).id
    worker = users["worker"]
    case = _decide(db, case_id, worker, "edit_reply", 1, reply_text="Better reply")
    assert case.version == 2 and case.status == "open" and case.reply_text == "Better reply"
    with pytest.raises(VersionConflict):
        _decide(db, case_id, worker, "accept", 1)
    with pytest.raises(UnknownTeam):
        _decide(db, case_id, worker, "reroute", 2, team="nope")
    with pytest.raises(Invalid):
        _decide(db, case_id, worker, "reroute", 2, team="benefits")  # same team
    with pytest.raises(Invalid):
        _decide(db, case_id, worker, "accept", 2, reason="other")  # other needs a note
    case = _decide(db, case_id, worker, "reroute", 2, team="housing")
    assert (case.status, case.team, case.version) == ("rerouted", "housing", 3)
    with pytest.raises(CaseClosed):
        _decide(db, case_id, worker, "accept", 3)
    with db.read() as s:
        history = repo.decisions_for(s, case_id)
        assert [d.action for d, _ in history] == ["edit_reply", "reroute"]
        assert history[-1][1] == "alice"


def test_concurrent_decisions_one_wins(db, users):
    with db.write() as s:
        case_id = repo.create_case(s, users["cc"], _new()).id
    outcomes: list[str] = []
    barrier = threading.Barrier(6)

    def decide(i):
        barrier.wait()
        try:
            _decide(db, case_id, users["worker"], "reroute", 1, team="housing")
            outcomes.append("ok")
        except VersionConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=decide, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * 5 + ["ok"]


def test_audit_chain_verifies_under_concurrent_appends(db, users):
    def work(i):
        with db.write() as s:
            repo.create_case(s, users["cc"], _new())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.read() as s:
        result = audit.verify(s)
    assert result.ok, result.problems
    assert result.records == 14  # two users + twelve cases


def _tamper(db, sql: str) -> None:
    """What someone with owner rights on the database could do: drop the guard, change rows."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql(sql)


def _seed(db, users, n=4):
    for _ in range(n):
        with db.write() as s:
            repo.create_case(s, users["cc"], _new())


def test_audit_log_refuses_update_and_delete(db, users):
    _seed(db, users, 1)
    for sql in ("UPDATE audit_log SET actor='mallory' WHERE seq=1", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as conn:
            conn.exec_driver_sql(sql)


@pytest.mark.parametrize(
    "sql, expected",
    [
        ("UPDATE audit_log SET actor='mallory' WHERE seq=3", "record 3: contents do not match"),
        (
            "UPDATE audit_log SET payload=replace(payload, 'benefits', 'housing') WHERE seq=4",
            "record 4: contents do not match",
        ),
        ("DELETE FROM audit_log WHERE seq=3", "record 3 missing"),
        ("DELETE FROM audit_log WHERE seq=6", "records 6 to 6 missing at the end"),
    ],
)
def test_audit_verify_detects_edits_and_deletions(db, users, sql, expected):
    _seed(db, users)
    with db.read() as s:
        assert audit.verify(s).ok
    _tamper(db, sql)
    with db.read() as s:
        result = audit.verify(s)
    assert not result.ok
    assert any(expected in p for p in result.problems), result.problems


def test_migration_0002_keeps_existing_cases_and_decisions(database_url):
    """A store created before the review-workflow migration, with cases and decisions in it,
    upgrades in place (SQLite cannot drop a table other tables reference)."""
    database = Database.from_url(database_url)
    try:
        migrate(database.engine, "0001")
        with database.engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO users (id, name, role, token_hash, active, created_at) "
                    "VALUES (1, 'a', 'caseworker', 'x', TRUE, '2026-01-01 00:00:00')"
                )
            )
            c.execute(
                text(
                    "INSERT INTO cases (id, created_at, updated_at, submitted_by, channel, subject, "
                    "status, version, reply_text, redacted_text, confidence, abstained, "
                    "needs_human_triage, priority, priority_rank, flagged, suggestion, provenance) "
                    "VALUES ('c1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 'json', '', "
                    "'open', 1, '', 'x', 0.5, FALSE, FALSE, 'normal', 2, FALSE, '{}', '{}')"
                )
            )
            c.execute(
                text(
                    "INSERT INTO decisions (case_id, user_id, action, reason_code, note, "
                    "from_status, to_status, reply_changed, version, created_at) VALUES "
                    "('c1', 1, 'escalate', 'other', 'n', 'open', 'escalated', FALSE, 2, "
                    "'2026-01-01 00:00:00')"
                )
            )
        migrate(database.engine)
        assert current_revision(database.engine) == head_revision()
        with database.engine.begin() as c:
            assert c.execute(text("SELECT claimed_by FROM cases")).all() == [(None,)]
            assert c.execute(text("SELECT reason_code FROM decisions")).all() == [("other",)]
            c.execute(
                text(
                    "INSERT INTO decisions (case_id, user_id, action, reason_code, note, "
                    "from_status, to_status, reply_changed, version, created_at) VALUES "
                    "('c1', 1, 'accept', NULL, '', 'escalated', 'accepted', FALSE, 3, "
                    "'2026-01-01 00:00:00')"
                )
            )
    finally:
        database.dispose()
