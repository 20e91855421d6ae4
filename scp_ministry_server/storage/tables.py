"""The server's tables, declared once (SQLAlchemy Core). The migrations in `migrations/versions`
build exactly this; tests/server/storage/test_migrate.py compares the two on both engines."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Sequence,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from scp_ministry_server.storage.types import Flag, Json, Timestamp

metadata = MetaData()

organizations = Table(
    "organizations",
    metadata,
    Column("tax_code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("province", Text, nullable=False),
    Column("sector", Text),
    Column("kind", Text, nullable=False, server_default="other"),
    Column("created_at", Timestamp, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("is_reviewer", Flag, nullable=False, server_default=text("0")),
    Column("created_at", Timestamp, nullable=False),
    # A provincial reviewer's province (official code); NULL: a national (MOIT) reviewer.
    Column("province", Text),
    Column("is_admin", Flag, nullable=False, server_default=text("0")),
)

user_organizations = Table(
    "user_organizations",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("tax_code", Text, ForeignKey("organizations.tax_code"), nullable=False),
    PrimaryKeyConstraint("user_id", "tax_code"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("token_sha256", Text, nullable=False, unique=True),  # the token itself is never stored
    Column("device", Text, nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("expires_at", Timestamp, nullable=False),
    Column("revoked_at", Timestamp),
)

# Not live: replaced by a correction. Every other state is a live report of its period.
SUPERSEDED = "superseded"

submissions = Table(
    "submissions",
    metadata,
    Column("submission_id", Text, primary_key=True),
    Column("tax_code", Text, ForeignKey("organizations.tax_code"), nullable=False),
    Column("form", Text, nullable=False),
    Column("facility", Text),
    # The facility as compared ('' for the organization as a whole): one live report per key.
    Column("facility_key", Text, nullable=False, server_default=""),
    Column("period", Text, nullable=False),
    # The months it covers (year × 12 + month − 1, both included): live reports of one organization and
    # form never overlap for the same facility, nor for the organization as a whole on either side.
    Column("start_month", Integer, nullable=False, server_default="0"),
    Column("end_month", Integer, nullable=False, server_default="0"),
    Column("content_sha256", Text, nullable=False),
    Column("payload", Json, nullable=False),
    Column("supersedes", Text),
    Column("superseded_by", Text),
    Column("state", Text, nullable=False),
    Column("receipt", Text, nullable=False, unique=True),
    Column("received_at", Timestamp, nullable=False),
    Column("submitted_by", Integer, nullable=False),
    Column("reviewer_comment", Text),
    Column("reviewed_at", Timestamp),
    # The latest review's per-field comments ({path: text}); each review's are in its event too.
    Column("field_comments", Json),
    # Figures taken on receipt for the data-quality checks: the report's total (TOE, bags…) and its
    # intensity (bags per transaction…), compared year on year and within the sector.
    Column("measure", Float),
    Column("intensity", Float),
)
Index("submissions_scope", submissions.c.tax_code, submissions.c.form, submissions.c.period)
# The live reports of an organization and form, by their first month: what an overlap check reads
# (under a lock per organization and form, see storage/submissions.py).
Index(
    "submissions_live",
    submissions.c.tax_code,
    submissions.c.form,
    submissions.c.start_month,
    sqlite_where=submissions.c.state != SUPERSEDED,
    postgresql_where=submissions.c.state != SUPERSEDED,
)
Index("submissions_queue", submissions.c.state, submissions.c.received_at, submissions.c.submission_id)
Index("submissions_received", submissions.c.received_at, submissions.c.submission_id)

# Every state a submission took, who set it and why: its history, and the changes feed.
# `seq` is the feed position. The database assigns it at commit time (a trigger taking one counter
# row: see migrations/versions/0002), so positions appear in commit order and a reader that has
# seen position N has seen every change that will ever have a position ≤ N. NULL only for history
# carried over from before the feed existed.
submission_events = Table(
    "submission_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", Integer),
    Column("submission_id", Text, ForeignKey("submissions.submission_id"), nullable=False),
    Column("tax_code", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("at", Timestamp, nullable=False),
    Column("actor", Text, nullable=False),
    Column("comment", Text),
    Column("field_comments", Json),
)
Index("submission_events_feed", submission_events.c.seq, unique=True)
Index("submission_events_scoped_feed", submission_events.c.tax_code, submission_events.c.seq)
Index("submission_events_history", submission_events.c.submission_id, submission_events.c.id)

submission_attachments = Table(
    "submission_attachments",
    metadata,
    Column("submission_id", Text, ForeignKey("submissions.submission_id"), nullable=False),
    Column("sha256", Text, nullable=False),
    PrimaryKeyConstraint("submission_id", "sha256"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("sha256", Text, primary_key=True),  # the file is <attachments folder>/<sha256[:2]>/<sha256>
    Column("size", Integer, nullable=False),
    Column("uploaded_by", Integer, nullable=False),
    Column("uploaded_at", Timestamp, nullable=False),
)

# Possession is per organization: whoever uploads a file holds it for each of their organizations.
# A submission may list only files its organization holds; a file is served to its holders and to
# reviewers of a submission listing it, and to nobody else (404, as for a file that does not exist).
attachment_holders = Table(
    "attachment_holders",
    metadata,
    Column("sha256", Text, ForeignKey("attachments.sha256"), nullable=False),
    Column("tax_code", Text, ForeignKey("organizations.tax_code"), nullable=False),
    PrimaryKeyConstraint("sha256", "tax_code"),
)

# Failed sign-ins by user name and by address, seen by every worker: the lockout and backoff.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", Timestamp, nullable=False),
    Column("username", Text, nullable=False),
    Column("address", Text, nullable=False),
)
Index("sign_in_failures_user", sign_in_failures.c.username, sign_in_failures.c.at)
Index("sign_in_failures_address", sign_in_failures.c.address, sign_in_failures.c.at)

reference_publications = Table(
    "reference_publications",
    metadata,
    Column("name", Text, nullable=False),
    Column("version", Text, nullable=False),
    Column("document", Json, nullable=False),
    Column("published_at", Timestamp, nullable=False),
    PrimaryKeyConstraint("name", "version"),
)

# Counters that must follow commit order or have no gaps: 'changes' (the feed) and, on SQLite,
# 'receipts'. PostgreSQL numbers receipts from the `receipt_numbers` sequence instead.
sequences = Table(
    "sequences",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", Integer, nullable=False),
)
receipt_numbers = Sequence("receipt_numbers", metadata=metadata)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", Timestamp, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("detail", Json),
)


# -- the reviewer web app (scp_ministry_server/web) ---------------------------------------------------
Index("submissions_org_received", submissions.c.tax_code, submissions.c.received_at)
# A report's peers for the data-quality checks on receipt (quality.py): the same form and period.
Index("submissions_peers", submissions.c.form, submissions.c.period)

Index("organizations_province", organizations.c.province, organizations.c.sector)

# A signed-in browser: only the cookie's SHA-256 is stored, with the session's CSRF token.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_sha256", Text, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("csrf_token", Text, nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("seen_at", Timestamp, nullable=False),
    Column("expires_at", Timestamp, nullable=False),
    Column("ended_at", Timestamp),
)

# Who must report what by when: one row per organization, form and period. `year_period` and
# `quarter_period` are the longer periods whose report also covers a monthly obligation.
obligations = Table(
    "obligations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("tax_code", Text, ForeignKey("organizations.tax_code"), nullable=False),
    Column("form", Text, nullable=False),
    Column("period", Text, nullable=False),
    Column("year_period", Text, nullable=False),
    Column("quarter_period", Text),
    Column("due_date", Date, nullable=False),
    Column("due_at", Timestamp, nullable=False),  # the end of the due day in Viet Nam (UTC+7)
    Column("source", Text, nullable=False),  # the list or rule it comes from
    Column("created_at", Timestamp, nullable=False),
    Column("created_by", Text, nullable=False),
    # Its standing, kept by every write to the reports covering it (storage/obligations.py): the
    # first receipt, and the weakest live state as a rank (returned 1 … accepted 4).
    Column("first_at", Timestamp),
    Column("weakest", Integer),
    UniqueConstraint("tax_code", "form", "period", name="obligations_key"),
)
Index("obligations_period", obligations.c.form, obligations.c.year_period, obligations.c.due_date)
Index("obligations_match", obligations.c.tax_code, obligations.c.form, obligations.c.year_period)

# After `locked_from` no report of that form whose period lies within `period` is taken, unless
# a reviewer granted the organization an exception. province NULL: the whole country.
period_locks = Table(
    "period_locks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("form", Text, nullable=False),
    Column("period", Text, nullable=False),
    Column("province", Text),
    Column("locked_from", Timestamp, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("lifted_at", Timestamp),
)
Index("period_locks_form", period_locks.c.form, period_locks.c.period)

lock_exceptions = Table(
    "lock_exceptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("lock_id", Integer, ForeignKey("period_locks.id"), nullable=False),
    Column("tax_code", Text, ForeignKey("organizations.tax_code"), nullable=False),
    Column("until", Timestamp, nullable=False),
    Column("reason", Text, nullable=False),
    Column("granted_by", Text, nullable=False),
    Column("granted_at", Timestamp, nullable=False),
)
Index("lock_exceptions_org", lock_exceptions.c.tax_code, lock_exceptions.c.lock_id)

# Data-quality flags taken on receipt: shown to reviewers, never a reason to refuse a report.
submission_flags = Table(
    "submission_flags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("submission_id", Text, ForeignKey("submissions.submission_id"), nullable=False),
    Column("code", Text, nullable=False),
    Column("field", Text),
    Column("detail", Json, nullable=False),
)
Index("submission_flags_submission", submission_flags.c.submission_id)

# Tokens for the indicator feed that Excel or Power BI refresh (only their SHA-256 is kept).
feed_tokens = Table(
    "feed_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_sha256", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("created_at", Timestamp, nullable=False),
    Column("revoked_at", Timestamp),
)
