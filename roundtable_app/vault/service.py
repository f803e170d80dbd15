"""The vault service: the only code that reads or writes a vault's database.

Every method opens a short session, commits, and returns frozen values from
:mod:`roundtable_app.vault.types`. Methods are safe to call from a worker thread: the single
connection is serialised by a lock.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from roundtable_app.errors import InputError, RoundtableError, StorageError
from roundtable_app.guard.terms import TERM_KINDS, Term
from roundtable_app.vault import engine as eng
from roundtable_app.vault import migrations
from roundtable_app.vault.models import (
    AgendaSession,
    Draft,
    Event,
    EventSummary,
    FindingDecision,
    ProtectedTerm,
    Remark,
    RemarkRevision,
    Theme,
    ThemeSummary,
)
from roundtable_app.vault.types import (
    DEFAULT_RULE_STATEMENT,
    REMARK_KINDS,
    REMARK_STATUSES,
    DecisionInfo,
    DraftInfo,
    EventInfo,
    NewRemark,
    RemarkInfo,
    RevisionInfo,
    SessionInfo,
    ThemeInfo,
)

if TYPE_CHECKING:
    from roundtable_app.vault.bundles import BundleRemark

MAX_REMARK_CHARS = 20_000
_INSERT_REMARK = (
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


def _key(name: str) -> str:
    """A theme name or session title as matched: white space collapsed, case folded."""
    return " ".join(name.split()).casefold()


def _remark_info(r: Remark) -> RemarkInfo:
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
    )


def _theme_info(t: Theme, count: int = 0) -> ThemeInfo:
    return ThemeInfo(t.id, t.name, t.description, t.position, t.colour, t.shortcut, count)


def _session_info(s: AgendaSession) -> SessionInfo:
    return SessionInfo(s.id, s.title, s.day, s.time_label, s.position)


def _term(t: ProtectedTerm) -> Term:
    return Term(term=t.term, kind=t.kind, aliases=tuple(t.aliases or ()))


class Vault:
    """An unlocked event vault: :meth:`create` or :meth:`open` it, :meth:`close` it."""

    def __init__(self, path: Path, engine: Engine, dbapi: sqlcipher.Connection) -> None:
        self.path = path
        self._engine: Engine | None = engine
        self._dbapi = dbapi
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = eng.VaultLock()
        self._device = device_id()

    # ----------------------------------------------------------------- lifecycle
    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        *,
        title: str,
        subtitle: str = "",
        venue: str = "",
        dates: str = "",
        conveners: Sequence[str] = (),
        themes: Sequence[str] = (),
        terms: Sequence[Term] = (),
        rule_statement: str = DEFAULT_RULE_STATEMENT,
    ) -> Vault:
        """Create a new vault file; refuses to overwrite anything. Nothing is left on failure."""
        target = Path(path)
        eng.check_new_passphrase(passphrase)
        title = clean_text(title, "the title", 500)
        if target.exists() or target.is_symlink():
            raise InputError("already exists; Roundtable never overwrites a file", target)
        if not target.parent.is_dir():
            raise InputError("the folder does not exist", target.parent)
        try:
            # O_EXCL: two creators racing for one name cannot both win.
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise InputError(f"cannot be created ({exc.strerror})", target) from None
        vault: Vault | None = None
        try:
            conn = eng.connect_raw(target, passphrase)
            vault = cls(target, eng.make_engine(target, conn), conn)
            with vault._engine_or_fail().begin() as c:
                migrations.upgrade(c, target)
            with vault._session() as s:
                s.add(
                    Event(
                        id=1,
                        title=title,
                        subtitle=subtitle.strip(),
                        venue=venue.strip(),
                        dates=dates.strip(),
                        conveners=[c.strip() for c in conveners if c.strip()],
                        rule_statement=rule_statement.strip() or DEFAULT_RULE_STATEMENT,
                        created_at=now(),
                    )
                )
            for name in themes:
                vault.add_theme(name)
            if terms:
                vault.import_terms(terms)
            return vault
        except BaseException:
            if vault is not None:
                vault.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with suppress(OSError):
                    os.unlink(f"{target}{suffix}")
            raise

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        """Unlock an existing vault, check its integrity and bring its schema up to date.

        Raises UnlockError, DamagedError, InUseError or NewerVersionError; in each case the
        file is left exactly as it was.
        """
        target = Path(path)
        eng.precheck_existing(target)
        conn = eng.connect_raw(target, passphrase)
        engine = eng.make_engine(target, conn)
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if rows:
                raise eng.DamagedError(f"{target}: the vault is damaged (integrity check failed)")
            with engine.begin() as c:
                if migrations.current_revision(c, target) is None:
                    raise eng.DamagedError(
                        f"{target}: the vault was never finished (its creation was interrupted)"
                    )
                migrations.upgrade(c, target)
        except RoundtableError:
            engine.dispose()
            conn.close()
            raise
        except Exception as exc:
            engine.dispose()
            conn.close()
            raise eng.map_db_error(exc, target) from None
        return cls(target, engine, conn)

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

    def __enter__(self) -> Vault:
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

    # ----------------------------------------------------------------- event
    def event(self) -> EventInfo:
        """The event's descriptive fields."""
        with self._session() as s:
            e = s.get_one(Event, 1)
            return EventInfo(
                e.title, e.subtitle, e.venue, e.dates, tuple(e.conveners or ()), e.rule_statement
            )

    def update_event(
        self,
        *,
        title: str | None = None,
        subtitle: str | None = None,
        venue: str | None = None,
        dates: str | None = None,
        conveners: Sequence[str] | None = None,
        rule_statement: str | None = None,
    ) -> EventInfo:
        """Change any of the event's fields; ``None`` leaves a field as it is."""
        with self._session() as s:
            e = s.get_one(Event, 1)
            if title is not None:
                e.title = clean_text(title, "the title", 500)
            if subtitle is not None:
                e.subtitle = subtitle.strip()
            if venue is not None:
                e.venue = venue.strip()
            if dates is not None:
                e.dates = dates.strip()
            if conveners is not None:
                e.conveners = [c.strip() for c in conveners if c.strip()]
            if rule_statement is not None:
                e.rule_statement = rule_statement.strip() or DEFAULT_RULE_STATEMENT
        return self.event()

    # ----------------------------------------------------------------- themes
    def themes(self) -> list[ThemeInfo]:
        """Themes in presentation order, each with its count of (undeleted) remarks."""
        with self._session() as s:
            counts = dict(
                s.execute(
                    select(Remark.theme_id, func.count())
                    .where(Remark.deleted_at.is_(None))
                    .group_by(Remark.theme_id)
                ).all()
            )
            themes = s.scalars(select(Theme).order_by(Theme.position, Theme.id)).all()
            return [_theme_info(t, counts.get(t.id, 0)) for t in themes]

    def theme_by_name(self, name: str) -> ThemeInfo | None:
        """The theme with this name (case-insensitive), if any."""
        wanted = " ".join(name.split()).casefold()
        return next((t for t in self.themes() if t.name.casefold() == wanted), None)

    def add_theme(
        self,
        name: str,
        *,
        description: str = "",
        colour: str | None = None,
        shortcut: int | None = None,
    ) -> ThemeInfo:
        """Add a theme at the end; it gets the next free Ctrl+digit shortcut and a colour."""
        name = " ".join(clean_text(name, "the theme name", 200).split())
        if self.theme_by_name(name) is not None:
            raise InputError(f"a theme named {name!r} already exists")
        with self._session() as s:
            themes = s.scalars(select(Theme)).all()
            used = {t.shortcut for t in themes}
            if shortcut is None:
                shortcut = next((d for d in range(1, 10) if d not in used), None)
            elif not 1 <= shortcut <= 9 or shortcut in used:
                raise InputError(f"shortcut Ctrl+{shortcut} is not free")
            theme = Theme(
                name=name,
                description=description.strip(),
                position=max((t.position for t in themes), default=-1) + 1,
                colour=colour or THEME_COLOURS[len(themes) % len(THEME_COLOURS)],
                shortcut=shortcut,
            )
            s.add(theme)
            s.flush()
            return _theme_info(theme)

    def update_theme(
        self,
        theme_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        colour: str | None = None,
        shortcut: int | None | bool = False,
    ) -> ThemeInfo:
        """Rename or restyle a theme; ``shortcut=None`` removes its shortcut."""
        with self._session() as s:
            theme = self._get_theme(s, theme_id)
            if name is not None:
                name = " ".join(clean_text(name, "the theme name", 200).split())
                clash = s.scalars(select(Theme).where(Theme.id != theme_id)).all()
                if any(t.name.casefold() == name.casefold() for t in clash):
                    raise InputError(f"a theme named {name!r} already exists")
                theme.name = name
            if description is not None:
                theme.description = description.strip()
            if colour is not None:
                if len(colour) != 7 or not colour.startswith("#"):
                    raise InputError("a colour is written #RRGGBB")
                theme.colour = colour
            if shortcut is not False:
                if shortcut is not None:
                    digit = int(shortcut)
                    if not 1 <= digit <= 9:
                        raise InputError("a theme shortcut is a digit from 1 to 9")
                    # Take the digit from whichever theme had it: one key, one theme.
                    s.execute(
                        update(Theme)
                        .where(Theme.shortcut == digit, Theme.id != theme_id)
                        .values(shortcut=None)
                    )
                    theme.shortcut = digit
                else:
                    theme.shortcut = None
            s.flush()
            return _theme_info(theme)

    def move_theme(self, theme_id: int, new_index: int) -> list[ThemeInfo]:
        """Move a theme to ``new_index`` in the order; returns the new order."""
        with self._session() as s:
            themes = list(s.scalars(select(Theme).order_by(Theme.position, Theme.id)))
            theme = next((t for t in themes if t.id == theme_id), None)
            if theme is None:
                raise InputError("no such theme")
            themes.remove(theme)
            themes.insert(max(0, min(new_index, len(themes))), theme)
            for i, t in enumerate(themes):
                t.position = i
        return self.themes()

    def delete_theme(self, theme_id: int) -> None:
        """Delete a theme that holds no remarks (deleted ones included: they can come back)."""
        with self._session() as s:
            theme = self._get_theme(s, theme_id)
            used = s.scalar(select(func.count()).where(Remark.theme_id == theme_id))
            if used:
                raise InputError(
                    f"the theme {theme.name!r} still holds {used} remark(s); move them first"
                )
            s.execute(delete(ThemeSummary).where(ThemeSummary.theme_id == theme_id))
            s.delete(theme)

    @staticmethod
    def _get_theme(s: Session, theme_id: int) -> Theme:
        theme = s.get(Theme, theme_id)
        if theme is None:
            raise InputError("no such theme")
        return theme

    # ----------------------------------------------------------------- agenda
    def sessions(self) -> list[SessionInfo]:
        """Agenda items in order."""
        with self._session() as s:
            rows = s.scalars(
                select(AgendaSession).order_by(AgendaSession.position, AgendaSession.id)
            )
            return [_session_info(a) for a in rows]

    def session_by_title(self, title: str) -> SessionInfo | None:
        """The agenda item with this title (case-insensitive), if any."""
        wanted = " ".join(title.split()).casefold()
        return next((a for a in self.sessions() if a.title.casefold() == wanted), None)

    def add_session(
        self, title: str, *, day: int | None = None, time_label: str = ""
    ) -> SessionInfo:
        """Add an agenda item at the end."""
        title = " ".join(clean_text(title, "the session title", 300).split())
        if self.session_by_title(title) is not None:
            raise InputError(f"an agenda session titled {title!r} already exists")
        with self._session() as s:
            last = s.scalar(select(func.max(AgendaSession.position)))
            item = AgendaSession(
                title=title,
                day=day,
                time_label=time_label.strip(),
                position=(last if last is not None else -1) + 1,
            )
            s.add(item)
            s.flush()
            return _session_info(item)

    def update_session(
        self,
        session_id: int,
        *,
        title: str | None = None,
        day: int | None | bool = False,
        time_label: str | None = None,
    ) -> SessionInfo:
        """Change an agenda item."""
        with self._session() as s:
            item = s.get(AgendaSession, session_id)
            if item is None:
                raise InputError("no such agenda session")
            if title is not None:
                item.title = " ".join(clean_text(title, "the session title", 300).split())
            if day is not False:
                item.day = day if day is None else int(day)
            if time_label is not None:
                item.time_label = time_label.strip()
            s.flush()
            return _session_info(item)

    def delete_session(self, session_id: int) -> None:
        """Delete an agenda item; its remarks stay, without a session."""
        with self._session() as s:
            s.execute(update(Remark).where(Remark.session_id == session_id).values(session_id=None))
            s.execute(update(Draft).where(Draft.session_id == session_id).values(session_id=None))
            s.execute(delete(AgendaSession).where(AgendaSession.id == session_id))

    # ----------------------------------------------------------------- remarks
    def add_remark(
        self,
        text: str,
        theme_id: int,
        kind: str = "observation",
        session_id: int | None = None,
    ) -> RemarkInfo:
        """Store one remark durably (it is on disk when this returns) and return it.

        This is the note-taker's hot path: one INSERT, one commit, nothing read back.
        """
        value = clean_text(text)
        kind = check_kind(kind)
        stamp = now()
        remark = RemarkInfo(
            id=str(uuid.uuid4()),
            text=value,
            reworded=None,
            theme_id=theme_id,
            kind=kind,
            status="captured",
            session_id=session_id,
            key_point=False,
            position=None,
            created_at=stamp,
            updated_at=stamp,
            device_id=self._device,
        )
        # The ORM unit of work costs more than SQLCipher's whole commit here, so the hot path
        # is one prepared INSERT on the vault's connection, in SQLAlchemy's own date format.
        when = stamp.strftime("%Y-%m-%d %H:%M:%S.%f")
        params = (remark.id, value, theme_id, session_id, kind, when, when, self._device)
        with self._lock:
            conn = self._dbapi_or_fail()
            try:
                conn.execute(_INSERT_REMARK, params)
                conn.commit()
            except sqlcipher.IntegrityError as exc:
                conn.rollback()
                eng.scrub(exc)
                raise InputError("no such theme or agenda session") from None
            except sqlcipher.Error as exc:
                conn.rollback()
                raise eng.map_db_error(exc, self.path) from None
        return remark

    def add_remarks(
        self, remarks: Sequence[NewRemark], *, create_themes: bool = False, source: str = "input"
    ) -> int:
        """Add many remarks in one transaction: all of them, or (on any error) none.

        Unknown themes are an error naming ``source`` and the line, unless ``create_themes``;
        unknown agenda sessions are created.
        """
        prepared: list[tuple[NewRemark, str, str]] = []
        themes = {t.name.casefold(): t.id for t in self.themes()}
        missing: dict[str, str] = {}
        for r in remarks:
            try:
                text = clean_text(r.text)
                kind = check_kind(r.kind)
                theme_name = " ".join((r.theme or "").split())
                if not theme_name:
                    raise InputError("the theme is empty")
            except InputError as exc:
                raise InputError(exc.message, source, r.line) from None
            if theme_name.casefold() not in themes:
                if not create_themes:
                    raise InputError(
                        f"unknown theme {theme_name!r} (use --create-themes to add it)",
                        source,
                        r.line,
                    )
                missing.setdefault(theme_name.casefold(), theme_name)
            prepared.append((r, text, kind))
        stamp = now()
        with self._session() as s:
            position = s.scalar(select(func.max(Theme.position)))
            position = -1 if position is None else position
            used = set(s.scalars(select(Theme.shortcut)))
            for key, name in missing.items():
                position += 1
                digit = next((d for d in range(1, 10) if d not in used), None)
                used.add(digit)
                theme = Theme(
                    name=name,
                    description="",
                    position=position,
                    colour=THEME_COLOURS[position % len(THEME_COLOURS)],
                    shortcut=digit,
                )
                s.add(theme)
                s.flush()
                themes[key] = theme.id
            sessions = {a.title.casefold(): a.id for a in s.scalars(select(AgendaSession))}
            last = s.scalar(select(func.max(AgendaSession.position)))
            last = -1 if last is None else last
            rows = []
            for n, (r, text, kind) in enumerate(prepared):
                # distinct stamps keep the file's order as the capture order
                created = stamp + timedelta(microseconds=n)
                session_id = None
                title = " ".join((r.session or "").split())
                if title:
                    if title.casefold() not in sessions:
                        last += 1
                        item = AgendaSession(title=title, day=None, time_label="", position=last)
                        s.add(item)
                        s.flush()
                        sessions[title.casefold()] = item.id
                    session_id = sessions[title.casefold()]
                rows.append(
                    {
                        "id": str(uuid.uuid4()),
                        "text": text,
                        "reworded": None,
                        "theme_id": themes[" ".join(r.theme.split()).casefold()],
                        "session_id": session_id,
                        "kind": kind,
                        "status": "captured",
                        "key_point": False,
                        "position": None,
                        "created_at": created,
                        "updated_at": created,
                        "device_id": self._device,
                        "deleted_at": None,
                    }
                )
            if rows:
                s.execute(insert(Remark), rows)
        return len(prepared)

    def remarks(
        self, theme_id: int | None = None, *, include_deleted: bool = False
    ) -> list[RemarkInfo]:
        """Remarks in capture order (optionally of one theme)."""
        with self._session() as s:
            query = select(Remark).order_by(Remark.created_at, Remark.id)
            if theme_id is not None:
                query = query.where(Remark.theme_id == theme_id)
            if not include_deleted:
                query = query.where(Remark.deleted_at.is_(None))
            return [_remark_info(r) for r in s.scalars(query)]

    def remark(self, remark_id: str) -> RemarkInfo:
        """One remark (deleted or not)."""
        with self._session() as s:
            return _remark_info(self._get_remark(s, remark_id))

    @staticmethod
    def _get_remark(s: Session, remark_id: str) -> Remark:
        r = s.get(Remark, remark_id)
        if r is None:
            raise InputError("no such remark")
        return r

    def edit_remark(self, remark_id: str, text: str) -> RemarkInfo:
        """Change the captured text; the previous wording is kept as a revision."""
        value = clean_text(text)
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            if r.text != value:
                s.add(RemarkRevision(remark_id=r.id, field="text", text=r.text, replaced_at=now()))
                r.text = value
                r.updated_at = now()
            return _remark_info(r)

    def reword_remark(self, remark_id: str, text: str | None) -> RemarkInfo:
        """Set (or with ``None``/empty, clear) the facilitator's rewording; keeps a revision."""
        value = clean_text(text) if text and text.strip() else None
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            if r.reworded != value:
                s.add(
                    RemarkRevision(
                        remark_id=r.id, field="reworded", text=r.reworded, replaced_at=now()
                    )
                )
                r.reworded = value
                r.updated_at = now()
            return _remark_info(r)

    def update_remark(
        self,
        remark_id: str,
        *,
        theme_id: int | None = None,
        kind: str | None = None,
        status: str | None = None,
        key_point: bool | None = None,
        session_id: int | None | bool = False,
        position: int | None | bool = False,
    ) -> RemarkInfo:
        """Re-file a remark: theme, kind, status, key-point flag, session, order."""
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            if theme_id is not None:
                self._get_theme(s, theme_id)
                r.theme_id = theme_id
            if kind is not None:
                r.kind = check_kind(kind)
            if status is not None:
                if status not in REMARK_STATUSES:
                    raise InputError(
                        f"unknown status {status!r}; use one of {', '.join(REMARK_STATUSES)}"
                    )
                r.status = status
            if key_point is not None:
                r.key_point = key_point
            if session_id is not False:
                if session_id is not None and s.get(AgendaSession, session_id) is None:
                    raise InputError("no such agenda session")
                r.session_id = session_id  # type: ignore[assignment]
            if position is not False:
                r.position = position  # type: ignore[assignment]
            r.updated_at = now()
            s.flush()
            return _remark_info(r)

    def delete_remark(self, remark_id: str) -> RemarkInfo:
        """Delete a remark so that :meth:`restore_remark` can bring it back."""
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            r.deleted_at = now()
            return _remark_info(r)

    def restore_remark(self, remark_id: str) -> RemarkInfo:
        """Undo :meth:`delete_remark`."""
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            r.deleted_at = None
            return _remark_info(r)

    def merge_remarks(
        self,
        incoming: Sequence[BundleRemark],
        theme_order: Sequence[str] = (),
        session_order: Sequence[str] = (),
    ) -> tuple[int, int, int]:
        """Merge remarks captured on another laptop (a bundle), in one transaction.

        A remark whose id is new is added as it was (its device, times, status and deletion
        kept). One already here is updated only when the incoming ``updated_at`` is newer, and
        every wording it replaces is kept as a revision; an older or equal copy changes
        nothing, so the receiving vault's newer edit is never lost and a second merge of the
        same remarks adds nothing. Deletion is sticky: an incoming deletion deletes the remark
        here, and a remark deleted here stays deleted. Themes and sessions are matched by name
        (case-insensitive) and the missing ones that a merged remark needs are created, in
        ``theme_order`` / ``session_order``. Returns ``(added, updated, already_present)``.
        """
        added = updated = present = 0
        stamp = now()
        with self._session() as s:
            local: dict[str, Remark] = {}
            ids = [r.id for r in incoming]
            for start in range(0, len(ids), 500):  # keep under SQLite's parameter limit
                chunk = ids[start : start + 500]
                local.update(
                    (r.id, r) for r in s.scalars(select(Remark).where(Remark.id.in_(chunk)))
                )
            new = [r for r in incoming if r.id not in local]
            newer = [r for r in incoming if r.id in local and r.updated_at > local[r.id].updated_at]
            themes = self._ids_by_name(
                s, Theme, Theme.name, [r.theme for r in new + newer], theme_order
            )
            sessions = self._ids_by_name(
                s,
                AgendaSession,
                AgendaSession.title,
                [r.session for r in new + newer if r.session],
                session_order,
            )
            rows = [
                {
                    "id": r.id,
                    "text": r.text,
                    "reworded": r.reworded,
                    "theme_id": themes[_key(r.theme)],
                    "session_id": sessions[_key(r.session)] if r.session else None,
                    "kind": r.kind,
                    "status": r.status,
                    "key_point": r.key_point,
                    "position": None,
                    "created_at": r.created_at,
                    "updated_at": r.updated_at,
                    "device_id": r.device_id,
                    "deleted_at": stamp if r.deleted else None,
                }
                for r in new
            ]
            if rows:
                s.execute(insert(Remark), rows)
            added = len(rows)
            newer_ids = {r.id for r in newer}
            for r in incoming:
                if r.id not in local:
                    continue
                row, changed = local[r.id], False
                if r.id in newer_ids:
                    for field in ("text", "reworded"):
                        old = getattr(row, field)
                        if old != getattr(r, field):
                            s.add(
                                RemarkRevision(
                                    remark_id=row.id, field=field, text=old, replaced_at=stamp
                                )
                            )
                            setattr(row, field, getattr(r, field))
                    row.theme_id = themes[_key(r.theme)]
                    row.session_id = sessions[_key(r.session)] if r.session else None  # type: ignore[assignment]
                    row.kind, row.status, row.key_point = r.kind, r.status, r.key_point
                    row.updated_at, changed = r.updated_at, True
                if r.deleted and row.deleted_at is None:
                    row.deleted_at, changed = stamp, True
                if changed:
                    updated += 1
                else:
                    present += 1
        return added, updated, present

    @staticmethod
    def _ids_by_name(
        s: Session,
        model: type[Theme] | type[AgendaSession],
        column: Any,
        wanted: Sequence[str],
        order: Sequence[str],
    ) -> dict[str, int]:
        """Ids of themes or sessions by folded name, creating the wanted ones that are missing
        (at the end, in ``order``)."""
        found = {_key(name): ident for ident, name in s.execute(select(model.id, column))}
        missing = {_key(n): " ".join(n.split()) for n in wanted if _key(n) not in found}
        if not missing:
            return found
        ranked = {_key(n): i for i, n in enumerate(order)}
        position = s.scalar(select(func.max(model.position)))
        position = -1 if position is None else position
        used = set(s.scalars(select(Theme.shortcut))) if model is Theme else set()
        for key in sorted(missing, key=lambda k: ranked.get(k, len(ranked))):
            position += 1
            item: Theme | AgendaSession
            if model is Theme:
                digit = next((d for d in range(1, 10) if d not in used), None)
                used.add(digit)
                item = Theme(
                    name=missing[key],
                    description="",
                    position=position,
                    colour=THEME_COLOURS[position % len(THEME_COLOURS)],
                    shortcut=digit,
                )
            else:
                item = AgendaSession(title=missing[key], day=None, time_label="", position=position)
            s.add(item)
            s.flush()
            found[key] = item.id
        return found

    def revisions(self, remark_id: str) -> list[RevisionInfo]:
        """Every earlier wording of a remark, oldest first."""
        with self._session() as s:
            rows = s.scalars(
                select(RemarkRevision)
                .where(RemarkRevision.remark_id == remark_id)
                .order_by(RemarkRevision.id)
            )
            return [RevisionInfo(v.id, v.remark_id, v.field, v.text, v.replaced_at) for v in rows]

    # ----------------------------------------------------------------- protected terms
    def terms(self) -> list[Term]:
        """The protected terms, in the order they were added."""
        with self._session() as s:
            return [_term(t) for t in s.scalars(select(ProtectedTerm).order_by(ProtectedTerm.id))]

    def import_terms(self, terms: Iterable[Term]) -> tuple[int, int]:
        """Add terms, or update the kind and aliases of ones already listed.

        Returns ``(added, updated)``; all in one transaction.
        """
        added = updated = 0
        with self._session() as s:
            existing = {t.term.casefold(): t for t in s.scalars(select(ProtectedTerm))}
            for term in terms:
                if term.kind not in TERM_KINDS:
                    raise InputError(f"unknown term kind {term.kind!r}")
                name = " ".join(term.term.split())
                if not name:
                    raise InputError("a protected term is empty")
                row = existing.get(name.casefold())
                if row is None:
                    row = ProtectedTerm(term=name, kind=term.kind, aliases=list(term.aliases))
                    s.add(row)
                    existing[name.casefold()] = row
                    added += 1
                else:
                    row.kind = term.kind
                    row.aliases = list(dict.fromkeys([*row.aliases, *term.aliases]))
                    updated += 1
        return added, updated

    def set_terms(self, terms: Iterable[Term]) -> None:
        """Replace the whole list of protected terms (the setup table's save)."""
        items = list(terms)
        with self._session() as s:
            s.execute(delete(ProtectedTerm))
            seen: set[str] = set()
            for term in items:
                name = " ".join(term.term.split())
                if not name or name.casefold() in seen:
                    continue
                if term.kind not in TERM_KINDS:
                    raise InputError(f"unknown term kind {term.kind!r}")
                seen.add(name.casefold())
                s.add(ProtectedTerm(term=name, kind=term.kind, aliases=list(term.aliases)))

    # ----------------------------------------------------------------- summaries
    def theme_summary(self, theme_id: int) -> str:
        """The facilitator's synthesis of a theme ('' if none)."""
        with self._session() as s:
            row = s.get(ThemeSummary, theme_id)
            return row.text if row else ""

    def set_theme_summary(self, theme_id: int, text: str) -> None:
        """Set a theme's synthesis ('' clears it)."""
        value = text.replace("\r\n", "\n").strip()
        if len(value) > 200_000:
            raise InputError("the synthesis is too long (200,000 characters at most)")
        with self._session() as s:
            self._get_theme(s, theme_id)
            row = s.get(ThemeSummary, theme_id)
            if row is None:
                s.add(ThemeSummary(theme_id=theme_id, text=value, updated_at=now()))
            else:
                row.text, row.updated_at = value, now()

    def event_summary(self) -> str:
        """The executive summary ('' if none)."""
        with self._session() as s:
            row = s.get(EventSummary, 1)
            return row.text if row else ""

    def set_event_summary(self, text: str) -> None:
        """Set the executive summary ('' clears it)."""
        value = text.replace("\r\n", "\n").strip()
        if len(value) > 200_000:
            raise InputError("the executive summary is too long (200,000 characters at most)")
        with self._session() as s:
            row = s.get(EventSummary, 1)
            if row is None:
                s.add(EventSummary(id=1, text=value, updated_at=now()))
            else:
                row.text, row.updated_at = value, now()

    # ----------------------------------------------------------------- guard decisions
    def dismiss_finding(self, target: str, text: str, category: str, reason: str) -> DecisionInfo:
        """Record that a finding (``text`` of ``category`` in ``target``) is harmless."""
        why = clean_text(reason, "the reason", 2000)
        with self._session() as s:
            row = FindingDecision(
                target=target, text=text, category=category, reason=why, created_at=now()
            )
            s.add(row)
            s.flush()
            return DecisionInfo(
                row.id, row.target, row.text, row.category, row.reason, row.created_at
            )

    def undo_dismissal(self, decision_id: int) -> None:
        """Forget a dismissal: the finding counts again."""
        with self._session() as s:
            s.execute(delete(FindingDecision).where(FindingDecision.id == decision_id))

    def dismissals(self, target: str | None = None) -> list[DecisionInfo]:
        """Dismissed findings (of one target, or all)."""
        with self._session() as s:
            query = select(FindingDecision).order_by(FindingDecision.id)
            if target is not None:
                query = query.where(FindingDecision.target == target)
            return [
                DecisionInfo(d.id, d.target, d.text, d.category, d.reason, d.created_at)
                for d in s.scalars(query)
            ]

    # ----------------------------------------------------------------- draft
    def save_draft(
        self,
        text: str,
        theme_id: int | None,
        kind: str = "observation",
        session_id: int | None = None,
    ) -> None:
        """Keep the editor's unsaved text (encrypted, in the vault) for crash recovery."""
        with self._session() as s:
            row = s.get(Draft, 1)
            if not text.strip():
                if row is not None:
                    s.delete(row)
                return
            if row is None:
                s.add(
                    Draft(
                        id=1,
                        text=text,
                        theme_id=theme_id,
                        kind=kind,
                        session_id=session_id,
                        updated_at=now(),
                    )
                )
            else:
                row.text, row.theme_id, row.kind = text, theme_id, kind
                row.session_id, row.updated_at = session_id, now()

    def draft(self) -> DraftInfo | None:
        """The draft left by the last session, if any."""
        with self._session() as s:
            row = s.get(Draft, 1)
            if row is None:
                return None
            return DraftInfo(row.text, row.theme_id, row.kind, row.session_id, row.updated_at)

    def clear_draft(self) -> None:
        """Forget the draft (after it was saved as a remark or discarded)."""
        with self._session() as s:
            s.execute(delete(Draft))
