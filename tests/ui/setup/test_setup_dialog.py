"""The event-setup dialog writes through the vault; assertions check the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from roundtable_app.guard import Term
from roundtable_app.ui.setup.dialog import SetupDialog
from roundtable_app.vault import Vault


def make(qtbot, vault: Vault) -> tuple[SetupDialog, list[bool]]:
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    return dialog, changed


def test_add_rename_reorder_colour_and_shortcut_a_theme(qtbot, vault):
    dialog, changed = make(qtbot, vault)
    tab = dialog.themes_tab
    assert tab.add("Winter preparedness")
    new = vault.theme_by_name("Winter preparedness")
    assert new is not None and new.shortcut == 3
    assert tab.rename(new.id, "Winter  preparedness and shelter")
    assert vault.themes()[2].name == "Winter preparedness and shelter"
    assert tab.move_theme(new.id, -1)
    assert [t.id for t in vault.themes()].index(new.id) == 1
    assert tab.current().id == new.id  # the moved theme stays selected
    tab.up_button.click()
    assert vault.themes()[0].id == new.id
    assert tab.set_colour(new.id, "#123456")
    assert tab.set_shortcut(new.id, 1)
    theme = vault.theme_by_name("Winter preparedness and shelter")
    assert (theme.colour, theme.shortcut) == ("#123456", 1)
    assert len(changed) == 6


def test_theme_errors_are_plain_and_change_nothing(qtbot, vault):
    dialog, changed = make(qtbot, vault)
    before = vault.themes()
    assert not dialog.themes_tab.add("rights of the child")
    assert "already exists" in dialog.themes_tab.message.text()
    assert not dialog.themes_tab.add("   ")
    assert "empty" in dialog.themes_tab.message.text()
    assert vault.themes() == before and changed == []


def test_agenda_add_rename_delete(qtbot, vault):
    dialog, changed = make(qtbot, vault)
    tab = dialog.agenda_tab
    assert tab.add("Opening", 1, "09:30–11:00")
    session = vault.sessions()[0]
    assert (session.title, session.day, session.time_label) == ("Opening", 1, "09:30–11:00")
    assert tab.update_session(session.id, "Opening plenary", 1, "09:30")
    assert vault.sessions()[0].title == "Opening plenary"
    assert tab.delete(session.id)
    assert vault.sessions() == [] and len(changed) == 3


def test_event_fields_saved_and_an_empty_title_refused(qtbot, vault):
    dialog, changed = make(qtbot, vault)
    tab = dialog.event_tab
    tab.venue_edit.setText("Subotica")
    tab.conveners_edit.setPlainText("Convener One\n\nConvener Two\n")
    assert dialog.save()
    event = vault.event()
    assert event.venue == "Subotica" and event.conveners == ("Convener One", "Convener Two")
    tab.title_edit.setText("  ")
    assert not dialog.save()
    assert dialog.message.text() == "Not saved: the event needs a title"
    assert vault.event().title == "Test roundtable" and len(changed) == 1


def test_terms_csv_import_then_save(qtbot, vault, tmp_path: Path):
    vault.import_terms([Term("Jelena Petrović", "person")])
    dialog, changed = make(qtbot, vault)
    csv = tmp_path / "terms.csv"
    csv.write_text(
        "term,kind,aliases\nJelena Petrović,person,Jelena Petrovic\n"
        "Centar za azil,organisation,CZA; Asylum Centre\n",
        "utf-8",
    )
    assert dialog.terms_tab.import_csv(str(csv))
    assert "1 term added, 1 updated and saved" in dialog.terms_tab.message.text()
    assert dialog.save()
    terms = {t.term: t for t in vault.terms()}
    assert terms["Jelena Petrović"].aliases == ("Jelena Petrovic",)
    assert terms["Centar za azil"] == Term(
        "Centar za azil", "organisation", ("CZA", "Asylum Centre")
    )
    assert changed == [True]  # the import saved itself; Save had nothing left to write


def test_a_bad_terms_csv_names_its_line_and_imports_nothing(qtbot, vault, tmp_path: Path):
    dialog, changed = make(qtbot, vault)
    csv = tmp_path / "bad.csv"
    csv.write_text("term,kind,aliases\nA Person,person,\nSomeone,planet,\n", "utf-8")
    assert not dialog.terms_tab.import_csv(str(csv))
    text = dialog.terms_tab.message.text()
    assert text.startswith("Nothing imported: ") and "line 3" in text and "planet" in text
    assert dialog.terms_tab.model.rowCount() == 0
    assert dialog.save() and vault.terms() == [] and changed == []


def test_terms_table_edit_add_delete_and_duplicate_refused(qtbot, vault):
    dialog, _ = make(qtbot, vault)
    model = dialog.terms_tab.model
    row = model.add_row()
    model.setData(model.index(row, 0), "Mayor of Kanjiža")
    model.setData(model.index(row, 1), "role")
    model.setData(model.index(row, 2), "gradonačelnik;  mayor ")
    assert dialog.save()
    assert vault.terms() == [Term("Mayor of Kanjiža", "role", ("gradonačelnik", "mayor"))]
    model.add_row("mayor of kanjiža", "role")
    assert not dialog.save()
    assert "row 2" in dialog.message.text() and "already listed on row 1" in dialog.message.text()
    assert len(vault.terms()) == 1
    model.remove_row(1)
    model.remove_row(0)
    assert dialog.save() and vault.terms() == []
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) is None


def test_summary_language_picked_with_the_keyboard_is_saved(qtbot, vault):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog, changed = make(qtbot, vault)
    dialog.show()
    combo = dialog.event_tab.language_combo
    assert combo.currentData() == "en"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Српски (ћирилица)"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert vault.event().language == "sr-Cyrl" and changed
    dialog.close()
    again, _ = make(qtbot, vault)
    assert again.event_tab.language_combo.currentData() == "sr-Cyrl"
