"""The Review workspace driven as a facilitator drives it: keys on the focused widget, then
what the vault holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_app.ui.main_window import MainWindow
from roundtable_app.ui.review.model import ReviewModel
from roundtable_app.ui.review.workspace import ReviewWorkspace
from roundtable_app.vault import Vault
from roundtable_app.vault.types import NewRemark

T1, T2 = "Djeca i staratelji", "Interpreting"
REMARKS = [
    (T1, "Đorđević je rekao da starateljstvo traje predugo."),
    (T1, "Старатељ детета често није присутан на саслушању."),
    (T1, "Deca bez pratnje čekaju staratelja nedeljama."),
    (T2, "Interpreters are scarce in the north; e-mail requests go unanswered."),
    (T2, "There are too few interpreters up north and e-mail goes unanswered."),
    (T2, "COVID-19 rules stopped the interpreters' visits AND nobody replaced them."),
]


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "review.roundtable"
    with Vault.create(path, PASSPHRASE, title="Review test", themes=(T1, T2)) as v:
        v.add_remarks([NewRemark(theme, text) for theme, text in REMARKS])
    return path


@pytest.fixture
def review(window: MainWindow, filled: Path, qtbot) -> ReviewWorkspace:
    window.open_vault(Vault.open(filled, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.review is not None
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review)
    return window.review


def shown_texts(ws: ReviewWorkspace) -> list[str]:
    model = ws.model
    return [
        model.index(r, 0).data(ReviewModel.RemarkRole).current_text for r in range(model.rowCount())
    ]


def search(ws: ReviewWorkspace, ui, qtbot, query: str) -> None:
    qtbot.keyClick(ws.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ws.search
    qtbot.keyClick(ws.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ws.search, Qt.Key.Key_Backspace)
    ui.type(ws.search, query)


def test_f9_switches_and_back(window: MainWindow, review: ReviewWorkspace, qtbot) -> None:
    assert window.review_action.isChecked()
    qtbot.keyClick(review.table, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.workspace
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    assert window.stack.currentWidget() is review


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dordevic", [0]),
        ("djordjevic", [0]),
        ("staratelj", [0, 1, 2]),  # Latin finds the Cyrillic remark too
        ("старатељ", [0, 1, 2]),
        ("e-mail", [3, 4]),
        ("COVID-19", [5]),
        ('"interpreters up', [4]),  # unbalanced quote: words, not syntax
        ('"interpreters up north"', [4]),
        ('"up interpreters"', []),
        ("AND", [4, 5]),  # a word ("north and e-mail"), not an operator
        ("*", list(range(6))),  # nothing searchable: no search filter at all
        ("NEAR", []),
    ],
)
def test_search_as_you_type(review: ReviewWorkspace, ui, qtbot, query: str, expected) -> None:
    search(review, ui, qtbot, query)
    assert sorted(shown_texts(review)) == sorted(REMARKS[i][1] for i in expected)


def test_hits_x_of_y_with_f3_and_highlight(review: ReviewWorkspace, ui, qtbot) -> None:
    search(review, ui, qtbot, "interpret")
    assert review.hit_label.text() == "3 matches"
    qtbot.keyClick(review.search, Qt.Key.Key_F3)
    assert review.hit_label.text() == "1 of 3"
    qtbot.keyClick(review.search, Qt.Key.Key_F3)
    assert review.hit_label.text() == "2 of 3"
    qtbot.keyClick(review.search, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert review.hit_label.text() == "1 of 3"
    index = review.table.currentIndex().siblingAtColumn(3)
    remark = index.data(ReviewModel.RemarkRole)
    spans = index.data(ReviewModel.HitsRole)
    assert [remark.current_text[a:b].lower()[:9] for a, b in spans] == ["interpret"]
    assert "background:#ffe066" in review.detail.toHtml().replace(" ", "") or "ffe066" in (
        review.detail.toHtml()
    )


def test_exclude_bulk_and_undo_redo(review: ReviewWorkspace, ui, qtbot, window) -> None:
    search(review, ui, qtbot, "interpreters")
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        review.table,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    vault = window.vault
    statuses = {r.text: r.status for r in vault.remarks()}
    assert [statuses[REMARKS[i][1]] for i in (3, 4, 5)] == ["excluded"] * 3
    assert statuses[REMARKS[0][1]] == "captured"
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {r.status for r in vault.remarks()} == {"captured"}
    qtbot.keyClick(
        review.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sum(r.status == "excluded" for r in vault.remarks()) == 3


def test_merge_then_split_with_undo(
    review: ReviewWorkspace, ui, qtbot, window, monkeypatch
) -> None:
    from roundtable_app.ui.review import merge_dialog

    search(review, ui, qtbot, "unanswered")
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    def typed_exec(dialog: merge_dialog.MergeDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        ui.type(dialog.editor, "Interpreters are scarce up north; e-mail goes unanswered.")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return int(dialog.result())

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", typed_exec)
    qtbot.keyClick(review.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    vault = window.vault
    live = [r for r in vault.remarks() if r.merged_into is None]
    assert len(live) == 5
    [merged] = [r for r in live if r.current_text.startswith("Interpreters are scarce up")]
    assert {p.text for p in vault.merged_parts(merged.id)} == {REMARKS[3][1], REMARKS[4][1]}
    assert "Merged from 2 remarks" in review.detail.toPlainText()
    # split it apart again with the keyboard, then undo the split
    window.activateWindow()  # the offscreen platform does not hand activation back itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        review.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len([r for r in vault.remarks() if r.merged_into is None]) == 6
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len([r for r in vault.remarks() if r.merged_into is None]) == 5
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len([r for r in vault.remarks() if r.merged_into is None]) == 6  # merge undone


def test_reorder_changes_the_exported_order(review: ReviewWorkspace, ui, qtbot, window) -> None:
    from roundtable_app.export import build_summary

    def exported(theme: str) -> list[str]:
        section = next(t for t in build_summary(window.vault).themes if t.name == theme)
        return [r.text for g in section.groups for r in g.remarks]

    review.theme_list.setCurrentRow(2)  # T2
    review.table.setFocus()
    before = exported(T2)
    review.table.selectRow(2)  # last in export order (the table sorts by theme, then order)
    last = review.current_remark()
    assert last is not None and last.current_text == before[-1]
    qtbot.keyClick(review.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(review.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert exported(T2) == [before[2], before[0], before[1]]
    qtbot.keyClick(review.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert exported(T2) == [before[0], before[2], before[1]]


def test_filters_combine_with_counts(review: ReviewWorkspace, ui, qtbot, window) -> None:
    vault = window.vault
    first = vault.remarks()[0]
    vault.update_remark(first.id, key_point=True, kind="lesson")
    window._on_setup_changed()  # as after Event setup: capture, then Review, read again
    review.theme_list.setCurrentRow(1)
    assert review.theme_list.item(1).text() == f"{T1} (3)"
    combo = review.kind_combo
    combo.setFocus()
    i = combo.findData("lesson")
    assert combo.itemText(i) == "Lesson (1)"
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert shown_texts(review) == [first.text]
    review.flag_combo.setCurrentIndex(review.flag_combo.findData("key_point"))
    review.flag_combo.activated.emit(review.flag_combo.currentIndex())
    assert shown_texts(review) == [first.text]
    search(review, ui, qtbot, "deca")
    assert shown_texts(review) == []
    assert review.caption.text() == "0 of 6 remarks shown"


def test_synthesis_is_saved_as_the_user_types(review: ReviewWorkspace, ui, qtbot, window) -> None:
    review.theme_list.setCurrentRow(1)
    review.synthesis.setFocus()
    ui.type(review.synthesis, "Guardianship takes too long.")
    qtbot.waitUntil(lambda: review.synthesis_state.text().startswith("Saved"), timeout=5000)
    theme = window.vault.themes()[0]
    assert window.vault.theme_summary(theme.id) == "Guardianship takes too long."
    review.theme_list.setCurrentRow(0)
    assert review.synthesis_label.text() == "Executive summary"
    ui.type(review.synthesis, "Overall: delays.")
    qtbot.waitUntil(lambda: window.vault.event_summary() == "Overall: delays.", timeout=5000)


def test_scrolling_the_whole_table_builds_no_widget_per_row(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    from PySide6.QtWidgets import QWidget

    path = tmp_path / "many.roundtable"
    with Vault.create(path, PASSPHRASE, title="Many", themes=(T1, T2)) as v:
        v.add_remarks([NewRemark((T1, T2)[n % 2], f"remark {n} interpreters") for n in range(3000)])
    window.open_vault(Vault.open(path, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    review = window.review
    assert review is not None and review.model.rowCount() == 3000
    before = len(review.findChildren(QWidget))
    review.table.setFocus()
    for _ in range(40):
        qtbot.keyClick(review.table, Qt.Key.Key_PageDown)
    qtbot.keyClick(review.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert review.table.currentIndex().row() == 2999
    assert len(review.findChildren(QWidget)) == before


def test_status_flag_and_duplicate_filters(review: ReviewWorkspace, ui, qtbot, window) -> None:
    vault = window.vault
    remarks = {r.text: r for r in vault.remarks()}
    vault.update_remark(remarks[REMARKS[0][1]].id, status="excluded")
    vault.reword_remark(remarks[REMARKS[1][1]].id, "Staratelj često nije prisutan.")
    vault.add_remark(REMARKS[3][1] + " ", vault.themes()[1].id)  # a near-duplicate
    window._on_setup_changed()

    def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
        combo.setFocus()
        i = combo.findData(value)
        assert i >= 0
        combo.setCurrentIndex(i)
        combo.activated.emit(i)

    choose(review.status_combo, "excluded")
    assert shown_texts(review) == [REMARKS[0][1]]
    choose(review.status_combo, None)
    choose(review.flag_combo, "reworded")
    assert shown_texts(review) == ["Staratelj često nije prisutan."]
    choose(review.flag_combo, "duplicate")
    assert sorted(shown_texts(review)) == sorted([REMARKS[3][1], REMARKS[3][1]])
    assert review.flag_combo.currentText().endswith("(2)")


def test_quote_a_remark_into_the_synthesis(review: ReviewWorkspace, ui, qtbot, window) -> None:
    review.theme_list.setCurrentRow(2)  # T2
    review.synthesis.setFocus()
    ui.type(review.synthesis, "Participants said:")
    review.table.setFocus()
    review.table.selectRow(0)
    quoted = review.current_remark()
    assert quoted is not None
    qtbot.keyClick(
        review.table,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    expected = f"Participants said: “{quoted.current_text}”"
    assert review.synthesis.toPlainText() == expected
    theme = window.vault.themes()[1]
    qtbot.waitUntil(lambda: window.vault.theme_summary(theme.id) == expected, timeout=5000)


def test_day_and_session_filters(tmp_path: Path, window: MainWindow, qtbot) -> None:
    path = tmp_path / "sessions.roundtable"
    with Vault.create(path, PASSPHRASE, title="Sessions", themes=(T1,)) as v:
        v.add_remarks(
            [
                NewRemark(T1, "Opening remark", session="Panel (morning)"),
                NewRemark(T1, "Second remark", session="Panel (morning)"),
                NewRemark(T1, "Afternoon remark", session="Working group"),
                NewRemark(T1, "No session at all"),
            ]
        )
        by_title = {s.title: s for s in v.sessions()}
        v.update_session(by_title["Working group"].id, day=2)
    window.open_vault(Vault.open(path, PASSPHRASE))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_F9)  # type: ignore[union-attr]
    review = window.review
    assert review is not None
    combo = review.session_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Panel (morning) (2)" in labels and "Day 2 (1)" in labels
    i = combo.findData("day:2")
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert shown_texts(review) == ["Afternoon remark"]
    i = combo.findData(f"session:{by_title['Panel (morning)'].id}")
    assert i >= 0
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert sorted(shown_texts(review)) == ["Opening remark", "Second remark"]
