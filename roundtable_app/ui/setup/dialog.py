"""The event-setup dialog: Event, Themes, Agenda and Protected terms.

Themes and agenda changes are written as they are made (each one vault call, so each is whole),
and so is an imported terms file (the user chose it). The Event and Protected terms tabs (and
the theme descriptions) are written by Save (Ctrl+S, Ctrl+Enter, Alt+S), after both were
validated, so a mistake in one never leaves another half-saved. Every way out (Close, Escape,
the window's close button, "Write the syntheses in Review") asks Save / Discard / Cancel while
anything typed is unsaved; a lock, which cannot ask, saves whatever is valid.

The executive summary and the theme syntheses are written in Review, beside the remarks they
summarise (saved as the user types); the button here closes setup and goes there.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import RoundtableError
from roundtable_app.guard import Term
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import error_css
from roundtable_app.ui.unsaved import ask_unsaved
from roundtable_app.vault import Vault
from roundtable_app.vault.types import Changes

from .agenda_tab import AgendaTab
from .event_tab import EventTab
from .participants_import import ParticipantsImport
from .terms_tab import TermsTab
from .themes_tab import ThemesTab


class SetupDialog(QDialog):
    """Set up the event; emits ``changed`` after anything reached the vault."""

    changed = Signal()
    #: The same moments as ``changed``, saying what changed (a vault.types.Changes).
    changes = Signal(object)
    #: The user chose "Write the syntheses in Review"; emitted once the dialog has closed.
    review_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("SetupDialog", "Event setup"))
        self.setAccessibleName(tr("SetupDialog", "Event setup"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("SetupDialog", "Event setup sections"))
        self.event_tab = EventTab(vault.event(), self)
        self.themes_tab = ThemesTab(vault, self)
        self.agenda_tab = AgendaTab(vault, self)
        self.terms_tab = TermsTab(self)
        self.terms_tab.model.set_terms(vault.terms())
        self.participants_import = ParticipantsImport(self, vault)
        self.tabs.addTab(self.event_tab, tr("SetupDialog", "&Event"))
        self.tabs.addTab(self.themes_tab, tr("SetupDialog", "T&hemes"))
        self.tabs.addTab(self.agenda_tab, tr("SetupDialog", "&Agenda"))
        # Protected terms stay last: the tab furthest from everyday use (and screenshots.py's).
        self.tabs.addTab(self.terms_tab, tr("SetupDialog", "&Protected terms"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("SetupDialog", "Setup status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("SetupDialog", "&Save"))
        self.save_button.setAccessibleName(
            tr("SetupDialog", "Save the event fields, theme descriptions and protected terms")
        )
        # Where the Summary tab was: the texts are written in Review, beside their remarks.
        self.review_button = QPushButton(tr("SetupDialog", "Write the s&yntheses in Review"), self)
        self.review_button.setAccessibleName(tr("SetupDialog", "Write the syntheses in Review"))
        self.review_button.setToolTip(
            tr(
                "SetupDialog",
                "Closes Event setup and opens Review with the synthesis editor: the executive "
                "summary and each theme's synthesis, written beside the theme's remarks.",
            )
        )
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._to_review = False
        #: The Save / Discard / Cancel question while it is up (for tests and the lock).
        self.question: QMessageBox | None = None
        self._saved_once = False
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.themes_tab.changed.connect(self.changed)
        self.themes_tab.changed.connect(lambda: self.changes.emit(Changes(themes=True)))
        self.agenda_tab.changed.connect(self.changed)
        self.terms_tab.imported.connect(self._import_terms)
        self.agenda_tab.changed.connect(lambda: self.changes.emit(Changes(sessions=True)))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.review_button.clicked.connect(self.go_to_review)
        self.finished.connect(self._maybe_to_review)
        # The status line follows every edit, so it never says "unsaved" after a Save.
        tab = self.event_tab
        for line in (tab.title_edit, tab.subtitle_edit, tab.venue_edit, tab.dates_edit):
            line.textChanged.connect(self._refresh_status)
        for text in (tab.conveners_edit, tab.rule_edit):
            text.textChanged.connect(self._refresh_status)
        self.themes_tab.descriptions_changed.connect(self._refresh_status)
        model = self.terms_tab.model
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refresh_status)

    # ------------------------------------------------------------------ unsaved work
    def unsaved_parts(self) -> list[str]:
        """What holds changes not yet in the vault, in the words the user sees."""
        parts = []
        if self.event_tab.changed_since_load():
            parts.append(tr("SetupDialog", "event fields"))
        if self.themes_tab.descriptions_dirty:
            parts.append(tr("SetupDialog", "theme descriptions"))
        if self.terms_tab.model.dirty:
            parts.append(tr("SetupDialog", "protected terms"))
        return parts

    def _refresh_status(self) -> None:
        parts = self.unsaved_parts()
        if parts:
            self._say(
                tr("SetupDialog", "Unsaved changes (%1): Ctrl+S saves them.").replace(
                    "%1", ", ".join(parts)
                )
            )
        elif self._saved_once:
            self._say(tr("SetupDialog", "Saved."))
        else:
            self._say("")

    def _import_terms(self, terms: list[Term]) -> None:
        """An imported file is saved at once: the user picked it, and the guard needs it."""
        model = self.terms_tab.model
        try:
            try:
                table = model.terms()  # the whole table when it is valid...
            except RoundtableError:
                table = None
            if table is not None:
                self.vault.set_terms(table)
                model.dirty = False
            else:  # ...else only the file; the table's own unfinished edits stay unsaved
                self.vault.import_terms(terms)
        except RoundtableError as exc:
            self.terms_tab.say(
                tr("SetupDialog", "Imported into the table but not saved: %1").replace(
                    "%1", plain_error(exc)
                ),
                True,
            )
            self._refresh_status()
            return
        self.changed.emit()
        self.changes.emit(Changes(terms=True))
        self._refresh_status()

    def save(self) -> bool:
        """Validate the Event and Protected terms tabs, then write them (and the theme
        descriptions); say what went wrong."""
        try:
            event = self.event_tab.values() if self.event_tab.changed_since_load() else None
            terms = self.terms_tab.model.terms() if self.terms_tab.model.dirty else None
        except RoundtableError as exc:
            self._say(
                tr("SetupDialog", "Not saved: %1").replace("%1", plain_error(exc)), error=True
            )
            return False
        try:
            if terms is not None:
                self.vault.set_terms(terms)
                self.terms_tab.model.dirty = False
            if event is not None:
                self.event_tab.load(self.vault.update_event(**event))  # type: ignore[arg-type]
            descriptions = self.themes_tab.descriptions_dirty
            self.themes_tab.save_descriptions()
        except RoundtableError as exc:
            self._say(
                tr("SetupDialog", "Not saved: %1").replace("%1", plain_error(exc)), error=True
            )
            return False
        if terms is not None or event is not None or descriptions:
            self.changed.emit()
            self.changes.emit(
                Changes(
                    terms=terms is not None,
                    event=event is not None,
                    themes=bool(descriptions),
                )
            )
            self._saved_once = True
            self.terms_tab.say("")  # its "imported" note is history now
        self._refresh_status()
        return True

    def reject(self) -> None:
        """Close (Close, Escape, the window's close button); unsaved changes ask first."""
        parts = self.unsaved_parts()
        if not parts:
            super().reject()
            return
        if self.question is not None:
            return

        def save_and_close() -> None:
            self.question = None
            if self.save():
                super(SetupDialog, self).reject()
            else:
                self._to_review = False  # not saved: the user stays to mend it

        def discard() -> None:
            self.question = None
            super(SetupDialog, self).reject()

        self.question = ask_unsaved(
            self,
            tr("SetupDialog", "Save the changes before closing Event setup?"),
            tr("SetupDialog", "Not saved yet: %1.").replace("%1", ", ".join(parts)),
            save_and_close,
            discard,
            self._forget_question,
        )

    def _forget_question(self) -> None:
        self.question = None
        self._to_review = False  # Cancel: the user stays in setup

    def go_to_review(self) -> None:
        """ "Write the syntheses in Review": close (asking about unsaved edits, as Close does),
        then ask the window for Review's synthesis editor."""
        self._to_review = True
        self.reject()

    def _maybe_to_review(self, _result: int) -> None:
        if self._to_review:
            self._to_review = False
            self.review_requested.emit()

    def dismiss(self) -> None:
        """Close at once (the window is locking): no one is there to ask, so whatever is
        valid is saved, each part on its own; then the dialog goes."""
        if self.question is not None:
            self.question.finished.disconnect()
            self.question.reject()
            self.question = None
        for part in (
            self._lock_save_terms,
            self._lock_save_event,
            self.themes_tab.save_descriptions,
        ):
            try:
                part()
            except RoundtableError:
                pass  # not valid (an empty title): there is nothing sound to keep
        self._to_review = False
        super().reject()

    def _lock_save_terms(self) -> None:
        if self.terms_tab.model.dirty:
            self.vault.set_terms(self.terms_tab.model.terms())
            self.terms_tab.model.dirty = False

    def _lock_save_event(self) -> None:
        if self.event_tab.changed_since_load():
            self.vault.update_event(**self.event_tab.values())  # type: ignore[arg-type]

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_css() if error else "")
        self.message.setText(text)
