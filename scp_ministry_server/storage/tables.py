"""The server's tables, declared once (SQLAlchemy Core). The migrations in `migrations/versions`
build exactly this; tests/server/storage/test_migrate.py compares the two on both engines."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Sequence,
    Table,
    Text,
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
    # The latest review's comments by field or criterion ({path: text}); each review's are in its event.
    Column("field_comments", Json),
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
