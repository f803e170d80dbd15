"""Search and review: the FTS5 index over folded text, merge links between remarks.

Existing vaults are indexed here, so the first search after the upgrade is as fast as any.

Revision ID: 0003_search_review
Revises: 0003_summary_language
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from roundtable_app.vault import search
from roundtable_app.vault.search import CREATE_FTS_SQL, FTS_TABLE, TRIGGERS_SQL, refresh_rows

revision = "0003_search_review"
down_revision = "0003_summary_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remarks") as batch:
        batch.add_column(sa.Column("merged_into", sa.String(36), nullable=True))
        batch.create_index("ix_remarks_merged_into", ["merged_into"])
        batch.create_index("ix_remarks_theme_deleted", ["theme_id", "deleted_at"])
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("remark_id", sa.String(36), nullable=False, unique=True),
        sa.Column("stale", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_search_docs_stale", "search_docs", ["stale"])
    op.execute(CREATE_FTS_SQL)
    for _name, sql in TRIGGERS_SQL:
        op.execute(sql)
    op.execute(
        "INSERT INTO search_docs (remark_id, stale) SELECT id, 1 FROM remarks"
        " ORDER BY created_at, id"
    )
    # The driver's own connection (the same one, in the same transaction): SQLAlchemy's row
    # handling cost seconds for 100,000 remarks.
    raw = op.get_bind().connection.dbapi_connection
    assert raw is not None
    refresh_rows(
        lambda sql: raw.execute(sql).fetchall(),
        lambda sql, params: raw.executemany(sql, params) and None,
        progress=search.index_progress,  # the app's unlock form shows it
        terms=False,  # search_terms comes with 0004_search_speed
    )


def downgrade() -> None:
    for name, _sql in TRIGGERS_SQL:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    op.drop_index("ix_search_docs_stale", "search_docs")
    op.drop_table("search_docs")
    with op.batch_alter_table("remarks") as batch:
        batch.drop_index("ix_remarks_merged_into")
        batch.drop_index("ix_remarks_theme_deleted")
        batch.drop_column("merged_into")
