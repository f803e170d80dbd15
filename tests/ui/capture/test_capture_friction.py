"""Note-taker friction (issue 8): the kind stays after a save, the Time column names the day,
and the Remark column shows the whole remark on hover."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC

import pytest
from PySide6.QtCore import Qt

from roundtable_app.ui.capture.remark_model import TEXT, TIME
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LONG = (
    "Legal aid is free in the asylum centres, but few people know they can ask for it, and "
    "the leaflets that explain it are printed only in English and Serbian."
)


@pytest.fixture
def ws(qtbot, vault: Vault) -> Iterator[CaptureWorkspace]:
    w = CaptureWorkspace(vault)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.ensure_loaded()
    w.focus_editor()
    yield w
    w.shutdown()


def test_a_run_of_recommendations_needs_alt_5_once(ui, qtbot, ws: CaptureWorkspace, vault: Vault):
    qtbot.keyClick(ws.editor, Qt.Key.Key_5, ALT)
    for text in ("First recommendation.", "Second recommendation.", "Third one."):
        ui.type(ws.editor, text)
        qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert [r.kind for r in vault.remarks()] == ["recommendation"] * 3
    assert ws.view.kind_combo.currentData() == "recommendation"
    qtbot.keyClick(ws.editor, Qt.Key.Key_1, ALT)  # back to observations when the user says so
    ui.type(ws.editor, "An observation.")
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert vault.remarks()[-1].kind == "observation"


def test_time_column_names_the_day_and_the_remark_shows_whole_on_hover(
    ui, qtbot, ws: CaptureWorkspace, vault: Vault
):
    ui.type(ws.editor, LONG)
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    [remark] = vault.remarks()
    index = ws.remark_filter.index(0, TIME)
    local = remark.created_at.replace(tzinfo=UTC).astimezone()
    day = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[local.weekday()]
    assert index.data() == f"{day} {local:%H:%M}"
    tip = index.siblingAtColumn(TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "only in English and Serbian." in tip and tip.startswith("<qt>")


def test_the_selected_remark_is_shown_whole_below_the_list(
    ui, qtbot, ws: CaptureWorkspace, vault: Vault
):
    ui.type(ws.editor, LONG)
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert not ws.view.preview.isVisible()
    qtbot.keyClick(ws.editor, Qt.Key.Key_F6)  # lands on the newest remark
    assert ws.view.preview.isVisible() and ws.view.preview.text() == LONG
    assert ws.view.preview.wordWrap()
