"""Opening a vault through the unlock dialog: each refusal in its own plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable_app.errors import DamagedError, InUseError, NewerVersionError, UnlockError
from roundtable_app.ui.common import pending_jobs
from roundtable_app.ui.error_words import UNLOCK_MESSAGES, error_text
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault


def test_wrong_passphrase_shows_plain_message_keeps_dialog_and_file_unchanged(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    path = Path(vault.path)
    vault.close()
    before = path.read_bytes()
    dialog = ui.unlock(window, path, "not the passphrase at all")
    assert dialog.isVisible()
    assert dialog.form.message.text() == UNLOCK_MESSAGES[UnlockError]
    assert "Traceback" not in dialog.form.message.text()
    assert dialog.form.field.selectedText() == "not the passphrase at all"  # typed over next
    assert window.vault is None
    assert path.read_bytes() == before

    # the same dialog takes another try
    ui.type(dialog.form.field, passphrase)
    dialog.form.button.click()
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert window.vault is not None and window.vault.event().title == "Test roundtable"


def test_vault_in_use_is_reported_in_plain_words(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    dialog = ui.unlock(window, Path(vault.path), passphrase)  # the fixture holds it open
    assert dialog.form.message.text() == UNLOCK_MESSAGES[InUseError]
    assert window.vault is None
    assert vault.is_open and vault.themes()  # the first holder still works


def test_damaged_vault_is_reported_and_left_alone(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    theme = vault.themes()[0].id
    for i in range(300):
        vault.add_remark(f"remark number {i} " + "padding " * 20, theme)
    vault.close()
    data = bytearray(vault.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    vault.path.write_bytes(bytes(data))
    dialog = ui.unlock(window, Path(vault.path), passphrase)
    assert dialog.form.message.text() == UNLOCK_MESSAGES[DamagedError]
    assert vault.path.read_bytes() == bytes(data)


def test_vault_from_newer_version_is_reported(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    with vault.raw_connection() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9001'")  # type: ignore[attr-defined]
        conn.commit()  # type: ignore[attr-defined]
    vault.close()
    before = vault.path.read_bytes()
    dialog = ui.unlock(window, Path(vault.path), passphrase)
    assert dialog.form.message.text() == UNLOCK_MESSAGES[NewerVersionError]
    assert vault.path.read_bytes() == before


def test_the_four_refusals_have_distinct_messages() -> None:
    messages = {
        error_text(kind("x")) for kind in (UnlockError, DamagedError, InUseError, NewerVersionError)
    }
    assert len(messages) == 4


def test_unexpected_error_message_carries_no_detail() -> None:
    text = error_text(RuntimeError("secret remark text"))
    assert "secret remark text" not in text and "RuntimeError" in text


def test_cancel_while_unlocking_closes_the_late_vault(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    vault.close()
    dialog = window.welcome.open_path(vault.path)
    assert dialog is not None
    ui.type(dialog.form.field, passphrase)
    dialog.form.button.click()
    dialog.reject()
    ui.qtbot.waitUntil(lambda: pending_jobs() == 0, timeout=10_000)
    assert window.vault is None
    # nobody holds it: it opens again at once
    Vault.open(vault.path, passphrase).close()


@pytest.mark.parametrize("remember", [True, False])
def test_recent_list_holds_only_paths_the_user_chose_to_keep(
    ui, window: MainWindow, vault: Vault, passphrase: str, remember: bool
) -> None:
    vault.close()
    window.welcome.remember_open.setChecked(remember)
    ui.unlock(window, Path(vault.path), passphrase)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    window.close_vault()
    expected = [str(Path(vault.path).resolve())] if remember else []
    assert window.settings.recent_paths() == expected
    assert window.welcome.recent.count() == len(expected)


def test_unlock_dialog_names_the_whole_folder_of_a_relative_path(
    qtbot, app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen under Xvfb: `roundtable gui demo.roundtable` showed "." as the vault's folder."""
    from PySide6.QtWidgets import QLabel

    from roundtable_app.ui.unlock import UnlockDialog

    monkeypatch.chdir(tmp_path)
    dialog = UnlockDialog("demo.roundtable")
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(tmp_path) in texts
    assert "." not in texts
