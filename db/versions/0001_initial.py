"""The first schema: event, themes, agenda, remarks with revisions, terms, summaries.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("dates", sa.Text(), nullable=False),
        sa.Column("conveners", sa.JSON(), nullable=False),
        sa.Column("rule_statement", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("shortcut", sa.Integer(), nullable=True),
    )
    op.create_table(
        "agenda_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False, unique=True),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("time_label", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "remarks",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reworded", sa.Text(), nullable=True),
        sa.Column("theme_id", sa.Integer(), sa.ForeignKey("themes.id"), nullable=False),
        sa.Column(
            "session_id", sa.Integer(), sa.ForeignKey("agenda_sessions.id"), nullable=True
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("key_point", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_remarks_theme_id", "remarks", ["theme_id"])
    op.create_table(
        "remark_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("remark_id", sa.String(36), sa.ForeignKey("remarks.id"), nullable=False),
        sa.Column("field", sa.String(10), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_remark_revisions_remark_id", "remark_revisions", ["remark_id"])
    op.create_table(
        "protected_terms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("term", sa.Text(), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
    )
    op.create_table(
        "theme_summaries",
        sa.Column("theme_id", sa.Integer(), sa.ForeignKey("themes.id"), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "event_summary",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "event_summary",
        "theme_summaries",
        "protected_terms",
        "remark_revisions",
        "remarks",
        "agenda_sessions",
        "themes",
        "event",
    ):
        op.drop_table(table)
