"""What the app remembers between runs: paths the user chose, idle minutes, geometry; nothing
of a vault's content."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.settings import Settings
from roundtable_app.vault import Vault

TITLE = "Zebra Crossing Summit QX7"
REMARK = "The KILO-REMARK-93 shelter lacked heating"


def settings_bytes() -> bytes:
    folder = Path(os.environ["ROUNDTABLE_SETTINGS_DIR"])
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_settings_after_a_session_hold_no_text_no_passphrase_no_title(
    ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    page = window.welcome.new_card
    target = tmp_path / "kept.roundtable"
    ui.type(page.location, str(target))
    ui.type(page.event_title, TITLE)
    ui.type(page.new_pass, passphrase)
    ui.type(page.repeat_pass, passphrase)
    ui.type(page.themes, "Winter shelters")
    page.remember_new.setChecked(True)
    ui.qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    ws = window.workspace
    assert ws is not None
    ui.type(ws.editor, REMARK)
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui.type(ws.editor, "draft LIMA-DRAFT-44")
    window.lock()
    ui.type(window.lock_screen.form.field, passphrase)
    ui.qtbot.keyClick(window.lock_screen.form.field, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    window.close()  # saves geometry and syncs the settings

    data = settings_bytes()
    assert str(target.resolve()).encode() in data  # the chosen path is kept
    for secret in (
        "KILO-REMARK-93",
        "LIMA-DRAFT-44",
        "Zebra Crossing",
        "QX7",
        "Winter shelters",
        "battery",
        "staple",
        "horse",
    ):
        assert secret.encode() not in data, secret
    with Vault.open(target, passphrase) as vault:
        assert [r.text for r in vault.remarks()] == [REMARK]


def test_recent_list_keeps_order_dedupes_and_forgets(tmp_path: Path) -> None:
    settings = Settings()
    a, b = tmp_path / "a.roundtable", tmp_path / "b.roundtable"
    settings.remember_path(a)
    settings.remember_path(b)
    settings.remember_path(a)
    assert settings.recent_paths() == [str(a.resolve()), str(b.resolve())]
    settings.forget_path(a)
    assert Settings().recent_paths() == [str(b.resolve())]


def test_idle_minutes_default_and_bounds() -> None:
    settings = Settings()
    assert settings.idle_minutes == 5
    settings.idle_minutes = 0
    assert settings.idle_minutes == 1
    settings.idle_minutes = 10_000
    assert Settings().idle_minutes == 240


def test_forget_button_removes_a_recent_vault(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "x.roundtable"
    window.settings.remember_path(path)
    window.welcome.refresh_recent()
    assert window.welcome.recent.count() == 1
    window.welcome.forget_button.click()
    assert window.settings.recent_paths() == []
    assert window.welcome.recent.count() == 0
