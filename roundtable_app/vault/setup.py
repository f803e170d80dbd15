"""The event's setup: event fields, themes, agenda sessions and protected terms."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from roundtable_app.errors import InputError
from roundtable_app.guard.terms import TERM_KINDS, Term
from roundtable_app.language import check_language
from roundtable_app.language.plurals import counted
from roundtable_app.vault.base import (
    VaultBase,
    clean_name,
    clean_text,
    name_key,
    new_theme_style,
    session_info,
    term_value,
    theme_info,
)
from roundtable_app.vault.models import (
    AgendaSession,
    Draft,
    Event,
    ProtectedTerm,
    Remark,
    Theme,
    ThemeSummary,
    ThemeTombstone,
)
from roundtable_app.vault.types import (
    DEFAULT_RULE_STATEMENT,
    UNCHANGED,
    EventInfo,
    SessionInfo,
    ThemeInfo,
    Unchanged,
)


class SetupMixin(VaultBase):
    """The organiser's part: the event, its themes, its agenda and the protected terms."""

    # ----------------------------------------------------------------- event
    def event(self) -> EventInfo:
        """The event's descriptive fields."""
        with self._session() as s:
            e = s.get_one(Event, 1)
            return EventInfo(
                e.title,
                e.subtitle,
                e.venue,
                e.dates,
                tuple(e.conveners or ()),
                e.rule_statement,
                e.summary_language or "en",
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
        language: str | None = None,
    ) -> EventInfo:
        """Change any of the event's fields; ``None`` leaves a field as it is. ``language``
        (the summary's) must be one of ``roundtable_app.language.LANGUAGES``."""
        if language is not None:
            language = check_language(language)
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
            if language is not None:
                e.summary_language = language
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
            return [theme_info(t, counts.get(t.id, 0)) for t in themes]

    def theme_by_name(self, name: str) -> ThemeInfo | None:
        """The theme with this name (case-insensitive), if any."""
        wanted = name_key(name)
        return next((t for t in self.themes() if name_key(t.name) == wanted), None)

    def add_theme(
        self,
        name: str,
        *,
        description: str = "",
        colour: str | None = None,
        shortcut: int | None = None,
    ) -> ThemeInfo:
        """Add a theme at the end; it gets the next free Ctrl+digit shortcut and a colour."""
        name = clean_name(clean_text(name, "the theme name", 200))
        if self.theme_by_name(name) is not None:
            raise InputError(f"a theme named {name!r} already exists")
        with self._session() as s:
            themes = s.scalars(select(Theme)).all()
            used = {t.shortcut for t in themes}
            position = max((t.position for t in themes), default=-1) + 1
            default_colour, free = new_theme_style(position, used)
            if shortcut is None:
                shortcut = free
            elif not 1 <= shortcut <= 9 or shortcut in used:
                raise InputError(f"shortcut Ctrl+{shortcut} is not free")
            theme = Theme(
                name=name,
                description=description.strip(),
                position=position,
                colour=colour or default_colour,
                shortcut=shortcut,
            )
            s.add(theme)
            s.flush()
            return theme_info(theme)

    def update_theme(
        self,
        theme_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        colour: str | None = None,
        shortcut: int | None | Unchanged = UNCHANGED,
    ) -> ThemeInfo:
        """Rename or restyle a theme; ``shortcut=None`` removes its shortcut."""
        with self._session() as s:
            theme = self._get_theme(s, theme_id)
            if name is not None:
                name = clean_name(clean_text(name, "the theme name", 200))
                clash = s.scalars(select(Theme).where(Theme.id != theme_id)).all()
                if any(name_key(t.name) == name_key(name) for t in clash):
                    raise InputError(f"a theme named {name!r} already exists")
                theme.name = name
            if description is not None:
                theme.description = description.strip()
            if colour is not None:
                if len(colour) != 7 or not colour.startswith("#"):
                    raise InputError("a colour is written #RRGGBB")
                theme.colour = colour
            if s.is_modified(theme):
                # what a merge compares; position and shortcut are each laptop's own
                theme.version, theme.vector = self._new_version(theme.vector)
            if not isinstance(shortcut, Unchanged):
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
            return theme_info(theme)

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
                    f"the theme {theme.name!r} still holds "
                    f"{counted(used, ('remark', 'remarks'))}; move them first"
                )
            s.execute(delete(ThemeSummary).where(ThemeSummary.theme_id == theme_id))
            # remembered by id, so a merge tells "deleted here" from "new in the bundle"
            s.merge(ThemeTombstone(uid=theme.uid, name=theme.name, version=self._hlc().tick()))
            s.delete(theme)

    # ----------------------------------------------------------------- agenda
    def sessions(self) -> list[SessionInfo]:
        """Agenda items in order."""
        with self._session() as s:
            rows = s.scalars(
                select(AgendaSession).order_by(AgendaSession.position, AgendaSession.id)
            )
            return [session_info(a) for a in rows]

    def session_by_title(self, title: str) -> SessionInfo | None:
        """The agenda item with this title (case-insensitive), if any."""
        wanted = name_key(title)
        return next((a for a in self.sessions() if name_key(a.title) == wanted), None)

    def add_session(
        self, title: str, *, day: int | None = None, time_label: str = ""
    ) -> SessionInfo:
        """Add an agenda item at the end."""
        title = clean_name(clean_text(title, "the session title", 300))
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
            return session_info(item)

    def update_session(
        self,
        session_id: int,
        *,
        title: str | None = None,
        day: int | None | Unchanged = UNCHANGED,
        time_label: str | None = None,
    ) -> SessionInfo:
        """Change an agenda item."""
        with self._session() as s:
            item = s.get(AgendaSession, session_id)
            if item is None:
                raise InputError("no such agenda session")
            if title is not None:
                item.title = clean_name(clean_text(title, "the session title", 300))
            if not isinstance(day, Unchanged):
                item.day = day if day is None else int(day)
            if time_label is not None:
                item.time_label = time_label.strip()
            s.flush()
            return session_info(item)

    def delete_session(self, session_id: int) -> None:
        """Delete an agenda item; its remarks stay, without a session."""
        with self._session() as s:
            s.execute(update(Remark).where(Remark.session_id == session_id).values(session_id=None))
            s.execute(update(Draft).where(Draft.session_id == session_id).values(session_id=None))
            s.execute(delete(AgendaSession).where(AgendaSession.id == session_id))

    # ----------------------------------------------------------------- protected terms
    def terms(self) -> list[Term]:
        """The protected terms, in the order they were added."""
        with self._session() as s:
            return [
                term_value(t) for t in s.scalars(select(ProtectedTerm).order_by(ProtectedTerm.id))
            ]

    def import_terms(self, terms: Iterable[Term]) -> tuple[int, int]:
        """Add terms, or update the kind and aliases of ones already listed.

        Returns ``(added, updated)``; all in one transaction.
        """
        with self._session() as s:
            return self.merge_terms_in(s, terms)

    @staticmethod
    def merge_terms_in(s: Session, terms: Iterable[Term]) -> tuple[int, int]:
        """:meth:`import_terms` inside an open session (shared with the participants list)."""
        added = updated = 0
        existing = {t.term.casefold(): t for t in s.scalars(select(ProtectedTerm))}
        for term in terms:
            if term.kind not in TERM_KINDS:
                raise InputError(f"unknown term kind {term.kind!r}")
            name = clean_name(term.term)
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
                name = clean_name(term.term)
                if not name or name.casefold() in seen:
                    continue
                if term.kind not in TERM_KINDS:
                    raise InputError(f"unknown term kind {term.kind!r}")
                seen.add(name.casefold())
                s.add(ProtectedTerm(term=name, kind=term.kind, aliases=list(term.aliases)))
