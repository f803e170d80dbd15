"""Search speed: the index's words kept beside it, so a prefix expands with one lookup.

A two-word query whose second word is very common spent most of its time reading every
remark holding that word as a prefix; expanded to the few words the prefix starts, FTS5 skips
through the list instead (see vault/search.py). The words of what is already indexed are
recorded here from the index's own folded text; the index itself is unchanged.

Revision ID: 0004_search_speed
Revises: 0003_spelling
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from roundtable_app.vault.search import FTS_TABLE, STATE_TABLE, TERMS_TABLE, add_terms

revision = "0004_search_speed"
down_revision = "0003_spelling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(TERMS_TABLE, sa.Column("term", sa.Text(), primary_key=True))
    op.create_table(
        STATE_TABLE,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("terms_exact", sa.Boolean(), nullable=False),
    )
    bind = op.get_bind()
    rows = bind.exec_driver_sql(f"SELECT text, reworded FROM {FTS_TABLE}").fetchall()
    exact = add_terms(
        lambda sql, params: bind.exec_driver_sql(sql, params) and None,
        (value for row in rows for value in row),
    )
    bind.exec_driver_sql(
        f"INSERT INTO {STATE_TABLE} (id, terms_exact) VALUES (1, ?)", (1 if exact else 0,)
    )


def downgrade() -> None:
    op.drop_table(STATE_TABLE)
    op.drop_table(TERMS_TABLE)
