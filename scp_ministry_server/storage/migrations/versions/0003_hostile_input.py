"""Hostile input never poisons or double-counts (issue 14).

- submissions: the months a report covers (`start_month`, `end_month`: year × 12 + month − 1), so
  that a report overlapping a live one of its kind — the same facility, or the organization as a
  whole on either side — is refused; the exact-period unique index gives way to that wider rule,
  which the server checks under a lock per organization and form. `facility_key` becomes the
  facility code as compared on both sides (NFC, trimmed, case-folded).
- attachment_holders: which organizations uploaded (hold) each file. A submission may list only
  files its own organization holds, and a file is served to its holders and to reviewers.
- sign_in_failures: failed sign-ins by user name and address, shared by every worker, for the
  lockout and backoff of `POST /auth/token`.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.text import code_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LIVE = sa.text("state != 'superseded'")


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _months(period: str) -> tuple[int, int]:
    try:
        parsed = parse_period(period)
    except Exception:  # a period the server never accepted: it overlaps nothing
        return 0, -1
    return parsed.start_month, parsed.end_month


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("submissions", sa.Column("start_month", sa.Integer, nullable=False, server_default="0"))
    op.add_column("submissions", sa.Column("end_month", sa.Integer, nullable=False, server_default="0"))
    rows = bind.execute(sa.text("SELECT submission_id, period, facility FROM submissions")).all()
    update = sa.text(
        "UPDATE submissions SET start_month = :s, end_month = :e, facility_key = :k WHERE submission_id = :i"
    )
    for submission_id, period, facility in rows:
        start, end = _months(period)
        bind.execute(update, {"s": start, "e": end, "k": code_key(facility or ""), "i": submission_id})
    op.drop_index("submissions_live", "submissions")
    op.create_index(
        "submissions_live", "submissions", ["tax_code", "form", "start_month"], sqlite_where=LIVE, postgresql_where=LIVE
    )
    op.create_table(
        "attachment_holders",
        sa.Column("sha256", sa.Text, sa.ForeignKey("attachments.sha256"), nullable=False),
        sa.Column("tax_code", sa.Text, sa.ForeignKey("organizations.tax_code"), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "tax_code"),
    )
    # Whoever uploaded a file holds it for each of their organizations; an organization whose
    # submission already lists a file holds it too.
    op.execute(
        "INSERT INTO attachment_holders (sha256, tax_code) SELECT DISTINCT a.sha256, l.tax_code FROM attachments a "
        "JOIN user_organizations l ON l.user_id = a.uploaded_by"
    )
    op.execute(
        "INSERT INTO attachment_holders (sha256, tax_code) SELECT DISTINCT x.sha256, s.tax_code "
        "FROM submission_attachments x JOIN submissions s ON s.submission_id = x.submission_id "
        "JOIN attachments a ON a.sha256 = x.sha256 WHERE NOT EXISTS (SELECT 1 FROM attachment_holders h "
        "WHERE h.sha256 = x.sha256 AND h.tax_code = s.tax_code)"
    )
    timestamp = postgresql.TIMESTAMP(timezone=True) if _postgres() else sa.Text
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", timestamp, nullable=False),
        sa.Column("username", sa.Text, nullable=False),
        sa.Column("address", sa.Text, nullable=False),
    )
    op.create_index("sign_in_failures_user", "sign_in_failures", ["username", "at"])
    op.create_index("sign_in_failures_address", "sign_in_failures", ["address", "at"])


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    op.drop_table("attachment_holders")
    op.drop_index("submissions_live", "submissions")
    op.execute("UPDATE submissions SET facility_key = coalesce(facility, '')")
    op.create_index(
        "submissions_live",
        "submissions",
        ["tax_code", "form", "facility_key", "period"],
        unique=True,
        sqlite_where=LIVE,
        postgresql_where=LIVE,
    )
    op.drop_column("submissions", "end_month")
    op.drop_column("submissions", "start_month")
