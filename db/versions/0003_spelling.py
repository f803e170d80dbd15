"""The event's spelling dictionary (words added by the note-takers).

Revision ID: 0003_spelling
Revises: 0003_search_review
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_spelling"
down_revision = "0003_search_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "spelling_words",
        sa.Column("word", sa.Text(), primary_key=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("spelling_words")
