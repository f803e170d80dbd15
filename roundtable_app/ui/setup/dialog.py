"""The event-setup dialog: Event, Themes, Agenda, Summary and Protected terms.

Themes and agenda changes are written as they are made (each one vault call, so each is whole).
The Event, Protected terms and Summary tabs are written by Save, after all three were
validated, so a mistake in one never leaves another half-saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import RoundtableError
from roundtable_app.ui.i18n import tr
from roundtable_app.vault import Vault

from .agenda_tab import AgendaTab
from .event_tab import EventTab
from .summary_tab import EVENT, Key, SummaryTab
from .terms_tab import TermsTab
from .themes_tab import ThemesTab


class SetupDialog(QDialog):
    """Set up the event; emits ``changed`` after anything reached the vault."""

    changed = Signal()

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
        self.summary_tab = SummaryTab(vault, self)
        self.tabs.addTab(self.event_tab, tr("SetupDialog", "&Event"))
        self.tabs.addTab(self.themes_tab, tr("SetupDialog", "T&hemes"))
        self.tabs.addTab(self.agenda_tab, tr("SetupDialog", "&Agenda"))
        self.tabs.addTab(self.summary_tab, tr("SetupDialog", "S&ummary"))
        # Protected terms stay last: the tab furthest from everyday use (and screenshots.py's).
        self.tabs.addTab(self.terms_tab, tr("SetupDialog", "&Protected terms"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("SetupDialog", "Setup status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            tr("SetupDialog", "Save the event fields, protected terms and summary texts")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._warned = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.themes_tab.changed.connect(self.changed)
        self.themes_tab.changed.connect(lambda: self.summary_tab.set_themes(self.vault.themes()))
        self.agenda_tab.changed.connect(self.changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close_asked)

    def save(self) -> bool:
        """Validate the Event, Protected terms and Summary tabs, then write them; say what
        went wrong."""
        try:
            event = self.event_tab.values() if self.event_tab.changed_since_load() else None
            terms = self.terms_tab.model.terms() if self.terms_tab.model.dirty else None
            texts = self.summary_tab.changes()
        except RoundtableError as exc:
            self._say(tr("SetupDialog", "Not saved: %1").replace("%1", exc.message), error=True)
            return False
        try:
            if terms is not None:
                self.vault.set_terms(terms)
                self.terms_tab.model.dirty = False
                self.summary_tab.refresh_guard()
            if event is not None:
                self.event_tab.load(self.vault.update_event(**event))  # type: ignore[arg-type]
            self._save_texts(texts)
        except RoundtableError as exc:
            self._say(tr("SetupDialog", "Not saved: %1").replace("%1", exc.message), error=True)
            return False
        if terms is not None or event is not None or texts:
            self.changed.emit()
            self._say(tr("SetupDialog", "Saved."))
        return True

    def close_asked(self) -> None:
        """Close; unsaved summary texts get one warning first (a second Close discards them).

        Only the Close button asks: a lock closes the dialog at once, whatever it holds.
        """
        if self.summary_tab.dirty and not self._warned:
            self._warned = True
            self._say(
                tr(
                    "SetupDialog",
                    "The summary texts have unsaved changes: Save keeps them, "
                    "Close again drops them.",
                ),
                error=True,
            )
            return
        self.reject()

    def _save_texts(self, texts: dict[Key, str]) -> None:
        written: dict[Key, str] = {}
        try:
            for key, text in texts.items():
                if key == EVENT:
                    self.vault.set_event_summary(text)
                else:
                    self.vault.set_theme_summary(int(key), text)
                written[key] = text
        finally:
            # What did reach the vault is no longer a change, even if a later one failed.
            self.summary_tab.saved(written)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)
