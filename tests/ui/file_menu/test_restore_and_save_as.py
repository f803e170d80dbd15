"""Restore from backup (offered by the unlock dialog on damage) and Save as… when the vault
file vanishes while open: driven through the real widgets, checked on the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.file_menu.backup_dialog import SaveAsDialog
from roundtable_app.ui.file_menu.restore_dialog import RestoreDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
PASS = "a passphrase for these tests"


def test_a_damaged_vault_is_restored_from_the_unlock_dialog(
    ui, window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "event.roundtable"
    with Vault.create(path, PASS, title="T", themes=["A"]) as v:
        for i in range(40):
            v.add_remark(f"remark number {i}", v.themes()[0].id)
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 99] ^= 0x10  # a flipped byte in page 4
    path.write_bytes(bytes(data))
    dialog = ui.unlock(window, path, PASS)
    assert "damaged" in dialog.form.message.text().lower()
    button = dialog.form.restore_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    restore = dialog.form._restore_dialog
    assert isinstance(restore, RestoreDialog)
    assert restore.list.count() >= 1
    assert "40 remarks" in restore.list.item(0).text()
    ui.type(restore.field, PASS)
    qtbot.keyClick(restore.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not restore.isVisible(), timeout=15_000)
    assert "Restored" in dialog.form.message.text()
    assert [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    ui.type(dialog.form.field, PASS)
    qtbot.keyClick(dialog.form.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
    assert window.vault is not None and len(window.vault.remarks()) == 40


def test_the_vault_file_deleted_while_open_stops_saved_and_offers_save_as(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "event.roundtable"
    vault = Vault.create(path, PASS, title="T", themes=["A"])
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws.focus_editor()
    qtbot.keyClick(ws.editor, Qt.Key.Key_1, CTRL)
    qtbot.keyClicks(ws.editor, "saved while the file was there")
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert ws.view.saved_label.text().startswith("✓ Saved")
    path.unlink()  # someone deletes the vault file
    qtbot.keyClicks(ws.editor, "typed after the file vanished")
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert "Not saved" in ws.view.saved_label.text()
    assert ws.editor.toPlainText() == "typed after the file vanished"  # the text stays
    dialog = window._file_dialog
    assert isinstance(dialog, SaveAsDialog) and dialog.isVisible()
    assert "deleted or moved" in dialog.message.text()
    dest = tmp_path / "rescued.roundtable"
    dialog.destination.edit.setFocus()
    dialog.destination.edit.clear()
    qtbot.keyClicks(dialog.destination.edit, str(dest))
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dest.exists() and "Saved to" in dialog.message.text(), timeout=15_000)
    QApplication.processEvents()
    window.close()
    with Vault.open(dest, PASS) as copy:
        assert [r.text for r in copy.remarks()] == ["saved while the file was there"]
        draft = copy.draft()
        assert draft is not None and draft.text == "typed after the file vanished"
