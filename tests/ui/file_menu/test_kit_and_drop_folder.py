"""Joining an event from a kit (welcome page) and the drop folder (File → Drop folder…),
driven through their widgets with the keyboard, checked against what the vaults and the
folder hold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.guard.participants import Participant, final_terms, propose_terms
from roundtable_app.ui.file_menu.drop_folder import DropFolderDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.welcome.join_kit import JoinKitDialog
from roundtable_app.vault import Vault
from roundtable_app.vault.bundles import export_bundle, read_bundle

KIT_PASS = "kit passphrase, Subotica"
TIMEOUT = 60_000


def make_kit(tmp_path: Path, passphrase: str) -> Path:
    org = Vault.create(
        tmp_path / "organiser.roundtable",
        passphrase,
        title="Regional roundtable",
        themes=("Housing", "Šećer i zdravlje"),
    )
    with org:
        org.add_session("Day 1")
        people = [Participant("Milica Šarac", "Crveni krst Subotica", "koordinatorka")]
        org.import_participants(people, final_terms(propose_terms(people)))
        export_bundle(org, tmp_path / "kit.rtbundle", KIT_PASS, setup=True)
        return tmp_path / "kit.rtbundle"


def test_join_an_event_from_a_kit_through_the_welcome_page(
    qtbot, ui, window: MainWindow, tmp_path: Path, passphrase: str
) -> None:
    kit = make_kit(tmp_path, passphrase)
    target = tmp_path / "laptop-a.roundtable"
    qtbot.mouseClick(window.welcome.join_button, Qt.MouseButton.LeftButton)
    dialog = window.welcome.join_dialog
    assert isinstance(dialog, JoinKitDialog) and dialog.isVisible()
    # a wrong kit passphrase: a plain message, no file made, the fields cleared
    ui.type(dialog.kit.edit, str(kit))
    ui.type(dialog.target.edit, str(target))
    ui.type(dialog.kit_pass, "not the kit passphrase")
    ui.type(dialog.new_pass, passphrase)
    ui.type(dialog.repeat, passphrase)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)
    assert "wrong bundle passphrase" in dialog.message.text()
    assert not target.exists() and dialog.kit_pass.text() == "" and dialog.new_pass.text() == ""
    assert dialog.kit_pass.hasFocus()
    # now the right one, typed and confirmed with Enter from field to field
    ui.type(dialog.kit_pass, KIT_PASS)
    qtbot.keyClick(dialog.kit_pass, Qt.Key.Key_Return)
    assert dialog.new_pass.hasFocus()
    ui.type(dialog.new_pass, passphrase)
    qtbot.keyClick(dialog.new_pass, Qt.Key.Key_Return)
    ui.type(dialog.repeat, passphrase)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)
    assert dialog.message.text() == ""
    qtbot.waitUntil(lambda: window.vault is not None, timeout=TIMEOUT)
    assert window.stack.currentWidget() is window.workspace
    window.close_vault()
    with (
        Vault.open(target, passphrase) as vault,
        Vault.open(tmp_path / "organiser.roundtable", passphrase) as org,
    ):
        assert vault.event().title == "Regional roundtable"
        mine, theirs = vault.bundle_contents(setup=True), org.bundle_contents(setup=True)
        assert [(t.uid, t.name) for t in mine.themes] == [(t.uid, t.name) for t in theirs.themes]
        assert [a.uid for a in mine.sessions] == [a.uid for a in theirs.sessions]
        assert vault.participants() == org.participants() != []
        assert vault.terms() == org.terms()


def test_drop_folder_offers_new_bundles_and_writes_ours_at_the_end_of_the_session(
    qtbot, ui, window: MainWindow, vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    other = Vault.create(tmp_path / "b.roundtable", passphrase, title="B", themes=["Housing"])
    with other:
        other.add_remark("Laptop B: deposits block moves.", other.themes()[0].id)
        export_bundle(other, folder / "laptop-b.rtbundle", KIT_PASS)
    mine = vault.add_remark("Laptop A: collective centres are full.", vault.themes()[0].id)
    window.open_vault(vault)
    window.drop_action.trigger()
    dialog = window._file_dialog
    assert isinstance(dialog, DropFolderDialog)
    ui.type(dialog.folder.edit, str(folder))
    qtbot.waitUntil(lambda: window.drop.pending != [], timeout=TIMEOUT)
    assert "1 new bundle: laptop-b.rtbundle" in dialog.found.text()
    assert "1 new bundle in the drop folder" in window.status_text.text()
    qtbot.mouseClick(dialog.write_at_end, Qt.MouseButton.LeftButton)
    assert dialog.write_at_end.isChecked()
    ui.type(dialog.passphrase, KIT_PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # preview
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)
    assert dialog.preview is not None and dialog.preview.added == 1
    assert "Nothing has changed yet" in dialog.found.text()
    assert len(vault.remarks()) == 1  # the preview wrote nothing
    qtbot.keyClick(dialog.go, Qt.Key.Key_Space)  # confirm
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=TIMEOUT)
    assert {r.text for r in vault.remarks()} == {
        "Laptop A: collective centres are full.",
        "Laptop B: deposits block moves.",
    }
    assert window.drop.pending == []  # offered once: not again
    assert "No new bundles" in dialog.found.text()
    dialog.reject()
    # the folder is remembered inside the vault, not in the settings
    assert vault.drop_folder_state()[:2] == (str(folder), True)
    window.lock_action.trigger()
    ours = [p for p in folder.iterdir() if p.name != "laptop-b.rtbundle"]
    assert len(ours) == 1 and ours[0].suffix == ".rtbundle"
    assert ours[0].stat().st_mode & 0o077 == 0
    assert "Bundle written to the drop folder" in window.status_text.text()
    contents = read_bundle(ours[0], KIT_PASS)
    assert mine.id in {r.id for r in contents.remarks}
    assert len(contents.remarks) == 2
