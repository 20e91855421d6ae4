"""The schema the server created with CREATE TABLE IF NOT EXISTS before it had migrations.

A database made then has no alembic_version table; `migrate` recognizes it and records it at this
revision without touching it (storage/migrate.py), then upgrades it like any other.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    text, integer = sa.Text, sa.Integer
    op.create_table(
        "organizations",
        sa.Column("tax_code", text, primary_key=True),
        sa.Column("name", text, nullable=False),
        sa.Column("province", text, nullable=False),
        sa.Column("sector", text),
        sa.Column("kind", text, nullable=False, server_default="other"),
        sa.Column("created_at", text, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", integer, primary_key=True),
        sa.Column("username", text, nullable=False, unique=True),
        sa.Column("password_hash", text, nullable=False),
        sa.Column("is_reviewer", integer, nullable=False, server_default=sa.text("0")),
        sa.Column("created_at", text, nullable=False),
    )
    op.create_table(
        "user_organizations",
        sa.Column("user_id", integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("tax_code", text, sa.ForeignKey("organizations.tax_code"), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "tax_code"),
    )
    op.create_table(
        "tokens",
        sa.Column("id", integer, primary_key=True),
        sa.Column("user_id", integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token_sha256", text, nullable=False, unique=True),
        sa.Column("device", text, nullable=False),
        sa.Column("created_at", text, nullable=False),
        sa.Column("expires_at", text, nullable=False),
        sa.Column("revoked_at", text),
    )
    op.create_table(
        "submissions",
        sa.Column("submission_id", text, primary_key=True),
        sa.Column("tax_code", text, sa.ForeignKey("organizations.tax_code"), nullable=False),
        sa.Column("form", text, nullable=False),
        sa.Column("facility", text),
        sa.Column("period", text, nullable=False),
        sa.Column("content_sha256", text, nullable=False),
        sa.Column("payload", text, nullable=False),
        sa.Column("supersedes", text),
        sa.Column("superseded_by", text),
        sa.Column("state", text, nullable=False),
        sa.Column("receipt", text, nullable=False, unique=True),
        sa.Column("received_at", text, nullable=False),
        sa.Column("submitted_by", integer, nullable=False),
        sa.Column("reviewer_comment", text),
        sa.Column("reviewed_at", text),
        sa.Column("change_seq", integer, nullable=False),
    )
    op.create_index("submissions_scope", "submissions", ["tax_code", "form", "period"])
    op.create_index("submissions_changes", "submissions", ["change_seq"])
    op.create_table(
        "submission_attachments",
        sa.Column("submission_id", text, sa.ForeignKey("submissions.submission_id"), nullable=False),
        sa.Column("sha256", text, nullable=False),
        sa.PrimaryKeyConstraint("submission_id", "sha256"),
    )
    op.create_table(
        "attachments",
        sa.Column("sha256", text, primary_key=True),
        sa.Column("size", integer, nullable=False),
        sa.Column("uploaded_by", integer, nullable=False),
        sa.Column("uploaded_at", text, nullable=False),
    )
    op.create_table(
        "reference_publications",
        sa.Column("name", text, nullable=False),
        sa.Column("version", text, nullable=False),
        sa.Column("document", text, nullable=False),
        sa.Column("published_at", text, nullable=False),
        sa.PrimaryKeyConstraint("name", "version"),
    )
    op.create_table(
        "sequences",
        sa.Column("name", text, primary_key=True),
        sa.Column("value", integer, nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", integer, primary_key=True),
        sa.Column("at", text, nullable=False),
        sa.Column("actor", text, nullable=False),
        sa.Column("action", text, nullable=False),
        sa.Column("subject", text, nullable=False),
        sa.Column("detail", text),
    )


def downgrade() -> None:
    for table in (
        "audit",
        "sequences",
        "reference_publications",
        "attachments",
        "submission_attachments",
        "submissions",
        "tokens",
        "user_organizations",
        "users",
        "organizations",
    ):
        op.drop_table(table)
