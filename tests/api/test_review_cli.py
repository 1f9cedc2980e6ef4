"""`casework users add` prints a token once; `casework audit verify` catches tampering."""

from __future__ import annotations


def test_users_and_audit_verify(service_cli, database_url):
    added = service_cli("users", "add", "alice", "--role", "caseworker")
    assert added.exit_code == 0, added.output
    token = added.stdout.strip().splitlines()[-1]
    assert token.startswith("cw_") and len(token) > 40
    assert service_cli("users", "add", "alice", "--role", "auditor").exit_code == 2
    assert service_cli("users", "add", "bob", "--role", "wizard").exit_code == 2
    assert service_cli("users", "add", "carol", "--role", "auditor").exit_code == 0
    listed = service_cli("users", "list").stdout
    assert "alice\tcaseworker\tactive\tservice token" in listed and token not in listed
    # reactivating is for people with the organisation's account: a token's user gets a new one
    refused = service_cli("users", "reactivate", "alice")
    assert refused.exit_code == 2 and "rotate NAME --reactivate" in refused.output
    rotated = service_cli("users", "rotate", "alice").stdout.strip()
    assert rotated.startswith("cw_") and rotated != token
    assert service_cli("users", "deactivate", "carol").exit_code == 0

    ok = service_cli("audit", "verify")
    assert ok.exit_code == 0 and "intact: 4 records" in ok.stdout

    from api.db import Database

    db = Database.from_url(database_url)
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq = 2")
    db.dispose()
    broken = service_cli("audit", "verify")
    assert broken.exit_code == 1
    assert "record 2 missing" in broken.stdout
