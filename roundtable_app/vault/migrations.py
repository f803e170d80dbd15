"""Applying the Alembic migrations in ``db/`` to an unlocked vault."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from roundtable_app.errors import DamagedError, NewerVersionError, UnlockError
from roundtable_app.paths import migrations_dir

# The newest revision in db/versions; a test checks it against Alembic's own view, and it
# lets an up-to-date vault open without loading Alembic at all.
HEAD_REVISION = "0004_search_speed"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003_bundles_merge",
    "0003_guard_participants",
    "0003_summary_language",
    "0003_search_review",
    "0003_spelling",
    "0004_search_speed",
)


def current_revision(conn: Connection, path: Path) -> str | None:
    """The vault's schema revision, or ``None`` for a brand-new empty database."""
    tables = {
        row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
    }
    if "alembic_version" not in tables:
        if tables:
            raise UnlockError(f"{path}: this SQLCipher database is not a Roundtable vault")
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if len(rows) != 1:
        raise DamagedError(f"{path}: the vault's schema version record is damaged")
    return str(rows[0][0])


def check_known(revision: str | None, path: Path) -> None:
    """Refuse (untouched) a vault from a newer Roundtable."""
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerVersionError(
            f"{path}: this vault was made by a newer version of Roundtable "
            f"(schema {revision}); update Roundtable to open it"
        )


def upgrade(conn: Connection, path: Path, target: str = "head") -> None:
    """Bring the schema to ``target``; refuse (untouched) a vault from a newer Roundtable."""
    revision = current_revision(conn, path)
    check_known(revision, path)
    if target == "head" and revision == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = conn
    command.upgrade(config, target)
