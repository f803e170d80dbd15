"""Event setup and the Reword dialog never drop what the user typed or imported (issue 8,
items 2, 3, 11, 12), driven from the keyboard through the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from roundtable_app.guard import Term
from roundtable_app.ui.capture.reword_dialog import RewordDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.setup.dialog import SetupDialog
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CONVENERS = "Centre for Asylum Law"


def open_setup(ui, window: MainWindow, vault: Vault) -> SetupDialog:
    """Open the vault (unless it is open) and Event setup with Ctrl+, from the editor."""
    if window.vault is None:
        window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Comma, CTRL)
    dialog = window._setup
    assert dialog is not None
    ui.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    ui.qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focus(ui, widget: QWidget) -> QWidget:
    # Offscreen there is no window manager to hand activation back after a message box.
    widget.window().activateWindow()
    ui.qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    ui.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return widget


def question_up(ui) -> QMessageBox:
    """The Save / Discard / Cancel box, once it is shown and has the keyboard."""
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box[:] = [b for b in box if b.isVisible()]
        return bool(box)

    ui.qtbot.waitUntil(shown)
    ui.qtbot.waitUntil(lambda: box[0].isActiveWindow())
    return box[0]


def key_to_focused(ui, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    ui.qtbot.keyClick(widget, key, modifier)


# ------------------------------------------------------------------ item 2


def test_escape_with_unsaved_conveners_asks_and_enter_saves_them(
    ui, window: MainWindow, vault: Vault
) -> None:
    dialog = open_setup(ui, window, vault)
    ui.type(focus(ui, dialog.event_tab.conveners_edit), CONVENERS)
    key_to_focused(ui, Qt.Key.Key_Escape)
    box = question_up(ui)
    assert "event fields" in box.informativeText()
    assert dialog.isVisible()
    key_to_focused(ui, Qt.Key.Key_Return)  # Save is the default
    ui.qtbot.waitUntil(lambda: window._setup is None)
    assert vault.event().conveners == (CONVENERS,)


def test_window_close_with_unsaved_event_fields_asks_cancel_keeps_discard_drops(
    ui, window: MainWindow, vault: Vault
) -> None:
    dialog = open_setup(ui, window, vault)
    ui.type(focus(ui, dialog.event_tab.venue_edit), "Subotica")
    dialog.close()  # the window manager's close button
    box = question_up(ui)
    assert "event fields" in box.informativeText()
    key_to_focused(ui, Qt.Key.Key_Escape)  # Cancel: back to the dialog, text intact
    ui.qtbot.waitUntil(lambda: not box.isVisible())
    assert window._setup is dialog and dialog.isVisible()
    assert dialog.event_tab.venue_edit.text() == "Subotica"

    focus(ui, dialog.event_tab.venue_edit)
    key_to_focused(ui, Qt.Key.Key_Escape)
    question_up(ui)
    key_to_focused(ui, Qt.Key.Key_D, ALT)  # Discard changes
    ui.qtbot.waitUntil(lambda: window._setup is None)
    assert vault.event().venue == ""


def test_nothing_unsaved_closes_without_a_question(ui, window: MainWindow, vault: Vault) -> None:
    open_setup(ui, window, vault)
    key_to_focused(ui, Qt.Key.Key_Escape)
    ui.qtbot.waitUntil(lambda: window._setup is None)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_lock_saves_the_typed_venue_instead_of_dropping_it(
    ui, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    dialog = open_setup(ui, window, vault)
    ui.type(focus(ui, dialog.event_tab.venue_edit), "Subotica")
    window.lock()
    assert window._setup is None
    with Vault.open(vault.path, passphrase) as check:
        assert check.event().venue == "Subotica"


# ------------------------------------------------------------------ item 3 and 11


@pytest.fixture
def terms_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A terms CSV that the platform's file dialog "picks"."""
    csv = tmp_path / "terms.csv"
    csv.write_text(
        "term,kind,aliases\nJelena Petrović,person,Jelena Petrovic\n"
        "Centar za azil,organisation,CZA\nMarko Marković,person,\n",
        "utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    return csv


def test_imported_terms_survive_close_and_reopen(
    ui, window: MainWindow, vault: Vault, terms_csv: Path
) -> None:
    dialog = open_setup(ui, window, vault)
    key_to_focused(ui, Qt.Key.Key_P, ALT)  # Protected terms tab
    focus(ui, dialog.terms_tab.import_button)
    key_to_focused(ui, Qt.Key.Key_Space)  # Import CSV…
    assert dialog.terms_tab.model.rowCount() == 3
    assert "saved" in dialog.terms_tab.message.text()
    assert "press Save" not in dialog.terms_tab.message.text()
    key_to_focused(ui, Qt.Key.Key_Escape)  # nothing left unsaved: no question
    ui.qtbot.waitUntil(lambda: window._setup is None)
    assert [t.term for t in vault.terms()] == [
        "Jelena Petrović",
        "Centar za azil",
        "Marko Marković",
    ]

    focus(ui, window.workspace.editor)  # type: ignore[union-attr]
    dialog = open_setup(ui, window, vault)
    assert dialog.terms_tab.model.rowCount() == 3
    # ...and the guard knows them at once
    assert window.workspace is not None
    assert [f.text for f in window.workspace.checks.text_findings("x", "As Jelena Petrovic said")]


def test_status_line_says_saved_after_ctrl_s_and_unsaved_again_after_typing(
    ui, window: MainWindow, vault: Vault
) -> None:
    dialog = open_setup(ui, window, vault)
    ui.type(focus(ui, dialog.event_tab.venue_edit), "Novi Sad")
    assert "Unsaved" in dialog.message.text()
    key_to_focused(ui, Qt.Key.Key_S, CTRL)
    assert vault.event().venue == "Novi Sad"
    assert dialog.message.text() == "Saved."
    ui.type(dialog.event_tab.venue_edit, "!")
    assert "Unsaved" in dialog.message.text()
    key_to_focused(ui, Qt.Key.Key_Backspace)
    assert "Unsaved" not in dialog.message.text()


# ------------------------------------------------------------------ item 12


def test_alt_s_and_ctrl_enter_save_in_event_setup(ui, window: MainWindow, vault: Vault) -> None:
    dialog = open_setup(ui, window, vault)
    ui.type(focus(ui, dialog.event_tab.venue_edit), "Niš")
    key_to_focused(ui, Qt.Key.Key_S, ALT)
    assert dialog.event_tab.venue_edit.text() == "Niš"  # no "s" typed into the field
    ui.qtbot.waitUntil(lambda: vault.event().venue == "Niš")  # a mnemonic animates the click
    ui.type(focus(ui, dialog.event_tab.conveners_edit), CONVENERS)
    key_to_focused(ui, Qt.Key.Key_Return, CTRL)
    assert vault.event().conveners == (CONVENERS,)
    assert dialog.event_tab.conveners_edit.toPlainText() == CONVENERS  # no new line typed


def test_reword_dialog_saves_on_ctrl_enter_and_asks_on_escape(
    ui, window: MainWindow, vault: Vault
) -> None:
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    remark = vault.add_remark("Jelena Petrovic said shelters are full.", vault.themes()[0].id).id
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ws.ensure_loaded()
    view = ws.view.remark_list
    view.setCurrentIndex(ws.remark_filter.index(0, 0))
    focus(ui, view)
    seen: dict[str, object] = {}

    def drive(dialog: RewordDialog) -> None:
        try:
            focus(ui, dialog.editor)
            dialog.editor.selectAll()
            ui.type(dialog.editor, "A participant said shelters are full.")
            ui.qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
            box = question_up(ui)
            seen["asked"] = box.text()
            key_to_focused(ui, Qt.Key.Key_Escape)  # Cancel
            ui.qtbot.waitUntil(lambda: not box.isVisible())
            seen["still_open"] = dialog.isVisible()
            ui.qtbot.keyClick(focus(ui, dialog.editor), Qt.Key.Key_Return, CTRL)
        finally:
            if dialog.isVisible():  # a failed step must not leave exec() blocking the test
                QTimer.singleShot(0, lambda: dialog.done(0))

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RewordDialog):
            drive(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    ui.qtbot.keyClick(view, Qt.Key.Key_R, CTRL)
    assert seen == {"asked": "Save the new wording?", "still_open": True}
    assert vault.remark(remark).reworded == "A participant said shelters are full."


def test_dismiss_dialog_saves_on_ctrl_enter_and_asks_on_escape(ui, qtbot) -> None:
    from roundtable_app.ui.guarded_text.dismiss import DismissDialog

    dialog = DismissDialog("Jelena Petrovic", "names a protected person")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui.type(focus(ui, dialog.reason_edit), "public figure, on the record")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    box = question_up(ui)
    key_to_focused(ui, Qt.Key.Key_Escape)  # Cancel: the reason stays
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.reason() == "public figure, on the record"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(focus(ui, dialog.reason_edit), Qt.Key.Key_Return, CTRL)
    assert dialog.reason() == "public figure, on the record"  # no new line typed
