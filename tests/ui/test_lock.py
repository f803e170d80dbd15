"""Locking: Ctrl+L and idle time close the vault and clear the window; unlocking brings the
draft and theme back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

SAVED = "Interpreters were missing at the ALPHA-SAVED reception centre."
DRAFT = "Half-typed thought about BRAVO-DRAFT shelters"


def open_with_draft(ui, window: MainWindow, vault: Vault) -> int:
    """Open ``vault`` in the window, save one remark, switch to the second theme by keyboard
    and leave a draft in the editor; returns the second theme's id."""
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.type(ws.editor, SAVED)
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.text for r in vault.remarks()] == [SAVED]
    second = vault.themes()[1]
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert ws.controller is not None and ws.controller.theme_id == second.id
    ui.type(ws.editor, DRAFT)
    return second.id


def test_ctrl_l_closes_vault_and_leaves_no_remark_text_in_the_window(
    ui, window: MainWindow, vault: Vault
) -> None:
    open_with_draft(ui, window, vault)
    themes = [t.name for t in vault.themes()]
    # the walk does see remark text while unlocked (the list and the editor)
    assert ui.holds(window, "ALPHA-SAVED") and ui.holds(window, "BRAVO-DRAFT")
    editor = window.workspace.editor  # type: ignore[union-attr]
    ui.qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert not vault.is_open
    assert window.vault is None and window.workspace is None
    assert window.stack.currentWidget() is window.lock_screen
    for secret in (SAVED, "ALPHA-SAVED", "BRAVO-DRAFT", "Test roundtable", *themes):
        assert not ui.holds(window, secret), secret
    # the lock screen names the file and nothing else of the vault
    assert window.lock_screen.file_label.text() == Path(vault.path).name
    assert window.windowTitle() == f"{Path(vault.path).name} — Roundtable"
    assert not window.setup_action.isEnabled() and not window.lock_action.isEnabled()


def test_unlocking_brings_back_draft_and_theme(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    theme_id = open_with_draft(ui, window, vault)
    window.lock_action.trigger()
    assert not vault.is_open
    with Vault.open(vault.path, passphrase) as check:  # what the vault holds while locked
        draft = check.draft()
        assert draft is not None and draft.text == DRAFT and draft.theme_id == theme_id

    form = window.lock_screen.form
    ui.type(form.field, passphrase)
    ui.qtbot.keyClick(form.field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)

    ws = window.workspace
    assert ws is not None and window.stack.currentWidget() is ws
    assert ws.editor.toPlainText() == DRAFT
    assert ws.controller is not None and ws.controller.theme_id == theme_id
    assert not ws.view.banner.isVisible()  # resumed silently, no recovery banner
    assert [r.text for r in window.vault.remarks()] == [SAVED]


def test_wrong_passphrase_on_lock_screen_stays_locked(ui, window: MainWindow, vault: Vault) -> None:
    open_with_draft(ui, window, vault)
    window.lock()
    before = Path(vault.path).read_bytes()
    form = window.lock_screen.form
    ui.type(form.field, "wrong passphrase!")
    ui.qtbot.keyClick(form.field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: not form.is_busy, timeout=10_000)
    assert window.vault is None
    assert "does not unlock" in form.message.text()
    assert Path(vault.path).read_bytes() == before


def test_close_from_lock_screen_returns_to_welcome(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    open_with_draft(ui, window, vault)
    window.lock()
    window.lock_screen.close_button.click()
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Roundtable"
    with Vault.open(vault.path, passphrase) as check:
        assert check.draft() is not None  # the draft waits for the next open


def test_idle_time_locks_and_activity_postpones_it(
    ui, window: MainWindow, vault: Vault, clock
) -> None:
    window.open_vault(vault)
    assert window.autolock.policy.timeout == 5 * 60  # the default
    clock.advance(240)
    ui.type(window.workspace.editor, "x")  # type: ignore[union-attr]
    clock.advance(240)
    window.autolock.check_now()
    assert vault.is_open
    clock.advance(61)
    window.autolock.check_now()
    assert not vault.is_open
    assert window.stack.currentWidget() is window.lock_screen


def test_idle_timer_fires_on_its_own(ui, window: MainWindow, vault: Vault, clock) -> None:
    window.open_vault(vault)
    clock.advance(10 * 60)
    ui.qtbot.waitUntil(lambda: not vault.is_open, timeout=5_000)
    assert window.stack.currentWidget() is window.lock_screen


def test_idle_minutes_menu_is_stored_and_applied(window: MainWindow) -> None:
    ten = next(a for a in window.idle_group.actions() if a.data() == 10)
    ten.trigger()
    assert window.autolock.policy.timeout == 600
    assert window.settings.idle_minutes == 10
