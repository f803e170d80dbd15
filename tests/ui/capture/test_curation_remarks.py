"""Curating saved remarks for the summary from the keyboard: exclude/include, key point, reword.
Every assertion checks what the vault (and the export pre-flight) holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from roundtable_app.export.preflight import check_remarks
from roundtable_app.guard import Term
from roundtable_app.ui.capture.remark_model import STATUS, TEXT
from roundtable_app.ui.capture.reword_dialog import RewordDialog
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SLIP = "Jelena Petrovic proposed mobile legal aid teams."
NEUTRAL = "A participant proposed mobile legal aid teams."


@pytest.fixture
def ws(qtbot, vault: Vault) -> Iterator[CaptureWorkspace]:
    """A shown workspace over a vault holding one remark that names a protected person."""
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    vault.add_remark(SLIP, vault.themes()[0].id)
    w = CaptureWorkspace(vault)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.ensure_loaded()
    view = w.view.remark_list
    view.setFocus()
    view.setCurrentIndex(w.remark_filter.index(0, TEXT))
    yield w
    w.shutdown()


def findings_in_preflight(vault: Vault, remark_id: str) -> list[str]:
    return [f.text for t in check_remarks(vault) if t.target_id == remark_id for f in t.findings]


def back_to(qtbot, w: CaptureWorkspace) -> None:
    """The dialog is gone: the workspace's window is active again (offscreen needs a nudge)."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def on_next_dialog(handle: Callable[[RewordDialog], None]) -> None:
    """Run ``handle`` on the modal reword dialog once it is up (exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RewordDialog):
            handle(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_ctrl_shift_x_excludes_then_includes_and_undo_restores(qtbot, ws, vault):
    remark_id = vault.remarks()[0].id
    view = ws.view.remark_list
    index = ws.remark_filter.index(0, TEXT)
    assert findings_in_preflight(vault, remark_id) == ["Jelena Petrovic"]
    assert index.data(ws.remark_model.FindingsRole)

    qtbot.keyClick(view, Qt.Key.Key_X, CTRL | SHIFT)
    assert vault.remark(remark_id).status == "excluded"
    assert all(t.target_id != remark_id for t in check_remarks(vault))
    # The red marker goes: the export ignores excluded remarks.
    assert index.data(ws.remark_model.FindingsRole) == []
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert index.siblingAtColumn(STATUS).data() == "Excluded"
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert view.exclude_action.text().replace("&", "") == "Include in the summary"
    assert not view.reword_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_X, CTRL | SHIFT)
    assert vault.remark(remark_id).status == "included"
    assert findings_in_preflight(vault, remark_id) == ["Jelena Petrovic"]
    assert index.data(ws.remark_model.FindingsRole)

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert vault.remark(remark_id).status == "excluded"
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert vault.remark(remark_id).status == "captured"  # where it started
    assert index.siblingAtColumn(STATUS).data() == ""


def test_ctrl_shift_k_toggles_a_key_point_with_a_marker_and_undo(qtbot, ws, vault):
    remark_id = vault.remarks()[0].id
    view = ws.view.remark_list
    index = ws.remark_filter.index(0, TEXT)
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL | SHIFT)
    assert vault.remark(remark_id).key_point is True
    assert "★ Key point" in index.siblingAtColumn(STATUS).data()
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert view.key_point_action.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_K, CTRL | SHIFT)
    assert vault.remark(remark_id).key_point is False
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert vault.remark(remark_id).key_point is True
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert vault.remark(remark_id).key_point is False
    assert "Key point" not in index.siblingAtColumn(STATUS).data()


def test_ctrl_r_rewords_keeps_the_original_and_undo_restores(qtbot, ws, vault):
    remark_id = vault.remarks()[0].id
    view = ws.view.remark_list
    index = ws.remark_filter.index(0, TEXT)
    seen: dict[str, object] = {}

    def reword(dialog: RewordDialog) -> None:
        seen["original"] = dialog.original_view.toPlainText()
        seen["read_only"] = dialog.original_view.isReadOnly()
        qtbot.waitUntil(lambda: [f.text for f in dialog.live.findings] == ["Jelena Petrovic"])
        seen["underlined"] = True
        dialog.editor.selectAll()
        qtbot.keyClicks(dialog.editor, NEUTRAL)
        dialog.live.scan_now()
        seen["after"] = list(dialog.live.findings)
        dialog.save_button.click()

    on_next_dialog(reword)
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert seen == {"original": SLIP, "read_only": True, "underlined": True, "after": []}
    back_to(qtbot, ws)
    assert ws.focusWidget() is view  # the keyboard is back in the list
    remark = vault.remark(remark_id)
    assert (remark.text, remark.reworded) == (SLIP, NEUTRAL)
    assert [(r.field, r.text) for r in vault.revisions(remark_id)] == [("reworded", None)]
    assert index.data() == NEUTRAL
    assert "✎ Reworded" in index.siblingAtColumn(STATUS).data()
    assert SLIP in index.data(Qt.ItemDataRole.ToolTipRole)  # the original, on hover
    # The red marker follows the current wording; so does the pre-flight.
    assert index.data(ws.remark_model.FindingsRole) == []
    assert findings_in_preflight(vault, remark_id) == []

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    remark = vault.remark(remark_id)
    assert (remark.text, remark.reworded) == (SLIP, None)
    assert len(vault.revisions(remark_id)) == 2  # the undone wording is kept too
    assert index.data() == SLIP
    assert [f.text for f in index.data(ws.remark_model.FindingsRole)] == ["Jelena Petrovic"]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert vault.remark(remark_id).reworded == NEUTRAL


def test_use_the_original_clears_the_rewording(qtbot, ws, vault):
    remark_id = vault.remarks()[0].id
    vault.reword_remark(remark_id, NEUTRAL)
    ws.reload()
    ws.view.remark_list.setCurrentIndex(ws.remark_filter.index(0, TEXT))
    on_next_dialog(lambda d: d.original_button.click())
    qtbot.keyClick(ws.view.remark_list, Qt.Key.Key_R, CTRL)
    assert vault.remark(remark_id).reworded is None
    assert vault.remark(remark_id).text == SLIP
    assert ws.remark_filter.index(0, TEXT).data() == SLIP
    ws.undo_stack.undo()
    assert vault.remark(remark_id).reworded == NEUTRAL


def test_cancel_changes_nothing_and_a_dismissal_in_the_dialog_reaches_the_vault(qtbot, ws, vault):
    remark_id = vault.remarks()[0].id
    dialog = ws.dialogs.reword_dialog(remark_id)
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.live.findings) == 1)
    assert ws.curation.dismiss_finding(remark_id, dialog.live.findings[0], "on the record")
    dialog.live.scan_now(force=True)
    assert dialog.live.findings == []
    dialog.reject()
    assert vault.remark(remark_id).reworded is None and ws.undo_stack.count() == 0
    assert findings_in_preflight(vault, remark_id) == []


def test_curation_actions_are_named_in_the_menu_and_the_help(qtbot, ws, vault):
    view = ws.view.remark_list
    menu = view.context_menu(view.current_remark())
    labels = [a.text().replace("&", "") for a in menu.actions()]
    for label in ("Reword for the summary…", "Key point", "Exclude from the summary"):
        assert label in labels
    for action in (view.exclude_action, view.key_point_action, view.reword_action):
        assert action.toolTip() and action.statusTip() and action.objectName()
    rows = {r.what: r.keys for _title, rs in ws.shortcut_sections() for r in rs}
    assert rows["Key point"] == "Ctrl+Shift+K"
    assert rows["Reword for the summary"] == "Ctrl+R"
    assert rows["Exclude from the summary"] == "Ctrl+Shift+X"
