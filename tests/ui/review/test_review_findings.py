"""The findings panel on the demo event: fixing every finding in place lets the export
through without accepting findings; Enter jumps to the remark."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt, QTimer

from roundtable_app.export import export_summary
from roundtable_app.export.preflight import preflight
from roundtable_app.ui.guarded_text.dismiss import DismissDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault
from roundtable_app.vault.demo import create_demo


@pytest.fixture
def review(window: MainWindow, tmp_path: Path, qtbot) -> ReviewWorkspace:
    create_demo(tmp_path / "demo.roundtable", PASSPHRASE).close()
    window.open_vault(Vault.open(tmp_path / "demo.roundtable", PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.review is not None
    return window.review


def test_enter_jumps_to_the_remark(review: ReviewWorkspace, qtbot) -> None:
    qtbot.keyClick(
        review.table,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert review.tabs.currentWidget() is review.findings
    row = review.findings.current()
    assert row is not None and row.kind == "remark"
    assert row.ref not in row.where  # named by theme and first words, never by id
    qtbot.keyClick(review.findings.list, Qt.Key.Key_Return)
    current = review.current_remark()
    assert current is not None and current.id == row.ref
    assert review.tabs.currentWidget() is review.detail


def test_fixing_every_finding_lets_the_export_through(
    review: ReviewWorkspace, window: MainWindow, qtbot, monkeypatch, tmp_path: Path, ui
) -> None:
    vault = window.vault
    assert vault is not None
    before = sum(len(r.findings) for r in preflight(vault))
    assert before >= 4

    def typed_exec(dialog: DismissDialog) -> int:
        dialog.show()
        ui.type(dialog.reason_edit, "published author, on the record")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(DismissDialog, "exec", typed_exec)
    panel = review.findings

    def take_first_wording() -> None:
        menu = panel.menu  # this panel's only: a poller must not outlive its test
        if menu is None or menu.activeAction() is None:
            QTimer.singleShot(20, take_first_wording)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Return)  # the first (the guard's own) is active

    qtbot.keyClick(
        review.table,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    replaced = excluded = dismissed = 0
    for _ in range(before + 2):
        row = panel.current()
        if row is None:
            break
        if row.finding.category == "organisation":
            qtbot.mouseClick(panel.exclude_button, Qt.MouseButton.LeftButton)
            excluded += 1
        elif panel.choices() and row.finding.category in ("person", "contact"):
            QTimer.singleShot(0, take_first_wording)  # Replace opens a menu of wordings
            qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
            replaced += 1
        else:
            qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
            dismissed += 1
    assert panel.rows == []
    assert replaced and excluded and dismissed
    assert sum(len(r.findings) for r in preflight(vault)) == 0
    reworded = [r for r in vault.remarks() if r.reworded and "a participant" in r.reworded.lower()]
    assert reworded
    assert any(r.status == "excluded" for r in vault.remarks())
    assert vault.dismissals()
    report = export_summary(vault, "md", tmp_path / "summary.md")
    assert report.exit_code == 0 and report.written
    text = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "Jelena Petrović" not in text and "gbv.referrals" not in text
    # every fix is undoable: undo the last replacement brings its finding back
    window.activateWindow()  # offscreen, a closed popup menu does not hand activation back
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sum(len(r.findings) for r in preflight(vault)) >= 1
