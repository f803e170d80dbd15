"""Dragging rows in Review's table reorders a theme's remarks: the vault, the Markdown export and
undo/redo follow; a drag is refused, with a reason on the status line, when the table does not
show one theme's manual order.

How the drag is driven: the mouse (QTest press and moves on the table's viewport) starts the
view's own drag, which asks the model for the dragged rows' data. On the offscreen platform
``QDrag.exec`` returns at once with no drop (its platform drag does nothing), so the drop is
then delivered as the platform would deliver it: a ``QDropEvent`` carrying
``view.model().mimeData(selected rows)`` sent to the viewport over the target row, which runs
the view's real ``dropEvent`` (drop position, above or below the row) and ``dropMimeData``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from roundtable_app.export import export_summary
from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.review.model import REMARK_IDS_MIME, THEME, ReviewModel
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault
from roundtable_app.vault.types import NewRemark

HOUSING, HEALTH = "Housing", "Health care"
ROWS = [f"Housing remark number {n}." for n in range(1, 6)]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def review(window: MainWindow, tmp_path: Path, qtbot) -> ReviewWorkspace:
    path = tmp_path / "drag.roundtable"
    with Vault.create(path, PASSPHRASE, title="Drag test", themes=(HOUSING, HEALTH)) as v:
        v.add_remarks([NewRemark(HOUSING, text) for text in ROWS])
        v.add_remarks([NewRemark(HEALTH, "Clinics close early.")])
        # a manual order to start from: 1..5 as listed
        v.set_positions({r.id: n for n, r in enumerate(v.remarks()) if r.text in ROWS})
    window.open_vault(Vault.open(path, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.review is not None
    return window.review


def pick_theme(ws: ReviewWorkspace, qtbot, row: int) -> None:
    """Click a theme in the themes pane (row 0 is "All themes")."""
    item = ws.theme_list.item(row)
    point = ws.theme_list.visualItemRect(item).center()
    qtbot.mouseClick(ws.theme_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert ws.theme_list.currentRow() == row


def shown(ws: ReviewWorkspace) -> list[str]:
    model = ws.model
    return [model.index(r, 0).data(ReviewModel.RemarkRole).text for r in range(model.rowCount())]


def vault_order(vault: Vault) -> list[str]:
    ordered = sorted((r for r in vault.remarks() if r.text in ROWS), key=lambda r: r.position)
    return [r.text for r in ordered]


def exported_order(vault: Vault, tmp_path: Path) -> list[str]:
    out = tmp_path / f"summary-{len(list(tmp_path.glob('summary-*')))}.md"
    report = export_summary(vault, "md", out, accept_findings=True)
    assert report.written
    text = out.read_text(encoding="utf-8")
    return sorted(ROWS, key=text.index)


def row_point(ws: ReviewWorkspace, row: int, where: str = "center") -> QPoint:
    rect = ws.table.visualRect(ws.model.index(row, 3))
    if where == "top":
        return QPoint(rect.center().x(), rect.top() + 1)
    return rect.center()


def click_rows(ws: ReviewWorkspace, qtbot, rows: list[int]) -> None:
    """Click the first row, Ctrl+click the others (the table's own selection)."""
    viewport = ws.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_point(ws, rows[0]))
    for row in rows[1:]:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, CTRL, row_point(ws, row))


def start_drag(ws: ReviewWorkspace, row: int) -> None:
    """Press on a row and move the mouse far enough for the view to start its drag."""
    viewport = ws.table.viewport()
    start = row_point(ws, row)
    distance = QApplication.startDragDistance()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in (1, 2, 3):
        QTest.mouseMove(viewport, start + QPoint(0, step * (distance + 2)))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)


def drop_selection_at(ws: ReviewWorkspace, point: QPoint, data: QMimeData | None = None) -> bool:
    """Drop the selected rows at ``point`` of the viewport (see the module docstring)."""
    view = ws.table
    if data is None:
        data = view.model().mimeData(view.selectionModel().selectedRows())
    assert data is not None
    viewport = view.viewport()
    button, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # as the platform delivers a drop: enter (which makes the table the drop target), move
    # (the drop indicator), drop
    enter = QDragEnterEvent(point, Qt.DropAction.MoveAction, data, button, keys)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, Qt.DropAction.MoveAction, data, button, keys)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point, Qt.DropAction.MoveAction, data, button, keys)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_dragging_two_rows_moves_them_together_in_the_vault_and_export(
    review: ReviewWorkspace, window: MainWindow, qtbot, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    pick_theme(review, qtbot, 1)
    assert shown(review) == ROWS
    click_rows(review, qtbot, [3, 4])  # remarks 4 and 5
    messages: list[str] = []
    review.status_message.connect(messages.append)
    asked: list[list[int]] = []
    real = review.model.mimeData
    review.model.mimeData = lambda indexes: (  # type: ignore[method-assign]
        asked.append(sorted({i.row() for i in indexes})) or real(indexes)
    )
    start_drag(review, 4)
    review.model.mimeData = real  # type: ignore[method-assign]
    assert asked == [[3, 4]]  # the view's own drag carried both selected rows
    assert messages == []  # and it was not refused

    assert drop_selection_at(review, row_point(review, 1, "top"))  # above remark 2
    moved = [ROWS[0], ROWS[3], ROWS[4], ROWS[1], ROWS[2]]
    assert vault_order(vault) == moved
    assert exported_order(vault, tmp_path) == moved
    assert shown(review) == moved
    assert [i.row() for i in review.table.selectionModel().selectedRows()] == [1, 2]
    assert any("Moved 2 remarks" in m for m in messages)

    # one undo step on the stack Ctrl+Up/Down use; redo puts the move back
    qtbot.keyClick(review.table, Qt.Key.Key_Z, CTRL)
    assert vault_order(vault) == ROWS
    assert exported_order(vault, tmp_path) == ROWS
    qtbot.keyClick(review.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert vault_order(vault) == moved
    assert exported_order(vault, tmp_path) == moved


def test_drop_below_the_last_row_and_ctrl_up_share_one_undo_stack(
    review: ReviewWorkspace, window: MainWindow, qtbot, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    pick_theme(review, qtbot, 1)
    click_rows(review, qtbot, [0])
    rect = review.table.visualRect(review.model.index(4, 3))
    below_last = QPoint(rect.center().x(), rect.bottom() + 8)  # empty space under the rows
    assert drop_selection_at(review, below_last)
    after_drag = [*ROWS[1:], ROWS[0]]
    assert vault_order(vault) == after_drag
    qtbot.keyClick(review.table, Qt.Key.Key_Up, CTRL)  # the moved remark, one place up
    after_keys = [*ROWS[1:4], ROWS[0], ROWS[4]]
    assert vault_order(vault) == after_keys
    qtbot.keyClick(review.table, Qt.Key.Key_Z, CTRL)
    assert vault_order(vault) == after_drag
    qtbot.keyClick(review.table, Qt.Key.Key_Z, CTRL)
    assert vault_order(vault) == ROWS
    assert exported_order(vault, tmp_path) == ROWS


@pytest.mark.parametrize("case", ["all themes", "sorted by kind", "searching"])
def test_a_drag_is_refused_with_a_reason_unless_one_themes_order_is_shown(
    review: ReviewWorkspace, window: MainWindow, qtbot, ui, case: str
) -> None:
    vault = window.vault
    assert vault is not None
    if case == "all themes":
        expected = "pick one theme"
    elif case == "sorted by kind":
        pick_theme(review, qtbot, 1)
        header = review.table.horizontalHeader()
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2),
        )
        assert review.model.sort_column != THEME
        expected = "sort by the Theme column"
    else:
        pick_theme(review, qtbot, 1)
        qtbot.keyClick(review.table, Qt.Key.Key_F, CTRL)
        ui.type(review.search, "number")
        expected = "clear the search and the filters"
    click_rows(review, qtbot, [0])
    messages: list[str] = []
    review.status_message.connect(messages.append)
    start_drag(review, 0)
    assert len(messages) == 1 and expected in messages[0]
    assert window.status_text.text() == messages[0]
    # nor does a drop of those rows get through (the model refuses it as well)
    data = QMimeData()
    data.setData(REMARK_IDS_MIME, QByteArray(review.selected_ids()[0].encode("ascii")))
    assert not drop_selection_at(review, row_point(review, review.model.rowCount() - 1), data)
    assert vault_order(vault) == ROWS
