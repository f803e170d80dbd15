"""The curation controller without widgets: a fake vault, a fake view, a real undo stack."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from PySide6.QtGui import QUndoStack

from roundtable_app.errors import StorageError
from roundtable_app.ui.capture.curation import CurationController
from roundtable_app.vault import Vault
from roundtable_app.vault.types import RemarkInfo

STAMP = datetime(2026, 12, 1, 9, 0)


def info(n: int, **kw: object) -> RemarkInfo:
    base = RemarkInfo(
        id=f"r{n}", text=f"remark {n}", reworded=None, theme_id=1, kind="observation",
        status="captured", session_id=None, key_point=False, position=None,
        created_at=STAMP, updated_at=STAMP, device_id="d",
    )  # fmt: skip
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


class FakeVault:
    """Remarks in a dict; ``fail_on`` makes a write of that id fail like a full disk."""

    def __init__(self, remarks: list[RemarkInfo]) -> None:
        self.rows = {r.id: r for r in remarks}
        self.fail_on: str | None = None
        self.writes = 0

    def _write(self, remark_id: str, **changes: object) -> RemarkInfo:
        if remark_id == self.fail_on:
            raise StorageError("the disk is full")
        self.writes += 1
        self.rows[remark_id] = dataclasses.replace(self.rows[remark_id], **changes)  # type: ignore[arg-type]
        return self.rows[remark_id]

    def remark(self, remark_id: str) -> RemarkInfo:
        return self.rows[remark_id]

    def update_remark(self, remark_id: str, **changes: object) -> RemarkInfo:
        return self._write(remark_id, **{k: v for k, v in changes.items() if v is not None})

    def reword_remark(self, remark_id: str, text: str | None) -> RemarkInfo:
        return self._write(remark_id, reworded=text)

    def delete_remark(self, remark_id: str) -> RemarkInfo:
        return self._write(remark_id, deleted=True)

    def restore_remark(self, remark_id: str) -> RemarkInfo:
        return self._write(remark_id, deleted=False)

    def edit_remark(self, remark_id: str, text: str) -> RemarkInfo:
        return self._write(remark_id, text=text)


class FakeView:
    def __init__(self) -> None:
        self.shown: dict[str, RemarkInfo] = {}
        self.dropped: list[str] = []
        self.counts: dict[int, int] = {}

    def show_remark(self, remark: RemarkInfo, row: int | None = None) -> None:
        self.shown[remark.id] = remark

    def drop_remark(self, remark_id: str) -> None:
        self.dropped.append(remark_id)

    def count_theme(self, theme_id: int, delta: int) -> None:
        self.counts[theme_id] = self.counts.get(theme_id, 0) + delta


@pytest.fixture
def parts(qapp):  # type: ignore[no-untyped-def]
    vault = FakeVault([info(1), info(2), info(3)])
    view = FakeView()
    errors: list[str] = []
    done: list[str] = []
    stack = QUndoStack()
    controller = CurationController(vault, [view], stack, errors.append, done.append)  # type: ignore[arg-type]
    return controller, vault, view, stack, errors, done


def test_bulk_exclude_is_one_undo_step(parts) -> None:
    controller, vault, view, stack, errors, done = parts
    assert controller.set_status(["r1", "r2", "r3"], "excluded") == 3
    assert stack.count() == 1
    assert {r.status for r in vault.rows.values()} == {"excluded"}
    assert view.shown["r2"].status == "excluded"
    assert done == ["Left out of the summary (Ctrl+Z takes it back) (3 remarks)"]
    stack.undo()
    assert {r.status for r in vault.rows.values()} == {"captured"}
    stack.redo()
    assert {r.status for r in vault.rows.values()} == {"excluded"}
    assert errors == []


def test_nothing_to_change_pushes_nothing(parts) -> None:
    controller, vault, view, stack, errors, done = parts
    assert controller.set_key_point(["r1"], False) == 0
    assert stack.count() == 0 and vault.writes == 0


def test_a_failed_write_is_reported_and_never_undoable(parts) -> None:
    controller, vault, view, stack, errors, done = parts
    vault.fail_on = "r1"
    assert not controller.reword("r1", "softer")
    assert errors == ["Could not reword the remark: the disk is full"]
    assert stack.count() == 0
    assert vault.rows["r1"].reworded is None
    # a bulk change that fails half way keeps (and can undo) what was written
    vault.fail_on = "r2"
    assert controller.set_status(["r1", "r2", "r3"], "excluded") == 1
    assert vault.rows["r1"].status == "excluded" and vault.rows["r3"].status == "captured"
    stack.undo()
    assert vault.rows["r1"].status == "captured"


def test_delete_and_undo_restore(parts) -> None:
    controller, vault, view, stack, errors, done = parts
    assert controller.delete("r2", 1)
    assert vault.rows["r2"].deleted and view.dropped == ["r2"] and view.counts == {1: -1}
    stack.undo()
    assert not vault.rows["r2"].deleted and view.counts == {1: 0}


def test_merge_split_undo_redo_on_a_real_vault(qapp, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    t = vault.themes()[0].id
    a = vault.add_remark("Interpreters are scarce in the north.", t)
    b = vault.add_remark("There are too few interpreters up north.", t)
    view, stack = FakeView(), QUndoStack()
    controller = CurationController(vault, [view], stack, pytest.fail)
    merged = controller.merge([a.id, b.id], "Interpreters are scarce in the north.")
    assert merged is not None
    alive = [r for r in vault.remarks() if r.merged_into is None]
    assert [r.id for r in alive] == [merged.id]
    assert {p.id for p in vault.merged_parts(merged.id)} == {a.id, b.id}
    stack.undo()  # split
    assert {r.id for r in vault.remarks() if r.merged_into is None} == {a.id, b.id}
    stack.redo()
    assert [r.id for r in vault.remarks() if r.merged_into is None] == [merged.id]
    parts = controller.split(merged.id)
    assert {p.id for p in parts} == {a.id, b.id}
    assert vault.remark(merged.id).deleted
    stack.undo()
    assert not vault.remark(merged.id).deleted
    assert vault.remark(a.id).merged_into == merged.id
