"""Plain frozen values the vault hands out: the UI and CLI never hold ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MIN_PASSPHRASE_LENGTH = 10
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


@dataclass(frozen=True)
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
