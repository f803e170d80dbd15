"""The merge view: the remarks being merged side by side with the wording of the merged one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.ui.i18n import tr


class MergeDialog(QDialog):
    """Shows the originals and lets the facilitator word the merged remark (Ctrl+Enter)."""

    def __init__(self, texts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        count = len(texts)
        self.setWindowTitle(tr("MergeDialog", "Merge %n remarks", None, count))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        originals = QTextBrowser()
        originals.setAccessibleName(tr("MergeDialog", "Remarks being merged"))
        originals.setPlainText("\n\n".join(f"• {t}" for t in texts))
        left = QVBoxLayout()
        left.addWidget(
            QLabel(tr("MergeDialog", "The remarks (kept, and shown with the merged one)"))
        )
        left.addWidget(originals)
        right = QVBoxLayout()
        label = QLabel(tr("MergeDialog", "&Wording of the merged remark"))
        right.addWidget(label)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("MergeDialog", "Merged wording"))
        self.editor.setTabChangesFocus(True)  # Tab reaches the buttons; no tabs in a remark
        self.editor.setPlainText(texts[0] if texts else "")
        right.addWidget(self.editor)
        label.setBuddy(self.editor)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("MergeDialog", "Merge (Ctrl+Enter)"))
        accept = QAction(tr("MergeDialog", "Merge"), self)
        accept.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        accept.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        accept.triggered.connect(self._accept)
        self.addAction(accept)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def _accept(self) -> None:
        if self.wording():
            self.accept()

    def wording(self) -> str:
        """The merged remark's wording as typed (outer white space removed)."""
        return self.editor.toPlainText().strip()
