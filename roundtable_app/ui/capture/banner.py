"""Small inline widgets: the draft-recovery banner, a message line, and the dismissal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.i18n import tr
from roundtable_app.ui.unsaved import ask_unsaved


class RecoveryBanner(QFrame):
    """“Unsaved text from HH:MM was recovered — Restore / Discard”."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setAccessibleName(tr("Banner", "Recovered text"))
        self.setStyleSheet(
            "#recoveryBanner { background: #fff4ce; border: 1px solid #e0c060;"
            " border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(tr("Banner", "&Restore"), self)
        self.restore_button.setAccessibleName(tr("Banner", "Restore the recovered text"))
        self.discard_button = QPushButton(tr("Banner", "&Discard"), self)
        self.discard_button.setAccessibleName(tr("Banner", "Discard the recovered text"))
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)
        self.hide()

    def offer(self, clock: str) -> None:
        """Show the banner for a draft last saved at ``clock`` (HH:MM)."""
        self.label.setText(
            tr("Banner", "Unsaved text from %1 was recovered — Restore / Discard").replace(
                "%1", clock
            )
        )
        self.show()


class MessageLine(QLabel):
    """One line saying what just happened; errors in red, kept until the next message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Banner", "Save status"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        """Show a message (an error stays visible and is styled as one)."""
        style = "color: #b3261e; font-weight: bold;" if error else "color: palette(text);"
        self.setStyleSheet(style)
        self.setText(text)
        self.setProperty("error", error)


class DismissDialog(QDialog):
    """Asks why a finding in a saved remark is harmless (the reason is kept in the vault)."""

    def __init__(self, finding_text: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Banner", "Dismiss a finding"))
        self.setAccessibleName(tr("Banner", "Dismiss a finding"))
        explain = QLabel(
            f"“{finding_text}” {reason}.\n" + tr("Banner", "Why is it safe to keep?"), self
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
            "Dismiss the finding with this reason?",
            "A reason was typed.",
            keep,
            drop,
            lambda: setattr(self, "_asking", False),
        )

    def reason(self) -> str:
        """The reason typed."""
        return self.reason_edit.toPlainText()
