"""Self-assessments reach the ministry and reviews come back per field (issue 15).

- submissions.field_comments: the latest review's comments by field or criterion ({path: text});
- submission_events.field_comments: each review's, in the history and the changes feed.

(Assessments themselves are submissions of form `assessment/<scheme>`: no table of their own.)

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    document = postgresql.JSONB() if op.get_bind().dialect.name == "postgresql" else sa.Text()
    op.add_column("submissions", sa.Column("field_comments", document))
    op.add_column("submission_events", sa.Column("field_comments", document))


def downgrade() -> None:
    op.drop_column("submission_events", "field_comments")
    op.drop_column("submissions", "field_comments")
