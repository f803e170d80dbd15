"""Reword a saved remark for the summary: the captured text stays, read-only, above the editor.

The editor is the capture editor (same live guard underlining, hover reasons, right-click
replace and dismiss), scanned against the remark's own dismissals. The dialog only collects the
wording; the workspace writes it (``reword_remark`` keeps the earlier one as a revision) and
puts it on the undo stack. Ctrl+Enter (or Ctrl+S) saves the wording; Escape asks first when
the wording was changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roundtable_app.guard import Finding
from roundtable_app.ui.guarded_text.editor import plain_editor
from roundtable_app.ui.guarded_text.highlighter import LiveGuard
from roundtable_app.ui.i18n import tr
from roundtable_app.ui.unsaved import ask_unsaved

Scan = Callable[[str], list[Finding]]


class RewordDialog(QDialog):
    """Shows the captured text and edits the summary's wording of it."""

    def __init__(
        self,
        original: str,
        reworded: str | None,
        scan: Scan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("RewordDialog", "Reword for the summary"))
        self.setAccessibleName(tr("RewordDialog", "Reword for the summary"))
        self.original = original
        self._use_original = False
        original_label = QLabel(tr("RewordDialog", "As &captured (kept unchanged):"), self)
        self.original_view = QPlainTextEdit(self)
        self.original_view.setPlainText(original)
        self.original_view.setReadOnly(True)
        self.original_view.setTabChangesFocus(True)
        self.original_view.setAccessibleName(tr("RewordDialog", "Remark as captured"))
        original_label.setBuddy(self.original_view)
        wording_label = QLabel(tr("RewordDialog", "&Wording for the summary:"), self)
        self.editor = plain_editor(self, tr("RewordDialog", "Wording for the summary"))
        wording_label.setBuddy(self.editor)
        self.live = LiveGuard(self.editor.document(), scan, self)
        self.editor.attach(self.live)
        self.findings_label = QLabel(self)
        self.findings_label.setAccessibleName(tr("RewordDialog", "Guard findings in the wording"))
        self.findings_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("RewordDialog", "&Save wording"))
        self.save_button.setAccessibleName(tr("RewordDialog", "Save the wording for the summary"))
        self.original_button = self.buttons.addButton(
            tr("RewordDialog", "Use the &original"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.original_button.setAccessibleName(
            tr("RewordDialog", "Use the original wording in the summary")
        )
        self.original_button.setEnabled(reworded is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(original_label)
        layout.addWidget(self.original_view, 2)
        layout.addWidget(wording_label)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.buttons)
        em, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing()
        self.resize(em * 100, line * 24)
        self._connect_signals()
        self.editor.setPlainText(reworded if reworded is not None else original)
        self._initial = self.editor.toPlainText()
        self._asking = False
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.live.scan_now(force=True)
        self.editor.setFocus()
        # The cursor at the end, nothing selected: a selection would hide the underlines.
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.original_button.clicked.connect(self.use_original)
        self.live.scanned.connect(self._show_findings)
        self.editor.textChanged.connect(
            lambda: self.save_button.setEnabled(bool(self.editor.toPlainText().strip()))
        )

    def save(self) -> None:
        """Keep the wording and close (Ctrl+Enter); an empty wording is not saved."""
        if self.save_button.isEnabled():
            self.accept()

    def reject(self) -> None:
        """Cancel or Escape: a changed wording asks Save / Discard / Cancel first."""
        if self._asking:
            return
        if self.editor.toPlainText().strip() == self._initial.strip():
            super().reject()
            return
        self._asking = True

        def discard() -> None:
            self._asking = False
            super(RewordDialog, self).reject()

        def save() -> None:
            self._asking = False
            if self.save_button.isEnabled():
                self.accept()

        ask_unsaved(
            self,
            tr("RewordDialog", "Save the new wording?"),
            tr("RewordDialog", "The wording for the summary was changed."),
            save,
            discard,
            lambda: setattr(self, "_asking", False),
        )

    def use_original(self) -> None:
        """Drop the rewording: the summary goes back to the captured text."""
        self._use_original = True
        self.accept()

    def wording(self) -> str | None:
        """The summary's wording; None for the captured text (asked for, or typed back)."""
        text = self.editor.toPlainText().strip()
        if self._use_original or not text or text == self.original.strip():
            return None
        return text

    def done(self, result: int) -> None:
        """Close; the typed wording stays only until the caller has read it."""
        self.live.stop()
        super().done(result)

    def _show_findings(self, findings: list[Finding]) -> None:
        n = len(findings)
        self.findings_label.setText(
            ""
            if not n
            else tr(
                "Guard", "⚠ %n possible attributions: hover the underline, right-click", None, n
            )
        )
