"""The event-setup dialog: Event, Themes, Agenda and Protected terms.

Themes and agenda changes are written as they are made (each one vault call, so each is whole).
The Event and Protected terms tabs are written by Save, after both were validated, so a mistake
in one never leaves the other half-saved.
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
from roundtable_app.vault import Vault

from .agenda_tab import AgendaTab
from .event_tab import EventTab
from .terms_tab import TermsTab
from .themes_tab import ThemesTab


class SetupDialog(QDialog):
    """Set up the event; emits ``changed`` after anything reached the vault."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle("Event setup")
        self.setAccessibleName("Event setup")
        self.tabs = QTabWidget(self)
        self.event_tab = EventTab(vault.event(), self)
        self.themes_tab = ThemesTab(vault, self)
        self.agenda_tab = AgendaTab(vault, self)
        self.terms_tab = TermsTab(self)
        self.terms_tab.model.set_terms(vault.terms())
        self.tabs.addTab(self.event_tab, "&Event")
        self.tabs.addTab(self.themes_tab, "T&hemes")
        self.tabs.addTab(self.agenda_tab, "&Agenda")
        self.tabs.addTab(self.terms_tab, "&Protected terms")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Setup status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            "Save the event fields and protected terms"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.themes_tab.changed.connect(self.changed)
        self.agenda_tab.changed.connect(self.changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> bool:
        """Validate the Event and Protected terms tabs, then write both; say what went wrong."""
        try:
            event = self.event_tab.values() if self.event_tab.changed_since_load() else None
            terms = self.terms_tab.model.terms() if self.terms_tab.model.dirty else None
        except RoundtableError as exc:
            self._say(f"Not saved: {exc.message}", error=True)
            return False
        try:
            if terms is not None:
                self.vault.set_terms(terms)
                self.terms_tab.model.dirty = False
            if event is not None:
                self.event_tab.load(self.vault.update_event(**event))  # type: ignore[arg-type]
        except RoundtableError as exc:
            self._say(f"Not saved: {exc.message}", error=True)
            return False
        if terms is not None or event is not None:
            self.changed.emit()
            self._say("Saved.")
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)
