"""Privacy of the desktop: the clipboard, Qt's file-dialog history, lock on suspend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.privacy import forget_file_dialog_history
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier


def test_text_copied_from_the_editor_is_marked_and_cleared_after_the_timeout(
    window: MainWindow, vault: Vault, qtbot
) -> None:
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ws.focus_editor()
    qtbot.keyClicks(ws.editor, "Dragana said this at the table")
    qtbot.keyClick(ws.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(ws.editor, Qt.Key.Key_C, CTRL)
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    assert data is not None and data.text() == "Dragana said this at the table"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert data.hasFormat("ExcludeClipboardContentFromMonitorProcessing")
    guard = QApplication.instance()._roundtable_clipboard  # type: ignore[union-attr]
    guard._timer.setInterval(50)
    guard._timer.start()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_qt_file_dialog_history_is_forgotten(app) -> None:
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject")
    store.setValue("FileDialog/history", ["/home/someone/secret-event-folder"])
    store.sync()
    forget_file_dialog_history()
    again = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "QtProject")
    assert again.value("FileDialog/history") is None
    written = Path(again.fileName())
    assert not written.exists() or "secret-event-folder" not in written.read_text(errors="replace")


def test_the_vault_locks_when_the_application_is_suspended(
    window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    app = QApplication.instance()
    assert app is not None
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert window.vault is None and not vault.is_open
