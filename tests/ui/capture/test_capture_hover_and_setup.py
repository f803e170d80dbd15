"""Hovering an underlined finding explains it; theme keys follow what the setup dialog changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from roundtable_app.guard import Term
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier


def _point_in(editor, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def test_hovering_an_underlined_name_shows_why_and_the_fix(
    ui, window: MainWindow, vault: Vault
) -> None:
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.type(ws.editor, "As Jelena Petrovic said, winter is near.")
    ui.qtbot.waitUntil(lambda: [f.text for f in ws.live.findings] == ["Jelena Petrovic"])
    finding = ws.live.findings[0]
    inside = _point_in(ws.editor, 3 + 4)  # within "Jelena"
    outside = _point_in(ws.editor, len("As Jelena Petrovic said, w"))

    expected = f"{finding.reason} ({finding.severity})"
    tip = ws.editor.tooltip_at(inside)
    assert tip.startswith(expected)
    assert f"replace with “{finding.suggestion}”" in tip
    assert ws.editor.tooltip_at(outside) == ""

    # The real event path: a tooltip event on the viewport shows exactly that text.
    viewport = ws.editor.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, inside, viewport.mapToGlobal(inside))
    )
    assert QToolTip.isVisible() and QToolTip.text() == tip
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, outside, viewport.mapToGlobal(outside))
    )
    ui.qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_ctrl_digit_follows_renames_reorders_and_moved_keys_from_setup(
    ui, window: MainWindow, vault: Vault
) -> None:
    first, second = vault.themes()
    assert (first.shortcut, second.shortcut) == (1, 2)
    window.open_vault(vault)
    ws = window.workspace
    assert ws is not None
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Comma, CTRL)
    dialog = window._setup
    assert dialog is not None
    reloads: list[None] = []
    dialog.changed.connect(lambda: reloads.append(None))
    tab = dialog.themes_tab
    assert tab.rename(first.id, "Renamed in setup")
    assert tab.move_theme(second.id, -1)  # second is listed first now
    assert tab.set_shortcut(second.id, 1)  # takes Ctrl+1 from the first theme
    assert tab.set_shortcut(first.id, 2)
    assert len(reloads) == 4
    dialog.accept()
    ui.qtbot.waitUntil(lambda: window._setup is None)
    ws.focus_editor()

    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_2, CTRL)
    assert ws.view.theme_caption.text() == "Theme: Renamed in setup"
    ui.type(ws.editor, "Filed with Ctrl+2.")
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_1, CTRL)
    ui.type(ws.editor, "Filed with Ctrl+1.")
    ui.qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)

    saved = {r.text: r.theme_id for r in vault.remarks()}
    assert saved == {"Filed with Ctrl+2.": first.id, "Filed with Ctrl+1.": second.id}
    assert [t.id for t in ws.theme_model.themes()] == [second.id, first.id]
