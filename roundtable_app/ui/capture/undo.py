"""Undo for what is done to saved remarks: delete, edit in place, re-file, and the
facilitator's curation (exclude/include, key point, rewording for the summary).

Each command is pushed *after* its first vault write succeeded (a write that fails is reported
and never reaches the stack), so ``redo`` skips its first call. Undoing a delete restores the
remark in the vault (``restore_remark``); undoing an edit writes the old wording back, which
the vault keeps as one more revision: nothing typed is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from roundtable_app.ui.error_words import plain_reason
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import RemarkInfo

from .controller import kind_label
from .remark_model import RemarkTableModel
from .theme_model import ThemeListModel


class RemarkVault(Protocol):
    """The vault calls the undo commands make."""

    def delete_remark(self, remark_id: str) -> RemarkInfo: ...
    def restore_remark(self, remark_id: str) -> RemarkInfo: ...
    def edit_remark(self, remark_id: str, text: str) -> RemarkInfo: ...
    def update_remark(
        self,
        remark_id: str,
        *,
        theme_id: int | None = ...,
        kind: str | None = ...,
        status: str | None = ...,
        key_point: bool | None = ...,
    ) -> RemarkInfo: ...
    def reword_remark(self, remark_id: str, text: str | None) -> RemarkInfo: ...


class RemarkListener(Protocol):
    """A view of remarks kept in step by curation (the capture list, the Review table)."""

    def show_remark(self, remark: RemarkInfo, row: int | None = None) -> None:
        """Put a remark's new state in view (add, replace or drop its row as it now says)."""

    def drop_remark(self, remark_id: str) -> None:
        """The remark is gone (deleted)."""

    def count_theme(self, theme_id: int, delta: int) -> None:
        """A theme holds ``delta`` more remarks."""


class ModelListener:
    """The capture list as a listener: a remark table model and a theme list model."""

    def __init__(self, remarks: RemarkTableModel, themes: ThemeListModel) -> None:
        self.remarks = remarks
        self.themes = themes

    def show_remark(self, remark: RemarkInfo, row: int | None = None) -> None:
        """Replace the row, add it (deleted ones are dropped), at ``row`` or at the end."""
        present = self.remarks.row_of(remark.id) >= 0
        if remark.deleted or remark.merged_into is not None:
            if present:
                self.remarks.remove(remark.id)
        elif present:
            self.remarks.replace(remark)
        else:
            self.remarks.insert_at(self.remarks.rowCount() if row is None else row, remark)

    def drop_remark(self, remark_id: str) -> None:
        """Remove the row."""
        self.remarks.remove(remark_id)

    def count_theme(self, theme_id: int, delta: int) -> None:
        """Change the theme's count."""
        self.themes.add_to_count(theme_id, delta)


class RemarkOps:
    """What the commands act on: the vault, the views to keep in step, where to report."""

    def __init__(
        self,
        vault: RemarkVault,
        listeners: list[RemarkListener],
        report: Callable[[str], None],
    ) -> None:
        self.vault = vault
        self.listeners = listeners
        self.report = report

    def show(self, remark: RemarkInfo, row: int | None = None) -> None:
        """Tell every view a remark's new state."""
        for listener in self.listeners:
            listener.show_remark(remark, row)

    def drop(self, remark_id: str) -> None:
        """Tell every view a remark is gone."""
        for listener in self.listeners:
            listener.drop_remark(remark_id)

    def count(self, theme_id: int, delta: int) -> None:
        """Tell every view a theme's count changed."""
        for listener in self.listeners:
            listener.count_theme(theme_id, delta)


class _VaultCommand(QUndoCommand):
    def __init__(self, ops: RemarkOps, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._done_once = True

    def redo(self) -> None:
        """Do it again (the first time was done before the push)."""
        if self._done_once:
            self._done_once = False
            return
        self._run(self._forward, "redo")

    def undo(self) -> None:
        """Take it back."""
        self._run(self._backward, "undo")

    def _run(self, step: Callable[[], None], what: str) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - Qt would swallow it; say it instead
            failed = (
                tr("Undo", "Could not undo “%1”: %2")
                if what == "undo"
                else tr("Undo", "Could not redo “%1”: %2")
            )
            self.ops.report(failed.replace("%2", plain_reason(exc)).replace("%1", self.text()))

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class DeleteRemarkCommand(_VaultCommand):
    """A deleted remark; undo restores it in the vault and in its old row."""

    def __init__(self, ops: RemarkOps, remark: RemarkInfo, row: int) -> None:
        super().__init__(ops, tr("Undo", "Delete remark"))
        self.remark = remark
        self.row = row

    def _forward(self) -> None:
        self.ops.vault.delete_remark(self.remark.id)
        self.ops.drop(self.remark.id)
        self.ops.count(self.remark.theme_id, -1)

    def _backward(self) -> None:
        restored = self.ops.vault.restore_remark(self.remark.id)
        self.ops.show(restored, self.row)
        self.ops.count(restored.theme_id, +1)


class EditRemarkCommand(_VaultCommand):
    """A changed wording; each direction is an ``edit_remark`` (so each keeps a revision)."""

    def __init__(self, ops: RemarkOps, remark_id: str, old: str, new: str) -> None:
        super().__init__(ops, tr("Undo", "Edit remark"))
        self.remark_id, self.old, self.new = remark_id, old, new

    def _forward(self) -> None:
        self.ops.show(self.ops.vault.edit_remark(self.remark_id, self.new))

    def _backward(self) -> None:
        self.ops.show(self.ops.vault.edit_remark(self.remark_id, self.old))


class RefileRemarkCommand(_VaultCommand):
    """A remark moved to another theme or given another kind."""

    def __init__(self, ops: RemarkOps, before: RemarkInfo, after: RemarkInfo) -> None:
        what = (
            tr("Undo", "Move remark")
            if before.theme_id != after.theme_id
            else tr("Undo", "Mark remark as %1").replace("%1", kind_label(after.kind))
        )
        super().__init__(ops, what)
        self.before, self.after = before, after

    def _apply(self, state: RemarkInfo, previous: RemarkInfo) -> None:
        updated = self.ops.vault.update_remark(state.id, theme_id=state.theme_id, kind=state.kind)
        self.ops.show(updated)
        if previous.theme_id != state.theme_id:
            self.ops.count(previous.theme_id, -1)
            self.ops.count(state.theme_id, +1)

    def _forward(self) -> None:
        self._apply(self.after, self.before)

    def _backward(self) -> None:
        self._apply(self.before, self.after)


#: The fields :class:`CurateRemarkCommand` changes, and the undo stack's name for each.
CURATED_FIELDS = ("status", "key_point", "reworded")


class CurateRemarkCommand(_VaultCommand):
    """One curation step: a remark's status, key-point flag or summary wording.

    Undoing a rewording writes the earlier one back through ``reword_remark``, so the vault
    keeps one more revision and nothing the facilitator typed is lost.
    """

    def __init__(
        self, ops: RemarkOps, text: str, remark_id: str, field: str, before: object, after: object
    ) -> None:
        if field not in CURATED_FIELDS:
            raise ValueError(f"not a curated field: {field}")
        super().__init__(ops, text)
        self.remark_id, self.field, self.before, self.after = remark_id, field, before, after

    def _apply(self, value: object) -> None:
        vault = self.ops.vault
        if self.field == "reworded":
            updated = vault.reword_remark(self.remark_id, value)  # type: ignore[arg-type]
        elif self.field == "status":
            updated = vault.update_remark(self.remark_id, status=str(value))
        else:
            updated = vault.update_remark(self.remark_id, key_point=bool(value))
        self.ops.show(updated)

    def _forward(self) -> None:
        self._apply(self.after)

    def _backward(self) -> None:
        self._apply(self.before)
