"""The main window: actions and shortcuts, title, status bar, closing saves the draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from roundtable_app.ui.app import create_application
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.theme import ACCENT
from roundtable_app.vault import Vault
from roundtable_app.vault.types import Changes


def test_actions_have_their_shortcuts_and_accessible_names(window: MainWindow) -> None:
    expected = {
        window.new_action: "Ctrl+N",
        window.open_action: "Ctrl+O",
        window.close_action: "Ctrl+W",
        window.quit_action: "Ctrl+Q",
        window.setup_action: "Ctrl+,",
        window.lock_action: "Ctrl+L",
        window.review_action: "F9",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
        assert action.toolTip()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Event", "&View", "&Help"]


def test_actions_follow_the_vault_state(window: MainWindow, vault: Vault) -> None:
    assert not window.lock_action.isEnabled() and not window.setup_action.isEnabled()
    window.open_vault(vault)
    assert window.lock_action.isEnabled() and window.setup_action.isEnabled()
    window.close_action.trigger()
    assert not vault.is_open
    assert not window.close_action.isEnabled()


def test_title_shows_the_file_name_only(window: MainWindow, vault: Vault) -> None:
    window.open_vault(vault)
    assert window.windowTitle() == "event.roundtable — Roundtable"
    assert "Test roundtable" not in window.windowTitle()


def test_closing_the_window_saves_the_draft_and_closes_the_vault(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    window.open_vault(vault)
    ui.type(window.workspace.editor, "Unsaved words at closing time")  # type: ignore[union-attr]
    window.close()
    assert not vault.is_open
    with Vault.open(vault.path, passphrase) as again:
        draft = again.draft()
        assert draft is not None and draft.text == "Unsaved words at closing time"


def test_quit_action_closes_the_vault(window: MainWindow, vault: Vault) -> None:
    window.open_vault(vault)
    window.quit_action.trigger()
    assert not vault.is_open


def test_status_bar_shows_the_last_save_at_the_bottom_until_the_lock(
    ui, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.type(ws.editor, "Shelters are full.")
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.text for r in vault.remarks()] == ["Shelters are full."]
    label = window.status_text
    assert label.text().startswith("Saved to disk at ")
    assert (
        label.isVisible()
        and label.width() > label.fontMetrics().horizontalAdvance(label.text()) - 1
    )
    # In the window's bottom strip, below the workspace.
    top = label.mapTo(window, label.rect().topLeft()).y()
    assert top >= ws.mapTo(window, ws.rect().bottomLeft()).y()
    assert top + label.height() <= window.height()
    assert "Ctrl+L" in window.idle_note.text()
    ws.status_message.emit("Saved to disk at 10:42:07")
    assert label.text() == "Saved to disk at 10:42:07"
    window.lock()
    assert label.text() == "" and window.idle_note.text() == ""


def test_opening_a_vault_from_the_command_line_asks_for_its_passphrase(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    vault.close()
    window.open_path(vault.path)
    dialog = window.welcome.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    ui.type(dialog.form.field, passphrase)
    ui.qtbot.keyClick(dialog.form.field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert Path(window.vault.path) == Path(vault.path)
    assert window.settings.recent_paths() == []  # not chosen, not kept


def test_create_application_sets_names_and_style(app) -> None:
    same = create_application([])
    assert same is app
    assert app.applicationName() == "Roundtable"
    assert app.styleSheet()  # applied over Fusion; the style then reports the sheet's name
    assert app.palette().highlight().color().name() == ACCENT
    assert not app.windowIcon().isNull()


def test_setup_dialog_opens_on_ctrl_comma_and_changes_reload_the_workspace(
    ui, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window._setup
    assert dialog is not None and dialog.isVisible()
    vault.add_theme("Added in setup")
    dialog.changes.emit(Changes(themes=True))
    model = ws.theme_model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any("Added in setup" in str(n) for n in names)
    window.lock()
    assert window._setup is None  # the dialog shows themes and terms: it goes on lock
