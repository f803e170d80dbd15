"""File → Back up, Export bundle and Import bundle, driven through their dialogs and checked
against what the files and the vaults hold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.ui.file_menu.backup_dialog import BackupDialog
from roundtable_app.ui.file_menu.bundle_dialogs import BundleExportDialog, BundleImportDialog
from roundtable_app.ui.file_menu.work_dialog import WorkDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

BUNDLE_PASSPHRASE = "bundle 'pass' \\ phrase-č"
TIMEOUT = 60_000


def press(qtbot, dialog: WorkDialog) -> None:
    """Press the dialog's primary button and wait for its worker to report."""
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)


def texts(vault: Vault) -> set[str]:
    return {r.text for r in vault.remarks()}


def export_bundle(qtbot, window: MainWindow, vault: Vault, out: Path) -> BundleExportDialog:
    """Open ``vault`` and write a bundle of it to ``out`` through the dialog."""
    window.open_vault(vault)
    window.bundle_export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BundleExportDialog)
    dialog.destination.set_path(out)
    dialog.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.again.setText(BUNDLE_PASSPHRASE)
    press(qtbot, dialog)
    return dialog


def import_bundle(
    qtbot, window: MainWindow, source: Path, passphrase: str = BUNDLE_PASSPHRASE
) -> BundleImportDialog:
    window.bundle_import_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BundleImportDialog)
    dialog.source.set_path(source)
    dialog.passphrase.setText(passphrase)
    press(qtbot, dialog)  # the preview: nothing is written yet
    if dialog.preview is not None:
        assert dialog.counts is None
        assert "Nothing has changed yet" in dialog.preview_text.text()
        assert dialog.go.text() == "&Import" and dialog.go.hasFocus()
        qtbot.keyClick(dialog.go, Qt.Key.Key_Space)  # confirm, as a keyboard user does
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)
    return dialog


def test_every_file_action_waits_for_an_open_vault(window: MainWindow, vault: Vault) -> None:
    actions = [
        window.export_action,
        window.backup_action,
        window.bundle_export_action,
        window.bundle_import_action,
    ]
    assert not any(a.isEnabled() for a in actions)
    window.export_action.trigger()
    assert window._file_dialog is None
    window.open_vault(vault)
    assert all(a.isEnabled() for a in actions)
    window.keys_action.trigger()
    help_text = window._help.text()  # type: ignore[union-attr]
    assert "Ctrl+Shift+E" in help_text and "Export summary" in help_text
    assert "Ctrl+Shift+B" in help_text and "Back up" in help_text
    window.lock()
    assert not any(a.isEnabled() for a in actions)


def test_backup_writes_an_encrypted_copy_that_opens_with_the_same_passphrase(
    qtbot, window: MainWindow, demo_vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    expected = texts(demo_vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    window.open_vault(demo_vault)
    window.backup_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BackupDialog)
    dialog.destination.set_path(folder)
    press(qtbot, dialog)
    assert dialog.written is not None and dialog.written.parent == folder
    assert str(dialog.written) in dialog.message.text()
    data = dialog.written.read_bytes()
    assert not data.startswith(b"SQLite format 3")  # encrypted, not a plain database
    assert all(t.encode("utf-8") not in data for t in expected)
    window.close_vault()
    with Vault.open(dialog.written, passphrase) as copy:
        assert texts(copy) == expected


def test_backup_to_a_file_name_never_overwrites(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    target = tmp_path / "copy.roundtable"
    target.write_bytes(b"keep me")
    window.open_vault(vault)
    window.backup_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BackupDialog)
    dialog.destination.set_path(target)
    press(qtbot, dialog)
    assert target.read_bytes() == b"keep me"
    assert "already exists" in dialog.message.text() and dialog.written is None


def test_bundle_moves_remarks_to_a_second_vault_and_a_second_import_adds_nothing(
    qtbot, window: MainWindow, demo_vault: Vault, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "laptop-a.rtbundle"
    expected = texts(demo_vault)
    sent = export_bundle(qtbot, window, demo_vault, out)
    total = len(demo_vault.remarks())  # deleted ones travel as tombstones, not remarks
    assert sent.count == total and out.exists()
    assert f"{total} remarks written to {out}" in sent.message.text()
    assert sent.passphrase.text() == "" and sent.again.text() == ""
    sent.accept()
    window.close_vault()

    window.open_vault(vault)
    before = len(vault.remarks())
    window.bundle_import_action.trigger()
    preview = window._file_dialog
    assert isinstance(preview, BundleImportDialog)
    preview.source.set_path(out)
    preview.passphrase.setText(BUNDLE_PASSPHRASE)
    qtbot.keyClick(preview.passphrase, Qt.Key.Key_Return)  # Enter in the field previews
    qtbot.waitUntil(lambda: not preview.is_busy, timeout=TIMEOUT)
    assert preview.preview is not None and preview.preview.added == total
    assert f"will add {total}, update 0" in preview.preview_text.text()
    assert len(vault.remarks()) == before  # the preview wrote nothing
    preview.reject()
    first = import_bundle(qtbot, window, out)
    assert first.counts is not None and first.counts.added == total
    assert f"Added {total}, updated 0, already present 0." in first.message.text()
    assert expected <= texts(vault)
    # the workspace reloaded: its list shows the imported remarks
    ws = window.workspace
    assert ws is not None
    ws.ensure_loaded()
    assert ws.remark_model.rowCount() == len(vault.remarks())
    first.accept()

    second = import_bundle(qtbot, window, out)
    assert second.counts is not None
    assert (second.counts.added, second.counts.updated) == (0, 0)
    assert second.counts.present == total


def test_wrong_bundle_passphrase_shows_the_message_and_changes_nothing(
    qtbot, window: MainWindow, demo_vault: Vault, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "b.rtbundle"
    export_bundle(qtbot, window, demo_vault, out).accept()
    window.close_vault()
    window.open_vault(vault)
    before = texts(vault)
    dialog = import_bundle(qtbot, window, out, "not the right one")
    assert "wrong bundle passphrase" in dialog.message.text()
    assert dialog.message.property("error") is True
    # the refused passphrase stays, selected, so typing replaces it
    assert dialog.counts is None and dialog.passphrase.selectedText() == "not the right one"
    assert texts(vault) == before
    assert dialog.isVisible()  # another try is one passphrase away


def test_damaged_bundle_gets_its_plain_message(
    qtbot, window: MainWindow, demo_vault: Vault, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "b.rtbundle"
    export_bundle(qtbot, window, demo_vault, out).accept()
    data = bytearray(out.read_bytes())
    data[-5] ^= 0xFF
    out.write_bytes(bytes(data))
    window.close_vault()
    window.open_vault(vault)
    dialog = import_bundle(qtbot, window, out)
    assert "damaged" in dialog.message.text()
    assert texts(vault) == set()


def test_bundle_passphrase_is_asked_twice_and_must_be_long(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "b.rtbundle"
    window.open_vault(vault)
    window.bundle_export_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, BundleExportDialog)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.destination.set_path(out)
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert "at least 10" in dialog.message.text() and not out.exists()
    dialog.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.again.setText(BUNDLE_PASSPHRASE + "x")
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and not out.exists()
    assert not dialog.is_busy
