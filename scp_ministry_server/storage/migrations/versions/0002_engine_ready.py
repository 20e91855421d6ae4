"""Ready for PostgreSQL and concurrent writers.

- submission_events: every state a submission takes (its history) and the changes feed, whose
  positions the database assigns in commit order (a trigger that takes the 'changes' counter row;
  on PostgreSQL a deferred one, so the row is locked only while the transaction commits). It
  replaces submissions.change_seq; each submission's current state is carried over at the position
  it had, so the cursors clients hold stay valid.
- One live report per organization, form, facility and period, enforced by a partial unique index
  (facility_key: the facility as compared, '' for the whole organization).
- Indexes for the reviewers' queue and for listing by date.
- PostgreSQL: native types (timestamptz, jsonb, boolean) and receipt numbers from a sequence, so
  that concurrent submissions never wait for each other's receipt.
- SQLite: token expiry times rewritten in the one text form every other timestamp has.

Revision ID: 0002
Revises: 0001
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TIMESTAMPS = {
    "organizations": ["created_at"],
    "users": ["created_at"],
    "tokens": ["created_at", "expires_at", "revoked_at"],
    "submissions": ["received_at", "reviewed_at"],
    "attachments": ["uploaded_at"],
    "reference_publications": ["published_at"],
    "audit": ["at"],
}
DOCUMENTS = {"submissions": "payload", "reference_publications": "document", "audit": "detail"}

# The current state of each submission, as one event at the feed position it had.
BACKFILL = """
INSERT INTO submission_events (seq, submission_id, tax_code, state, at, actor, comment)
SELECT s.change_seq, s.submission_id, s.tax_code, s.state,
       CASE WHEN s.state IN ('accepted', 'returned') THEN coalesce(s.reviewed_at, s.received_at)
            WHEN s.state = 'superseded' THEN coalesce(c.received_at, s.received_at)
            ELSE s.received_at END,
       CASE WHEN s.state IN ('accepted', 'returned') THEN coalesce(
                (SELECT a.actor FROM audit a WHERE a.subject = s.submission_id
                 AND a.action IN ('submission.accepted', 'submission.returned') ORDER BY a.id DESC LIMIT 1),
                'unknown')
            ELSE coalesce((SELECT u.username FROM users u WHERE u.id = coalesce(c.submitted_by, s.submitted_by)),
                          'unknown') END,
       CASE WHEN s.state IN ('accepted', 'returned') THEN s.reviewer_comment END
FROM submissions s LEFT JOIN submissions c ON c.submission_id = s.superseded_by AND s.state = 'superseded'
"""

SQLITE_COMMIT_ORDER = """
CREATE TRIGGER submission_events_commit_order AFTER INSERT ON submission_events WHEN NEW.seq IS NULL
BEGIN
    UPDATE sequences SET value = value + 1 WHERE name = 'changes';
    UPDATE submission_events SET seq = (SELECT value FROM sequences WHERE name = 'changes') WHERE id = NEW.id;
END
"""
# SQLite runs one writer at a time, so the position taken inside the transaction is its commit order.
# PostgreSQL runs writers side by side: the position is taken when the transaction commits, under
# the counter row's lock, which is released only once the commit is visible.
POSTGRES_COMMIT_ORDER = [
    """
    CREATE FUNCTION submission_events_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE position integer;
    BEGIN
        UPDATE sequences SET value = value + 1 WHERE name = 'changes' RETURNING value INTO position;
        UPDATE submission_events SET seq = position WHERE id = NEW.id;
        RETURN NULL;
    END $$
    """,
    """
    CREATE CONSTRAINT TRIGGER submission_events_commit_order AFTER INSERT ON submission_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.seq IS NULL)
    EXECUTE FUNCTION submission_events_commit_order()
    """,
]


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgres():
        _native_types()
        receipts = op.get_bind().execute(sa.text("SELECT value FROM sequences WHERE name = 'receipts'")).scalar()
        op.execute(f"CREATE SEQUENCE receipt_numbers START WITH {int(receipts or 0) + 1}")
        op.execute("DELETE FROM sequences WHERE name = 'receipts'")
    else:
        _canonical_token_times()
    op.add_column("submissions", sa.Column("facility_key", sa.Text, nullable=False, server_default=""))
    op.execute("UPDATE submissions SET facility_key = coalesce(facility, '')")
    timestamp = postgresql.TIMESTAMP(timezone=True) if _postgres() else sa.Text
    op.create_table(
        "submission_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer),
        sa.Column("submission_id", sa.Text, sa.ForeignKey("submissions.submission_id"), nullable=False),
        sa.Column("tax_code", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("at", timestamp, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("comment", sa.Text),
    )
    op.execute(BACKFILL)
    op.execute(
        "INSERT INTO sequences (name, value) SELECT 'changes', coalesce((SELECT max(seq) FROM submission_events), 0) "
        "WHERE NOT EXISTS (SELECT 1 FROM sequences WHERE name = 'changes')"
    )
    op.create_index("submission_events_feed", "submission_events", ["seq"], unique=True)
    op.create_index("submission_events_scoped_feed", "submission_events", ["tax_code", "seq"])
    op.create_index("submission_events_history", "submission_events", ["submission_id", "id"])
    for statement in POSTGRES_COMMIT_ORDER if _postgres() else [SQLITE_COMMIT_ORDER]:
        op.execute(statement)
    op.drop_index("submissions_changes", "submissions")
    op.drop_column("submissions", "change_seq")
    live = sa.text("state != 'superseded'")
    op.create_index(
        "submissions_live",
        "submissions",
        ["tax_code", "form", "facility_key", "period"],
        unique=True,
        sqlite_where=live,
        postgresql_where=live,
    )
    op.create_index("submissions_queue", "submissions", ["state", "received_at", "submission_id"])
    op.create_index("submissions_received", "submissions", ["received_at", "submission_id"])


def _native_types() -> None:
    for table, columns in TIMESTAMPS.items():
        for column in columns:
            op.alter_column(
                table,
                column,
                type_=postgresql.TIMESTAMP(timezone=True),
                postgresql_using=f"{column}::timestamptz",
            )
    for table, column in DOCUMENTS.items():
        op.alter_column(table, column, type_=postgresql.JSONB, postgresql_using=f"{column}::jsonb")
    op.alter_column("users", "is_reviewer", server_default=None)
    op.alter_column("users", "is_reviewer", type_=sa.Boolean, postgresql_using="is_reviewer <> 0")
    op.alter_column("users", "is_reviewer", server_default=sa.text("false"))


def _canonical_token_times() -> None:
    """Expiry times were written with isoformat(); every other time in the format_utc form."""
    bind = op.get_bind()
    for token_id, expires in bind.execute(sa.text("SELECT id, expires_at FROM tokens")).all():
        moment = dt.datetime.fromisoformat(expires).astimezone(dt.UTC)
        text = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        bind.execute(sa.text("UPDATE tokens SET expires_at = :t WHERE id = :i"), {"t": text, "i": token_id})


def downgrade() -> None:
    for index in ("submissions_received", "submissions_queue", "submissions_live"):
        op.drop_index(index, "submissions")
    op.add_column("submissions", sa.Column("change_seq", sa.Integer, nullable=False, server_default="0"))
    op.execute(
        "UPDATE submissions SET change_seq = coalesce((SELECT max(e.seq) FROM submission_events e "
        "WHERE e.submission_id = submissions.submission_id), 0)"
    )
    op.create_index("submissions_changes", "submissions", ["change_seq"])
    if _postgres():
        op.execute("DROP TRIGGER submission_events_commit_order ON submission_events")
        op.execute("DROP FUNCTION submission_events_commit_order()")
    else:
        op.execute("DROP TRIGGER submission_events_commit_order")
    op.drop_table("submission_events")
    op.drop_column("submissions", "facility_key")
    if _postgres():
        number = (
            op.get_bind()
            .execute(sa.text("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM receipt_numbers"))
            .scalar()
        )
        op.execute(f"INSERT INTO sequences (name, value) VALUES ('receipts', {int(number)})")
        op.execute("DROP SEQUENCE receipt_numbers")
        op.alter_column("users", "is_reviewer", server_default=None)
        op.alter_column("users", "is_reviewer", type_=sa.Integer, postgresql_using="is_reviewer::integer")
        op.alter_column("users", "is_reviewer", server_default=sa.text("0"))
        for table, column in DOCUMENTS.items():
            op.alter_column(table, column, type_=sa.Text, postgresql_using=f"{column}::text")
        for table, columns in TIMESTAMPS.items():
            for column in columns:
                # Back to the text the old server wrote (UTC, milliseconds, Z).
                op.alter_column(
                    table,
                    column,
                    type_=sa.Text,
                    postgresql_using=f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
                )
