"""The findings panel's Replace offers the neutral wordings of guard/replacements.py (as the
capture editor's right-click menu does), picked by keyboard; the chosen one replaces the
finding in place in remarks, syntheses, the executive summary and theme headings, and one undo
takes it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from roundtable_app.guard import Term
from roundtable_app.guard.replacements import replacement_choices
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.review.findings import FindingRow
from roundtable_app.ui.review.fixes import replaced, split_heading
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
SHELTERS, INTERPRETING = "Shelters", "Interpreting"
REMARK_EN = "Jelena Petrović said the shelters are full."
REMARK_SR = "Kako je rekla Jelena Petrović, skloništa su puna."
SYNTHESIS = "As Jelena Petrović said, the shelters are full every winter."
EXECUTIVE = "Jelena Petrović opened the meeting on reception."
DESCRIPTION = "Raised first by Jelena Petrović."


@pytest.fixture
def review(window: MainWindow, tmp_path: Path, qtbot) -> ReviewWorkspace:
    path = tmp_path / "replace.roundtable"
    with Vault.create(path, PASSPHRASE, title="Replace", themes=(SHELTERS, INTERPRETING)) as v:
        v.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
        shelters, interpreting = v.themes()
        v.add_remark(REMARK_EN, shelters.id)
        v.add_remark(REMARK_SR, shelters.id)
        v.set_theme_summary(shelters.id, SYNTHESIS)
        v.set_event_summary(EXECUTIVE)
        v.update_theme(interpreting.id, description=DESCRIPTION)
    window.open_vault(Vault.open(path, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.review is not None
    return window.review


def open_panel_at(ws: ReviewWorkspace, qtbot, kind: str, text: str) -> FindingRow:
    """Ctrl+Shift+F, then Down until the finding of ``kind`` in ``text`` is selected."""
    qtbot.keyClick(ws.table, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    panel = ws.findings
    assert QApplication.focusWidget() is panel.list
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    for _ in range(len(panel.rows)):
        row = panel.current()
        assert row is not None
        if row.kind == kind and text in row.text:
            return row
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    raise AssertionError(f"no {kind} finding in {text!r}")


def pick_with_keys(qtbot, panel, downs: int, seen: list[list[str]]) -> None:
    """Once the panel's menu is up with its first wording active: Down ``downs`` times, then
    Enter (what a user does)."""
    # The mouse pointer away from where the menu opens: an earlier test's click may have left
    # it there, and a menu follows the pointer over the keyboard.
    QCursor.setPos(0, 0)

    def drive() -> None:
        menu = panel.menu
        if menu is None or not menu.isVisible() or menu.activeAction() is not menu.actions()[0]:
            QTimer.singleShot(20, drive)
            return
        seen.append([a.text() for a in menu.actions()])
        for _ in range(downs):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        seen.append([menu.activeAction().text()])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("remark", REMARK_EN),
        ("remark", REMARK_SR),
        ("synthesis", SYNTHESIS),
        ("executive", EXECUTIVE),
        ("heading", DESCRIPTION),
    ],
)
def test_replace_picks_the_second_wording_by_keyboard(
    review: ReviewWorkspace, window: MainWindow, qtbot, kind: str, text: str
) -> None:
    vault = window.vault
    assert vault is not None
    row = open_panel_at(review, qtbot, kind, text)
    choices = replacement_choices(row.text, row.finding)
    assert len(choices) >= 2
    expected = replaced(row.text, choices[1])
    seen: list[list[str]] = []
    pick_with_keys(qtbot, review.findings, 1, seen)
    # Tab from the list to Replace, Space presses it (Alt+P, its mnemonic, does the same but
    # through a delayed animated click)
    qtbot.keyClick(review.findings.list, Qt.Key.Key_Tab)
    assert window.focusWidget() is review.findings.replace_button
    qtbot.keyClick(review.findings.replace_button, Qt.Key.Key_Space)
    shelters, interpreting = vault.themes()

    def stored() -> str:
        if kind == "remark":
            return next(r.current_text for r in vault.remarks() if r.text == text)
        if kind == "synthesis":
            return vault.theme_summary(shelters.id)
        if kind == "executive":
            return vault.event_summary()
        theme = vault.themes()[1]
        return f"{theme.name}\n{theme.description}"

    qtbot.waitUntil(lambda: stored() == expected, timeout=3000)
    # the same list as the editor's menu, and the second one was the active one at Enter
    assert seen == [[f"“{c.words}”" for c in choices], [f"“{choices[1].words}”"]]
    assert "Jelena" not in stored()
    # the finding left the panel, and the keyboard is back in its list for the next one
    assert all(
        r.finding.text != row.finding.text or r.text != row.text for r in review.findings.rows
    )
    # (the window's focus widget: offscreen, a closed popup does not hand activation back)
    assert window.focusWidget() is review.findings.list
    if kind == "heading":
        assert split_heading(expected) == (INTERPRETING, vault.themes()[1].description)
        # Capture's theme list shows the fixed description too (a change notice reached it)
        assert window.workspace is not None
        assert window.workspace.theme_model.themes()[1].description == vault.themes()[1].description
        assert review._themes[1].description == vault.themes()[1].description

    # one undo step takes it back: the curation's stack, or the synthesis editor's own
    window.activateWindow()  # offscreen, the closed menu does not hand activation back
    qtbot.waitUntil(window.isActiveWindow)
    if kind in ("synthesis", "executive"):
        review.synthesis.setFocus()
        qtbot.keyClick(review.synthesis, Qt.Key.Key_Z, CTRL)
    else:
        qtbot.keyClick(review.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "Jelena Petrović" in stored(), timeout=3000)


def test_escape_in_the_menu_changes_nothing(
    review: ReviewWorkspace, window: MainWindow, qtbot
) -> None:
    vault = window.vault
    assert vault is not None
    open_panel_at(review, qtbot, "remark", REMARK_EN)
    closed: list[bool] = []

    def escape() -> None:
        menu = review.findings.menu
        if menu is None or not menu.isVisible():
            QTimer.singleShot(20, escape)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        closed.append(True)

    QTimer.singleShot(0, escape)
    review.findings.replace_button.setFocus()
    qtbot.keyClick(review.findings.replace_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(closed))
    assert next(r for r in vault.remarks() if r.text == REMARK_EN).reworded is None
    assert review.undo_stack.count() == 0
