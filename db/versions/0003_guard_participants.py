"""The participants list and the event's strict sector-level affiliation setting.

Revision ID: 0003_guard_participants
Revises: 0003_bundles_merge
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_guard_participants"
down_revision = "0003_bundles_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
    )
    with op.batch_alter_table("event") as batch:
        batch.add_column(
            sa.Column(
                "flag_sector_level", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("flag_sector_level")
    op.drop_table("participants")
