"""Sign-in with the organisation's account (OpenID Connect) and server-side web sessions.

* ``users`` gains ``issuer`` and ``subject`` (the provider's id of the person; unique together;
  both null for service-token users made with ``casework users add``), ``groups_seen_at`` (when
  the token their role was last set from was issued: an older token cannot undo a newer
  decision) and ``deactivated_reason`` (``admin`` or ``no_mapped_group``: a person whose groups come back may
  be reactivated by their next sign-in only in the second case).
* ``web_sessions``: one row per signed-in browser; the cookie holds a random id, the table its
  SHA-256, the user, how they signed in, and the idle and absolute deadlines; for the
  organisation's account, the ID token it was given (the ``id_token_hint`` of the provider's
  sign-out, never used for anything else).
* ``login_attempts``: an OpenID Connect sign-in under way (state, nonce, PKCE verifier, where to
  go afterwards), keyed by the SHA-256 of a short-lived cookie, used once.

Revision ID: 0005
Revises: 0004 (intake)
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # users is referenced by other tables: plain ADD COLUMNs (no SQLite table rebuild)
    op.add_column("users", sa.Column("issuer", sa.String(300), nullable=True))
    op.add_column("users", sa.Column("subject", sa.String(255), nullable=True))
    op.add_column("users", sa.Column("groups_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("users", sa.Column("deactivated_reason", sa.String(40), nullable=True))
    op.create_index("uq_users_identity", "users", ["issuer", "subject"], unique=True)
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("id_token", sa.Text, nullable=True),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id_hash", sa.String(64), primary_key=True),
        sa.Column("state", sa.String(100), nullable=False),
        sa.Column("nonce", sa.String(100), nullable=False),
        sa.Column("code_verifier", sa.String(128), nullable=False),
        sa.Column("next_path", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("login_attempts")
    op.drop_table("web_sessions")
    op.drop_index("uq_users_identity", table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("deactivated_reason")
        batch.drop_column("groups_seen_at")
        batch.drop_column("subject")
        batch.drop_column("issuer")
