"""What the capture workspace does to saved remarks: delete, edit, re-file, dismiss a finding,
and the facilitator's curation: exclude from (or include in) the summary, mark a key point,
reword for the summary.

A mixin of :class:`CaptureWorkspace` (kept apart so each file holds one idea); every change
goes to the vault first, then to the models, then onto the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from roundtable_app.guard import Finding
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import RemarkInfo

from .banner import DismissDialog
from .checks import CaptureChecks, remark_target
from .controller import plain_reason
from .reword_dialog import RewordDialog
from .undo import (
    CurateRemarkCommand,
    DeleteRemarkCommand,
    EditRemarkCommand,
    RefileRemarkCommand,
    RemarkOps,
)

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from roundtable_app.vault import Vault

    from .highlighter import LiveGuard
    from .remark_model import RemarkTableModel
    from .theme_model import ThemeListModel


class SavedRemarkActions:
    """Slots for the saved-remarks list and the editor's dismissals (mixed into the workspace)."""

    if TYPE_CHECKING:
        _vault: Vault | None
        checks: CaptureChecks | None
        remark_model: RemarkTableModel
        theme_model: ThemeListModel
        undo_stack: QUndoStack
        ops: RemarkOps
        live: LiveGuard
        status_message: SignalInstance

        def _report_error(self, message: str) -> None: ...

    def _remark(self, remark_id: str) -> RemarkInfo | None:
        return self.remark_model.remark_at(self.remark_model.row_of(remark_id))

    def _delete_remark(self, remark_id: str) -> None:
        remark = self._remark(remark_id)
        if remark is None or self._vault is None:
            return
        row = self.remark_model.row_of(remark_id)
        try:
            self._vault.delete_remark(remark_id)
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not delete the remark: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return
        self.remark_model.remove(remark_id)
        self.theme_model.add_to_count(remark.theme_id, -1)
        self.undo_stack.push(DeleteRemarkCommand(self.ops, remark, row))
        self.status_message.emit(tr("SavedRemarks", "Remark deleted (Ctrl+Z brings it back)"))

    def _edit_remark(self, remark_id: str, text: str) -> None:
        remark = self._remark(remark_id)
        if remark is None or self._vault is None:
            return
        try:
            updated = self._vault.edit_remark(remark_id, text)
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not change the remark: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return
        self.ops.show(updated)
        self.undo_stack.push(EditRemarkCommand(self.ops, remark_id, remark.text, updated.text))
        self.status_message.emit(tr("SavedRemarks", "Remark changed (the earlier wording is kept)"))

    def _refile_remark(self, remark_id: str, theme_id: int | None, kind: str | None) -> None:
        before = self._remark(remark_id)
        if before is None or self._vault is None:
            return
        try:
            after = self._vault.update_remark(remark_id, theme_id=theme_id, kind=kind)
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not re-file the remark: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return
        self.ops.show(after)
        if before.theme_id != after.theme_id:
            self.theme_model.add_to_count(before.theme_id, -1)
            self.theme_model.add_to_count(after.theme_id, +1)
        self.undo_stack.push(RefileRemarkCommand(self.ops, before, after))

    # ------------------------------------------------------------------ curation
    def set_remark_status(self, remark_id: str, status: str) -> bool:
        """Exclude a remark from the summary ("excluded") or include it ("included")."""
        excluded = status == "excluded"
        return self._curate_flag(
            remark_id,
            "status",
            status,
            tr("SavedRemarks", "Exclude from the summary")
            if excluded
            else tr("SavedRemarks", "Include in the summary"),
            tr("SavedRemarks", "Left out of the summary (Ctrl+Z takes it back)")
            if excluded
            else tr("SavedRemarks", "Back in the summary"),
        )

    def set_key_point(self, remark_id: str, key_point: bool) -> bool:
        """Mark a remark as one of its theme's key points (listed first), or unmark it."""
        return self._curate_flag(
            remark_id,
            "key_point",
            key_point,
            tr("SavedRemarks", "Mark as a key point")
            if key_point
            else tr("SavedRemarks", "Unmark key point"),
            tr("SavedRemarks", "Key point marked")
            if key_point
            else tr("SavedRemarks", "No longer a key point"),
        )

    def _curate_flag(
        self, remark_id: str, field: str, value: str | bool, undo_text: str, done: str
    ) -> bool:
        """Set a remark's ``status`` or ``key_point`` through the vault, as one undoable step."""
        before = self._remark(remark_id)
        if before is None or self._vault is None or getattr(before, field) == value:
            return False
        try:
            after = self._vault.update_remark(remark_id, **{field: value})  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not change the remark: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return False
        self.ops.show(after)
        self.undo_stack.push(
            CurateRemarkCommand(
                self.ops, undo_text, remark_id, field, getattr(before, field), value
            )
        )
        self.status_message.emit(done)
        return True

    def reword_remark(self, remark_id: str, wording: str | None) -> bool:
        """Set the summary's wording of a remark (None: the captured text); keeps a revision."""
        before = self._remark(remark_id)
        if before is None or self._vault is None:
            return False
        try:
            after = self._vault.reword_remark(remark_id, wording)
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not reword the remark: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return False
        if after.reworded == before.reworded:
            return False
        self.ops.show(after)
        what = (
            tr("SavedRemarks", "Reword for the summary")
            if after.reworded is not None
            else tr("SavedRemarks", "Use the original")
        )
        self.undo_stack.push(
            CurateRemarkCommand(
                self.ops, what, remark_id, "reworded", before.reworded, after.reworded
            )
        )
        self.status_message.emit(
            tr("SavedRemarks", "Reworded for the summary (the captured text is kept)")
            if after.reworded is not None
            else tr("SavedRemarks", "The summary uses the captured text again")
        )
        return True

    def reword_dialog(self, remark_id: str) -> RewordDialog | None:
        """A dialog to reword one remark, its guard scanning against the remark's dismissals."""
        remark = self._remark(remark_id)
        if remark is None or self.checks is None:
            return None
        checks, target = self.checks, remark_target(remark_id)
        dialog = RewordDialog(
            remark.text,
            remark.reworded,
            lambda text: checks.text_findings(target, text),
            self._as_widget(),
        )
        dialog.editor.dismiss_requested.connect(
            lambda f: self._dismiss_in_reword(dialog, remark_id, f)
        )
        return dialog

    def _ask_rewording(self, remark_id: str) -> None:
        dialog = self.reword_dialog(remark_id)
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reword_remark(remark_id, dialog.wording())
        dialog.editor.clear()
        dialog.deleteLater()
        self.remark_list_view().setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss_in_reword(self, dialog: RewordDialog, remark_id: str, finding: Finding) -> None:
        ask = DismissDialog(finding.text, finding.reason, dialog)
        if ask.exec() == QDialog.DialogCode.Accepted:
            self.dismiss_remark_finding(remark_id, finding, ask.reason())
            dialog.live.scan_now(force=True)
        ask.deleteLater()

    # ------------------------------------------------------------------ guard
    def _dismiss_in_editor(self, finding: Finding) -> None:
        if self.checks is not None:
            self.checks.dismiss_in_editor(finding)
            self.live.scan_now(force=True)

    def _ask_dismissal(self, remark_id: str, finding: Finding) -> None:
        dialog = DismissDialog(finding.text, finding.reason, self._as_widget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.dismiss_remark_finding(remark_id, finding, dialog.reason())
        dialog.deleteLater()

    def dismiss_remark_finding(self, remark_id: str, finding: Finding, reason: str) -> bool:
        """Record in the vault that a saved remark's finding is harmless; False on failure."""
        if self._vault is None or self.checks is None:
            return False
        target = remark_target(remark_id)
        try:
            self._vault.dismiss_finding(target, finding.text, finding.category, reason)
        except Exception as exc:  # noqa: BLE001
            self._report_error(
                tr("SavedRemarks", "Could not dismiss the finding: %1").replace(
                    "%1", plain_reason(exc)
                )
            )
            return False
        self.checks.record_decision(target, finding.text, finding.category)
        self.remark_model.forget_findings(remark_id)
        return True

    def remark_list_view(self) -> QWidget:
        """The list of saved remarks (the keyboard goes back there after a dialog)."""
        return self._as_widget().view.remark_list  # type: ignore[attr-defined, no-any-return]

    def _as_widget(self) -> QWidget:
        # The workspace this is mixed into is the dialog's parent.
        return self  # type: ignore[return-value]
