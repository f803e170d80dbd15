"""Creating a vault and trying the demo through the welcome page, driven by the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.welcome.new_vault import passphrase_strength
from roundtable_app.vault import Vault
from roundtable_app.vault.demo import DEMO_PASSPHRASE


def fill_create_form(
    ui, win: MainWindow, path: Path, title: str, first: str, second: str, themes: str = ""
) -> None:
    page = win.welcome.new_card
    ui.type(page.location, str(path))
    ui.type(page.event_title, title)
    ui.type(page.new_pass, first)
    ui.type(page.repeat_pass, second)
    if themes:
        ui.type(page.themes, themes)


def test_create_vault_through_welcome_page_opens_with_that_passphrase(
    qtbot, ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    target = tmp_path / "spring-meeting.roundtable"
    fill_create_form(ui, window, target, "Spring meeting", passphrase, passphrase)
    # Two themes typed on two lines (Return in the themes box is a new line).
    qtbot.keyClicks(window.welcome.new_card.themes, "Housing")
    qtbot.keyClick(window.welcome.new_card.themes, Qt.Key.Key_Return)
    qtbot.keyClicks(window.welcome.new_card.themes, "Health care")
    qtbot.mouseClick(window.welcome.new_card.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)

    assert target.exists()
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle().startswith("spring-meeting.roundtable")
    assert "Spring meeting" not in window.windowTitle()
    # the passphrase does not linger in the form
    card = window.welcome.new_card
    assert card.new_pass.text() == "" and card.repeat_pass.text() == ""
    window.close_vault()

    with Vault.open(target, passphrase) as vault:
        assert vault.event().title == "Spring meeting"
        assert [t.name for t in vault.themes()] == ["Housing", "Health care"]


def test_short_passphrase_is_refused_and_no_file_is_made(
    qtbot, ui, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "short.roundtable"
    fill_create_form(ui, window, target, "Short", "123456789", "123456789")
    assert window.welcome.new_card.strength.text().startswith("Too short")
    qtbot.mouseClick(window.welcome.new_card.create_button, Qt.MouseButton.LeftButton)
    assert "at least 10 characters" in window.welcome.new_card.create_message.text()
    assert not window.welcome.new_card.create_message.isHidden()
    assert window.vault is None
    assert not target.exists()


def test_differing_passphrases_are_refused(qtbot, ui, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "differ.roundtable"
    fill_create_form(ui, window, target, "Differ", "a long passphrase", "a long passphrasE")
    assert "differ" in window.welcome.new_card.strength.text()
    qtbot.keyClick(window.welcome.new_card.repeat_pass, Qt.Key.Key_Return)
    assert window.welcome.new_card.create_message.text() == "The two passphrases differ."
    assert not target.exists()


def test_existing_file_is_never_overwritten(qtbot, ui, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "taken.roundtable"
    target.write_bytes(b"someone else's file")
    fill_create_form(ui, window, target, "Taken", "a long passphrase", "a long passphrase")
    qtbot.mouseClick(window.welcome.new_card.create_button, Qt.MouseButton.LeftButton)
    assert "never overwrites" in window.welcome.new_card.create_message.text()
    assert target.read_bytes() == b"someone else's file"


def test_suffix_is_added_to_a_bare_name(qtbot, ui, window: MainWindow, tmp_path: Path) -> None:
    fill_create_form(
        ui, window, tmp_path / "bare", "Bare", "a long passphrase", "a long passphrase"
    )
    qtbot.mouseClick(window.welcome.new_card.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10_000)
    assert (tmp_path / "bare.roundtable").exists()


def test_demo_opens_in_a_temporary_folder_removed_on_close(qtbot, window: MainWindow) -> None:
    assert window.welcome.demo_pass.text() == DEMO_PASSPHRASE
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.vault is not None
    path = Path(window.vault.path)
    assert window.vault.event().title.startswith("Roundtable on the Human Rights")
    assert len(window.vault.terms()) > 0
    assert window.windowTitle() == "demo.roundtable — Roundtable"
    window.close_vault()
    assert not path.parent.exists()
    assert window.stack.currentWidget() is window.welcome
    # the demo is never put on the recent list
    assert window.settings.recent_paths() == []


def test_passphrase_strength_grows_with_length() -> None:
    scores = [
        passphrase_strength(p)[0]
        for p in ("short", "abcdefghij", "abcdefghijklmn", "four unrelated words here")
    ]
    assert scores == [0, 1, 2, 3]
