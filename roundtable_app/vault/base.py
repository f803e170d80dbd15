"""The unlocked vault's connection, lock and short sessions, and the helpers every part of
the service shares (clean text, kinds, conversions to frozen values).
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, Row, select
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from roundtable_app.errors import InputError, RoundtableError, StorageError, VaultMovedError
from roundtable_app.guard.terms import Term
from roundtable_app.vault import clock
from roundtable_app.vault import engine as eng
from roundtable_app.vault.models import (
    AgendaSession,
    ProtectedTerm,
    Remark,
    Theme,
)
from roundtable_app.vault.types import (
    REMARK_KINDS,
    RemarkInfo,
    SessionInfo,
    ThemeInfo,
)

MAX_REMARK_CHARS = 20_000
INSERT_REMARK_SQL = (
    "INSERT INTO remarks (id, text, reworded, theme_id, session_id, kind, status, key_point,"
    " position, created_at, updated_at, device_id, deleted_at, version, vector)"
    " VALUES (?, ?, NULL, ?, ?, ?, 'captured', 0, NULL, ?, ?, ?, NULL, ?, ?)"
)
BACKUP_EVERY_SECONDS = 600.0  # an automatic backup at most this often while changes come
THEME_COLOURS = ("#2f6f8f", "#8f4a2f", "#6a2f8f", "#2f8f5b", "#8f7a2f", "#8f2f55", "#4a5a8f")


def now() -> datetime:
    """The current UTC time, without microseconds' false precision removed (naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def device_id() -> str:
    """A new random device id: made once per vault (stored in ``vault_state``), never
    derived from hardware, so it cannot be traced back to the laptop."""
    return secrets.token_hex(8)


def clean_text(text: str, what: str = "the remark", limit: int = MAX_REMARK_CHARS) -> str:
    """Normalise line endings and outer white space; refuse empty, NUL-bearing or huge text."""
    if not isinstance(text, str):
        raise InputError(f"{what} must be text")
    value = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not value:
        raise InputError(f"{what} is empty")
    if "\x00" in value:
        raise InputError(f"{what} contains a NUL character")
    if len(value) > limit:
        raise InputError(
            f"{what} is {len(value):,} characters long; the limit is {limit:,} "
            "(split it into several remarks)"
        )
    return value


def check_kind(kind: str) -> str:
    """Validate a remark kind (accepting ``good practice`` and any case)."""
    value = (kind or "observation").strip().lower().replace(" ", "_").replace("-", "_")
    if value not in REMARK_KINDS:
        # the value is never repeated: a shifted column would put remark text on stderr
        raise InputError(f"unknown kind; use one of {', '.join(REMARK_KINDS)}")
    return value


def clean_name(name: str) -> str:
    """A theme name or session title as stored: inner white space collapsed to one space."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """A theme name or session title as matched: white space collapsed, case folded."""
    return clean_name(name).casefold()


def new_theme_style(position: int, used: Collection[int | None]) -> tuple[str, int | None]:
    """The colour and Ctrl+digit shortcut a new theme gets: the palette colour of its
    position, and the lowest digit no other theme holds (None once 1-9 are taken).

    Every way a theme is made (setup, an import creating themes, a bundle merge) uses this,
    so a theme looks the same whichever way it arrived."""
    digit = next((d for d in range(1, 10) if d not in used), None)
    return THEME_COLOURS[position % len(THEME_COLOURS)], digit


def remark_info(r: Remark | Row[Any]) -> RemarkInfo:
    """A remark as a frozen value, from its ORM object or a row of its table."""
    # Kind, status and device repeat across every remark; the driver makes a new string for
    # each row, and interning them saves about 18 MB when 100,000 remarks are held.
    return RemarkInfo(
        id=r.id,
        text=r.text,
        reworded=r.reworded,
        theme_id=r.theme_id,
        kind=sys.intern(r.kind),
        status=sys.intern(r.status),
        session_id=r.session_id,
        key_point=bool(r.key_point),
        position=r.position,
        created_at=r.created_at,
        updated_at=r.updated_at,
        device_id=sys.intern(r.device_id),
        deleted=r.deleted_at is not None,
        merged_into=r.merged_into,
    )


def theme_info(t: Theme, count: int = 0) -> ThemeInfo:
    return ThemeInfo(t.id, t.name, t.description, t.position, t.colour, t.shortcut, count)


def session_info(s: AgendaSession) -> SessionInfo:
    return SessionInfo(s.id, s.title, s.day, s.time_label, s.position)


def term_value(t: ProtectedTerm) -> Term:
    return Term(term=t.term, kind=t.kind, aliases=tuple(t.aliases or ()))


class VaultBase:
    """The unlocked database under a vault: one connection, a lock, short sessions.

    The service's methods live in mixins by idea (:mod:`.setup`, :mod:`.remarks`,
    :mod:`.review`); :class:`roundtable_app.vault.service.Vault` puts them together.
    """

    def __init__(self, path: Path, engine: Engine, dbapi: sqlcipher.Connection) -> None:
        self.path = path
        self._engine: Engine | None = engine
        self._dbapi = dbapi
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = eng.VaultLock()
        self._device_id: str | None = None
        self._clock: clock.HybridClock | None = None
        self._identity = eng.file_identity(path)
        #: Plain sentences for the user about what opening did (leftovers cleaned, a
        #: passphrase migrated, a backup written); the CLI prints them, the app shows them.
        self.notices: list[str] = []
        self._changes_at_backup = dbapi.total_changes  # rows written when last backed up
        self._last_backup = time.monotonic()  # of the last automatic backup (or the open)
        self._backups_on = True
        self._ignore_moved = False  # set only while "Save as…" keeps the typed text

    def check_file(self) -> None:
        """Raise :class:`VaultMovedError` if the vault file was deleted, moved or replaced
        since it was opened (KeePassXC watches its file the same way): nothing more could be
        saved to it, and the caller must offer "Save as…"."""
        if not self._ignore_moved and eng.file_identity(self.path) != self._identity:
            raise VaultMovedError(
                f"{self.path}: the vault file was deleted, moved or replaced while open; "
                "nothing more is saved to it. Use Save as… to keep what is open"
            )

    @property
    def changed_since_backup(self) -> bool:
        """Whether anything was written since the last automatic backup (or the open)."""
        return self._engine is not None and self._dbapi.total_changes != self._changes_at_backup

    @property
    def file_missing(self) -> bool:
        """Whether the vault file is no longer where it was opened (see :meth:`check_file`)."""
        return eng.file_identity(self.path) != self._identity

    def purge_deleted(self) -> int:
        """Erase the text and revisions of deleted remarks, keeping a tombstone (id and
        deletion time) so a merge never brings them back; returns how many were purged.

        Deletions are undoable until the vault is closed; then this runs (and again at
        open, for a session that crashed), and secure delete overwrites the freed bytes."""
        with self._lock:
            conn = self._dbapi_or_fail()
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM remarks WHERE deleted_at IS NOT NULL"
                    " AND (text != '' OR reworded IS NOT NULL)"
                ).fetchall()
            ]
            if not ids:
                return 0
            conn.execute("BEGIN IMMEDIATE")
            try:
                for rid in ids:
                    conn.execute("DELETE FROM remark_revisions WHERE remark_id = ?", (rid,))
                    conn.execute(
                        "UPDATE remarks SET text = '', reworded = NULL WHERE id = ?", (rid,)
                    )
                conn.execute("COMMIT")
            except sqlcipher.Error as exc:
                conn.execute("ROLLBACK")
                raise eng.map_db_error(exc, self.path) from None
            return len(ids)

    def close(self) -> None:
        """Purge deleted remarks, checkpoint, back up (if anything changed) and close.

        A vault whose file vanished while open is first rescued: a consistent copy is
        written beside where it was (see :meth:`rescue`), because closing would otherwise
        fold everything into a file nobody can reach any more."""
        with self._lock:
            if self._engine is None:
                return
            with suppress(sqlcipher.Error):
                self._dbapi.rollback()
            if self.file_missing:
                with suppress(RoundtableError):
                    self.rescue()
            else:
                with suppress(RoundtableError):
                    self.purge_deleted()
                with suppress(sqlcipher.Error):
                    self._dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if self.changed_since_backup:
                    self.auto_backup("close")
            engine, self._engine = self._engine, None
            engine.dispose()
            with suppress(sqlcipher.Error):
                self._dbapi.close()
            eng.release(self._identity)

    def close_after_swap(self) -> None:
        """Close a connection whose file was just replaced (``passwd``) without writing
        anything: every write would go to the old file or to side files now the new one's."""
        with self._lock:
            if self._engine is None:
                return
            engine, self._engine = self._engine, None
            engine.dispose()
            with suppress(sqlcipher.Error):
                self._dbapi.close()
            eng.release(self._identity)

    def auto_backup(self, reason: str) -> None:
        """Write an automatic encrypted backup now (see :mod:`.backups`); a failure becomes
        a notice, never an error, because the vault itself is intact."""
        if not self._backups_on:
            return
        from roundtable_app.vault import backups

        try:
            backups.auto_backup(self, reason)
        except RoundtableError as exc:
            self.notices.append(f"automatic backup failed: {exc}")
            return
        self._changes_at_backup = self._dbapi.total_changes
        self._last_backup = time.monotonic()

    def rescue(self) -> Path:
        """Write the open vault to ``NAME.rescued-STAMP.roundtable`` beside where it was."""
        from roundtable_app.vault import backups

        target = backups.rescue_path(self.path)
        backups.copy_to(self, target)
        self.notices.append(f"the vault file had vanished; everything was saved to {target}")
        return target

    @property
    def is_open(self) -> bool:
        """Whether the vault is still unlocked."""
        return self._engine is not None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _dbapi_or_fail(self) -> sqlcipher.Connection:
        if self._engine is None:
            raise InputError("the vault is locked", self.path)
        return self._dbapi

    def _engine_or_fail(self) -> Engine:
        if self._engine is None:
            raise InputError("the vault is locked", self.path)
        return self._engine

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """One short unit of work; database errors become our own (no SQL, no text)."""
        with self._lock:
            self._engine_or_fail()
            self.check_file()
            session = self._sessions()
            try:
                yield session
                session.commit()
            except RoundtableError:
                session.rollback()
                raise
            # SQLAlchemy's own messages quote the statement and its parameters (remark text):
            # they are replaced, never chained or shown.
            except IntegrityError as exc:
                session.rollback()
                eng.scrub(exc)
                raise InputError(
                    "the change conflicts with what the vault holds (a duplicate name, or a "
                    "theme or session that no longer exists)"
                ) from None
            except DBAPIError as exc:
                session.rollback()
                raise eng.map_db_error(exc, self.path) from None
            except SQLAlchemyError as exc:
                session.rollback()
                eng.scrub(exc)
                raise StorageError(
                    f"{self.path}: the vault could not be used ({type(exc).__name__})"
                ) from None
            finally:
                session.close()
        self._backup_if_due()

    def _backup_if_due(self) -> None:
        """The periodic automatic backup: at most every 10 minutes while changes come."""
        due = time.monotonic() - self._last_backup > BACKUP_EVERY_SECONDS
        if due and self.changed_since_backup:
            self.auto_backup("periodic")

    def _release_cache(self) -> None:
        """Give back SQLite's page cache after reading every remark: the pages are those of
        the whole table, which the next reads would not use, and the memory is better
        reused by the remarks just read than kept alongside them."""
        with self._lock, suppress(sqlcipher.Error):
            self._dbapi_or_fail().execute("PRAGMA shrink_memory")

    @contextmanager
    def raw_connection(self) -> Iterator[sqlcipher.Connection]:
        """The keyed DB-API connection, under the vault's lock (maintenance only)."""
        with self._lock:
            yield self._dbapi_or_fail()

    @property
    def _device(self) -> str:
        """This vault's random device id (read once from ``vault_state``)."""
        if self._device_id is None:
            with self._lock:
                row = (
                    self._dbapi_or_fail()
                    .execute("SELECT device_id FROM vault_state WHERE id = 1")
                    .fetchone()
                )
            if row is None:
                raise StorageError(f"{self.path}: the vault has no device record")
            self._device_id = str(row[0])
        return self._device_id

    def _hlc(self) -> clock.HybridClock:
        """The vault's hybrid clock, raised at first use to the largest stamp it holds."""
        if self._clock is None:
            with self._lock:
                conn = self._dbapi_or_fail()
                seen = [
                    conn.execute(f"SELECT max(version) FROM {table}").fetchone()[0] or ""
                    for table in ("remarks", "remark_tombstones", "themes", "theme_tombstones")
                ]
            self._clock = clock.HybridClock(self._device, seen)
        return self._clock

    def _new_version(self, vector: dict[str, int] | None = None) -> tuple[str, dict[str, int]]:
        """The stamp and version vector of a local edit of something at ``vector``."""
        return self._hlc().tick(), clock.bump(vector, self._device)

    def _theme_names(self) -> dict[int, str]:
        """Every theme's name by id (what an import matches against)."""
        with self._session() as s:
            return {ident: name for ident, name in s.execute(select(Theme.id, Theme.name))}

    @staticmethod
    def _get_theme(s: Session, theme_id: int) -> Theme:
        theme = s.get(Theme, theme_id)
        if theme is None:
            raise InputError("no such theme")
        return theme
