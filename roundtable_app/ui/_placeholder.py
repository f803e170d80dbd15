"""TEMPORARY stand-in for UI-capture's CaptureWorkspace, removed once the real one lands."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QVBoxLayout, QWidget

from roundtable_app.vault import Vault


class PlaceholderWorkspace(QWidget):
    """Honours the CaptureWorkspace contract with a plain editor and a theme list."""

    status_message = Signal(str)

    def __init__(self, vault: Vault, *, resume_draft: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.theme = QComboBox(self)
        self.editor = QPlainTextEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.theme)
        layout.addWidget(self.editor, 1)
        self.reload()
        draft = vault.draft()
        if resume_draft and draft is not None:
            self.editor.setPlainText(draft.text)
            index = self.theme.findData(draft.theme_id)
            if index >= 0:
                self.theme.setCurrentIndex(index)

    def reload(self) -> None:
        """Re-read the themes."""
        if self._vault is None:
            return
        self.theme.clear()
        for t in self._vault.themes():
            self.theme.addItem(t.name, t.id)

    def shutdown(self) -> None:
        """Save the draft, clear every widget, drop the vault."""
        if self._vault is None:
            return
        self._vault.save_draft(self.editor.toPlainText(), self.theme.currentData())
        self.editor.clear()
        self.theme.clear()
        self._vault = None

    def focus_editor(self) -> None:
        """Put the cursor in the editor."""
        self.editor.setFocus()
