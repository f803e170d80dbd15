"""Merging what other laptops captured (bundles) and set up (event kits) into this vault.

The rules (the README's "Merging bundles" states them for users):

- Themes and sessions are matched by their stable id, and by name (case-, white-space- and
  diacritics-insensitive) only when the id is unknown here (an old bundle, or a vault not made
  from the same kit). Missing ones are created, keeping the incoming id.
- A remark is identified by its id. Each holds a hybrid logical clock stamp of its last edit
  and a version vector (edits per device). An incoming copy whose vector contains ours is a
  later edit and replaces ours; one that ours contains changes nothing; when neither contains
  the other, both laptops edited it since they last met: a **conflict**. The edit with the
  larger stamp stays current, the other wording is kept as a revision, and the conflict is
  reported by theme and first words. Since the current state is always the one with the
  largest stamp and vectors join by maximum, the result is the same in any order and for
  any number of repeats.
- Deletion always wins: a deleted remark travels as a tombstone (id and version, no text) and
  deletes the remark wherever it arrives; an incoming copy never brings a deleted one back.
- A Review merge travels with the remarks: each original names the remark it was merged into
  (``merged_into``), and that link is part of the remark's state, ordered by the same clock
  (merging or splitting is an edit of every remark involved). An original whose merged remark
  is deleted (split on one laptop while the original was edited on the other) is shown on
  its own again and reported, so no remark ever vanishes. Bundles written before merges
  travelled say nothing about them, and the receiving vault keeps its own links.
- A theme renamed on both sides is a conflict: the later rename stays. A theme deleted on one
  side and used on the other is a conflict: the theme is kept (or recreated), never its
  remarks lost.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from roundtable_app.errors import InputError
from roundtable_app.language.plurals import counted
from roundtable_app.vault import clock
from roundtable_app.vault.base import THEME_COLOURS, VaultBase, now
from roundtable_app.vault.models import (
    AgendaSession,
    Event,
    Participant,
    ProtectedTerm,
    Remark,
    RemarkRevision,
    RemarkTombstone,
    Theme,
    ThemeSummary,
    ThemeTombstone,
    VaultState,
)
from roundtable_app.vault.types import (
    BundleContents,
    Conflict,
    IncomingRemark,
    IncomingSession,
    IncomingTheme,
    KitEvent,
    MergeReport,
    Tombstone,
)

_CHUNK = 500  # ids per IN (...): under SQLite's parameter limit


def match_key(name: str) -> str:
    """A theme name or session title as a merge matches it: white space collapsed, case
    folded, diacritics removed ("Šećer" matches "secer")."""
    folded = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("đ", "dj")


def first_words(text: str, count: int = 6) -> str:
    """The first words of a remark, enough for the user to find it."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _pairs(vector: dict[str, int] | None) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((vector or {}).items()))


class _Merge:
    """One merge, inside one session: the state it builds up across bundles."""

    def __init__(self, vault: MergeMixin, s: Session) -> None:
        self.vault, self.s = vault, s
        self.stamp = now()
        self.added = self.updated = self.present = self.deleted = 0
        self.conflicts: list[Conflict] = []
        self.new_themes: list[str] = []
        self.new_sessions: list[str] = []
        themes = list(s.scalars(select(Theme).order_by(Theme.position, Theme.id)))
        self.theme_by_uid: dict[str, Theme] = {t.uid: t for t in themes}
        self.theme_by_key: dict[str, Theme] = {match_key(t.name): t for t in themes}
        self.theme_tombs: dict[str, ThemeTombstone] = {
            t.uid: t for t in s.scalars(select(ThemeTombstone))
        }
        sessions = list(s.scalars(select(AgendaSession)))
        self.session_by_uid: dict[str, AgendaSession] = {a.uid: a for a in sessions}
        self.session_by_key: dict[str, AgendaSession] = {match_key(a.title): a for a in sessions}
        self.remark_tombs: set[str] = set(s.scalars(select(RemarkTombstone.id)))

    # ------------------------------------------------------------ themes and sessions
    def _create_theme(self, t: IncomingTheme, uid: str | None = None) -> Theme:
        s = self.s
        position = s.scalar(select(func.max(Theme.position)))
        position = 0 if position is None else position + 1
        used = {x.shortcut for x in self.theme_by_uid.values()}
        theme = Theme(
            name=t.name,
            description=t.description,
            position=position,
            colour=t.colour or THEME_COLOURS[position % len(THEME_COLOURS)],
            shortcut=next((d for d in range(1, 10) if d not in used), None),
            version=t.version,
            vector=dict(t.vector),
        )
        chosen_uid = uid or t.uid
        if chosen_uid:
            theme.uid = chosen_uid
        s.add(theme)
        s.flush()
        self.theme_by_uid[theme.uid] = theme
        self.theme_by_key[match_key(theme.name)] = theme
        self.new_themes.append(theme.name)
        return theme

    def theme_for(self, t: IncomingTheme, *, used: int = 0) -> Theme | None:
        """The local theme an incoming one is, creating it where needed; ``None`` for a theme
        deleted here that nothing incoming uses (it stays deleted)."""
        if t.uid and t.uid in self.theme_by_uid:
            return self.theme_by_uid[t.uid]
        by_name = self.theme_by_key.get(match_key(t.name))
        if t.uid and t.uid in self.theme_tombs and by_name is None:
            if not used:
                return None
            self.s.flush()
            self.s.delete(self.theme_tombs.pop(t.uid))
            self.conflicts.append(
                Conflict(
                    "theme deleted on one side and used on the other",
                    f"theme '{t.name}' was deleted here; the bundle files "
                    f"{counted(used, ('remark', 'remarks'))} under it",
                    "the theme is recreated with its remarks",
                )
            )
            return self._create_theme(t)
        if by_name is not None:
            return by_name
        return self._create_theme(t)

    def merge_theme_fields(self, local: Theme, t: IncomingTheme) -> None:
        """Name, description and colour of a theme known on both sides, by the clock rule."""
        if not t.version or t.version == local.version:
            return
        mine, theirs = local.vector or {}, dict(t.vector)
        if clock.contains(mine, theirs):
            return
        later = t.version > local.version
        if clock.concurrent(mine, theirs) and t.name != local.name:
            kept = t.name if later else local.name
            self.conflicts.append(
                Conflict(
                    "theme renamed on both sides",
                    f"'{local.name}' here, '{t.name}' in the bundle",
                    f"kept '{kept}' (the later rename)",
                )
            )
        if later:
            clash = self.theme_by_key.get(match_key(t.name))
            if clash is None or clash is local:
                self.theme_by_key.pop(match_key(local.name), None)
                local.name = t.name
                self.theme_by_key[match_key(t.name)] = local
            local.description = t.description
            local.colour = t.colour or local.colour
            local.version = t.version
        local.vector = clock.join(mine, theirs)

    def session_for(self, a: IncomingSession) -> AgendaSession:
        """The local session an incoming one is, creating it where needed."""
        if a.uid and a.uid in self.session_by_uid:
            return self.session_by_uid[a.uid]
        found = self.session_by_key.get(match_key(a.title))
        if found is not None:
            return found
        last = self.s.scalar(select(func.max(AgendaSession.position)))
        item = AgendaSession(
            title=a.title,
            day=a.day,
            time_label=a.time_label,
            position=0 if last is None else last + 1,
        )
        if a.uid:
            item.uid = a.uid
        self.s.add(item)
        self.s.flush()
        self.session_by_uid[item.uid] = item
        self.session_by_key[match_key(item.title)] = item
        self.new_sessions.append(item.title)
        return item

    def delete_theme(self, d: Tombstone) -> None:
        """A theme deleted on the other side: deleted here too unless remarks use it."""
        local = self.theme_by_uid.get(d.id)
        if local is None:
            if d.id not in self.theme_tombs:
                tomb = ThemeTombstone(uid=d.id, name=d.name, version=d.version)
                self.s.add(tomb)
                self.theme_tombs[d.id] = tomb
            return
        used = self.s.scalar(select(func.count()).where(Remark.theme_id == local.id)) or 0
        if used:
            self.conflicts.append(
                Conflict(
                    "theme deleted on one side and used on the other",
                    f"theme '{local.name}' was deleted in the bundle; here, "
                    f"{counted(used, ('remark', 'remarks'))} filed under it",
                    "the theme is kept with its remarks",
                )
            )
            return
        self.s.execute(delete(ThemeSummary).where(ThemeSummary.theme_id == local.id))
        self.s.delete(local)
        self.s.flush()
        del self.theme_by_uid[local.uid]
        self.theme_by_key.pop(match_key(local.name), None)
        tomb = ThemeTombstone(uid=d.id, name=local.name, version=d.version)
        self.s.add(tomb)
        self.theme_tombs[d.id] = tomb

    # ------------------------------------------------------------ remarks
    def apply(self, b: BundleContents) -> None:
        """Merge one bundle's themes, sessions, remarks and tombstones; every incoming
        remark and tombstone is counted once: added, updated, already present or deleted."""
        s, vault = self.s, self.vault
        ids = [r.id for r in b.remarks] + [d.id for d in b.deleted]
        if len(set(ids)) != len(ids):
            raise InputError(f"{b.source}: the bundle holds one remark twice; nothing was imported")
        for version in [r.version for r in b.remarks] + [d.version for d in b.deleted]:
            vault._hlc().observe(version)  # hybrid clock: receiving raises ours
        # themes: incoming ones by id or name; the count of remarks using each decides
        # whether a theme deleted here comes back
        uses: dict[str, int] = {}
        for r in b.remarks:
            key = r.theme_uid or match_key(r.theme)
            uses[key] = uses.get(key, 0) + 1
        local_theme: dict[str, Theme] = {}
        for t in b.themes:
            key = t.uid or match_key(t.name)
            theme = self.theme_for(t, used=uses.get(key, 0))
            if theme is not None:
                local_theme[key] = theme
                if t.uid and theme.uid == t.uid:
                    self.merge_theme_fields(theme, t)
        local_session = {(a.uid or match_key(a.title)): self.session_for(a) for a in b.sessions}

        rows: dict[str, Remark] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows.update((r.id, r) for r in s.scalars(select(Remark).where(Remark.id.in_(chunk))))
        new: list[dict[str, Any]] = []
        for r in b.remarks:
            if r.id in self.remark_tombs:
                self.present += 1  # deleted here already: it stays deleted
                continue
            theme = local_theme.get(r.theme_uid or match_key(r.theme))
            if theme is None:  # a theme the bundle did not list: by name
                theme = self.theme_for(IncomingTheme(uid=None, name=r.theme))
                assert theme is not None
            session_id = None
            if r.session is not None:
                key = r.session_uid or match_key(r.session)
                session = local_session.get(key) or self.session_for(
                    IncomingSession(uid=None, title=r.session)
                )
                session_id = session.id
            row = rows.get(r.id)
            if row is None:
                new.append(self._row(r, theme.id, session_id))
            else:
                self._merge_remark(row, r, theme, session_id)
        if new:
            s.execute(insert(Remark), new)
            self.added += len(new)
        for d in b.deleted:
            self._delete_remark(rows.get(d.id), d)
        for d in b.deleted_themes:
            self.delete_theme(d)
        s.flush()

    def _row(self, r: IncomingRemark, theme_id: int, session_id: int | None) -> dict[str, Any]:
        return {
            "id": r.id,
            "text": r.text,
            "reworded": r.reworded,
            "theme_id": theme_id,
            "session_id": session_id,
            "kind": r.kind,
            "status": r.status,
            "key_point": r.key_point,
            "position": None,
            "created_at": r.created_at,
            "updated_at": r.updated_at,
            "device_id": r.device_id,
            "deleted_at": None,
            "version": r.version,
            "vector": dict(r.vector),
            "merged_into": r.merged_into if r.carries_merge else None,
        }

    def _revision(self, row: Remark, field: str, text: str | None) -> None:
        self.s.add(RemarkRevision(remark_id=row.id, field=field, text=text, replaced_at=self.stamp))

    def _merge_remark(
        self, row: Remark, r: IncomingRemark, theme: Theme, session_id: int | None
    ) -> None:
        mine, theirs = row.vector or {}, dict(r.vector)
        if row.deleted_at is not None or r.version == row.version or clock.contains(mine, theirs):
            self.present += 1  # deleted here (sticky), the same edit, or ours is later
            return
        merged_into = r.merged_into if r.carries_merge else row.merged_into
        same = (
            row.text,
            row.reworded,
            row.theme_id,
            row.session_id,
            row.kind,
            row.status,
            row.key_point,
            row.merged_into,
        ) == (r.text, r.reworded, theme.id, session_id, r.kind, r.status, r.key_point, merged_into)
        later = r.version > row.version
        if clock.concurrent(mine, theirs) and not same:
            self.conflicts.append(
                Conflict(
                    "remark edited on both sides",
                    f"“{first_words(row.reworded or row.text)}” (theme '{theme.name}')",
                    "kept the later edit ("
                    + ("from the bundle" if later else "made here")
                    + "); the other wording is kept as a revision",
                )
            )
            if not later:  # ours stays current; theirs is kept as a revision
                for field in ("text", "reworded"):
                    if getattr(r, field) != getattr(row, field):
                        self._revision(row, field, getattr(r, field))
        if later:
            for field in ("text", "reworded"):
                if getattr(row, field) != getattr(r, field):
                    self._revision(row, field, getattr(row, field))
                    setattr(row, field, getattr(r, field))
            row.theme_id, row.session_id = theme.id, session_id
            row.kind, row.status, row.key_point = r.kind, r.status, r.key_point
            row.merged_into = merged_into
            row.updated_at, row.version = r.updated_at, r.version
        row.vector = clock.join(mine, theirs)
        if later and not same:
            self.updated += 1
        else:
            self.present += 1

    def _delete_remark(self, row: Remark | None, d: Tombstone) -> None:
        if row is None:
            if d.id in self.remark_tombs:
                self.present += 1
                return
            self.s.add(RemarkTombstone(id=d.id, version=d.version, vector=dict(d.vector)))
            self.remark_tombs.add(d.id)
            self.deleted += 1
            return
        mine, theirs = row.vector or {}, dict(d.vector)
        if row.deleted_at is not None:
            self.present += 1
            if d.version > row.version:
                row.version, row.vector = d.version, clock.join(mine, theirs)
            return
        if clock.concurrent(mine, theirs):
            theme = self.s.get(Theme, row.theme_id)
            self.conflicts.append(
                Conflict(
                    "remark deleted on one side and edited on the other",
                    f"“{first_words(row.reworded or row.text)}” (theme "
                    f"'{theme.name if theme else ''}')",
                    "deleted: a deletion always wins",
                )
            )
        row.deleted_at = self.stamp
        row.version = max(row.version, d.version)
        row.vector = clock.join(mine, theirs)
        self.deleted += 1

    def unhide_orphans(self) -> None:
        """Show again, on their own, the originals whose merged remark is deleted or absent.

        The clock orders each remark's state on its own, so a split on one laptop and an edit
        of one of its originals on another can leave that original pointing at a merged remark
        that is gone. It would then be in no summary at all. The repair depends only on what
        the vault holds, so every laptop makes the same one and they still agree."""
        s = self.s
        s.flush()
        m = Remark.__table__.alias("m")
        r = Remark.__table__
        orphans = s.execute(
            select(r.c.id, r.c.text, r.c.reworded, r.c.theme_id)
            .select_from(r.outerjoin(m, m.c.id == r.c.merged_into))
            .where(r.c.merged_into.is_not(None), r.c.deleted_at.is_(None))
            .where((m.c.id.is_(None)) | (m.c.deleted_at.is_not(None)))
            .order_by(r.c.created_at, r.c.id)
        ).all()
        if not orphans:
            return
        names = {t.id: t.name for t in self.theme_by_uid.values()}
        for row in orphans:
            self.conflicts.append(
                Conflict(
                    "merge split on one side and its remark edited on the other",
                    f"“{first_words(row.reworded or row.text)}” (theme "
                    f"'{names.get(row.theme_id, '')}')",
                    "the remark is shown on its own again",
                )
            )
        ids = [row.id for row in orphans]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            s.execute(update(Remark).where(Remark.id.in_(chunk)).values(merged_into=None))

    def report(self, dry_run: bool) -> MergeReport:
        return MergeReport(
            added=self.added,
            updated=self.updated,
            present=self.present,
            deleted=self.deleted,
            conflicts=tuple(self.conflicts),
            new_themes=tuple(self.new_themes),
            new_sessions=tuple(self.new_sessions),
            dry_run=dry_run,
        )


class MergeMixin(VaultBase):
    """Exporting this vault's contents for a bundle or kit, and merging others' into it."""

    def bundle_contents(self, *, setup: bool = False) -> BundleContents:
        """What a bundle (or, with ``setup``, an event kit) of this vault carries, as plain
        values: themes and sessions with their ids; remarks (none in a kit); deleted remarks
        and themes as tombstones, without text."""
        with self._session() as s:
            themes = list(s.scalars(select(Theme).order_by(Theme.position, Theme.id)))
            sessions = list(
                s.scalars(select(AgendaSession).order_by(AgendaSession.position, AgendaSession.id))
            )
            by_theme = {t.id: t for t in themes}
            by_session = {a.id: a for a in sessions}
            table = Remark.__table__
            remarks: list[IncomingRemark] = []
            deleted: list[Tombstone] = []
            if not setup:
                query = select(table).order_by(table.c.created_at, table.c.id)
                for r in s.execute(query):
                    version, vector = r.version, _pairs(r.vector)
                    if not version:  # merged in Review before merges were versioned
                        version = clock.stamp(clock.ms_of(r.updated_at), 0, self._device)
                        vector = ((self._device, 1),)
                    if r.deleted_at is not None:
                        deleted.append(Tombstone(r.id, version, vector))
                        continue
                    theme = by_theme[r.theme_id]
                    session = by_session.get(r.session_id) if r.session_id else None
                    remarks.append(
                        IncomingRemark(
                            id=r.id,
                            text=r.text,
                            reworded=r.reworded,
                            theme=theme.name,
                            kind=r.kind,
                            status=r.status,
                            session=session.title if session else None,
                            key_point=bool(r.key_point),
                            created_at=r.created_at,
                            updated_at=r.updated_at,
                            device_id=r.device_id,
                            theme_uid=theme.uid,
                            session_uid=session.uid if session else None,
                            version=version,
                            vector=vector,
                            merged_into=r.merged_into,
                            carries_merge=True,
                        )
                    )
                deleted.extend(
                    Tombstone(t.id, t.version, _pairs(t.vector))
                    for t in s.scalars(select(RemarkTombstone).order_by(RemarkTombstone.id))
                )
            event = terms = None
            participants: tuple[tuple[str, str, str, str, str], ...] = ()
            strict = False
            if setup:
                e = s.get_one(Event, 1)
                event = KitEvent(
                    e.title,
                    e.subtitle,
                    e.venue,
                    e.dates,
                    tuple(e.conveners or ()),
                    e.rule_statement,
                )
                terms = tuple(
                    (t.term, t.kind, tuple(t.aliases or ()))
                    for t in s.scalars(select(ProtectedTerm).order_by(ProtectedTerm.id))
                )
                participants = tuple(
                    (p.name, p.organisation, p.role, p.email, p.phone)
                    for p in s.scalars(select(Participant).order_by(Participant.id))
                )
                strict = bool(e.flag_sector_level)
            return BundleContents(
                themes=tuple(
                    IncomingTheme(
                        t.uid,
                        t.name,
                        t.description,
                        t.colour,
                        t.position,
                        t.version,
                        _pairs(t.vector),
                    )
                    for t in themes
                ),
                sessions=tuple(
                    IncomingSession(a.uid, a.title, a.day, a.time_label, a.position)
                    for a in sessions
                ),
                remarks=tuple(remarks),
                deleted=tuple(deleted),
                deleted_themes=tuple(
                    Tombstone(t.uid, t.version, name=t.name)
                    for t in s.scalars(select(ThemeTombstone).order_by(ThemeTombstone.uid))
                ),
                event=event,
                terms=terms or (),
                setup=setup,
                participants=participants,
                strict_affiliation=strict,
            )

    def merge_bundles(
        self, bundles: Iterable[BundleContents], *, dry_run: bool = False
    ) -> MergeReport:
        """Merge bundles (and kits: their themes and sessions) in ONE transaction: all of
        them or, on any error, none. With ``dry_run`` everything is worked out the same way
        and then rolled back, so the preview is exactly what an import would do."""
        items: Sequence[BundleContents] = list(bundles)
        saved = None if self._clock is None else (self._clock.ms, self._clock.counter)
        unchanged = not self.changed_since_backup
        with self._session() as s:
            merge = _Merge(self, s)
            for b in items:
                merge.apply(b)
            merge.unhide_orphans()
            report = merge.report(dry_run)
            if dry_run:
                s.rollback()
        if dry_run and unchanged:
            # rolled back, so nothing changed: closing must not take a backup for it
            self._changes_at_backup = self._dbapi.total_changes
        if dry_run and self._clock is not None:
            # the clock may not keep what a dry run observed: nothing of it was stored
            if saved is None:
                self._clock = None
            else:
                self._clock.ms, self._clock.counter = saved
        return report

    def apply_kit_event(
        self,
        event: KitEvent,
        terms: Sequence[tuple[str, str, tuple[str, ...]]],
        participants: Sequence[tuple[str, str, str, str, str]] = (),
        strict_affiliation: bool = False,
    ) -> None:
        """Copy an event kit's event details, protected terms, participants list and strict
        setting (sector-level affiliation flagged) into this (new) vault; a participant
        already listed by name is kept as it is."""
        with self._session() as s:
            e = s.get_one(Event, 1)
            e.title, e.subtitle, e.venue, e.dates = (
                event.title,
                event.subtitle,
                event.venue,
                event.dates,
            )
            e.conveners = list(event.conveners)
            if event.rule_statement.strip():
                e.rule_statement = event.rule_statement
            e.flag_sector_level = bool(strict_affiliation)
            known = {t.term.casefold() for t in s.scalars(select(ProtectedTerm))}
            for term, kind, aliases in terms:
                if term.casefold() not in known:
                    s.add(ProtectedTerm(term=term, kind=kind, aliases=list(aliases)))
                    known.add(term.casefold())
            listed = {p.name.casefold() for p in s.scalars(select(Participant))}
            for name, organisation, role, email, phone in participants:
                if name.casefold() not in listed:
                    s.add(
                        Participant(
                            name=name, organisation=organisation, role=role, email=email,
                            phone=phone,
                        )
                    )  # fmt: skip
                    listed.add(name.casefold())

    # ------------------------------------------------------------ drop folder
    def drop_folder_state(self) -> tuple[str | None, bool, tuple[str, ...]]:
        """The drop folder (or ``None``), whether to write this vault's bundle there at the
        end of a session, and the SHA-256 of the bundles already offered."""
        with self._session() as s:
            row = s.get_one(VaultState, 1)
            return row.drop_folder, bool(row.drop_write), tuple(row.drop_seen or ())

    def set_drop_folder(self, folder: str | None, *, write_at_end: bool) -> None:
        """Choose (or with ``None`` forget) the drop folder; a new folder starts unseen."""
        with self._session() as s:
            row = s.get_one(VaultState, 1)
            if folder != row.drop_folder:
                row.drop_seen = []
            row.drop_folder, row.drop_write = folder, write_at_end

    def mark_drop_seen(self, fingerprints: Sequence[str]) -> None:
        """Remember bundles as offered (imported or declined), so they are offered once."""
        with self._session() as s:
            row = s.get_one(VaultState, 1)
            row.drop_seen = sorted(set(row.drop_seen or ()) | set(fingerprints))
