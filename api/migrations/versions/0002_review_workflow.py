"""Review workflow: a decision's reason is optional (saving a reply needs none), and a caseworker
can claim a case so two people do not work it at once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # decisions is referenced by no other table, so SQLite may rebuild it (batch mode); cases is,
    # so its new columns are plain ADD COLUMNs (SQLite cannot drop a referenced table).
    with op.batch_alter_table("decisions") as batch:
        batch.alter_column("reason_code", existing_type=sa.String(40), nullable=True)
    # (SQLite cannot add a foreign key to an existing table: the store only writes user ids)
    references = [] if op.get_bind().dialect.name == "sqlite" else [sa.ForeignKey("users.id")]
    op.add_column("cases", sa.Column("claimed_by", sa.Integer, *references, nullable=True))
    op.add_column("cases", sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("cases", "claimed_at")
    op.drop_column("cases", "claimed_by")
    with op.batch_alter_table("decisions") as batch:
        batch.alter_column("reason_code", existing_type=sa.String(40), nullable=False)
