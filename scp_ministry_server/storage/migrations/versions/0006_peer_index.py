"""The data-quality check on receipt finds a report's peers (the same form and period) by an index.

Without it every receipt scanned all submissions for its sector's intensities: at the January peak
each report cost a full scan inside its transaction.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("submissions_peers", "submissions", ["form", "period"])


def downgrade() -> None:
    op.drop_index("submissions_peers", "submissions")
