"""Closing the demo asks first and can save it as a real vault (issue 8, item 16)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_app.ui.demo_copy import DemoCopyDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NEW_PASSPHRASE = "my own 'demo' copy \\ ž"
TIMEOUT = 60_000


def open_demo(ui, window: MainWindow) -> Path:
    window.demo_action.trigger()
    ui.qtbot.waitUntil(lambda: window.workspace is not None, timeout=TIMEOUT)
    assert window.vault is not None
    return Path(window._demo_dir)


def ctrl_w(ui, window: MainWindow) -> QMessageBox:
    """Ctrl+W in the editor; returns the question once it has the keyboard."""
    assert window.workspace is not None
    window.activateWindow()
    ui.qtbot.waitUntil(window.isActiveWindow)
    ui.qtbot.keyClick(window.workspace.editor, Qt.Key.Key_W, CTRL)
    ui.qtbot.waitUntil(lambda: window.demo_question is not None)
    box = window.demo_question
    assert box is not None
    ui.qtbot.waitUntil(box.isActiveWindow)
    return box


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_ctrl_w_on_the_demo_asks_cancel_keeps_it_delete_deletes_it(ui, window: MainWindow) -> None:
    folder = open_demo(ui, window)
    box = ctrl_w(ui, window)
    assert "deletes it" in box.text()
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # Cancel
    ui.qtbot.waitUntil(lambda: window.demo_question is None)
    assert window.vault is not None and folder.is_dir()

    ctrl_w(ui, window)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_D, ALT)  # Close and delete
    ui.qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not folder.exists()
    assert window.stack.currentWidget() is window.welcome


def test_save_a_copy_writes_a_real_vault_under_its_own_passphrase(
    ui, window: MainWindow, tmp_path: Path
) -> None:
    folder = open_demo(ui, window)
    assert window.vault is not None
    count = len(window.vault.remarks())
    ctrl_w(ui, window)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Save a copy… is the default
    ui.qtbot.waitUntil(lambda: isinstance(window._file_dialog, DemoCopyDialog))
    dialog = window._file_dialog
    assert isinstance(dialog, DemoCopyDialog)
    dialog.activateWindow()
    ui.qtbot.waitUntil(dialog.isActiveWindow)
    target = tmp_path / "kept.roundtable"
    edit = dialog.destination.edit
    edit.setFocus()
    edit.selectAll()
    ui.type(edit, str(target))
    dialog.passphrase.setFocus()
    ui.type(focused(), NEW_PASSPHRASE)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.type(focused(), NEW_PASSPHRASE)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not folder.exists()
    assert str(target) in window.status_text.text()
    with Vault.open(target, NEW_PASSPHRASE) as copy:
        assert len(copy.remarks()) == count and count > 0
    assert target.stat().st_mode & 0o077 == 0


def test_new_vault_from_the_demo_asks_too(ui, window: MainWindow) -> None:
    folder = open_demo(ui, window)
    window.activateWindow()
    ui.qtbot.waitUntil(window.isActiveWindow)
    assert window.workspace is not None
    ui.qtbot.keyClick(window.workspace.editor, Qt.Key.Key_N, CTRL)
    ui.qtbot.waitUntil(lambda: window.demo_question is not None)
    assert window.vault is not None and folder.is_dir()
    box = window.demo_question
    ui.qtbot.waitUntil(box.isActiveWindow)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_D, ALT)
    ui.qtbot.waitUntil(lambda: window.vault is None, timeout=TIMEOUT)
    assert not folder.exists()


def test_closing_the_locked_demo_asks_and_cancel_keeps_it(ui, window: MainWindow) -> None:
    folder = open_demo(ui, window)
    assert window.workspace is not None
    window.activateWindow()
    ui.qtbot.waitUntil(window.isActiveWindow)
    ui.qtbot.keyClick(window.workspace.editor, Qt.Key.Key_L, CTRL)  # lock now
    ui.qtbot.waitUntil(lambda: window.stack.currentWidget() is window.lock_screen)
    close = window.lock_screen.close_button
    close.setFocus()
    ui.qtbot.keyClick(close, Qt.Key.Key_Space)  # "Close vault" on the lock screen
    ui.qtbot.waitUntil(lambda: window.demo_question is not None)
    box = window.demo_question
    assert box is not None and "deletes it" in box.text()
    ui.qtbot.waitUntil(box.isActiveWindow)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # Cancel: the demo stays, still locked
    ui.qtbot.waitUntil(lambda: window.demo_question is None)
    assert folder.is_dir() and window.stack.currentWidget() is window.lock_screen

    close.setFocus()
    ui.qtbot.keyClick(close, Qt.Key.Key_Space)
    ui.qtbot.waitUntil(lambda: window.demo_question is not None)
    box = window.demo_question
    assert box is not None
    ui.qtbot.waitUntil(box.isActiveWindow)
    ui.qtbot.keyClick(focused(), Qt.Key.Key_D, ALT)  # Close and delete
    ui.qtbot.waitUntil(lambda: not folder.exists(), timeout=TIMEOUT)
    assert window.stack.currentWidget() is window.welcome
