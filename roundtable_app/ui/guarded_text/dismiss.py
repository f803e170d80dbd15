"""Dismissing a guard finding: the dialog that asks why the flagged words are harmless.

Shared by every guard-aware editor (capture, reword, synthesis, the findings panel); the reason
is kept in the vault beside the dismissal.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.guard_words import reason_text
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.unsaved import ask_unsaved


class DismissDialog(QDialog):
    """Asks why a finding in a saved remark is harmless (the reason is kept in the vault)."""

    def __init__(self, finding_text: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Banner", "Dismiss a finding"))
        self.setAccessibleName(tr("Banner", "Dismiss a finding"))
        explain = QLabel(
            tr("Banner", "“%1” %2.").replace("%2", reason_text(reason)).replace("%1", finding_text)
            + "\n"
            + tr("Banner", "Why is it safe to keep?"),
            self,
        )
        explain.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(tr("Banner", "Reason for dismissing"))
        self.reason_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Banner", "&Dismiss"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason().strip()))
        )
        self._asking = False
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self._dismiss_now)

    def _dismiss_now(self) -> None:
        # Ctrl+Enter: the same as the Dismiss button, which needs a reason.
        if self.ok_button.isEnabled():
            self.accept()

    def reject(self) -> None:
        """Cancel or Escape: a typed reason asks Save / Discard / Cancel first."""
        if self._asking:
            return
        if not self.reason().strip():
            super().reject()
            return
        self._asking = True

        def keep() -> None:
            self._asking = False
            self.accept()

        def drop() -> None:
            self._asking = False
            super(DismissDialog, self).reject()

        ask_unsaved(
            self,
            tr("DismissDialog", "Dismiss the finding with this reason?"),
            tr("DismissDialog", "A reason was typed."),
            keep,
            drop,
            lambda: setattr(self, "_asking", False),
        )

    def reason(self) -> str:
        """The reason typed."""
        return self.reason_edit.toPlainText()
