"""Importing participants from the setup dialog, driven with the keyboard; the vault is checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from roundtable_app.ui.setup.dialog import SetupDialog
from roundtable_app.vault import Vault


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(
        "name,organisation,role\nAleksandar Petrović,Centar za socijalni rad,direktor centra\n",
        "utf-8",
    )
    return path


def test_untick_a_generated_alias_with_space_then_save(qtbot, vault: Vault, tmp_path, monkeypatch):
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    hook = dialog.participants_import
    monkeypatch.setattr(
        "roundtable_app.ui.setup.participants_import.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(_csv(tmp_path)), ""),
    )
    dialog.tabs.setCurrentWidget(dialog.terms_tab)
    hook.button.setFocus()
    qtbot.keyClick(hook.button, Qt.Key.Key_Space)
    review = hook.review
    assert review is not None and review.isVisible()
    tree = review.tree
    first = tree.currentItem()
    assert first.text(0) == "Александар Петровић"  # the first generated alias
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # Saša
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # Саша
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # Aca
    assert tree.currentItem().text(0) == "Aca"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert tree.currentItem().checkState(0) == Qt.CheckState.Unchecked
    save = review.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert not review.isVisible()
    terms = {t.term: t for t in vault.terms()}
    person = terms["Aleksandar Petrović"]
    assert "Aca" not in person.aliases and "Saša" in person.aliases
    assert terms["direktor centra"].kind == "role"
    assert [p.name for p in vault.participants()] == ["Aleksandar Petrović"]
    shown = {dialog.terms_tab.model.terms()[i].term for i in range(3)}
    assert "Aleksandar Petrović" in shown
    assert "1 participant added" in dialog.terms_tab.message.text()
    assert changed


def test_cancel_saves_nothing_and_a_bad_file_says_why(qtbot, vault: Vault, tmp_path):
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    hook = dialog.participants_import
    review = hook.open_csv(str(_csv(tmp_path)))
    assert review is not None
    qtbot.keyClick(review.tree, Qt.Key.Key_Escape)
    assert vault.participants() == [] and vault.terms() == []
    bad = tmp_path / "bad.csv"
    bad.write_text("organisation\nUNHCR\n", "utf-8")
    assert hook.open_csv(str(bad)) is None
    assert "no 'name' column" in dialog.terms_tab.message.text()


def test_strict_affiliation_box_toggles_the_vault_setting(qtbot, vault: Vault):
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.participants_import.strict
    dialog.tabs.setCurrentWidget(dialog.terms_tab)
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert vault.strict_affiliation() is True
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert vault.strict_affiliation() is False


def test_closing_the_setup_dialog_closes_the_review_with_its_names(qtbot, vault: Vault, tmp_path):
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    review = dialog.participants_import.open_csv(str(_csv(tmp_path)))
    assert review is not None and review.isVisible()
    dialog.reject()  # what the lock does
    assert not review.isVisible()
    assert dialog.participants_import.review is None
    assert vault.participants() == []
