"""Whole-vault operations: integrity verification, backups, restore, changing the passphrase."""

from __future__ import annotations

import contextlib
import os
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from roundtable_app import files
from roundtable_app.errors import DamagedError, InputError, InUseError, StorageError
from roundtable_app.language.plurals import counted
from roundtable_app.vault import backups, migrations, pages
from roundtable_app.vault import engine as eng
from roundtable_app.vault.types import VAULT_SUFFIX, VerifyReport

if TYPE_CHECKING:  # the service imports this module (re-keying on open): no import circle
    from roundtable_app.vault.service import Vault

_COUNTED = {
    "themes": "themes",
    "agenda sessions": "agenda_sessions",
    "remarks": "remarks",
    "revisions": "remark_revisions",
    "protected terms": "protected_terms",
    "dismissed findings": "finding_decisions",
}


def _structure_checks(c: Any, path: Path, checks: list[str]) -> None:
    pages = c.execute("PRAGMA page_count").fetchone()[0]
    bad = c.execute("PRAGMA cipher_integrity_check").fetchall()
    if bad:
        failing = counted(len(bad), ("page fails", "pages fail"))
        raise DamagedError(f"{path}: {failing} their authentication check")
    checks.append(f"encryption: all {pages} pages authenticate (HMAC-SHA512)")
    result = [r[0] for r in c.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        raise DamagedError(f"{path}: the database structure is damaged")
    checks.append("structure: SQLite integrity_check ok")


def verify(vault: Vault) -> VerifyReport:
    """Check every page's authentication code, the database structure, foreign keys and the
    schema version, then rebuild the search index. Raises :class:`DamagedError` on the first
    failure.

    A damaged WAL never gets this far: :meth:`Vault.open` refuses it before SQLite replays
    (and would checkpoint) it, so ``verify`` cannot make a loss permanent."""
    checks: list[str] = []
    with vault.raw_connection() as conn:
        c: Any = conn
        try:
            _structure_checks(c, vault.path, checks)
            fk = c.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                broken = counted(len(fk), ("broken reference", "broken references"))
                raise DamagedError(f"{vault.path}: {broken} between tables")
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
        f"search index: rebuilt over {counted(indexed, ('remark', 'remarks'))}"
        + ("" if healthy else " (the old index was damaged and has been replaced)")
    )
    checks.append(f"cipher: SQLCipher {cipher}, key derivation PBKDF2-HMAC-SHA512")
    return VerifyReport(tuple(checks), counts)


def backup(vault: Vault, dest: str | Path) -> Path:
    """Write an encrypted, consistent copy (same passphrase) and return its path.

    ``dest`` is a new file name, or an existing folder (a dated name is chosen inside it).
    An existing file is never overwritten; a failure leaves no partial copy; the copy is
    private to the user (0600). Works on FAT and exFAT sticks (no hard links there).
    """
    target = Path(dest)
    if target.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = target / f"{vault.path.stem}-backup-{stamp}{VAULT_SUFFIX}"
    if target.exists():
        raise InputError("already exists; a backup never overwrites a file", target)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    if target.resolve() == vault.path.resolve():
        raise InputError("a backup cannot replace the vault itself", target)
    return backups.copy_to(vault, target)


def save_as(
    vault: Vault,
    dest: str | Path,
    draft: tuple[str, int | None, str, int | None] | None = None,
) -> Path:
    """Write the open vault to the new file ``dest`` ("Save as…"), e.g. after its own file
    was deleted or moved while open. ``draft`` (text, theme, kind, session), the words being
    typed, goes into the copy as its draft, so opening the copy brings them back."""
    if draft is not None and draft[0].strip():
        vault._ignore_moved = True
        try:
            vault.save_draft(*draft)
        finally:
            vault._ignore_moved = False
    return backup(vault, dest)


def _set_aside_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.replaced-{stamp}{path.suffix}")
    n = 2
    while any(p.exists() for p in files.with_side_files(candidate)):
        candidate = path.with_name(f"{path.stem}.replaced-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def _check_openable(path: Path, passphrase: str) -> None:
    """Prove that ``path`` is a whole vault for ``passphrase`` (writes nothing to it
    beyond SQLite's own WAL header switch on a private copy)."""
    eng.precheck_existing(path)
    conn = eng.connect_raw(path, passphrase)
    try:
        c: Any = conn
        _structure_checks(c, path, [])
        with contextlib.suppress(sqlcipher.Error):
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher.Error as exc:
        raise eng.map_db_error(exc, path) from None
    finally:
        conn.close()


def _set_aside(target: Path) -> Path | None:
    """Keep an existing vault (and its side files) under a clear new name; returns it."""
    if not any(p.exists() for p in files.with_side_files(target)):
        return None
    aside = _set_aside_name(target)
    files.set_aside(target, aside)
    return aside


def restore(backup_path: str | Path, vault_path: str | Path, passphrase: str) -> Path | None:
    """Put the backup at ``backup_path`` in place as the vault ``vault_path``.

    Nothing is ever overwritten: the backup is copied (it is ciphertext) to a private
    temporary beside the vault and proven to open with ``passphrase`` and pass its integrity
    checks; only then is an existing vault set aside, with its side files (a stale WAL would
    otherwise be replayed into the restored file), under ``NAME.replaced-STAMP.roundtable``,
    and the copy takes its name. Returns where the old vault went, or ``None``."""
    source = Path(backup_path)
    target = Path(os.path.abspath(vault_path))
    eng.precheck_existing(source)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    if target.exists() and os.path.samefile(source, target):
        raise InputError("is the vault itself; give a backup to restore from", source)
    claimed = None
    if target.exists():
        eng.lock_probe(target)
        claimed = eng.claim(target)  # not open in this process either
    tmp = files.temp_beside(target, "restore")
    try:
        files.copy_private(source, tmp)
        _check_openable(tmp, passphrase)
        aside = _set_aside(target)
        # The restored copy takes the name in one rename: the name always holds a vault.
        files.publish_replace(tmp, target)
    except FileExistsError:
        raise InputError("appeared meanwhile; nothing was restored", target) from None
    except OSError as exc:
        raise StorageError(
            f"{target}: the restore could not be written ({files.why(exc)})"
        ) from None
    finally:
        files.remove_with_side_files(tmp)
        eng.release(claimed)
    return aside


def change_passphrase(vault: Vault, new_passphrase: str) -> Vault:
    """Re-encrypt the vault under a new passphrase and return it, reopened.

    The re-encrypted copy is written beside the vault (private, 0600), checked, and renamed
    over it while the old file is still open and locked: no other process can write to the
    old file in the gap (one that had it open before sees the swap and is refused, see
    :func:`engine.connect_proven`). A crash at any point leaves the old or the new vault,
    whole, and at most a hidden temporary that the next open removes.
    """
    eng.check_new_passphrase(new_passphrase)
    key = pages.normalise_passphrase(new_passphrase)
    path = vault.path
    tmp = files.temp_beside(path, "rekey")
    try:
        files.create_private(tmp)
        with vault.raw_connection() as conn:
            c: Any = conn
            c.execute(
                f"ATTACH DATABASE {eng.sql_string(str(tmp))} AS rekeyed KEY {eng.sql_string(key)}"
            )
            try:
                c.execute("SELECT sqlcipher_export('rekeyed')")
                c.execute("PRAGMA rekeyed.user_version = 0")
            finally:
                c.execute("DETACH DATABASE rekeyed")
        _check_openable(tmp, key)
        files.fsync_file(tmp)
        with vault.raw_connection() as conn:
            c = conn
            # Fold the WAL in and leave WAL mode, so that closing the old connection after
            # the swap touches no side file that now belongs to the new vault.
            c.commit()
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            c.execute("PRAGMA journal_mode = DELETE").fetchone()
            files.publish_replace(tmp, path)
    except sqlcipher.Error as exc:
        files.remove_with_side_files(tmp)
        raise eng.map_db_error(exc, path) from None
    except OSError as exc:
        files.remove_with_side_files(tmp)
        raise StorageError(
            f"{path}: the passphrase could not be changed ({files.why(exc)})"
        ) from None
    except BaseException:
        files.remove_with_side_files(tmp)
        raise
    vault.close_after_swap()
    for attempt in range(20):
        try:
            return type(vault).open(path, new_passphrase)
        except InUseError:
            if attempt == 19:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")
