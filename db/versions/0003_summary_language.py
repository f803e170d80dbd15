"""The summary's language per event ("en", "sr-Latn", "sr-Cyrl").

Revision ID: 0003_summary_language
Revises: 0003_guard_participants
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_summary_language"
down_revision = "0003_guard_participants"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing events keep the English summary they had.
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column("summary_language", sa.String(16), nullable=False, server_default="en")
        )


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("summary_language")
