"""Opening a SQLCipher file safely: keying, pragmas, locking, error mapping, migrations.

The passphrase goes to SQLCipher only through ``PRAGMA key`` with a correctly quoted string
literal; it is never part of a URL, a log line or an exception message.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Engine, create_engine
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
from roundtable_app.vault import pages
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

    def on_connect_url(self, url: URL) -> Callable[[Any], Any] | None:
        return SQLiteDialect_pysqlite.on_connect_url(self, url)


registry.register("sqlite.roundtable", __name__, "VaultDialect")


def sql_string(value: str) -> str:
    """Quote ``value`` as an SQL string literal (single quotes doubled); NUL is refused."""
    if "\x00" in value:
        raise InputError("a passphrase or path cannot contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short (or only white space) to protect a vault."""
    if not passphrase.strip():
        raise InputError("the passphrase is empty or only white space")
    if len(pages.normalise_passphrase(passphrase)) < MIN_PASSPHRASE_LENGTH:
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


def _pragmas(conn: sqlcipher.Connection) -> None:
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


def _new_connection(path: Path) -> sqlcipher.Connection:
    from roundtable_app.vault.hardening import harden

    harden()  # once per process: no core dumps, and the build is the one we checked
    conn = sqlcipher.connect(str(path), timeout=0.2, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Wipe freed memory and lock key material in RAM (set before any key is given).
    conn.execute("PRAGMA cipher_memory_security = ON")
    return conn


def connect_new(path: Path, passphrase: str) -> sqlcipher.Connection:
    """Key and lock a connection to the new, empty vault file at ``path``."""
    key = sql_string(pages.normalise_passphrase(passphrase))
    conn = _new_connection(path)
    try:
        conn.execute(f"PRAGMA key = {key}")
        _pragmas(conn)
    except sqlcipher.Error as exc:
        conn.close()
        raise map_db_error(exc, path) from None
    del key
    conn.isolation_level = ""
    return conn


class Keyed:
    """The result of proving a passphrase: the page keys and whether the vault was keyed
    with the passphrase as typed rather than its NFC form (an older vault to migrate)."""

    def __init__(self, keys: pages.PageKeys, legacy: bool) -> None:
        self.keys = keys
        self.legacy = legacy


def prove_key(path: Path, passphrase: str) -> Keyed:
    """Prove ``passphrase`` on the file's own pages, before SQLite touches the file.

    The NFC form is tried first; a vault keyed before passphrases were normalised opens
    with the passphrase as typed (``legacy``). Raises :class:`UnlockError` or, when page 1
    alone fails, :class:`DamagedError`."""
    nfc = pages.normalise_passphrase(passphrase)
    tries = [(nfc, False)] + ([(passphrase, True)] if nfc != passphrase else [])
    damaged = False
    for candidate, legacy in tries:
        check = pages.check_key(path, candidate)
        if check.verdict == "ok" and check.keys is not None:
            return Keyed(check.keys, legacy)
        damaged = damaged or check.verdict == "page1-damaged"
    if damaged:
        raise DamagedError(
            f"{path}: the start of the vault (page 1) is damaged, though the passphrase is "
            "right; restore it from a backup (roundtable restore)"
        )
    raise UnlockError(
        f"{path}: wrong passphrase, or not a Roundtable vault, or the start of the file is "
        "damaged (if you are sure of the passphrase, restore from a backup)"
    )


def check_wal(path: Path, keys: pages.PageKeys) -> None:
    """Refuse, before SQLite replays it, a WAL that is damaged or belongs to another file."""
    state = pages.check_wal(Path(f"{path}-wal"), keys)
    if state.problem is not None:
        raise DamagedError(
            f"{path}: {state.problem}; nothing was written. Restore the vault from a backup "
            "(roundtable restore), or keep both files for an expert"
        )


def lock_probe(path: Path) -> None:
    """Refuse a vault another process holds (its WAL is live, not a crash's leftover).

    F_GETLK asks whether SQLite's lock bytes are taken without taking anything."""
    if sys.platform != "linux":
        return
    import fcntl
    import struct

    fmt = "hhqqi"  # struct flock on Linux: l_type, l_whence, l_start, l_len, l_pid
    request = struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, 0x40000000, 512, 0)
    try:
        with path.open("rb") as fh:
            answer = fcntl.fcntl(fh.fileno(), fcntl.F_GETLK, request)
    except OSError:
        return
    if struct.unpack(fmt, answer)[0] != fcntl.F_UNLCK:
        raise InUseError(f"{path}: the vault is in use by another Roundtable window or process")


def connect_raw(path: Path, passphrase: str) -> sqlcipher.Connection:
    """Open, key and lock one SQLCipher connection to an existing vault.

    The key is proven and any WAL checked in Python first (see :mod:`.pages`), so a wrong
    passphrase or a damaged WAL leaves the vault and its WAL byte-identical; SQLCipher then
    gets the derived key (no second key derivation). After the lock is taken the path must
    still name the file that was opened: a vault swapped meanwhile (``passwd`` in another
    process) is refused rather than written to a file about to vanish.
    """
    return connect_proven(path, prove_key(path, passphrase).keys)


def connect_proven(path: Path, keys: pages.PageKeys) -> sqlcipher.Connection:
    """:func:`connect_raw` with keys already proven by :func:`prove_key`."""
    lock_probe(path)
    check_wal(path, keys)
    try:
        inode = os.stat(path).st_ino
    except OSError:
        raise InputError("no such vault", path) from None
    conn = _new_connection(path)
    try:
        conn.execute(f"PRAGMA key = {keys.raw_pragma_value()}")
        _pragmas(conn)
    except sqlcipher.Error as exc:
        conn.close()
        raise map_db_error(exc, path) from None
    try:
        same = os.stat(path).st_ino == inode
    except OSError:
        same = False
    if not same:
        conn.close()
        raise InUseError(
            f"{path}: the vault was replaced while it was being opened (its passphrase was "
            "being changed?); open it again"
        )
    conn.isolation_level = ""  # back to the driver's implicit transactions for SQLAlchemy
    return conn


def file_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the file at ``path``, or None if nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def make_engine(path: Path, conn: sqlcipher.Connection) -> Engine:
    """An engine over exactly one already-keyed connection (exclusive locking allows no other)."""
    engine = create_engine(
        f"sqlite+roundtable:///{path}",
        creator=lambda: conn,
        poolclass=StaticPool,
        hide_parameters=True,  # SQLAlchemy's messages never carry remark text
    )
    return engine


_OPEN_HERE: set[tuple[int, int]] = set()  # files this process holds open as vaults


def claim(path: Path) -> tuple[int, int] | None:
    """Register ``path`` as open in this process, or raise :class:`InUseError`.

    POSIX locks do not conflict within one process, and closing any other descriptor of
    the file would drop SQLite's locks, so a second open here is refused before the file
    is even read."""
    identity = file_identity(path)
    if identity is not None and identity in _OPEN_HERE:
        raise InUseError(
            f"{path}: the vault is in use (it is already open in this Roundtable window)"
        )
    if identity is not None:
        _OPEN_HERE.add(identity)
    return identity


def release(identity: tuple[int, int] | None) -> None:
    """Undo :func:`claim` once the vault's connection is closed."""
    if identity is not None:
        _OPEN_HERE.discard(identity)


class VaultLock:
    """Serialises service calls: the vault has one connection, shared by GUI and workers."""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
