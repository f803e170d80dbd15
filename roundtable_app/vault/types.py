"""Plain frozen values the vault hands out: the UI and CLI never hold ORM objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Final

MIN_PASSPHRASE_LENGTH = 10
# The file names a vault and a bundle (or event kit) carry; every dialog and name rule uses these.
VAULT_SUFFIX: Final = ".roundtable"
BUNDLE_SUFFIX: Final = ".rtbundle"
DEMO_PASSPHRASE = "subotica-demo-2016"  # noqa: S105 (public on purpose: fictional data)

REMARK_KINDS: tuple[str, ...] = (
    "observation",
    "challenge",
    "good_practice",
    "lesson",
    "recommendation",
    "question",
)
REMARK_STATUSES: tuple[str, ...] = ("captured", "included", "excluded")
KIND_LABELS: dict[str, str] = {
    "observation": "Observation",
    "challenge": "Challenge",
    "good_practice": "Good practice",
    "lesson": "Lesson",
    "recommendation": "Recommendation",
    "question": "Question",
}
DEFAULT_RULE_STATEMENT = (
    "This meeting was held under the Chatham House Rule: participants are free to use the "
    "information received, but neither the identity nor the affiliation of the speaker(s), "
    "nor that of any other participant, may be revealed."
)


@dataclass(frozen=True)
class EventInfo:
    """The event's descriptive fields."""

    title: str
    subtitle: str
    venue: str
    dates: str
    conveners: tuple[str, ...]
    rule_statement: str
    language: str = "en"  # the summary's language: "en", "sr-Latn" or "sr-Cyrl"


@dataclass(frozen=True)
class ThemeInfo:
    """A theme with the number of remarks (not deleted) captured under it."""

    id: int
    name: str
    description: str
    position: int
    colour: str
    shortcut: int | None
    remark_count: int = 0


@dataclass(frozen=True)
class SessionInfo:
    """An agenda item."""

    id: int
    title: str
    day: int | None
    time_label: str
    position: int


# Slots: Review holds one of these per remark (100,000 at scale); without a __dict__ each
# takes about half the memory.
@dataclass(frozen=True, slots=True)
class RemarkInfo:
    """A remark as stored; ``current_text`` is what an export would show."""

    id: str
    text: str
    reworded: str | None
    theme_id: int
    kind: str
    status: str
    session_id: int | None
    key_point: bool
    position: int | None
    created_at: datetime
    updated_at: datetime
    device_id: str
    deleted: bool = False
    merged_into: str | None = None

    @property
    def current_text(self) -> str:
        """The facilitator's rewording where there is one, else the captured text."""
        return self.reworded if self.reworded is not None else self.text


@dataclass(frozen=True)
class RevisionInfo:
    """An earlier wording of a remark's ``text`` or ``reworded`` field."""

    id: int
    remark_id: str
    field: str
    text: str | None
    replaced_at: datetime


@dataclass(frozen=True)
class DecisionInfo:
    """A dismissed guard finding."""

    id: int
    target: str
    text: str
    category: str
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class DraftInfo:
    """The unsaved text of the capture editor."""

    text: str
    theme_id: int | None
    kind: str
    session_id: int | None
    updated_at: datetime


@dataclass(frozen=True)
class NewRemark:
    """A remark to add, as read from an import file (``line`` for error messages)."""

    theme: str
    text: str
    kind: str = "observation"
    session: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class Changes:
    """What a change touched, so each view updates only that (in the manner of Anki's
    ``OpChanges``): remarks by id, or whole kinds of data that hold no remark text."""

    remarks: frozenset[str] = frozenset()
    every_remark: bool = False
    themes: bool = False
    sessions: bool = False
    terms: bool = False
    event: bool = False
    texts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.remarks | other.remarks,
            self.every_remark or other.every_remark,
            self.themes or other.themes,
            self.sessions or other.sessions,
            self.terms or other.terms,
            self.event or other.event,
            self.texts or other.texts,
        )


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` checked, one line each, and the counts it found."""

    checks: tuple[str, ...]
    counts: dict[str, int]


# ---------------------------------------------------------------- merging (bundles, kits)
# A version is a hybrid logical clock stamp "MMMMMMMMMMMMM.CCCCCC.DEVICE" (milliseconds since
# 1970, a counter, the device that made the edit): fixed width, so text order is time order.
VersionVector = dict[str, int]


@dataclass(frozen=True)
class IncomingTheme:
    """A theme as another laptop has it; ``uid`` is ``None`` in bundles older than ids."""

    uid: str | None
    name: str
    description: str = ""
    colour: str = ""
    position: int = 0
    version: str = ""
    vector: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class IncomingSession:
    """An agenda session as another laptop has it (``uid`` ``None`` in old bundles)."""

    uid: str | None
    title: str
    day: int | None = None
    time_label: str = ""
    position: int = 0


@dataclass(frozen=True)
class IncomingRemark:
    """A remark from another laptop: its theme and session by stable id, or by name where
    the other side has none (``theme_uid`` / ``session_uid`` ``None``)."""

    id: str
    text: str
    reworded: str | None
    theme: str
    kind: str
    status: str
    session: str | None
    key_point: bool
    created_at: datetime
    updated_at: datetime
    device_id: str
    deleted: bool = False
    theme_uid: str | None = None
    session_uid: str | None = None
    version: str = ""
    vector: tuple[tuple[str, int], ...] = ()
    #: The remark it was merged into on the other laptop (``None``: not merged), meaningful
    #: only where ``carries_merge``: bundles written before merges travelled say nothing.
    merged_into: str | None = None
    carries_merge: bool = False


@dataclass(frozen=True)
class Tombstone:
    """A deleted remark or theme: its id and the version of its deletion, never its text."""

    id: str
    version: str
    vector: tuple[tuple[str, int], ...] = ()
    name: str = ""  # themes only: a theme's name is reported in a conflict; remarks have none


@dataclass(frozen=True)
class KitEvent:
    """The event details an event kit carries."""

    title: str
    subtitle: str = ""
    venue: str = ""
    dates: str = ""
    conveners: tuple[str, ...] = ()
    rule_statement: str = ""


@dataclass(frozen=True)
class BundleContents:
    """What a bundle or event kit holds once decrypted and checked (plain values only)."""

    themes: tuple[IncomingTheme, ...]
    sessions: tuple[IncomingSession, ...]
    remarks: tuple[IncomingRemark, ...]
    deleted: tuple[Tombstone, ...] = ()
    deleted_themes: tuple[Tombstone, ...] = ()
    event: KitEvent | None = None
    terms: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    setup: bool = False
    source: str = "the bundle"
    # Kits only: the participants list (name, organisation, role, email, phone), so that a
    # laptop joining from a kit shows the same list the protected terms were generated from.
    participants: tuple[tuple[str, str, str, str, str], ...] = ()
    # Kits only: the event's strict setting (the guard flags sector-level affiliation), so a
    # note-taker joining a strict event captures with the same warnings as the organiser.
    strict_affiliation: bool = False


@dataclass(frozen=True)
class Conflict:
    """One conflict a merge met and how the documented rule resolved it (no remark text
    beyond its first words, which the user needs to find it)."""

    kind: str  # "remark edited on both", "theme renamed on both", "theme deleted and used"
    subject: str
    resolution: str

    def line(self) -> str:
        """The conflict in one line for the CLI and the app."""
        return f"{self.kind}: {self.subject}; {self.resolution}"


@dataclass(frozen=True)
class MergeReport:
    """What an import did (or, for a dry run, would do)."""

    added: int = 0
    updated: int = 0
    present: int = 0
    deleted: int = 0
    conflicts: tuple[Conflict, ...] = ()
    new_themes: tuple[str, ...] = ()
    new_sessions: tuple[str, ...] = ()
    dry_run: bool = False
    backup: str | None = None  # the automatic backup taken just before the import, if any

    def lines(self) -> list[str]:
        """The report as the CLI prints it: the counts, then (for a preview) the themes and
        sessions it would create, then every conflict and how it was resolved."""
        head = f"added {self.added}, updated {self.updated}, already present {self.present}"
        if self.dry_run or self.deleted or self.conflicts:
            head += f", deleted {self.deleted}, conflicts {len(self.conflicts)}"
        out = [("would be: " if self.dry_run else "") + head]
        if self.dry_run:  # the preview names what an import creates; the import itself is brief
            out.append("new themes: " + (", ".join(self.new_themes) or "none"))
            out.append("new sessions: " + (", ".join(self.new_sessions) or "none"))
        out.extend("conflict: " + c.line() for c in self.conflicts)
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out


class Unchanged(enum.Enum):
    """The "leave this field as it is" marker of the update methods, where ``None`` already
    means "clear it" (no session, no shortcut, no day). A real sentinel, not ``False``, so the
    type checker tells the three apart."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED
