"""Search speed: the index's words kept beside it, so a prefix expands with one lookup.

A two-word query whose second word is very common spent most of its time reading every
remark holding that word as a prefix; expanded to the few words the prefix starts, FTS5 skips
through the list instead (see vault/search.py). The words of what is already indexed are
recorded here from the index's own folded text; the index itself is unchanged.

Merges made in Review before merges travelled in bundles were not versioned: the merged remark
had no version at all (a bundle holding it could not be read) and its originals kept the
version of their last edit, so a merge never reached another laptop. Each such remark gets a
new version here, as the merge would get today, from this vault's device.

Revision ID: 0004_search_speed
Revises: 0003_spelling
Create Date: 2026-12-02
"""

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from roundtable_app.vault import clock
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
    _version_old_merges(bind)


def _version_old_merges(bind: sa.Connection) -> None:
    device = bind.exec_driver_sql("SELECT device_id FROM vault_state WHERE id = 1").fetchone()
    if device is None:
        return
    # merged remarks and the originals still merged into them (a merge already split away
    # travels as a tombstone, which the export gives a version)
    rows = bind.exec_driver_sql(
        "SELECT id, version, vector, updated_at FROM remarks"
        " WHERE (merged_into IS NOT NULL AND deleted_at IS NULL)"
        " OR (version = '' AND id IN (SELECT merged_into FROM remarks))"
        " ORDER BY created_at, id"
    ).fetchall()
    if not rows:
        return
    latest = bind.exec_driver_sql("SELECT max(version) FROM remarks").fetchone()[0] or ""
    hlc = clock.HybridClock(device[0], [latest])
    updates = []
    for rid, version, vector, updated_at in rows:
        when = updated_at if isinstance(updated_at, datetime) else datetime.fromisoformat(updated_at)
        if version:  # never behind the remark's own last edit
            hlc.observe(version)
        hlc.observe(clock.stamp(clock.ms_of(when), 0, device[0]))
        seen = json.loads(vector) if isinstance(vector, str) else (vector or {})
        updates.append((hlc.tick(), json.dumps(clock.bump(seen, device[0])), rid))
    bind.exec_driver_sql("UPDATE remarks SET version = ?, vector = ? WHERE id = ?", updates)


def downgrade() -> None:
    op.drop_table(STATE_TABLE)
    op.drop_table(TERMS_TABLE)
