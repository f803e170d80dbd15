"""Alembic migrations: they match the models, and old vaults are brought up to date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from roundtable_app.paths import migrations_dir
from roundtable_app.vault import Vault, engine, migrations
from roundtable_app.vault.models import Base
from roundtable_app.vault.search import FTS_TABLE_PREFIX


def test_head_constant_matches_alembic_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == migrations.HEAD_REVISION
    assert {s.revision for s in script.walk_revisions()} == set(migrations.KNOWN_REVISIONS)


def test_migrations_produce_exactly_the_models(vault: Vault) -> None:
    with vault.raw_connection():
        pass
    eng = vault._engine_or_fail()
    with eng.connect() as conn:
        # FTS5's virtual table and its shadow tables are not models (see vault/search.py).
        def not_fts(name: str | None, type_: str, parent: object) -> bool:
            return not (type_ == "table" and (name or "").startswith(FTS_TABLE_PREFIX))

        context = MigrationContext.configure(conn, opts={"include_name": not_fts})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_vault_created_at_first_revision_opens_and_upgrades(tmp_path: Path, passphrase: str):
    path = tmp_path / "old.roundtable"
    path.touch()
    raw = engine.connect_new(path, passphrase)
    e = engine.make_engine(path, raw)
    with e.begin() as conn:
        migrations.upgrade(conn, path, target="0001")
        stamp = datetime(2016, 6, 14, 9, 30)
        conn.execute(
            text(
                "INSERT INTO event (id, title, subtitle, venue, dates, conveners, rule_statement,"
                " created_at) VALUES (1, 'Old event', '', '', '', '[]', 'rule', :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO themes (id, name, description, position, colour, shortcut)"
                " VALUES (1, 'Old theme', '', 0, '#000000', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO remarks (id, text, theme_id, kind, status, key_point, created_at,"
                " updated_at, device_id) VALUES ('r1', 'said in 2016', 1, 'lesson', 'captured',"
                " 0, :t, :t, 'old')"
            ),
            {"t": stamp},
        )
    e.dispose()
    raw.close()

    with Vault.open(path, passphrase) as v:
        assert [r.text for r in v.remarks()] == ["said in 2016"]
        v.save_draft("draft works after upgrade", v.themes()[0].id)
        v.dismiss_finding("remark:r1", "x", "person", "harmless")
        assert v.draft() is not None
        with v.raw_connection() as conn:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]  # type: ignore[attr-defined]
    assert version == migrations.HEAD_REVISION
