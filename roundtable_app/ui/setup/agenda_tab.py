"""Agenda tab: sessions with title, day and time; each change a single vault write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.errors import RoundtableError
from roundtable_app.ui.error_words import plain_error
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.theme import error_css
from roundtable_app.vault import SessionInfo, Vault


class AgendaTab(QWidget):
    """The list of agenda sessions and a form for the selected one."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.sessions: list[SessionInfo] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("AgendaTab", "Agenda sessions"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(tr("AgendaTab", "Session title"))
        self.day_spin = QSpinBox(self)
        self.day_spin.setRange(0, 31)
        self.day_spin.setSpecialValueText("—")
        self.day_spin.setAccessibleName(tr("AgendaTab", "Day of the event"))
        # The spin box hands its focus to its line edit: a screen reader announces that one.
        self.day_spin.lineEdit().setAccessibleName(self.day_spin.accessibleName())
        self.time_edit = QLineEdit(self)
        self.time_edit.setAccessibleName(tr("AgendaTab", "Time"))
        self.time_edit.setPlaceholderText("09:30–11:00")
        form = QFormLayout()
        form.addRow(tr("AgendaTab", "&Title:"), self.title_edit)
        form.addRow(tr("AgendaTab", "&Day:"), self.day_spin)
        form.addRow(tr("AgendaTab", "Ti&me:"), self.time_edit)
        self.add_button = QPushButton(tr("AgendaTab", "&Add as new session"), self)
        self.add_button.setAccessibleName(tr("AgendaTab", "Add the session"))
        self.update_button = QPushButton(tr("AgendaTab", "&Update selected"), self)
        self.update_button.setAccessibleName(tr("AgendaTab", "Update the selected session"))
        self.delete_button = QPushButton(tr("AgendaTab", "De&lete selected"), self)
        self.delete_button.setAccessibleName(tr("AgendaTab", "Delete the selected session"))
        self.message = QLabel(self)
        self.message.setStyleSheet(error_css())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.update_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button.clicked.connect(
            lambda: self.add(self.title_edit.text(), self._day(), self.time_edit.text())
        )
        self.update_button.clicked.connect(self._update_current)
        self.delete_button.clicked.connect(self._delete_current)

    def _day(self) -> int | None:
        return self.day_spin.value() or None

    def load(self) -> None:
        """Re-read the agenda."""
        row = self.list.currentRow()
        self.sessions = self.vault.sessions()
        self.list.clear()
        for s in self.sessions:
            day = tr("AgendaTab", "Day %1, ").replace("%1", str(s.day)) if s.day else ""
            self.list.addItem(f"{day}{s.time_label}  {s.title}".strip())
        if self.sessions:
            self.list.setCurrentRow(min(max(row, 0), len(self.sessions) - 1))

    def _show_current(self, row: int) -> None:
        if 0 <= row < len(self.sessions):
            s = self.sessions[row]
            self.title_edit.setText(s.title)
            self.day_spin.setValue(s.day or 0)
            self.time_edit.setText(s.time_label)

    def _write(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except RoundtableError as exc:
            self.message.setText(plain_error(exc))
            return False
        self.message.clear()
        self.load()
        self.changed.emit()
        return True

    def add(self, title: str, day: int | None = None, time_label: str = "") -> bool:
        """Add a session at the end."""
        return self._write(lambda: self.vault.add_session(title, day=day, time_label=time_label))

    def update_session(self, session_id: int, title: str, day: int | None, time_label: str) -> bool:
        """Rename or re-time a session."""
        return self._write(
            lambda: self.vault.update_session(
                session_id, title=title, day=day, time_label=time_label
            )
        )

    def delete(self, session_id: int) -> bool:
        """Delete a session (its remarks stay, without a session)."""
        return self._write(lambda: self.vault.delete_session(session_id))

    def _update_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sessions):
            self.update_session(
                self.sessions[row].id, self.title_edit.text(), self._day(), self.time_edit.text()
            )

    def _delete_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sessions):
            self.delete(self.sessions[row].id)
