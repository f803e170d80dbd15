"""The dialogs of curation in the capture list: reword a remark, dismiss a finding.

The decisions and the vault writes are the curation controller's
(:class:`roundtable_app.ui.capture.curation.CurationController`); this class only asks the user,
given the parent widget, the controller, the guard's checks and the list to refocus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from roundtable_app.guard import Finding
from roundtable_app.ui.guarded_text.dismiss import DismissDialog

from .checks import CaptureChecks, remark_target
from .reword_dialog import RewordDialog

if TYPE_CHECKING:
    from roundtable_app.ui.capture.curation import CurationController


class RemarkDialogs:
    """Ask for a rewording or a dismissal's reason, then hand it to the controller."""

    def __init__(
        self,
        parent: QWidget,
        curation: CurationController,
        checks: Callable[[], CaptureChecks | None],
        refocus: Callable[[], QWidget],
    ) -> None:
        self.parent = parent
        self.curation = curation
        self._checks = checks
        self._refocus = refocus

    def reword_dialog(self, remark_id: str) -> RewordDialog | None:
        """A dialog to reword one remark, its guard scanning against the remark's dismissals."""
        checks = self._checks()
        vault = self.curation.vault
        if checks is None or vault is None:
            return None
        remark = vault.remark(remark_id)
        target = remark_target(remark_id)
        dialog = RewordDialog(
            remark.text,
            remark.reworded,
            lambda text: checks.text_findings(target, text),
            self.parent,
        )
        dialog.editor.dismiss_requested.connect(
            lambda f: self._dismiss_in_reword(dialog, remark_id, f)
        )
        return dialog

    def ask_rewording(self, remark_id: str) -> None:
        """Show the reword dialog; an accepted wording becomes one undoable step."""
        dialog = self.reword_dialog(remark_id)
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.curation.reword(remark_id, dialog.wording())
        dialog.editor.clear()
        dialog.deleteLater()
        self._refocus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss_in_reword(self, dialog: RewordDialog, remark_id: str, finding: Finding) -> None:
        ask = DismissDialog(finding.text, finding.reason, dialog)
        if ask.exec() == QDialog.DialogCode.Accepted:
            self.curation.dismiss_finding(remark_id, finding, ask.reason())
            dialog.live.scan_now(force=True)
        ask.deleteLater()

    def ask_dismissal(self, remark_id: str, finding: Finding) -> None:
        """Ask why a saved remark's finding is harmless, and record it."""
        dialog = DismissDialog(finding.text, finding.reason, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.curation.dismiss_finding(remark_id, finding, dialog.reason())
        dialog.deleteLater()
