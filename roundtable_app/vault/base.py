"""The unlocked vault's connection, lock and short sessions, and the helpers every part of
the service shares (clean text, kinds, conversions to frozen values).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, Row
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from roundtable_app.errors import InputError, RoundtableError, StorageError
from roundtable_app.guard.terms import Term
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
    " position, created_at, updated_at, device_id, deleted_at)"
    " VALUES (?, ?, NULL, ?, ?, ?, 'captured', 0, NULL, ?, ?, ?, NULL)"
)
THEME_COLOURS = ("#2f6f8f", "#8f4a2f", "#6a2f8f", "#2f8f5b", "#8f7a2f", "#8f2f55", "#4a5a8f")


def now() -> datetime:
    """The current UTC time, without microseconds' false precision removed (naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def device_id() -> str:
    """A stable, opaque id for this computer (a hash, so no hardware address is stored)."""
    override = os.environ.get("ROUNDTABLE_DEVICE_ID")
    if override:
        return override[:32]
    return hashlib.sha256(f"roundtable:{uuid.getnode()}".encode()).hexdigest()[:16]


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
        raise InputError(f"unknown kind {kind!r}; use one of {', '.join(REMARK_KINDS)}")
    return value


def name_key(name: str) -> str:
    """A theme name or session title as matched: white space collapsed, case folded."""
    return " ".join(name.split()).casefold()


def remark_info(r: Remark | Row[Any]) -> RemarkInfo:
    """A remark as a frozen value, from its ORM object or a row of its table."""
    return RemarkInfo(
        id=r.id,
        text=r.text,
        reworded=r.reworded,
        theme_id=r.theme_id,
        kind=r.kind,
        status=r.status,
        session_id=r.session_id,
        key_point=bool(r.key_point),
        position=r.position,
        created_at=r.created_at,
        updated_at=r.updated_at,
        device_id=r.device_id,
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
        self._device = device_id()

    def close(self) -> None:
        """Checkpoint and close; the WAL is folded back into the encrypted file."""
        with self._lock:
            if self._engine is None:
                return
            engine, self._engine = self._engine, None
            with suppress(sqlcipher.Error):
                self._dbapi.rollback()
                self._dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            with suppress(sqlcipher.Error):
                self._dbapi.close()

    lock = close

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

    @contextmanager
    def raw_connection(self) -> Iterator[sqlcipher.Connection]:
        """The keyed DB-API connection, under the vault's lock (maintenance only)."""
        with self._lock:
            yield self._dbapi_or_fail()

    @staticmethod
    def _get_theme(s: Session, theme_id: int) -> Theme:
        theme = s.get(Theme, theme_id)
        if theme is None:
            raise InputError("no such theme")
        return theme
