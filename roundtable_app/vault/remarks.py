"""Remarks: the hot save path, edits that keep revisions, undoable deletes, imports and the
crash-recovery draft (merges from bundles are in :mod:`.merge`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import timedelta

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from roundtable_app.errors import InputError
from roundtable_app.vault import engine as eng
from roundtable_app.vault.base import (
    INSERT_REMARK_SQL,
    VaultBase,
    check_kind,
    clean_name,
    clean_text,
    name_key,
    new_theme_style,
    now,
    remark_info,
)
from roundtable_app.vault.models import (
    AgendaSession,
    Draft,
    Remark,
    RemarkRevision,
    Theme,
)
from roundtable_app.vault.types import (
    REMARK_STATUSES,
    UNCHANGED,
    DraftInfo,
    NewRemark,
    RemarkInfo,
    RevisionInfo,
    Unchanged,
)


class RemarksMixin(VaultBase):
    """The note-taker's part: remarks, their revisions and the draft."""

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
        with self._lock:
            version, vector = self._new_version()
            params = (
                remark.id,
                value,
                theme_id,
                session_id,
                kind,
                when,
                when,
                self._device,
                version,
                json.dumps(vector),
            )
            conn = self._dbapi_or_fail()
            self.check_file()
            try:
                conn.execute(INSERT_REMARK_SQL, params)
                conn.commit()
            except sqlcipher.IntegrityError as exc:
                conn.rollback()
                eng.scrub(exc)
                raise InputError("no such theme or agenda session") from None
            except sqlcipher.Error as exc:
                conn.rollback()
                raise eng.map_db_error(exc, self.path) from None
        self._backup_if_due()
        return remark

    def add_remarks(
        self, remarks: Sequence[NewRemark], *, create_themes: bool = False, source: str = "input"
    ) -> int:
        """Add many remarks in one transaction: all of them, or (on any error) none.

        Unknown themes are an error naming ``source`` and the line, unless ``create_themes``;
        unknown agenda sessions are created.
        """
        prepared: list[tuple[NewRemark, str, str]] = []
        names = self._theme_names()
        themes = {name_key(name): ident for ident, name in names.items()}
        missing: dict[str, str] = {}
        for r in remarks:
            column = "text"
            try:
                text = clean_text(r.text)
                column = "kind"
                kind = check_kind(r.kind)
                column = "theme"
                theme_name = clean_name(r.theme or "")
                if not theme_name:
                    raise InputError("the theme is empty")
            except InputError as exc:
                raise InputError(f"column {column}: {exc.message}", source, r.line) from None
            if name_key(theme_name) not in themes:
                if not create_themes:
                    # The cell is not repeated (a shifted column would put remark text on
                    # stderr); the vault's own theme names are safe to list.
                    known = ", ".join(sorted(names.values()))
                    raise InputError(
                        f"column theme: unknown theme (this vault has: {known or 'none'}; "
                        "use --create-themes to add it)",
                        source,
                        r.line,
                    )
                missing.setdefault(name_key(theme_name), theme_name)
            prepared.append((r, text, kind))
        stamp = now()
        with self._session() as s:
            position = s.scalar(select(func.max(Theme.position)))
            position = -1 if position is None else position
            used = set(s.scalars(select(Theme.shortcut)))
            for key, name in missing.items():
                position += 1
                colour, digit = new_theme_style(position, used)
                used.add(digit)
                theme = Theme(
                    name=name, description="", position=position, colour=colour, shortcut=digit
                )
                s.add(theme)
                s.flush()
                themes[key] = theme.id
            sessions = {name_key(a.title): a.id for a in s.scalars(select(AgendaSession))}
            last = s.scalar(select(func.max(AgendaSession.position)))
            last = -1 if last is None else last
            rows = []
            for n, (r, text, kind) in enumerate(prepared):
                # distinct stamps keep the file's order as the capture order
                created = stamp + timedelta(microseconds=n)
                session_id = None
                title = clean_name(r.session or "")
                if title:
                    if name_key(title) not in sessions:
                        last += 1
                        item = AgendaSession(title=title, day=None, time_label="", position=last)
                        s.add(item)
                        s.flush()
                        sessions[name_key(title)] = item.id
                    session_id = sessions[name_key(title)]
                rows.append(
                    {
                        "id": str(uuid.uuid4()),
                        "text": text,
                        "reworded": None,
                        "theme_id": themes[name_key(r.theme)],
                        "session_id": session_id,
                        "kind": kind,
                        "status": "captured",
                        "key_point": False,
                        "position": None,
                        "created_at": created,
                        "updated_at": created,
                        "device_id": self._device,
                        "deleted_at": None,
                        "version": self._hlc().tick(),
                        "vector": {self._device: 1},
                    }
                )
            if rows:
                s.execute(insert(Remark), rows)
        return len(prepared)

    def remarks(
        self, theme_id: int | None = None, *, include_deleted: bool = False
    ) -> list[RemarkInfo]:
        """Remarks in capture order (optionally of one theme)."""
        # Plain rows, not ORM objects: thousands of remarks are read at every open and export,
        # and the identity map would triple the cost of a read-only listing.
        table = Remark.__table__
        query = select(table).order_by(table.c.created_at, table.c.id)
        if theme_id is not None:
            query = query.where(table.c.theme_id == theme_id)
        if not include_deleted:
            query = query.where(table.c.deleted_at.is_(None))
        with self._session() as s:
            out = [remark_info(r) for r in s.execute(query)]
        if theme_id is None:
            self._release_cache()
        return out

    def remark(self, remark_id: str) -> RemarkInfo:
        """One remark (deleted or not)."""
        with self._session() as s:
            return remark_info(self._get_remark(s, remark_id))

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
                r.version, r.vector = self._new_version(r.vector)
            return remark_info(r)

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
                r.version, r.vector = self._new_version(r.vector)
            return remark_info(r)

    def update_remark(
        self,
        remark_id: str,
        *,
        theme_id: int | None = None,
        kind: str | None = None,
        status: str | None = None,
        key_point: bool | None = None,
        session_id: int | None | Unchanged = UNCHANGED,
        position: int | None | Unchanged = UNCHANGED,
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
            if not isinstance(session_id, Unchanged):
                if session_id is not None and s.get(AgendaSession, session_id) is None:
                    raise InputError("no such agenda session")
                r.session_id = session_id
            if not isinstance(position, Unchanged):
                r.position = position
            r.updated_at = now()
            r.version, r.vector = self._new_version(r.vector)
            s.flush()
            return remark_info(r)

    def delete_remark(self, remark_id: str) -> RemarkInfo:
        """Delete a remark so that :meth:`restore_remark` can bring it back."""
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            r.deleted_at = now()
            r.version, r.vector = self._new_version(r.vector)
            return remark_info(r)

    def restore_remark(self, remark_id: str) -> RemarkInfo:
        """Undo :meth:`delete_remark`."""
        with self._session() as s:
            r = self._get_remark(s, remark_id)
            r.deleted_at = None
            r.version, r.vector = self._new_version(r.vector)
            return remark_info(r)

    def revisions(self, remark_id: str) -> list[RevisionInfo]:
        """Every earlier wording of a remark, oldest first."""
        with self._session() as s:
            rows = s.scalars(
                select(RemarkRevision)
                .where(RemarkRevision.remark_id == remark_id)
                .order_by(RemarkRevision.id)
            )
            return [RevisionInfo(v.id, v.remark_id, v.field, v.text, v.replaced_at) for v in rows]

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
