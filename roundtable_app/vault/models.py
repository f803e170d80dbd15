"""The vault's schema: SQLAlchemy 2 typed ORM models.

There is deliberately no speaker, participant-of-remark or affiliation field anywhere: what is
never stored can never leak. Migrations in ``db/versions`` must match these models (a test
compares them).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
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
    # The guard flags sector-level affiliation ("a ministry representative") only when the
    # facilitator asks for it: most summaries may say "a government official".
    flag_sector_level: Mapped[bool] = mapped_column(Boolean, default=False)
    # The summary's language as a BCP 47 tag ("en", "sr-Latn", "sr-Cyrl").
    summary_language: Mapped[str] = mapped_column(String(16), default="en", server_default="en")


class Theme(Base):
    """A theme remarks are captured under, in the order the summary presents them."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(7), default="#4c6a92")
    shortcut: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The same theme has the same uid on every laptop of an event (an event kit carries it),
    # so a merge matches themes by identity, and by name only for bundles without ids.
    uid: Mapped[str] = mapped_column(
        String(36), default=lambda: str(uuid.uuid4()), server_default="", unique=True, index=True
    )
    version: Mapped[str] = mapped_column(String(64), default="", server_default="")
    vector: Mapped[dict[str, int]] = mapped_column(JSON, default=dict, server_default="{}")


class AgendaSession(Base):
    """An item of the agenda (a panel, a working group); times never reach an export."""

    __tablename__ = "agenda_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, unique=True)
    day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    time_label: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str] = mapped_column(
        String(36), default=lambda: str(uuid.uuid4()), server_default="", unique=True, index=True
    )


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
    # A hybrid logical clock stamp of the last edit and the edits seen per device: the first
    # orders edits even when laptop clocks disagree, the second tells a conflict (edits made
    # on two laptops since they last met) from an edit that simply came later.
    version: Mapped[str] = mapped_column(String(64), default="", server_default="")
    vector: Mapped[dict[str, int]] = mapped_column(JSON, default=dict, server_default="{}")
    # Set on a remark the facilitator merged into another: it is kept (and shown with the
    # merged one) but no longer exported on its own; splitting the merge clears it.
    merged_into: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)

    # Theme counts (`Vault.themes`) read this index alone, never the remark rows.
    __table_args__ = (Index("ix_remarks_theme_deleted", "theme_id", "deleted_at"),)


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


class VaultState(Base):
    """Facts about this vault itself: one row. ``device_id`` is random, made once per vault
    and never derived from hardware; it names this vault's edits in hybrid clock stamps."""

    __tablename__ = "vault_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32))
    # The drop folder (issue 13): kept in the encrypted vault, never in the settings, since
    # a folder's path can name the event. ``drop_seen``: SHA-256 of bundles already offered.
    drop_folder: Mapped[str | None] = mapped_column(Text, nullable=True)
    drop_write: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    drop_seen: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class RemarkTombstone(Base):
    """A remark deleted on another laptop that this vault never held: only its id and the
    version of its deletion, so that no bundle can bring it back and no text is kept."""

    __tablename__ = "remark_tombstones"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[str] = mapped_column(String(64))
    vector: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class ThemeTombstone(Base):
    """A theme deleted here (or on another laptop), by uid, so a merge can tell "deleted on
    one side" from "new on the other"."""

    __tablename__ = "theme_tombstones"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    version: Mapped[str] = mapped_column(String(64))


class Participant(Base):
    """Someone on the event's participants list, kept only to warn about their name,
    organisation, role and contact details (the protected terms are generated from it).

    As confidential as the remarks and never linked to one: no remark records who said it.
    Never exported, never logged, never carried by a bundle of remarks; an event kit (itself
    encrypted) carries it, so that every laptop joining from the kit has the same list.
    """

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")


class SearchDoc(Base):
    """A remark's row in the full-text index (``remark_fts``, an FTS5 table whose rowid is
    ``id``); ``stale`` is set by triggers on ``remarks`` until the search folds it again."""

    __tablename__ = "search_docs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    remark_id: Mapped[str] = mapped_column(String(36), unique=True)
    stale: Mapped[bool] = mapped_column(Boolean, default=True, index=True)


class SearchTerm(Base):
    """A word of the search index's folded text (as FTS5's tokenizer splits it), so that a
    prefix can be expanded to its words with one index lookup (see vault/search.py)."""

    __tablename__ = "search_terms"

    term: Mapped[str] = mapped_column(Text, primary_key=True)


class SearchState(Base):
    """One row: whether ``search_terms`` lists every word FTS5 has indexed. A text holding a
    character on which Python's and FTS5's idea of a word might differ clears it, and prefix
    expansion is then not used (searches stay correct, only slower)."""

    __tablename__ = "search_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    terms_exact: Mapped[bool] = mapped_column(Boolean, default=True)


class SpellingWord(Base):
    """A word the note-takers added to this event's spelling dictionary (names, jargon).

    Kept in the vault, not beside it: the words of a closed meeting (place names, programme
    names) say something about it.
    """

    __tablename__ = "spelling_words"

    word: Mapped[str] = mapped_column(Text, primary_key=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
