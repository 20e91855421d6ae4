"""The reviewer web app (issue 16). (Per-field comments and sign-in failures came with 0003 and 0004.)

- users: a provincial reviewer's province, and administrators;
- organizations: provinces as their official codes (names given before are looked up);
- submissions: the figures the data-quality checks compare;
- web sessions (cookie hashes and CSRF tokens);
- reporting obligations, period locks and the exceptions reviewers grant;
- data-quality flags taken on receipt; tokens of the indicator feed.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _timestamp() -> sa.types.TypeEngine:
    return postgresql.TIMESTAMP(timezone=True) if _postgres() else sa.Text()


def _json() -> sa.types.TypeEngine:
    return postgresql.JSONB() if _postgres() else sa.Text()


def _flag() -> sa.types.TypeEngine:
    return sa.Boolean() if _postgres() else sa.Integer()


def upgrade() -> None:
    false = sa.text("false") if _postgres() else sa.text("0")
    op.add_column("users", sa.Column("province", sa.Text))
    op.add_column("users", sa.Column("is_admin", _flag(), nullable=False, server_default=false))
    op.add_column("submissions", sa.Column("measure", sa.Float))
    op.add_column("submissions", sa.Column("intensity", sa.Float))
    _province_codes()
    op.create_index("submissions_org_received", "submissions", ["tax_code", "received_at"])
    op.create_index("organizations_province", "organizations", ["province", "sector"])
    op.create_table(
        "web_sessions",
        sa.Column("id_sha256", sa.Text, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("csrf_token", sa.Text, nullable=False),
        sa.Column("created_at", _timestamp(), nullable=False),
        sa.Column("seen_at", _timestamp(), nullable=False),
        sa.Column("expires_at", _timestamp(), nullable=False),
        sa.Column("ended_at", _timestamp()),
    )
    op.create_table(
        "obligations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("tax_code", sa.Text, sa.ForeignKey("organizations.tax_code"), nullable=False),
        sa.Column("form", sa.Text, nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("year_period", sa.Text, nullable=False),
        sa.Column("quarter_period", sa.Text),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("due_at", _timestamp(), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("created_at", _timestamp(), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("first_at", _timestamp()),
        sa.Column("weakest", sa.Integer),
        sa.UniqueConstraint("tax_code", "form", "period", name="obligations_key"),
    )
    op.create_index("obligations_period", "obligations", ["form", "year_period", "due_date"])
    op.create_index("obligations_match", "obligations", ["tax_code", "form", "year_period"])
    op.create_table(
        "period_locks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("form", sa.Text, nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("province", sa.Text),
        sa.Column("locked_from", _timestamp(), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", _timestamp(), nullable=False),
        sa.Column("lifted_at", _timestamp()),
    )
    op.create_index("period_locks_form", "period_locks", ["form", "period"])
    op.create_table(
        "lock_exceptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lock_id", sa.Integer, sa.ForeignKey("period_locks.id"), nullable=False),
        sa.Column("tax_code", sa.Text, sa.ForeignKey("organizations.tax_code"), nullable=False),
        sa.Column("until", _timestamp(), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("granted_by", sa.Text, nullable=False),
        sa.Column("granted_at", _timestamp(), nullable=False),
    )
    op.create_index("lock_exceptions_org", "lock_exceptions", ["tax_code", "lock_id"])
    op.create_table(
        "submission_flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("submission_id", sa.Text, sa.ForeignKey("submissions.submission_id"), nullable=False),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("field", sa.Text),
        sa.Column("detail", _json(), nullable=False),
    )
    op.create_index("submission_flags_submission", "submission_flags", ["submission_id"])
    op.create_table(
        "feed_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_sha256", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", _timestamp(), nullable=False),
        sa.Column("revoked_at", _timestamp()),
    )


def _province_codes() -> None:
    """Provinces were stored as typed (`Hồ Chí Minh`, `79`): scoping compares official codes."""
    from scp_desktop.domain.reference import load_bundled

    reference, bind = load_bundled(), op.get_bind()
    for tax_code, province in bind.execute(sa.text("SELECT tax_code, province FROM organizations")).all():
        found = reference.find_province(province)
        if found is not None:
            code = reference.current_province_for(found).code
            if code != province:
                bind.execute(
                    sa.text("UPDATE organizations SET province = :p WHERE tax_code = :t"), {"p": code, "t": tax_code}
                )


def downgrade() -> None:
    for table in ("feed_tokens", "submission_flags", "lock_exceptions", "period_locks", "obligations", "web_sessions"):
        op.drop_table(table)
    op.drop_index("organizations_province", "organizations")
    op.drop_index("submissions_org_received", "submissions")
    op.drop_column("submissions", "intensity")
    op.drop_column("submissions", "measure")
    op.drop_column("users", "is_admin")
    op.drop_column("users", "province")
