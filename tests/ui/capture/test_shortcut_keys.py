"""Every key in the main window does one thing: no two actions or shortcuts share a sequence."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier


def bound_keys(window: MainWindow) -> dict[str, list[str]]:
    """Each key sequence bound anywhere in the window, with what it is bound to."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            owners[seq.toString(QKeySequence.SequenceFormat.PortableText)].append(
                action.text() or action.objectName()
            )
    for shortcut in window.findChildren(QShortcut):
        for seq in shortcut.keys():
            owners[seq.toString(QKeySequence.SequenceFormat.PortableText)].append(
                shortcut.objectName() or "QShortcut"
            )
    return owners


def test_no_two_actions_share_a_key_with_a_vault_open(window: MainWindow, vault: Vault) -> None:
    window.open_vault(vault)
    owners = bound_keys(window)
    # The walk does reach the workspace's and the remark list's actions, not only the menus.
    for key in ("Ctrl+L", "Ctrl+Return", "Ctrl+1", "Alt+1", "Ctrl+Z", "F6", "Del", "Ctrl+T"):
        assert key in owners, key
    clashes = {key: who for key, who in owners.items() if len(who) > 1}
    assert clashes == {}


def test_ctrl_l_locks_from_the_remark_list_and_f6_goes_there(
    ui, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_F6)
    focused: QWidget | None = window.focusWidget()
    assert focused is ws.view.remark_list
    assert "(F6)" in ws.view.remarks_caption.text()
    ui.qtbot.keyClick(ws.view.remark_list, Qt.Key.Key_L, CTRL)
    assert not vault.is_open
    assert window.stack.currentWidget() is window.lock_screen


def test_help_lists_the_real_keys_and_no_theme_names(window: MainWindow, vault: Vault) -> None:
    window.open_vault(vault)
    window.keys_action.trigger()
    dialog = window._help
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for key in ("Ctrl+Enter", "Ctrl+L", "Ctrl+Z", "Ctrl+1", "F6", "Alt+6", "F2", "Del"):
        assert key in text, key
    assert "Ctrl+1 … Ctrl+2" in text  # the two themes' keys fold into one row
    assert all(t.name not in text for t in vault.themes())
    window.lock()
    assert window._help is None  # nothing of the event stays on screen over the lock


def test_help_follows_a_new_theme_key(window: MainWindow, vault: Vault) -> None:
    window.open_vault(vault)
    vault.add_theme("Third")
    window.workspace.reload()  # type: ignore[union-attr]
    window.keys_action.trigger()
    assert "Ctrl+1 … Ctrl+3" in window._help.text()  # type: ignore[union-attr]


def test_help_without_a_vault_shows_the_capture_keys_to_come(window: MainWindow) -> None:
    window.keys_action.trigger()
    text = window._help.text()  # type: ignore[union-attr]
    for key in ("Ctrl+N", "Ctrl+L", "Ctrl+Enter", "Alt+1"):
        assert key in text, key
