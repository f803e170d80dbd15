"""Opening a SQLCipher file safely: keying, pragmas, locking, error mapping, migrations.

The passphrase goes to SQLCipher only through ``PRAGMA key`` with a correctly quoted string
literal; it is never part of a URL, a log line or an exception message.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.pool import StaticPool

from roundtable_app.errors import (
    DamagedError,
    InputError,
    InUseError,
    RoundtableError,
    StorageError,
    UnlockError,
)
from roundtable_app.vault.types import MIN_PASSPHRASE_LENGTH

PAGE_SIZE = 4096
_FOREIGN_MAGIC = {
    b"SQLite format 3\x00": "an unencrypted SQLite database",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"RTBUNDLE": "a Roundtable bundle",
}


class VaultDialect(SQLiteDialect_pysqlcipher):
    """SQLAlchemy's pysqlcipher dialect, minus its own keying.

    The stock dialect formats the URL's password into ``pragma key`` itself; we key the
    connection in :func:`connect_raw` instead, so the passphrase never enters a URL.
    """

    supports_statement_cache = True

    def on_connect_url(self, url: Any) -> Callable[[Any], None] | None:
        return SQLiteDialect_pysqlite.on_connect_url(self, url)


registry.register("sqlite.roundtable", __name__, "VaultDialect")


def sql_string(value: str) -> str:
    """Quote ``value`` as an SQL string literal (single quotes doubled); NUL is refused."""
    if "\x00" in value:
        raise InputError("a passphrase or path cannot contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect a vault."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InputError(f"the passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long")
    if "\x00" in passphrase:
        raise InputError("the passphrase cannot contain a NUL character")


def precheck_existing(path: Path) -> None:
    """Refuse, before any key is tried, a file that is plainly not a vault."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise InputError("no such vault", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a vault", path) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path) from None
    if size == 0:
        raise UnlockError(f"{path}: the file is empty; it is not a Roundtable vault")
    for magic, what in _FOREIGN_MAGIC.items():
        if head.startswith(magic):
            raise UnlockError(f"{path}: this is {what}, not a Roundtable vault")
    if size < PAGE_SIZE:
        raise UnlockError(f"{path}: the file is too small to be a Roundtable vault")


def scrub(exc: BaseException) -> None:
    """Empty a database exception of the statement and parameters it quotes (remark text),
    so that it holds nothing secret even as the hidden ``__context__`` of our own error."""
    for err in (exc, getattr(exc, "orig", None)):
        if err is None:
            continue
        for attr in ("statement", "params"):
            if hasattr(err, attr):
                setattr(err, attr, None)
        err.args = (type(err).__name__,)


def map_db_error(exc: BaseException, path: Path) -> RoundtableError:
    """Turn a SQLCipher error into one of our distinct errors, without echoing any SQL.

    The original exception is scrubbed (see :func:`scrub`)."""
    msg = str(getattr(exc, "orig", exc)).lower()
    scrub(exc)
    if "locked" in msg or "busy" in msg:
        return InUseError(f"{path}: the vault is in use by another Roundtable window or process")
    if "not a database" in msg:
        return UnlockError(f"{path}: wrong passphrase, or not a Roundtable vault")
    if "malformed" in msg or "corrupt" in msg or "hmac" in msg:
        return DamagedError(f"{path}: the vault is damaged (integrity check failed)")
    if "full" in msg:
        return StorageError(f"{path}: the disk is full; nothing more could be saved")
    if "readonly" in msg or "read-only" in msg:
        return StorageError(f"{path}: the vault cannot be written (read-only file or disk)")
    if "disk i/o" in msg or "unable to open" in msg:
        return StorageError(f"{path}: the disk refused to read or write the vault")
    return StorageError(f"{path}: the vault could not be used ({type(exc).__name__})")


def connect_raw(path: Path, passphrase: str) -> sqlcipher.Connection:
    """Open, key and lock one SQLCipher connection, with our durability settings.

    The first read proves the key; only then is anything written, so a wrong passphrase
    leaves the file byte-identical.
    """
    key = sql_string(passphrase)
    conn = sqlcipher.connect(str(path), timeout=0.2, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key}")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        # Take the write lock now and keep it: a second process gets "in use" at once.
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher.Error as exc:
        conn.close()
        raise map_db_error(exc, path) from None
    del key
    conn.isolation_level = ""  # back to the driver's implicit transactions for SQLAlchemy
    return conn


def make_engine(path: Path, conn: sqlcipher.Connection) -> Engine:
    """An engine over exactly one already-keyed connection (exclusive locking allows no other)."""
    engine = create_engine(
        f"sqlite+roundtable:///{path}",
        creator=lambda: conn,
        poolclass=StaticPool,
    )
    return engine


class VaultLock:
    """Serialises service calls: the vault has one connection, shared by GUI and workers."""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort on file systems that refuse it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
