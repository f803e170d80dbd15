"""Theme descriptions are typed in Event setup → Themes and saved with Ctrl+S (issue 8, item 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_descriptions_typed_for_two_themes_are_saved_and_asked_about(
    ui, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    ui.qtbot.keyClick(window.workspace.editor, Qt.Key.Key_Comma, CTRL)  # type: ignore[union-attr]
    dialog = window._setup
    assert dialog is not None
    dialog.activateWindow()
    ui.qtbot.waitUntil(dialog.isActiveWindow)
    ui.qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_H, ALT)  # Themes tab
    tab = dialog.themes_tab
    tab.list.setFocus()
    ui.qtbot.keyClick(tab.list, Qt.Key.Key_Home)
    ui.qtbot.keyClick(tab.list, Qt.Key.Key_I, ALT)  # Description
    ui.qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.description_edit)
    ui.type(tab.description_edit, "Asylum, temporary protection and integration.")
    tab.list.setFocus()
    ui.qtbot.keyClick(tab.list, Qt.Key.Key_Down)  # the second theme; the first text is kept
    assert tab.description_edit.toPlainText() == ""
    ui.type(focus_description(ui, tab), "Children on the move.")
    assert "theme descriptions" in dialog.message.text()
    ui.qtbot.keyClick(tab.description_edit, Qt.Key.Key_S, CTRL)
    assert [t.description for t in vault.themes()] == [
        "Asylum, temporary protection and integration.",
        "Children on the move.",
    ]
    assert dialog.message.text() == "Saved."


def focus_description(ui, tab):
    ui.qtbot.keyClick(tab.list, Qt.Key.Key_I, ALT)
    ui.qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.description_edit)
    return tab.description_edit
