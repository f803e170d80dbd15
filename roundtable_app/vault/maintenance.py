"""Whole-vault operations: integrity verification, backups, changing the passphrase."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from roundtable_app.errors import DamagedError, InputError, StorageError
from roundtable_app.vault import engine as eng
from roundtable_app.vault import migrations
from roundtable_app.vault.service import Vault
from roundtable_app.vault.types import VerifyReport

_COUNTED = {
    "themes": "themes",
    "agenda sessions": "agenda_sessions",
    "remarks": "remarks",
    "revisions": "remark_revisions",
    "protected terms": "protected_terms",
    "dismissed findings": "finding_decisions",
}


def verify(vault: Vault) -> VerifyReport:
    """Check every page's authentication code, the database structure, foreign keys and the
    schema version, then rebuild the search index. Raises :class:`DamagedError` on the first
    failure."""
    checks: list[str] = []
    with vault.raw_connection() as conn:
        c: Any = conn
        try:
            pages = c.execute("PRAGMA page_count").fetchone()[0]
            bad = c.execute("PRAGMA cipher_integrity_check").fetchall()
            if bad:
                raise DamagedError(
                    f"{vault.path}: {len(bad)} page(s) fail their authentication check"
                )
            checks.append(f"encryption: all {pages} pages authenticate (HMAC-SHA512)")
            result = [r[0] for r in c.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise DamagedError(f"{vault.path}: the database structure is damaged")
            checks.append("structure: SQLite integrity_check ok")
            fk = c.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise DamagedError(f"{vault.path}: {len(fk)} broken reference(s) between tables")
            checks.append("references: every remark points to an existing theme and session")
            version = c.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            if version != migrations.HEAD_REVISION:
                raise DamagedError(f"{vault.path}: unexpected schema revision")
            checks.append(f"schema: revision {version} (current)")
            counts = {
                label: int(c.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for label, table in _COUNTED.items()
            }
            cipher = c.execute("PRAGMA cipher_version").fetchone()[0]
        except sqlcipher.Error as exc:
            raise eng.map_db_error(exc, vault.path) from None
    # The search index is derived data: verify rebuilds it rather than trusting it, so a
    # damaged or stale index is repaired by the command users run when something looks off.
    healthy = vault.search_index_ok()
    indexed = vault.rebuild_search_index()
    checks.append(
        f"search index: rebuilt over {indexed} remark(s)"
        + ("" if healthy else " (the old index was damaged and has been replaced)")
    )
    checks.append(f"cipher: SQLCipher {cipher}, key derivation PBKDF2-HMAC-SHA512")
    return VerifyReport(tuple(checks), counts)


def _temp_beside(target: Path, tag: str) -> Path:
    return target.with_name(f".{target.name}.{tag}-{secrets.token_hex(4)}")


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            os.unlink(f"{path}{suffix}")


def backup(vault: Vault, dest: str | Path) -> Path:
    """Write an encrypted, consistent copy (same passphrase) and return its path.

    ``dest`` is a new file name, or an existing folder (a dated name is chosen inside it).
    An existing file is never overwritten; a failure leaves no partial copy.
    """
    target = Path(dest)
    if target.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = target / f"{vault.path.stem}-backup-{stamp}.roundtable"
    if target.exists():
        raise InputError("already exists; a backup never overwrites a file", target)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    if target.resolve() == vault.path.resolve():
        raise InputError("a backup cannot replace the vault itself", target)
    tmp = _temp_beside(target, "backup")
    try:
        with vault.raw_connection() as conn:
            c: Any = conn
            # VACUUM INTO writes a copy keyed like the source: it is never plaintext on disk.
            c.execute(f"VACUUM INTO {eng.sql_string(str(tmp))}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.link(tmp, target)  # fails rather than overwrite a file that appeared meanwhile
    except sqlcipher.Error as exc:
        _remove(tmp)
        raise eng.map_db_error(exc, target) from None
    except FileExistsError:
        _remove(tmp)
        raise InputError("already exists; a backup never overwrites a file", target) from None
    except OSError as exc:
        _remove(tmp)
        raise StorageError(f"{target}: the backup could not be written ({exc.strerror})") from None
    _remove(tmp)
    eng.fsync_dir(target.parent)
    return target


def change_passphrase(vault: Vault, new_passphrase: str) -> Vault:
    """Re-encrypt the vault under a new passphrase and return it, reopened.

    The re-encrypted copy is written beside the vault, checked, and only then renamed over
    it: a crash at any point leaves either the old or the new vault, whole.
    """
    eng.check_new_passphrase(new_passphrase)
    path = vault.path
    tmp = _temp_beside(path, "rekey")
    try:
        with vault.raw_connection() as conn:
            c: Any = conn
            c.execute(
                f"ATTACH DATABASE {eng.sql_string(str(tmp))} AS rekeyed "
                f"KEY {eng.sql_string(new_passphrase)}"
            )
            try:
                c.execute("SELECT sqlcipher_export('rekeyed')")
                c.execute("PRAGMA rekeyed.user_version = 0")
            finally:
                c.execute("DETACH DATABASE rekeyed")
        probe = Vault.open(tmp, new_passphrase)
        probe.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except sqlcipher.Error as exc:
        _remove(tmp)
        raise eng.map_db_error(exc, path) from None
    except BaseException:
        _remove(tmp)
        raise
    vault.close()
    os.replace(tmp, path)
    eng.fsync_dir(path.parent)
    return Vault.open(path, new_passphrase)
