"""Enter in every passphrase field does what the primary button does (issue 8, item 1).

Each test types into the widget that has the keyboard focus and presses Return there, as a
user does; nothing calls a slot. A wrong passphrase shows the error, keeps the dialog open and
leaves the typed passphrase selected for another try.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from roundtable_app.errors import UnlockError
from roundtable_app.ui.error_words import UNLOCK_MESSAGES
from roundtable_app.ui.file_menu.bundle_dialogs import BundleExportDialog, BundleImportDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault, export_bundle

BUNDLE_PASSPHRASE = "bundle 'pass' \\ phrase"
TIMEOUT = 60_000


def focused(qtbot, expected: QWidget) -> QWidget:
    """The widget holding the keyboard focus, once it is ``expected``."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected, timeout=5_000)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_enter(ui, expected: QWidget, text: str) -> None:
    """Type ``text`` into the focused widget (which must be ``expected``), then press Return."""
    widget = focused(ui.qtbot, expected)
    ui.type(widget, text)
    ui.qtbot.keyClick(widget, Qt.Key.Key_Return)


def assert_kept_selected(field: QLineEdit, typed: str) -> None:
    assert field.hasFocus()
    assert field.text() == typed
    assert field.selectedText() == typed


# ------------------------------------------------------------------ unlock dialog


def test_enter_in_the_unlock_dialog_opens_the_vault(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    vault.close()
    dialog = window.welcome.open_path(vault.path)
    assert dialog is not None
    type_and_enter(ui, dialog.form.field, passphrase)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=TIMEOUT)
    assert window.vault is not None and window.vault.event().title == "Test roundtable"
    assert window.workspace is not None


def test_enter_with_a_wrong_passphrase_shows_the_error_and_keeps_it_selected(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    vault.close()
    window.open_path(vault.path)  # the `roundtable gui VAULT` path
    dialog = window.welcome.unlock_dialog
    assert dialog is not None
    type_and_enter(ui, dialog.form.field, "not the passphrase")
    ui.qtbot.waitUntil(lambda: dialog.form.message.isVisible(), timeout=TIMEOUT)
    assert window.welcome.unlock_dialog is dialog and dialog.isVisible()
    assert dialog.form.message.text() == UNLOCK_MESSAGES[UnlockError]
    assert_kept_selected(dialog.form.field, "not the passphrase")
    assert window.vault is None

    # typing over the selection replaces it; Enter again opens the vault
    type_and_enter(ui, dialog.form.field, passphrase)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=TIMEOUT)
    assert window.vault is not None and window.vault.event().title == "Test roundtable"


# ------------------------------------------------------------------ lock screen


def test_enter_on_the_lock_screen_unlocks_and_a_wrong_passphrase_stays_selected(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    window.open_vault(vault)
    window.lock()
    field = window.lock_screen.form.field
    type_and_enter(ui, field, "wrong one")
    ui.qtbot.waitUntil(lambda: window.lock_screen.form.message.isVisible(), timeout=TIMEOUT)
    assert window.stack.currentWidget() is window.lock_screen
    assert window.lock_screen.form.message.text() == UNLOCK_MESSAGES[UnlockError]
    assert_kept_selected(field, "wrong one")

    type_and_enter(ui, field, passphrase)
    ui.qtbot.waitUntil(lambda: window.workspace is not None, timeout=TIMEOUT)
    assert window.vault is not None and window.vault.themes()


# ------------------------------------------------------------------ new vault


def test_enter_in_the_new_vault_form_creates_the_vault(
    ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    card = window.welcome.new_card
    target = tmp_path / "fresh.roundtable"
    card.location.setText(str(target))
    card.event_title.setText("Fresh event")
    card.new_pass.setFocus()
    type_and_enter(ui, card.new_pass, passphrase)  # Enter moves on to the repeat field
    type_and_enter(ui, card.repeat_pass, passphrase)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=TIMEOUT)
    assert window.vault is not None and window.vault.event().title == "Fresh event"
    assert target.is_file()


def test_enter_with_differing_new_passphrases_shows_the_error(
    ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    card = window.welcome.new_card
    target = tmp_path / "fresh.roundtable"
    card.location.setText(str(target))
    card.event_title.setText("Fresh event")
    card.new_pass.setFocus()
    type_and_enter(ui, card.new_pass, passphrase)
    type_and_enter(ui, card.repeat_pass, passphrase + "x")
    assert card.create_message.isVisible()
    assert "differ" in card.create_message.text()
    assert_kept_selected(card.new_pass, passphrase)  # both are typed again
    assert card.repeat_pass.text() == ""
    assert not target.exists() and window.vault is None


# ------------------------------------------------------------------ bundles


def test_enter_in_the_bundle_export_dialog_writes_the_bundle(
    ui, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    vault.add_remark("A remark that travels.", vault.themes()[0].id)
    window.open_vault(vault)
    window.bundle_export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BundleExportDialog)
    out = tmp_path / "out.rtbundle"
    dialog.destination.set_path(out)
    type_and_enter(ui, dialog.passphrase, BUNDLE_PASSPHRASE)
    type_and_enter(ui, dialog.again, "something else entirely")
    assert dialog.isVisible() and "differ" in dialog.message.text()
    assert not out.exists()
    assert_kept_selected(dialog.passphrase, BUNDLE_PASSPHRASE)
    assert dialog.again.text() == ""

    type_and_enter(ui, dialog.passphrase, BUNDLE_PASSPHRASE)
    type_and_enter(ui, dialog.again, BUNDLE_PASSPHRASE)
    ui.qtbot.waitUntil(lambda: dialog.count is not None, timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.count == 1
    assert out.is_file()


def test_enter_in_the_bundle_import_dialog_merges_and_a_wrong_passphrase_stays_selected(
    ui, window: MainWindow, vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    other = Vault.create(tmp_path / "other.roundtable", passphrase, title="Other", themes=["T"])
    other.add_remark("Remark from the other laptop.", other.themes()[0].id)
    source = tmp_path / "in.rtbundle"
    export_bundle(other, source, BUNDLE_PASSPHRASE)
    other.close()

    window.open_vault(vault)
    window.bundle_import_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BundleImportDialog)
    dialog.source.set_path(source)
    dialog.passphrase.setFocus()
    type_and_enter(ui, dialog.passphrase, "wrong bundle passphrase")
    ui.qtbot.waitUntil(lambda: not dialog.is_busy and dialog.message.isVisible(), timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.counts is None
    assert_kept_selected(dialog.passphrase, "wrong bundle passphrase")

    type_and_enter(ui, dialog.passphrase, BUNDLE_PASSPHRASE)
    # Enter shows what the import would do; Import (which now has the focus) merges it
    ui.qtbot.waitUntil(lambda: dialog.preview is not None, timeout=TIMEOUT)
    assert dialog.counts is None and dialog.go.hasFocus()
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    ui.qtbot.waitUntil(lambda: dialog.counts is not None, timeout=TIMEOUT)
    assert dialog.isVisible()
    assert "Remark from the other laptop." in {r.text for r in vault.remarks()}
