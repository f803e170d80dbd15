"""Automatic encrypted backups, their folder, their names and how many are kept.

A backup is ``VACUUM INTO`` on the keyed connection: a consistent copy, encrypted with the same
key, never a copy of the file (which could catch it mid-write) and never plaintext. Each is
written to a hidden private temporary in the backup folder and then given its final name, so a
crash leaves no half-written backup under a backup's name.

Automatic backups go to ``NAME.backups/`` beside the vault (or ``ROUNDTABLE_BACKUP_DIR``),
on open, at most every 10 minutes while changes come, before a bundle import and a migration,
and on close; the newest ``ROUNDTABLE_BACKUP_KEEP`` (default 10; 0 turns them off) are kept.
Their names carry the time, the reason and the number of remarks, so a restore dialog can list
them without the passphrase: ``NAME-20261201-211500-123456-close-42r.roundtable``.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from roundtable_app import files
from roundtable_app.errors import InputError, StorageError
from roundtable_app.vault import engine as eng
from roundtable_app.vault.types import VAULT_SUFFIX

if TYPE_CHECKING:
    from roundtable_app.vault.base import VaultBase

DEFAULT_KEEP = 10
KEEP_ENV = "ROUNDTABLE_BACKUP_KEEP"
DIR_ENV = "ROUNDTABLE_BACKUP_DIR"
_NAME = re.compile(
    r"-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z]+)-(?P<count>\d+)r"
    + re.escape(VAULT_SUFFIX)
    + "$"
)


def keep_count() -> int:
    """How many automatic backups are kept (``ROUNDTABLE_BACKUP_KEEP``, default 10)."""
    raw = os.environ.get(KEEP_ENV, "")
    try:
        return max(0, int(raw)) if raw.strip() else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def backup_dir(vault_path: Path) -> Path:
    """The folder of a vault's automatic backups."""
    chosen = os.environ.get(DIR_ENV, "").strip()
    if chosen:
        return Path(chosen)
    return vault_path.with_name(f"{vault_path.name}.backups")


def copy_to(vault: VaultBase, target: Path) -> Path:
    """Write a consistent encrypted copy of the open ``vault`` to the new file ``target``.

    Never overwrites; the copy is private (0600) and complete or absent."""
    if target.exists() or target.is_symlink():
        raise InputError("already exists; a backup never overwrites a file", target)
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", target.parent)
    for stale in files.leftovers(target, tags=("backup",)):  # the same backup, interrupted
        files.remove_with_side_files(stale)
    tmp = files.temp_beside(target, "backup")
    try:
        files.create_private(tmp)  # VACUUM INTO accepts an empty file and keeps its mode
        with vault.raw_connection() as conn:
            c: Any = conn
            c.execute(f"VACUUM INTO {eng.sql_string(str(tmp))}")
        files.fsync_file(tmp)
        files.publish_new(tmp, target)
    except sqlcipher.Error as exc:
        raise eng.map_db_error(exc, target) from None
    except FileExistsError:
        raise InputError("already exists; a backup never overwrites a file", target) from None
    except OSError as exc:
        raise StorageError(
            f"{target}: the backup could not be written ({files.why(exc)})"
        ) from None
    finally:
        files.remove_with_side_files(tmp)
    return target


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup as listed for a restore: file, time, reason, remark count."""

    path: Path
    taken_at: datetime
    reason: str
    remarks: int


def list_backups(vault_path: Path) -> list[BackupInfo]:
    """The automatic backups of the vault at ``vault_path``, newest first."""
    folder = backup_dir(vault_path)
    found: list[BackupInfo] = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not entry.name.startswith(f"{vault_path.stem}-"):
                continue
            m = _NAME.search(entry.name)
            if m is None:
                continue
            stamp = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f")
            found.append(BackupInfo(entry, stamp, m["reason"], int(m["count"])))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def needs_backup(vault_path: Path) -> bool:
    """Whether the vault changed since its newest automatic backup (or has none)."""
    if keep_count() == 0:
        return False
    found = list_backups(vault_path)
    if not found:
        return True
    try:
        newest = found[0].path.stat().st_mtime
        changed = vault_path.stat().st_mtime
        for side in files.side_files(vault_path):
            # an empty WAL is the one this open just created, not a change
            if side.exists() and side.stat().st_size > 32:
                changed = max(changed, side.stat().st_mtime)
    except (OSError, ValueError):
        return True
    return changed > newest


def _remark_count(vault: VaultBase) -> int:
    with vault.raw_connection() as conn:
        c: Any = conn
        row = c.execute("SELECT count(*) FROM remarks WHERE deleted_at IS NULL").fetchone()
    return int(row[0])


def auto_backup(vault: VaultBase, reason: str) -> Path | None:
    """Write an automatic backup of ``vault`` and prune the oldest beyond the kept number."""
    keep = keep_count()
    if keep == 0:
        return None
    folder = backup_dir(vault.path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"{folder}: the backup folder cannot be made ({files.why(exc)})"
        ) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{vault.path.stem}-{stamp}-{reason}-{_remark_count(vault)}r{VAULT_SUFFIX}"
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():  # temporaries of a backup a crash interrupted
            if entry.name.startswith(f".{vault.path.stem}-") and ".backup-" in entry.name:
                entry.unlink()
    copy_to(vault, target)
    for old in list_backups(vault.path)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def rescue_path(vault_path: Path) -> Path:
    """Where a vault whose file vanished while open is saved when it is closed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return vault_path.with_name(f"{vault_path.stem}.rescued-{stamp}{vault_path.suffix}")
