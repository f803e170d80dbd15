"""Event setup → Summary: the executive summary and the theme syntheses, written by Save and read
back from the vault; nothing is half-saved; the guard underlines these texts too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from roundtable_app.export.preflight import preflight
from roundtable_app.guard import Term
from roundtable_app.ui.setup.dialog import SetupDialog
from roundtable_app.ui.setup.summary_tab import EVENT, MAX_CHARS
from roundtable_app.vault import Vault

EXEC = "Participants agreed that legal aid must reach people before winter."
SYNTH = "Reception capacity is the bottleneck; mobile teams help."


def make(qtbot, vault: Vault) -> SetupDialog:
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.summary_tab)
    return dialog


def test_summary_texts_are_saved_and_read_back(qtbot, vault):
    themes = vault.themes()
    dialog = make(qtbot, vault)
    tab = dialog.summary_tab
    assert tab.list.count() == 1 + len(themes)
    assert tab.list.item(0).text() == "Executive summary"
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))

    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, EXEC)
    tab.select(themes[1].id)  # the typed text is kept while another one is edited
    assert tab.editor.toPlainText() == ""
    qtbot.keyClicks(tab.editor, SYNTH)
    tab.select(EVENT)
    assert tab.editor.toPlainText() == EXEC
    assert vault.event_summary() == ""  # nothing is written before Save
    assert tab.dirty

    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert vault.event_summary() == EXEC
    assert vault.theme_summary(themes[1].id) == SYNTH
    assert vault.theme_summary(themes[0].id) == ""
    assert changed == [True] and not tab.dirty
    assert dialog.message.text() == "Saved."
    dialog.reject()

    again = make(qtbot, vault)
    assert again.summary_tab.text(EVENT) == EXEC
    again.summary_tab.select(themes[1].id)
    assert again.summary_tab.editor.toPlainText() == SYNTH


def test_a_text_too_long_leaves_every_text_unsaved(qtbot, vault):
    themes = vault.themes()
    dialog = make(qtbot, vault)
    tab = dialog.summary_tab
    tab.editor.setPlainText(EXEC)
    tab.select(themes[0].id)
    tab.editor.setPlainText("x" * (MAX_CHARS + 1))
    assert dialog.save() is False
    assert "too long" in dialog.message.text()
    assert vault.event_summary() == "" and vault.theme_summary(themes[0].id) == ""
    tab.editor.setPlainText(SYNTH)
    assert dialog.save() is True
    assert (vault.event_summary(), vault.theme_summary(themes[0].id)) == (EXEC, SYNTH)


def test_close_asks_about_unsaved_texts(qtbot, vault):
    dialog = make(qtbot, vault)
    dialog.summary_tab.editor.setPlainText(EXEC)
    assert "Unsaved" in dialog.message.text()
    dialog.reject()
    assert dialog.question is not None and dialog.question.isVisible()
    assert "summary texts" in dialog.question.informativeText()
    assert vault.event_summary() == ""


def test_the_guard_underlines_a_synthesis_and_a_dismissal_clears_the_preflight(qtbot, vault):
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    theme = vault.themes()[0]
    dialog = make(qtbot, vault)
    tab = dialog.summary_tab
    tab.select(theme.id)
    tab.editor.setFocus()
    qtbot.keyClicks(tab.editor, "As Jelena Petrovic said, shelters are full.")
    qtbot.waitUntil(lambda: [f.text for f in tab.live.findings] == ["Jelena Petrovic"])
    assert "possible attribution" in tab.findings_label.text()
    assert dialog.save()
    [item] = [t for t in preflight(vault) if t.target == f"theme:{theme.id}"]
    assert [f.text for f in item.findings] == ["Jelena Petrovic"]
    assert tab.dismiss(tab.live.findings[0], "quoted from her published report")
    assert tab.live.findings == []
    [item] = [t for t in preflight(vault) if t.target == f"theme:{theme.id}"]
    assert item.findings == ()


def test_a_theme_added_in_setup_gets_a_synthesis_entry(qtbot, vault):
    dialog = make(qtbot, vault)
    dialog.summary_tab.editor.setPlainText(EXEC)
    assert dialog.themes_tab.add("Winter preparedness")
    names = [dialog.summary_tab.list.item(i).text() for i in range(dialog.summary_tab.list.count())]
    assert names[-1] == "Synthesis: Winter preparedness"
    assert dialog.summary_tab.text(EVENT) == EXEC  # typed text survives the refresh
