"""The capture workspace driven by the keyboard; every assertion checks what the vault holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from roundtable_app.errors import StorageError
from roundtable_app.guard import Term
from roundtable_app.ui.capture.workspace import CaptureWorkspace
from roundtable_app.vault import Vault

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ws(qtbot, vault: Vault) -> Iterator[CaptureWorkspace]:
    """A shown, active workspace over the two-theme test vault, editor focused."""
    vault.import_terms([Term("Jelena Petrović", "person", ("Jelena Petrovic",))])
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


def type_and_save(qtbot, w: CaptureWorkspace, text: str) -> None:
    qtbot.keyClicks(w.editor, text)
    qtbot.keyClick(w.editor, Qt.Key.Key_Return, CTRL)


def test_ctrl_enter_saves_with_theme_and_kind_then_clears_and_keeps_theme(qtbot, ws, vault):
    themes = vault.themes()
    qtbot.keyClick(ws.editor, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(ws.editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # challenge
    with qtbot.waitSignal(ws.status_message) as saved:
        type_and_save(qtbot, ws, "Winter shelters are full by November.")
    [remark] = vault.remarks()
    assert remark.text == "Winter shelters are full by November."
    assert remark.theme_id == themes[1].id
    assert remark.kind == "challenge"
    assert ws.editor.toPlainText() == ""
    assert saved.args[0].startswith("Saved to disk at ")
    assert ws.view.saved_label.text().startswith("✓ Saved ")
    # The theme and the kind stay, and the combo shows the kind.
    assert ws.controller.theme_id == themes[1].id
    assert ws.view.kind_combo.currentData() == "challenge"
    qtbot.keyClick(ws.editor, Qt.Key.Key_Enter, CTRL)  # empty editor: nothing is saved
    type_and_save(qtbot, ws, "Second one.")
    second = vault.remarks()[1]
    assert (second.theme_id, second.kind) == (themes[1].id, "challenge")
    assert ws.remark_model.rowCount() == 2
    assert ws.theme_model.themes()[1].remark_count == 2
    assert vault.draft() is None


def test_ctrl_digit_switches_theme_and_saves_the_draft(qtbot, ws, vault):
    themes = vault.themes()
    qtbot.keyClicks(ws.editor, "Half typed")
    qtbot.keyClick(ws.editor, Qt.Key.Key_2, CTRL)
    assert ws.controller.theme_id == themes[1].id
    assert ws.view.theme_caption.text() == f"Theme: {themes[1].name}"
    draft = vault.draft()
    assert draft is not None
    assert (draft.text, draft.theme_id) == ("Half typed", themes[1].id)


def test_draft_saved_on_the_timer_only_when_changed(qtbot, ws, vault):
    ws.draft_timer.setInterval(50)
    qtbot.keyClicks(ws.editor, "typed between remarks")
    with qtbot.waitSignal(ws.draft_saved, timeout=3000):
        pass
    assert vault.draft().text == "typed between remarks"
    stamp = vault.draft().updated_at
    qtbot.wait(200)  # several ticks with nothing new: no rewrite
    assert vault.draft().updated_at == stamp


def test_ctrl_z_after_delete_restores_the_remark_in_the_vault(qtbot, ws, vault):
    type_and_save(qtbot, ws, "To be deleted.")
    remark_id = vault.remarks()[0].id
    view = ws.view.remark_list
    view.setFocus()
    view.setCurrentIndex(ws.remark_filter.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert vault.remarks() == []
    assert vault.remark(remark_id).deleted
    assert ws.remark_model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [r.id for r in vault.remarks()] == [remark_id]
    assert ws.remark_model.rowCount() == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert vault.remarks() == []


def test_ctrl_z_in_an_empty_editor_undoes_the_last_delete(qtbot, ws, vault):
    type_and_save(qtbot, ws, "Deleted then undone from the editor.")
    ws.view.remark_list.setCurrentIndex(ws.remark_filter.index(0, 3))
    ws.view.remark_list.delete_requested.emit(vault.remarks()[0].id)
    assert vault.remarks() == []
    ws.focus_editor()
    qtbot.keyClick(ws.editor, Qt.Key.Key_Z, CTRL)
    assert len(vault.remarks()) == 1


def test_edit_in_place_keeps_a_revision_and_undo_puts_it_back(qtbot, ws, vault):
    type_and_save(qtbot, ws, "First wording.")
    remark_id = vault.remarks()[0].id
    index = ws.remark_filter.index(0, 3)
    assert ws.remark_filter.setData(index, "Second wording.") is False  # the vault decides
    assert vault.remark(remark_id).text == "Second wording."
    assert [r.text for r in vault.revisions(remark_id)] == ["First wording."]
    assert index.data() == "Second wording."
    ws.undo_stack.undo()
    assert vault.remark(remark_id).text == "First wording."
    assert len(vault.revisions(remark_id)) == 2  # nothing typed is ever lost


def test_refile_theme_and_kind_with_undo(qtbot, ws, vault):
    themes = vault.themes()
    type_and_save(qtbot, ws, "Filed under the wrong theme.")
    remark_id = vault.remarks()[0].id
    ws.view.remark_list.refile_requested.emit(remark_id, themes[1].id, None)
    assert vault.remark(remark_id).theme_id == themes[1].id
    assert [t.remark_count for t in ws.theme_model.themes()] == [0, 1]
    ws.view.remark_list.refile_requested.emit(remark_id, None, "lesson")
    assert vault.remark(remark_id).kind == "lesson"
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    back = vault.remark(remark_id)
    assert (back.theme_id, back.kind) == (themes[0].id, "observation")
    assert [t.remark_count for t in ws.theme_model.themes()] == [1, 0]


def test_failed_save_keeps_the_text_and_says_why(qtbot, ws, vault, monkeypatch):
    def full_disk(*_a, **_k):
        raise StorageError("the disk is full")

    monkeypatch.setattr(vault, "add_remark", full_disk)
    messages: list[str] = []
    ws.status_message.connect(messages.append)
    type_and_save(qtbot, ws, "Do not lose me.")
    assert ws.editor.toPlainText() == "Do not lose me."
    expected = "Could not save: the disk is full — your text is still in the editor"
    assert messages[-1] == expected
    assert ws.view.message.text() == expected
    assert "Do not lose me" not in messages[-1]
    monkeypatch.undo()
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert [r.text for r in vault.remarks()] == ["Do not lose me."]


def test_highlighter_underlines_a_protected_name_and_replace_fixes_it(qtbot, ws, vault):
    qtbot.keyClicks(ws.editor, "As Jelena Petrovic said, winter is near.")
    qtbot.waitUntil(lambda: [f.text for f in ws.live.findings] == ["Jelena Petrovic"])
    block = ws.editor.document().firstBlock()
    formats = block.layout().formats()
    assert any(
        f.start == 3
        and f.length == len("Jelena Petrovic")
        and f.format.underlineStyle() != f.format.underlineStyle().NoUnderline
        for f in formats
    )
    span = ws.live.highlighter.spans[0]
    point = ws.editor.cursorRect(_cursor_at(ws, span.start + 2)).center()
    menu = ws.editor.build_context_menu(point)
    replace = next(a for a in menu.actions() if a.objectName() == "replaceFinding")
    replace.trigger()
    assert ws.editor.toPlainText() == "As a participant said, winter is near."
    qtbot.waitUntil(lambda: ws.live.findings == [])
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    assert vault.remarks()[0].text == "As a participant said, winter is near."


def test_dismissing_in_the_editor_stops_the_underline_for_this_text_only(qtbot, ws, vault):
    qtbot.keyClicks(ws.editor, "Jelena Petrovic agreed.")
    qtbot.waitUntil(lambda: len(ws.live.findings) == 1)
    ws.editor.dismiss_requested.emit(ws.live.findings[0])
    assert ws.live.findings == []
    type_and_save(qtbot, ws, "")
    qtbot.keyClicks(ws.editor, "Jelena Petrovic again.")
    qtbot.waitUntil(lambda: len(ws.live.findings) == 1)


def test_saved_remark_with_a_finding_is_marked_and_can_be_dismissed(qtbot, ws, vault):
    type_and_save(qtbot, ws, "Jelena Petrovic proposed mobile teams.")
    remark_id = vault.remarks()[0].id
    index = ws.remark_filter.index(0, 3)
    findings = index.data(ws.remark_model.FindingsRole)
    assert [f.text for f in findings] == ["Jelena Petrovic"]
    assert "protected person" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert ws.curation.dismiss_finding(remark_id, findings[0], "public figure, on the record")
    [decision] = vault.dismissals(f"remark:{remark_id}")
    assert (decision.text, decision.category) == ("Jelena Petrovic", "person")
    assert index.data(ws.remark_model.FindingsRole) == []
    assert "May attribute" not in index.data(Qt.ItemDataRole.ToolTipRole)  # the text only


def test_shutdown_saves_the_draft_and_clears_every_copy_of_the_text(qtbot, ws, vault):
    type_and_save(qtbot, ws, "A saved remark.")
    qtbot.keyClicks(ws.editor, "Typed right before the lock")
    ws.shutdown()
    assert vault.draft().text == "Typed right before the lock"
    assert ws.editor.toPlainText() == ""
    assert not ws.editor.document().isUndoAvailable()
    assert ws.remark_model.rowCount() == 0 and ws.undo_stack.count() == 0
    assert not ws.draft_timer.isActive() and not ws.live.timer.isActive()
    ws.shutdown()  # idempotent


def test_session_choice_files_remarks_and_filters_the_list(qtbot, ws, vault):
    first = vault.add_session("Opening", day=1, time_label="09:30")
    ws.reload()
    type_and_save(qtbot, ws, "Before any session.")
    combo = ws.view.session_combo
    combo.setCurrentIndex(combo.findData(first.id))
    type_and_save(qtbot, ws, "In the opening.")
    assert [r.session_id for r in vault.remarks()] == [None, first.id]
    assert ws.remark_filter.rowCount() == 1
    assert ws.remark_model.rowCount() == 2


def _cursor_at(ws: CaptureWorkspace, position: int):
    cursor = ws.editor.textCursor()
    cursor.setPosition(position)
    return cursor


def test_every_shortcut_is_an_action_with_a_tooltip(ws):
    keys = {a.shortcut().toString() for a in ws.actions()}
    for key in ("Ctrl+Return", "Ctrl+1", "Ctrl+2", "Alt+1", "Alt+6", "Ctrl+Shift+S", "Ctrl+Z"):
        assert key in keys
    assert all(a.toolTip() for a in ws.actions())
