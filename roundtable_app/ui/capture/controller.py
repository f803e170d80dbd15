"""What the capture workspace decides, without a widget in sight.

:class:`CaptureController` holds the note-taker's current choices (theme, kind, agenda session),
saves remarks and drafts through the vault and turns failures into plain words. The workspace
only shows what it says, so every decision here is testable with a fake vault.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from roundtable_app.errors import VaultMovedError
from roundtable_app.ui.error_words import plain_reason
from roundtable_app.vault.types import (
    KIND_LABELS,
    REMARK_KINDS,
    DraftInfo,
    RemarkInfo,
    SessionInfo,
    ThemeInfo,
)

DEFAULT_KIND = "observation"


class CaptureVault(Protocol):
    """The part of :class:`roundtable_app.vault.Vault` the capture workspace uses."""

    def themes(self) -> list[ThemeInfo]: ...
    def sessions(self) -> list[SessionInfo]: ...
    def add_remark(
        self, text: str, theme_id: int, kind: str = ..., session_id: int | None = ...
    ) -> RemarkInfo: ...
    def save_draft(
        self, text: str, theme_id: int | None, kind: str = ..., session_id: int | None = ...
    ) -> None: ...
    def draft(self) -> DraftInfo | None: ...
    def clear_draft(self) -> None: ...


@dataclass(frozen=True)
class SaveOutcome:
    """What happened to one Ctrl+Enter: the stored remark, or why the text stays in the editor."""

    remark: RemarkInfo | None
    message: str
    file_lost: bool = False  # the vault file was deleted or moved: offer "Save as…"

    @property
    def ok(self) -> bool:
        """Whether the remark reached the disk."""
        return self.remark is not None


def tr(context: str, text: str) -> str:
    """``roundtable_app.ui.i18n.tr``, imported only when a message is made, so that this
    module stays importable (and testable) without Qt."""
    from roundtable_app.ui.i18n import tr as translate

    return translate(context, text)


def local_day_clock(stamp: datetime) -> str:
    """A vault time as the local day and time, ``Tue 14:05``: a three-day event's remarks
    are told apart by day. Shown in the app only; exports never carry times."""
    from roundtable_app.ui.i18n import weekday_time  # the chosen language's weekday names

    local = stamp.replace(tzinfo=UTC).astimezone()
    return weekday_time(local.replace(tzinfo=None))


def local_clock(stamp: datetime, seconds: bool = True) -> str:
    """A vault time (naive UTC) as the local wall-clock time, ``HH:MM[:SS]``."""
    local = stamp.replace(tzinfo=UTC).astimezone()
    return local.strftime("%H:%M:%S" if seconds else "%H:%M")


def kind_shortcut(kind: str) -> str:
    """The key that selects a remark kind (Alt+1 … Alt+6)."""
    return f"Alt+{REMARK_KINDS.index(kind) + 1}"


def kind_label(kind: str) -> str:
    """A kind as shown to a person, in the UI's language."""
    # The names are listed for extraction in roundtable_app.ui.i18n (KIND_NAMES).
    return tr("Kinds", KIND_LABELS.get(kind, kind))


DraftState = tuple[str, int | None, str, int | None]


class CaptureController:
    """The note-taker's current choices and the saving of remarks and drafts.

    After a save the theme, the kind and the agenda session all stay: a run of
    recommendations is typed without Alt+5 before each one. The workspace always shows the
    kind beside the editor (and names it in "Saved as …"), so a kind that stays is seen.
    """

    def __init__(self, vault: CaptureVault) -> None:
        self.vault = vault
        self.themes: list[ThemeInfo] = []
        self.sessions: list[SessionInfo] = []
        self.theme_id: int | None = None
        self.kind = DEFAULT_KIND
        self.session_id: int | None = None
        # The draft found on opening and not yet restored or discarded: autosave must keep it.
        self.recovered: DraftInfo | None = None
        self._last_draft: DraftState | None = None
        self.reload()

    # ------------------------------------------------------------------ choices
    def reload(self) -> None:
        """Re-read themes and sessions, keeping the current choices where they still exist."""
        self.themes = self.vault.themes()
        self.sessions = self.vault.sessions()
        ids = {t.id for t in self.themes}
        if self.theme_id not in ids:
            self.theme_id = self.themes[0].id if self.themes else None
        if self.session_id not in {s.id for s in self.sessions}:
            self.session_id = None

    def theme(self) -> ThemeInfo | None:
        """The current theme."""
        return next((t for t in self.themes if t.id == self.theme_id), None)

    def select_theme(self, theme_id: int) -> bool:
        """Make a theme current; False when there is no such theme or it already is."""
        if theme_id == self.theme_id or theme_id not in {t.id for t in self.themes}:
            return False
        self.theme_id = theme_id
        return True

    def select_kind(self, kind: str) -> bool:
        """Make a kind current; False when unknown."""
        if kind not in REMARK_KINDS:
            return False
        self.kind = kind
        return True

    def select_session(self, session_id: int | None) -> bool:
        """Make an agenda session (or none) current."""
        if session_id is not None and session_id not in {s.id for s in self.sessions}:
            return False
        self.session_id = session_id
        return True

    # ------------------------------------------------------------------ remarks
    def save(self, text: str) -> SaveOutcome | None:
        """Store the editor's text as a remark; None when there is nothing to save.

        On failure nothing changes: the text stays in the editor and the draft stays in the vault.
        """
        if not text.strip():
            return None
        if self.theme_id is None:
            return SaveOutcome(
                None,
                tr("CaptureController", "Could not save: choose a theme first (Ctrl+1 … Ctrl+9)"),
            )
        try:
            remark = self.vault.add_remark(text, self.theme_id, self.kind, self.session_id)
        except Exception as exc:  # noqa: BLE001 - whatever happened, the text must stay
            return SaveOutcome(
                None,
                tr(
                    "CaptureController", "Could not save: %1 — your text is still in the editor"
                ).replace("%1", plain_reason(exc)),
                file_lost=isinstance(exc, VaultMovedError),
            )
        self.forget_draft()
        self.themes = [
            replace(t, remark_count=t.remark_count + 1) if t.id == remark.theme_id else t
            for t in self.themes
        ]
        return SaveOutcome(
            remark,
            tr("CaptureController", "Saved to disk at %1 as %2")
            .replace("%1", local_clock(remark.created_at))
            .replace("%2", kind_label(remark.kind)),
        )

    # ------------------------------------------------------------------ drafts
    def adopt_draft(self, draft: DraftInfo) -> str:
        """Take a draft's choices as current and return its text (the unlock resume path)."""
        if draft.theme_id is not None:
            self.select_theme(draft.theme_id)
        self.select_kind(draft.kind)
        self.select_session(draft.session_id)
        self._last_draft = (draft.text, draft.theme_id, draft.kind, draft.session_id)
        self.recovered = None
        return draft.text

    def offer_draft(self, draft: DraftInfo) -> None:
        """Remember a draft the user has not yet restored or discarded (the banner path)."""
        self.recovered = draft
        self._last_draft = (draft.text, draft.theme_id, draft.kind, draft.session_id)

    def restore_draft(self, current_text: str) -> str:
        """The editor's text once the recovered draft is put back (before anything typed since)."""
        draft = self.recovered
        if draft is None:
            return current_text
        self.adopt_draft(draft)
        if current_text.strip():
            return f"{draft.text}\n\n{current_text}"
        return draft.text

    def discard_draft(self) -> str | None:
        """Forget the recovered draft; returns why it failed, or None."""
        self.recovered = None
        try:
            self.vault.clear_draft()
        except Exception as exc:  # noqa: BLE001
            return tr("CaptureController", "Could not discard the recovered text: %1").replace(
                "%1", plain_reason(exc)
            )
        self._last_draft = None
        return None

    def forget_draft(self) -> None:
        """Clear the vault's draft after the text became a remark (a failure here loses nothing)."""
        try:
            self.vault.clear_draft()
            self._last_draft = None
        except Exception:  # noqa: BLE001, S110 - the remark is saved; a stale draft is harmless
            pass

    def draft_state(self, text: str) -> DraftState:
        """What the draft would hold for this editor text.

        While a recovered draft is still on offer, its text is kept in front of whatever is
        typed meanwhile, so an autosave can never overwrite it.
        """
        if self.recovered is not None:
            theirs = self.recovered.text
            text = f"{theirs}\n\n{text}" if text.strip() else theirs
        return (text, self.theme_id, self.kind, self.session_id)

    def draft_due(self, text: str) -> bool:
        """Whether the vault's draft differs from what the editor holds now."""
        state = self.draft_state(text)
        if self._last_draft is None:
            return bool(state[0].strip())
        return state != self._last_draft

    def save_draft(self, text: str) -> str | None:
        """Write the draft if it changed; returns why it failed (the text stays), or None."""
        if not self.draft_due(text):
            return None
        state = self.draft_state(text)
        try:
            self.vault.save_draft(*state)
        except Exception as exc:  # noqa: BLE001
            return tr(
                "CaptureController", "Could not keep a safety copy: %1 — keep the app open"
            ).replace("%1", plain_reason(exc))
        self._last_draft = state if state[0].strip() else None
        return None
