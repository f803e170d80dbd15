"""A refused passphrase's message is shown whole, not cut to half a line (issue 8, item 6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from roundtable_app.errors import UnlockError
from roundtable_app.ui.error_words import UNLOCK_MESSAGES
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault


def settle(qtbot) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        qtbot.wait(20)


def assert_whole(label: QLabel) -> None:
    assert label.isVisible() and label.text() == UNLOCK_MESSAGES[UnlockError]
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing()  # wraps
    assert label.height() >= label.heightForWidth(label.width())


def test_lock_screen_shows_the_whole_wrong_passphrase_message(ui, window: MainWindow, vault: Vault):
    window.open_vault(vault)
    window.lock()
    field = window.lock_screen.form.field
    field.setFocus()
    ui.type(field, "wrong one")
    ui.qtbot.keyClick(field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.lock_screen.form.message.isVisible(), timeout=60_000)
    settle(ui.qtbot)
    assert_whole(window.lock_screen.form.message)


def test_unlock_dialog_shows_the_whole_wrong_passphrase_message(
    ui, window: MainWindow, vault: Vault
):
    vault.close()
    dialog = ui.unlock(window, vault.path, "wrong one")
    settle(ui.qtbot)
    assert_whole(dialog.form.message)
