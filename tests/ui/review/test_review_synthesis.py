"""The executive summary and the theme syntheses are written in Review (the Summary tab of Event
setup is gone): saved and read back from the vault, too long refused with nothing half-saved,
a lock keeps what was typed, the guard underlines them against the same dismissals as the
export, "Not identifying here" dismisses a finding there, and Event setup's "Write the
syntheses in Review" goes there by keyboard (asking first about unsaved setup edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_app.export.findings import theme_target
from roundtable_app.export.preflight import preflight
from roundtable_app.guard import Term
from roundtable_app.ui.guarded_text.dismiss import DismissDialog
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault

EXEC = "Participants agreed that legal aid must reach people before winter."
SYNTH = "Reception capacity is the bottleneck; mobile teams help."
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
MAX_CHARS = 200_000  # the vault's limit for one text


def open_review(window: MainWindow, vault: Vault, qtbot) -> ReviewWorkspace:
    window.open_vault(vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.review is not None
    return window.review


def type_into_synthesis(ws: ReviewWorkspace, ui, theme_row: int, text: str) -> None:
    ws.theme_list.setCurrentRow(theme_row)
    ws.focus_synthesis()
    ui.type(ws.synthesis, text)


def test_both_texts_are_saved_and_read_back_after_reopening(
    ui, qtbot, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    review = open_review(window, vault, qtbot)
    themes = vault.themes()
    type_into_synthesis(review, ui, 0, EXEC)
    assert review.synthesis_label.text() == "Executive summary"
    type_into_synthesis(review, ui, 2, SYNTH)  # switching saves the one before at once
    assert vault.event_summary() == EXEC
    qtbot.waitUntil(lambda: vault.theme_summary(themes[1].id) == SYNTH, timeout=5000)
    assert vault.theme_summary(themes[0].id) == ""
    path = vault.path
    window.close_vault()

    review = open_review(window, Vault.open(path, passphrase), qtbot)
    review.theme_list.setCurrentRow(0)
    assert review.synthesis.toPlainText() == EXEC
    review.theme_list.setCurrentRow(2)
    assert review.synthesis.toPlainText() == SYNTH
    assert themes[1].name in review.synthesis_label.text()


def test_a_text_too_long_is_refused_and_the_other_stays_saved(
    ui, qtbot, window: MainWindow, vault: Vault
) -> None:
    review = open_review(window, vault, qtbot)
    type_into_synthesis(review, ui, 0, EXEC)
    review.theme_list.setCurrentRow(1)
    review.synthesis.setPlainText("x" * (MAX_CHARS + 1))  # a paste: typing it would take hours
    assert review.save_synthesis() is False
    assert "Not saved" in review.synthesis_state.text()
    assert "too long" in review.synthesis_state.text()
    assert vault.theme_summary(vault.themes()[0].id) == ""
    assert vault.event_summary() == EXEC
    assert len(review.synthesis.toPlainText()) == MAX_CHARS + 1  # still in the editor
    review.synthesis.setPlainText(SYNTH)
    assert review.save_synthesis() is True
    assert vault.theme_summary(vault.themes()[0].id) == SYNTH


def test_a_lock_saves_the_synthesis_being_typed(
    ui, qtbot, window: MainWindow, vault: Vault, passphrase: str
) -> None:
    review = open_review(window, vault, qtbot)
    theme = vault.themes()[0].id
    type_into_synthesis(review, ui, 1, SYNTH)
    window.lock()  # before the typing pause would have saved it
    with Vault.open(vault.path, passphrase) as check:
        assert check.theme_summary(theme) == SYNTH


def test_the_guard_underlines_a_synthesis_and_not_identifying_here_dismisses_it(
    ui, qtbot, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    theme = vault.themes()[0]
    review = open_review(window, vault, qtbot)
    type_into_synthesis(review, ui, 1, "As Jelena Petrovic said, shelters are full.")
    qtbot.waitUntil(
        lambda: [f.text for f in review.synthesis_guard.findings] == ["Jelena Petrovic"]
    )
    qtbot.waitUntil(lambda: review.synthesis_state.text().startswith("Saved"), timeout=5000)
    assert "possible attribution" in review.synthesis_state.text()
    [item] = [t for t in preflight(vault) if t.target == theme_target(theme.id)]
    assert [f.text for f in item.findings] == ["Jelena Petrovic"]

    def typed_exec(dialog: DismissDialog) -> int:
        dialog.show()
        ui.type(dialog.reason_edit, "quoted from her published report")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(DismissDialog, "exec", typed_exec)
    picked: list[str] = []

    def choose_dismiss() -> None:  # in the fixes menu: Down to "Not identifying here", Enter
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, choose_dismiss)
            return
        for _ in range(len(menu.actions())):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() and menu.activeAction().objectName() == "dismissFinding":
                break
        picked.append(menu.activeAction().text() if menu.activeAction() else "")
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QCursor.setPos(0, 0)  # the pointer away from the menu (it follows the pointer)
    cursor = review.synthesis.textCursor()
    cursor.setPosition(6)  # inside "Jelena Petrovic"
    review.synthesis.setTextCursor(cursor)
    QTimer.singleShot(0, choose_dismiss)
    qtbot.keyClick(review.synthesis, Qt.Key.Key_Menu)  # the fixes at the cursor
    assert picked and "dismiss" in picked[0]
    qtbot.waitUntil(lambda: review.synthesis_guard.findings == [])
    [item] = [t for t in preflight(vault) if t.target == theme_target(theme.id)]
    assert item.findings == ()
    assert [d.reason for d in vault.dismissals()] == ["quoted from her published report"]


def test_a_theme_added_in_setup_gets_its_synthesis_in_review(
    ui, qtbot, window: MainWindow, vault: Vault
) -> None:
    review = open_review(window, vault, qtbot)
    qtbot.keyClick(review.table, Qt.Key.Key_Comma, CTRL)  # Event setup, from Review
    dialog = window._setup
    assert dialog is not None
    assert dialog.themes_tab.add("Winter preparedness")
    review.theme_list.setCurrentRow(review.theme_list.count() - 1)
    assert review.synthesis_label.text() == "Synthesis of “Winter preparedness”"
    type_into_synthesis(review, ui, review.theme_list.count() - 1, SYNTH)
    winter = vault.themes()[-1]
    qtbot.waitUntil(lambda: vault.theme_summary(winter.id) == SYNTH, timeout=5000)


def focused(window: MainWindow):  # type: ignore[no-untyped-def]
    return QApplication.focusWidget() or window.focusWidget()


def question_up(qtbot) -> QMessageBox:
    box: list[QMessageBox] = []

    def shown() -> bool:
        box[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        return bool(box)

    qtbot.waitUntil(shown)
    box[0].activateWindow()
    qtbot.waitUntil(lambda: box[0].isActiveWindow())
    return box[0]


def open_setup(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_Comma, CTRL)  # type: ignore[union-attr]
    dialog = window._setup
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_write_the_syntheses_in_review_by_keyboard(
    ui, qtbot, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_setup(window, qtbot)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&Event",
        "T&hemes",
        "&Agenda",
        "&Protected terms",
    ]
    assert dialog.review_button.text() == "Write the s&yntheses in Review"
    assert dialog.review_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # with an unsaved edit it asks first; Cancel stays in setup
    dialog.event_tab.venue_edit.setFocus()
    ui.type(dialog.event_tab.venue_edit, "Subotica")
    qtbot.keyClick(dialog.event_tab.venue_edit, Qt.Key.Key_Y, ALT)
    box = question_up(qtbot)
    assert "event fields" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window._setup is dialog and dialog.isVisible()
    assert window.stack.currentWidget() is window.workspace
    # again, and Save (the default): saved, setup closes, Review opens at the synthesis
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.event_tab.venue_edit, Qt.Key.Key_Y, ALT)
    box = question_up(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._setup is None)
    assert vault.event().venue == "Subotica"
    review = window.review
    assert review is not None and window.stack.currentWidget() is review
    assert window.review_action.isChecked()
    qtbot.waitUntil(lambda: focused(window) is review.synthesis)
    ui.type(review.synthesis, EXEC)  # the keyboard is in the executive summary
    qtbot.waitUntil(lambda: vault.event_summary() == EXEC, timeout=5000)


def test_write_the_syntheses_with_nothing_unsaved_goes_straight_there(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path
) -> None:
    window.open_vault(vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_setup(window, qtbot)
    dialog.review_button.setFocus()
    qtbot.keyClick(dialog.review_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window._setup is None)
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert window.review is not None and window.stack.currentWidget() is window.review
    qtbot.waitUntil(lambda: focused(window) is window.review.synthesis)  # type: ignore[union-attr]


def test_a_failed_save_on_the_way_to_review_stays_in_setup(
    ui, qtbot, window: MainWindow, vault: Vault
) -> None:
    window.open_vault(vault)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_setup(window, qtbot)
    title = dialog.event_tab.title_edit
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Backspace)  # an event needs a title: Save will refuse
    qtbot.keyClick(title, Qt.Key.Key_Y, ALT)
    qtbot.keyClick(question_up(qtbot), Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: "Not saved" in dialog.message.text())
    assert window._setup is dialog and dialog.isVisible()
    # closing now (Discard) is just closing: it does not go on to Review any more
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.keyClick(question_up(qtbot), Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: window._setup is None)
    assert window.stack.currentWidget() is window.workspace
    assert vault.event().title  # the old title is kept
