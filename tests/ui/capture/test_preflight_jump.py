"""The pre-flight names a remark by its theme and first words, and Enter or a double-click on
a finding goes to that remark in the list (issue 8, item 7); F6 lands on the newest remark
(note-taker friction)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_app.guard import Term
from roundtable_app.ui.capture.remark_model import TEXT
from roundtable_app.ui.file_menu.export_dialog import ExportDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

SLIP = "Jelena Petrovic said the shelters in the north are full by November every year."
TIMEOUT = 60_000


def test_preflight_names_the_remark_and_enter_goes_to_it(qtbot, window: MainWindow, vault: Vault):
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    theme = vault.themes()[1]
    vault.add_remark("A clean first remark about legal aid.", vault.themes()[0].id)
    slip = vault.add_remark(SLIP, theme.id).id
    vault.add_remark("A clean last remark about winter.", vault.themes()[0].id)
    window.open_vault(vault)
    window.workspace.ensure_loaded()  # type: ignore[union-attr]
    window.export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.gate.state == "findings", timeout=TIMEOUT)
    item = dialog.findings.topLevelItem(0)
    where = item.text(2)
    assert where == f"{theme.name}: “Jelena Petrovic said the shelters in the north…”"
    assert slip[:8] not in where

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.findings.setFocus()
    dialog.findings.setCurrentItem(item)
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._file_dialog is None)
    ws = window.workspace
    assert ws is not None
    view = ws.view.remark_list
    assert view.currentIndex().siblingAtColumn(TEXT).data(ws.remark_model.IdRole) == slip
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert not (vault.path.parent / "event-summary.pdf").exists()  # Enter did not export


def test_f6_selects_the_newest_remark(qtbot, window: MainWindow, vault: Vault):
    first = vault.themes()[0].id
    vault.add_remark("Older remark.", first)
    newest = vault.add_remark("Newest remark.", first).id
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ws.ensure_loaded()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws.focus_editor()
    qtbot.keyClick(ws.editor, Qt.Key.Key_F6)
    view = ws.view.remark_list
    assert QApplication.focusWidget() is view
    assert view.currentIndex().siblingAtColumn(TEXT).data(ws.remark_model.IdRole) == newest
