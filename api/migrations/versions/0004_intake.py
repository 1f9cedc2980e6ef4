"""Intake: how each case arrived (language, OCR confidence, parts, index version), the files as
received, campaigns of near-identical letters, keyed hashes of senders' identifiers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_intake",
        sa.Column("case_id", sa.String(32), sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("language_name", sa.String(40), nullable=True),
        sa.Column("language_confidence", sa.Float, nullable=True),
        sa.Column("ocr_confidence", sa.Float, nullable=True),
        sa.Column("ocr_pages", sa.Integer, nullable=False, server_default="0"),
        sa.Column("parts", sa.JSON, nullable=False),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("fingerprint", sa.LargeBinary, nullable=True),
        sa.Column("campaign_id", sa.String(32), nullable=True),
        sa.Column("index_version", sa.Integer, nullable=True),
    )
    op.create_index("ix_case_intake_campaign_id", "case_intake", ["campaign_id"])
    op.create_table(
        "case_files",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_case_files_case", "case_files", ["case_id", "n"], unique=True)
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("decisions", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "campaign_bands",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("band", sa.String(40), nullable=False),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("cases.id"), nullable=False),
    )
    op.create_index("ix_campaign_bands_band", "campaign_bands", ["band"])
    op.create_index("ix_campaign_bands_case_id", "campaign_bands", ["case_id"])
    op.create_table(
        "contact_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("cases.id"), nullable=False),
    )
    op.create_index("ix_contact_keys_key", "contact_keys", ["key"])
    op.create_index("ix_contact_keys_case_id", "contact_keys", ["case_id"])


def downgrade() -> None:
    for table in ("contact_keys", "campaign_bands", "campaigns", "case_files", "case_intake"):
        op.drop_table(table)
