"""The chain head is guarded like the log: it can only move forward, one record at a time, to the
hash of the record it names; it cannot be deleted or duplicated; on PostgreSQL neither table can
be truncated (TRUNCATE skips row triggers).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# append() first bumps seq (hash unchanged), inserts the record, then sets hash to the record's
_FORWARD = (
    "(NEW.id = OLD.id AND ((NEW.seq = OLD.seq + 1 AND NEW.hash = OLD.hash) OR "
    "(NEW.seq = OLD.seq AND NEW.hash = (SELECT hash FROM audit_log WHERE seq = NEW.seq))))"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
            "BEGIN SELECT RAISE(ABORT, 'audit_head cannot be deleted'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_head_no_insert BEFORE INSERT ON audit_head "
            "BEGIN SELECT RAISE(ABORT, 'audit_head has exactly one row'); END"
        )
        op.execute(
            f"CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head "
            f"WHEN NOT {_FORWARD} "
            "BEGIN SELECT RAISE(ABORT, 'audit_head only moves forward to the last "
            "record'); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP = 'UPDATE' AND " + _FORWARD + " THEN RETURN NEW; END IF; "
            "RAISE EXCEPTION 'audit_head only moves forward to the last record'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_head_forward_only BEFORE INSERT OR UPDATE OR DELETE ON "
            "audit_head FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only()"
        )
        op.execute(
            "CREATE FUNCTION audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '% cannot be truncated', TG_TABLE_NAME; END $$"
        )
        for table in ("audit_log", "audit_head"):
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("audit_head_no_delete", "audit_head_no_insert", "audit_head_forward_only"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for table in ("audit_log", "audit_head"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER IF EXISTS audit_head_forward_only ON audit_head")
        op.execute("DROP FUNCTION IF EXISTS audit_no_truncate()")
        op.execute("DROP FUNCTION IF EXISTS audit_head_forward_only()")
