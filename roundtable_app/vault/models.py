"""The vault's schema: SQLAlchemy 2 typed ORM models.

There is deliberately no speaker, participant-of-remark or affiliation field anywhere: what is
never stored can never leak. Migrations in ``db/versions`` must match these models (a test
compares them).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """The one declarative base of every vault table."""


class Event(Base):
    """The meeting this vault records: one row."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(Text, default="")
    dates: Mapped[str] = mapped_column(Text, default="")
    conveners: Mapped[list[str]] = mapped_column(JSON, default=list)
    rule_statement: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Theme(Base):
    """A theme remarks are captured under, in the order the summary presents them."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(7), default="#4c6a92")
    shortcut: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AgendaSession(Base):
    """An item of the agenda (a panel, a working group); times never reach an export."""

    __tablename__ = "agenda_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, unique=True)
    day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time_label: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)


class Remark(Base):
    """One thing said in the room, without any trace of who said it.

    ``text`` is what the note-taker captured; ``reworded`` is the facilitator's version, kept
    apart so the original is never overwritten. ``deleted_at`` makes deletion undoable.
    """

    __tablename__ = "remarks"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    reworded: Mapped[str | None] = mapped_column(Text, nullable=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_sessions.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="observation")
    status: Mapped[str] = mapped_column(String(10), default="captured")
    key_point: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    device_id: Mapped[str] = mapped_column(String(32))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RemarkRevision(Base):
    """An earlier wording of a remark, kept whenever its text or rewording changes."""

    __tablename__ = "remark_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    remark_id: Mapped[str] = mapped_column(ForeignKey("remarks.id"), index=True)
    field: Mapped[str] = mapped_column(String(10))
    text: Mapped[str | None] = mapped_column(Text, nullable=True)
    replaced_at: Mapped[datetime] = mapped_column(DateTime)


class ProtectedTerm(Base):
    """A name, organisation or role the guard warns about; never exported."""

    __tablename__ = "protected_terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)


class ThemeSummary(Base):
    """The facilitator's synthesis of one theme."""

    __tablename__ = "theme_summaries"

    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EventSummary(Base):
    """The facilitator's executive summary of the whole event: one row."""

    __tablename__ = "event_summary"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FindingDecision(Base):
    """A guard finding a user judged harmless, with the reason; never exported.

    ``target`` names the text it was found in (``remark:<id>``, ``theme:<id>``, ``event``);
    ``text`` and ``category`` identify the finding within it.
    """

    __tablename__ = "finding_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String(60), index=True)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Draft(Base):
    """The text being typed in the capture editor, kept for crash recovery: one row."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="observation")
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="SET NULL"), nullable=True
    )
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SpellingWord(Base):
    """A word the note-takers added to this event's spelling dictionary (names, jargon).

    Kept in the vault, not beside it: the words of a closed meeting (place names, programme
    names) say something about it.
    """

    __tablename__ = "spelling_words"

    word: Mapped[str] = mapped_column(Text, primary_key=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
