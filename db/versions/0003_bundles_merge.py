"""Merging bundles: stable theme and session ids, hybrid-clock versions and version vectors
per remark, tombstones, and a random device id per vault.

Revision ID: 0003_bundles_merge
Revises: 0002
Create Date: 2026-12-01
"""

import json
import secrets
import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003_bundles_merge"
down_revision = "0002"
branch_labels = None
depends_on = None

_EPOCH = datetime(1970, 1, 1)


def _stamp(value: object) -> int:
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return int((when - _EPOCH).total_seconds() * 1000)


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "vault_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("drop_folder", sa.Text(), nullable=True),
        sa.Column("drop_write", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("drop_seen", sa.JSON(), server_default="[]", nullable=False),
    )
    # Random, never derived from hardware: the old id was a hash of the MAC address.
    device = secrets.token_hex(8)
    conn.execute(sa.text("INSERT INTO vault_state (id, device_id) VALUES (1, :d)"), {"d": device})
    for table in ("themes", "agenda_sessions"):
        op.add_column(table, sa.Column("uid", sa.String(36), server_default="", nullable=False))
        for (ident,) in conn.execute(sa.text(f"SELECT id FROM {table}")).fetchall():
            conn.execute(
                sa.text(f"UPDATE {table} SET uid = :u WHERE id = :i"),
                {"u": str(uuid.uuid4()), "i": ident},
            )
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    for table in ("themes", "remarks"):
        op.add_column(
            table, sa.Column("version", sa.String(64), server_default="", nullable=False)
        )
        op.add_column(table, sa.Column("vector", sa.JSON(), server_default="{}", nullable=False))
    # Every device id already stored (this laptop's and those that came in bundles) is
    # replaced by a random one, consistently within this vault, so no MAC hash remains.
    mapping: dict[str, str] = {}
    rows = conn.execute(sa.text("SELECT id, updated_at, device_id FROM remarks")).fetchall()
    for ident, updated, old in rows:
        new = mapping.setdefault(old, secrets.token_hex(8))
        conn.execute(
            sa.text("UPDATE remarks SET device_id = :d, version = :v, vector = :w WHERE id = :i"),
            {
                "d": new,
                "v": f"{_stamp(updated):013d}.000000.{new}",
                "w": json.dumps({new: 1}),
                "i": ident,
            },
        )
    op.create_table(
        "remark_tombstones",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("vector", sa.JSON(), nullable=False),
    )
    op.create_table(
        "theme_tombstones",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("theme_tombstones")
    op.drop_table("remark_tombstones")
    for table in ("themes", "remarks"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("vector")
            batch.drop_column("version")
    for table in ("themes", "agenda_sessions"):
        op.drop_index(f"ix_{table}_uid", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uid")
    op.drop_table("vault_state")
