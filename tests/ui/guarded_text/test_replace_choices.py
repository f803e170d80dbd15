"""Replacing a finding from the keyboard (the menu key) offers neutral wordings that fit the
sentence, and the chosen one is what the vault holds (issue 8, item 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from roundtable_app.guard import Term
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ws(qtbot, vault: Vault) -> Iterator[CaptureWorkspace]:
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic", "Јелена Петровић"))])
    w = CaptureWorkspace(vault)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.focus_editor()
    yield w
    w.shutdown()


def choose_from_menu(qtbot, ws: CaptureWorkspace, downs: int) -> list[str]:
    """Press the menu key in the editor, go down ``downs`` entries, press Return; returns the
    menu's entries as shown."""
    seen: list[str] = []

    def act() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, act)
            return
        seen.extend(a.text() for a in menu.actions())
        for _ in range(downs):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)
    assert QApplication.focusWidget() is ws.editor
    qtbot.keyClick(ws.editor, Qt.Key.Key_Menu)
    return seen


def put_cursor_in(qtbot, ws: CaptureWorkspace, offset: int) -> None:
    qtbot.keyClick(ws.editor, Qt.Key.Key_Home)
    for _ in range(offset):
        qtbot.keyClick(ws.editor, Qt.Key.Key_Right)


@pytest.mark.parametrize(
    ("typed", "name", "downs", "saved"),
    [
        (
            "Jelena Petrovic pointed out the winter.",
            "Jelena Petrovic",
            1,  # the first wording (the header line is disabled, so Down lands on it)
            "A participant pointed out the winter.",
        ),
        (
            "Složili smo se sa Jelenom Petrović da su kapaciteti mali.",
            "Jelenom Petrović",
            1,
            "Složili smo se sa jednim učesnikom da su kapaciteti mali.",
        ),
        (
            "Сложили смо се са Јеленом Петровић да су капацитети мали.",
            "Јеленом Петровић",
            2,  # the second wording
            "Сложили смо се са једним говорником да су капацитети мали.",
        ),
    ],
)
def test_menu_key_offers_fitting_neutral_wordings_and_the_choice_is_saved(
    ui, qtbot, ws: CaptureWorkspace, vault: Vault, typed: str, name: str, downs: int, saved: str
) -> None:
    ui.type(ws.editor, typed)
    qtbot.waitUntil(lambda: [f.text for f in ws.live.findings] == [name])
    put_cursor_in(qtbot, ws, typed.index(name) + 2)
    entries = choose_from_menu(qtbot, ws, downs)
    replaces = [e for e in entries if e.startswith("Replace with")]
    assert 2 <= len(replaces) <= 4
    if "Jelenom" in typed or "Јеленом" in typed:
        assert not any("participant" in e for e in replaces)  # no English inside Serbian
    qtbot.waitUntil(lambda: ws.editor.toPlainText() == saved)
    ws.activateWindow()  # offscreen, nobody hands activation back after the menu
    qtbot.waitUntil(ws.isActiveWindow)
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert [r.text for r in vault.remarks()] == [saved]
