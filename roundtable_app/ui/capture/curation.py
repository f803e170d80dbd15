"""The curation controller: what Capture's list and Review do to saved remarks.

A plain class given the vault, the views to keep in step (listeners), the undo stack and two
ways to report (an error, a done message) in its constructor, so a test can hand it fakes.
Every change goes to the vault first; only a write that succeeded reaches the views and the
undo stack, and a change to several remarks is one undo step (a macro).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from roundtable_app.guard import Finding
from roundtable_app.ui.error_words import plain_reason
from roundtable_app.ui.i18n import tr
from roundtable_app.vault.types import RemarkInfo

from .undo import (
    CurateRemarkCommand,
    DeleteRemarkCommand,
    EditRemarkCommand,
    RefileRemarkCommand,
    RemarkListener,
    RemarkOps,
    RemarkVault,
    _VaultCommand,
)


class CurationVault(RemarkVault, Protocol):
    """The vault calls curation makes beyond the undo commands' own."""

    def remark(self, remark_id: str) -> RemarkInfo: ...
    def dismiss_finding(self, target: str, text: str, category: str, reason: str) -> object: ...
    def combine_remarks(self, remark_ids: Sequence[str], wording: str) -> RemarkInfo: ...
    def split_remark(self, merged_id: str) -> list[RemarkInfo]: ...
    def rejoin_remark(self, merged_id: str, remark_ids: Sequence[str]) -> RemarkInfo: ...
    def set_positions(self, positions: dict[str, int | None]) -> None: ...


def remark_target(remark_id: str) -> str:
    """The decision key of a remark (the one the export pre-flight reads)."""
    return f"remark:{remark_id}"


class MergeCommand(_VaultCommand):
    """Remarks merged into a new one; undo splits them, redo joins them again."""

    def __init__(self, ops: RemarkOps, merged: RemarkInfo, parts: list[RemarkInfo]) -> None:
        count = len(parts)
        super().__init__(ops, tr("Curation", "Merge %n remarks", None, count))
        self.merged, self.parts = merged, parts

    def _forward(self) -> None:
        vault = self.ops.vault
        merged = vault.rejoin_remark(self.merged.id, [p.id for p in self.parts])  # type: ignore[attr-defined]
        for p in self.parts:
            self.ops.show(vault.remark(p.id))  # type: ignore[attr-defined]
            self.ops.count(p.theme_id, -1)
        self.ops.show(merged)
        self.ops.count(merged.theme_id, +1)

    def _backward(self) -> None:
        vault = self.ops.vault
        for p in vault.split_remark(self.merged.id):  # type: ignore[attr-defined]
            self.ops.show(p)
            self.ops.count(p.theme_id, +1)
        self.ops.drop(self.merged.id)
        self.ops.count(self.merged.theme_id, -1)


class SplitCommand(_VaultCommand):
    """A merge taken apart; undo joins the remarks again."""

    def __init__(self, ops: RemarkOps, merged: RemarkInfo, parts: list[RemarkInfo]) -> None:
        super().__init__(ops, tr("Curation", "Split merged remark"))
        self.merge = MergeCommand(ops, merged, parts)

    def _forward(self) -> None:
        self.merge._backward()

    def _backward(self) -> None:
        self.merge._forward()


class OrderCommand(_VaultCommand):
    """The facilitator's order of a theme's remarks changed."""

    def __init__(
        self,
        ops: RemarkOps,
        before: dict[str, int | None],
        after: dict[str, int | None],
    ) -> None:
        super().__init__(ops, tr("Curation", "Move remark"))
        self.before, self.after = before, after

    def _apply(self, positions: dict[str, int | None]) -> None:
        vault = self.ops.vault
        vault.set_positions(positions)  # type: ignore[attr-defined]
        for remark_id in positions:
            self.ops.show(vault.remark(remark_id))  # type: ignore[attr-defined]

    def _forward(self) -> None:
        self._apply(self.after)

    def _backward(self) -> None:
        self._apply(self.before)


class CurationController:
    """Delete, edit, re-file, include/exclude, key point, reword, dismiss, merge, split and
    order remarks, each undoable; see the module docstring."""

    def __init__(
        self,
        vault: CurationVault,
        listeners: list[RemarkListener],
        undo_stack: QUndoStack,
        report_error: Callable[[str], None],
        report_done: Callable[[str], None] = lambda _m: None,
    ) -> None:
        self.vault: CurationVault | None = vault
        self.undo_stack = undo_stack
        self.ops = RemarkOps(vault, listeners, report_error)
        self._error = report_error
        self._done = report_done
        #: Called after a finding is dismissed: (remark id, finding).
        self.on_dismissed: list[Callable[[str, Finding], None]] = []

    def add_listener(self, listener: RemarkListener) -> None:
        """Keep one more view in step (Review registers its table here)."""
        self.ops.listeners.append(listener)

    def close(self) -> None:
        """Drop the vault (locking): nothing can be done any more."""
        self.vault = None
        self.ops.vault = None  # type: ignore[assignment]

    # ------------------------------------------------------------------ helpers
    def _get(self, remark_id: str) -> RemarkInfo | None:
        if self.vault is None:
            return None
        try:
            return self.vault.remark(remark_id)
        except Exception as exc:  # noqa: BLE001
            self._error(
                tr("Curation", "Could not read the remark: %1").replace("%1", plain_reason(exc))
            )
            return None

    def _attempt(self, failed: str, step: Callable[[], object]) -> object | None:
        """Run ``step``; on failure report ``failed`` (a whole sentence, ``%1`` the reason)."""
        try:
            return step()
        except Exception as exc:  # noqa: BLE001 - say it in words, keep what is saved
            self._error(failed.replace("%1", plain_reason(exc)))
            return None

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    # ------------------------------------------------------------------ one remark
    def delete(self, remark_id: str, row: int = -1) -> bool:
        """Delete a remark (undo brings it back at ``row``)."""
        remark = self._get(remark_id)
        if remark is None or self.vault is None:
            return False
        vault = self.vault
        if (
            self._attempt(
                tr("Curation", "Could not delete the remark: %1"),
                lambda: vault.delete_remark(remark_id),
            )
            is None
        ):
            return False
        self.ops.drop(remark_id)
        self.ops.count(remark.theme_id, -1)
        self._push(DeleteRemarkCommand(self.ops, remark, row))
        self._done(tr("Curation", "Remark deleted (Ctrl+Z brings it back)"))
        return True

    def edit(self, remark_id: str, text: str) -> bool:
        """Change a remark's captured text (the earlier wording is kept as a revision)."""
        before = self._get(remark_id)
        if before is None or self.vault is None:
            return False
        vault = self.vault
        after = self._attempt(
            tr("Curation", "Could not change the remark: %1"),
            lambda: vault.edit_remark(remark_id, text),
        )
        if not isinstance(after, RemarkInfo) or after.text == before.text:
            return False
        self.ops.show(after)
        self._push(EditRemarkCommand(self.ops, remark_id, before.text, after.text))
        self._done(tr("Curation", "Remark changed (the earlier wording is kept)"))
        return True

    def refile(self, remark_id: str, theme_id: int | None, kind: str | None) -> bool:
        """Move a remark to another theme and/or give it another kind."""
        before = self._get(remark_id)
        if before is None or self.vault is None:
            return False
        vault = self.vault
        after = self._attempt(
            tr("Curation", "Could not re-file the remark: %1"),
            lambda: vault.update_remark(remark_id, theme_id=theme_id, kind=kind),
        )
        if not isinstance(after, RemarkInfo):
            return False
        self.ops.show(after)
        if before.theme_id != after.theme_id:
            self.ops.count(before.theme_id, -1)
            self.ops.count(after.theme_id, +1)
        self._push(RefileRemarkCommand(self.ops, before, after))
        return True

    def reword(self, remark_id: str, wording: str | None) -> bool:
        """Set the summary's wording of a remark (None: the captured text); keeps a revision."""
        before = self._get(remark_id)
        if before is None or self.vault is None:
            return False
        vault = self.vault
        after = self._attempt(
            tr("Curation", "Could not reword the remark: %1"),
            lambda: vault.reword_remark(remark_id, wording),
        )
        if not isinstance(after, RemarkInfo) or after.reworded == before.reworded:
            return False
        self.ops.show(after)
        what = (
            tr("Curation", "Reword for the summary")
            if after.reworded is not None
            else tr("Curation", "Use the original")
        )
        self._push(
            CurateRemarkCommand(
                self.ops, what, remark_id, "reworded", before.reworded, after.reworded
            )
        )
        self._done(
            tr("Curation", "Reworded for the summary (the captured text is kept)")
            if after.reworded is not None
            else tr("Curation", "The summary uses the captured text again")
        )
        return True

    def dismiss_finding(self, remark_id: str, finding: Finding, reason: str) -> bool:
        """Record in the vault that a remark's finding is harmless; False on failure."""
        if self.vault is None:
            return False
        vault, target = self.vault, remark_target(remark_id)
        done = self._attempt(
            tr("Curation", "Could not dismiss the finding: %1"),
            lambda: vault.dismiss_finding(target, finding.text, finding.category, reason),
        )
        if done is None:
            return False
        for callback in self.on_dismissed:
            callback(remark_id, finding)
        return True

    # ------------------------------------------------------------------ one or many
    def set_status(self, remark_ids: Sequence[str], status: str) -> int:
        """Exclude remarks from the summary ("excluded"), include them ("included") or mark
        them reviewed; one undo step. Returns how many changed."""
        excluded = status == "excluded"
        return self._curate_many(
            remark_ids,
            "status",
            status,
            tr("Curation", "Exclude from the summary")
            if excluded
            else tr("Curation", "Include in the summary"),
            tr("Curation", "Left out of the summary (Ctrl+Z takes it back)")
            if excluded
            else tr("Curation", "In the summary"),
        )

    def set_key_point(self, remark_ids: Sequence[str], key_point: bool) -> int:
        """Mark remarks as key points of their theme (listed first), or unmark them."""
        return self._curate_many(
            remark_ids,
            "key_point",
            key_point,
            tr("Curation", "Mark as a key point")
            if key_point
            else tr("Curation", "Unmark key point"),
            tr("Curation", "Key point marked")
            if key_point
            else tr("Curation", "No longer a key point"),
        )

    def _curate_many(
        self, remark_ids: Sequence[str], field: str, value: str | bool, undo_text: str, done: str
    ) -> int:
        if self.vault is None:
            return 0
        vault = self.vault
        done_pairs: list[tuple[RemarkInfo, RemarkInfo]] = []
        for remark_id in remark_ids:
            before = self._get(remark_id)
            if before is None or getattr(before, field) == value:
                continue
            changes: dict[str, Any] = {field: value}
            after = self._attempt(
                tr("Curation", "Could not change the remark: %1"),
                partial(vault.update_remark, remark_id, **changes),
            )
            if not isinstance(after, RemarkInfo):
                break  # reported; the ones already written stay written and undoable
            self.ops.show(after)
            done_pairs.append((before, after))
        if not done_pairs:
            return 0
        # Pushed after the writes succeeded, as one step however many remarks it touched.
        count = len(done_pairs)
        self.undo_stack.beginMacro(
            undo_text
            if count == 1
            else tr("Curation", "%1 (%n remarks)", None, count).replace("%1", undo_text)
        )
        for before, _after in done_pairs:
            self._push(
                CurateRemarkCommand(
                    self.ops, undo_text, before.id, field, getattr(before, field), value
                )
            )
        self.undo_stack.endMacro()
        self._done(
            done
            if count == 1
            else tr("Curation", "%1 (%n remarks)", None, count).replace("%1", done)
        )
        return count

    # ------------------------------------------------------------------ merge, order
    def merge(self, remark_ids: Sequence[str], wording: str) -> RemarkInfo | None:
        """Merge two or more remarks into one worded ``wording``; undo splits them."""
        if self.vault is None:
            return None
        vault = self.vault
        parts = [p for p in (self._get(i) for i in remark_ids) if p is not None]
        merged = self._attempt(
            tr("Curation", "Could not merge the remarks: %1"),
            lambda: vault.combine_remarks(remark_ids, wording),
        )
        if not isinstance(merged, RemarkInfo):
            return None
        for p in parts:
            self.ops.show(vault.remark(p.id))
            self.ops.count(p.theme_id, -1)
        self.ops.show(merged)
        self.ops.count(merged.theme_id, +1)
        self._push(MergeCommand(self.ops, merged, parts))
        merged_count = len(parts)
        self._done(
            tr(
                "Curation",
                "%n remarks merged into one (the originals are kept)",
                None,
                merged_count,
            )
        )
        return merged

    def split(self, merged_id: str) -> list[RemarkInfo]:
        """Take a merge apart: its remarks come back on their own; undo merges them again."""
        merged = self._get(merged_id)
        if merged is None or self.vault is None:
            return []
        vault = self.vault
        parts = self._attempt(
            tr("Curation", "Could not split the remark: %1"), lambda: vault.split_remark(merged_id)
        )
        if not isinstance(parts, list):
            return []
        for p in parts:
            self.ops.show(p)
            self.ops.count(p.theme_id, +1)
        self.ops.drop(merged_id)
        self.ops.count(merged.theme_id, -1)
        self._push(SplitCommand(self.ops, merged, parts))
        split_count = len(parts)
        self._done(tr("Curation", "Split into %n remarks", None, split_count))
        return parts

    def move(self, ordered: Sequence[RemarkInfo], remark_id: str, delta: int) -> bool:
        """Move a remark ``delta`` places within ``ordered`` (its theme's remarks in the
        export's order) and write every position, so the export follows."""
        if self.vault is None:
            return False
        ids = [r.id for r in ordered]
        if remark_id not in ids:
            return False
        i = ids.index(remark_id)
        j = max(0, min(len(ids) - 1, i + delta))
        if i == j:
            return False
        ids.insert(j, ids.pop(i))
        return self._write_order(ordered, ids)

    def place(
        self, ordered: Sequence[RemarkInfo], remark_ids: Sequence[str], before_id: str | None
    ) -> bool:
        """Move ``remark_ids`` (kept in their given order) together to just before
        ``before_id`` within ``ordered`` (a theme's remarks in the export's order; ``None``: to
        the end), as one undo step, and write every position so the export follows. False
        when nothing changed or the write failed (reported)."""
        if self.vault is None:
            return False
        known = {r.id for r in ordered}
        moving = [i for i in dict.fromkeys(remark_ids) if i in known]
        if not moving or (
            before_id is not None and (before_id not in known or before_id in moving)
        ):
            return False
        rest = [r.id for r in ordered if r.id not in set(moving)]
        at = rest.index(before_id) if before_id is not None else len(rest)
        ids = rest[:at] + moving + rest[at:]
        if ids == [r.id for r in ordered]:
            return False
        return self._write_order(ordered, ids)

    def _write_order(self, ordered: Sequence[RemarkInfo], ids: list[str]) -> bool:
        before = {r.id: r.position for r in ordered}
        after: dict[str, int | None] = {rid: n for n, rid in enumerate(ids)}
        vault = self.vault
        assert vault is not None

        def write() -> bool:
            vault.set_positions(after)
            return True  # tells success from a reported failure (None)

        if self._attempt(tr("Curation", "Could not move the remark: %1"), write) is None:
            return False
        for rid in ids:
            self.ops.show(vault.remark(rid))
        self._push(OrderCommand(self.ops, before, after))
        return True
