"""The item models and the widget-free logic under the capture workspace."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from roundtable_app.guard import Term
from roundtable_app.ui.capture.checks import CaptureChecks
from roundtable_app.ui.capture.controller import CaptureController
from roundtable_app.ui.capture.remark_model import TEXT, RemarkTableModel
from roundtable_app.ui.capture.shortcuts import ShortcutMap
from roundtable_app.ui.capture.theme_model import ThemeListModel
from roundtable_app.ui.guarded_text.highlighter import utf16_spans
from roundtable_app.vault.types import RemarkInfo, ThemeInfo

STAMP = datetime(2016, 6, 14, 9, 30)


def remark(i: int, text: str = "A remark.") -> RemarkInfo:
    return RemarkInfo(
        f"id-{i}", text, None, 1, "observation", "captured", None, False, None, STAMP, STAMP, "dev"
    )


def test_ten_thousand_saves_insert_rows_without_a_reset(qtbot):
    model = RemarkTableModel()
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))
    for i in range(10_000):
        model.append(remark(i))
    assert model.rowCount() == 10_000
    assert inserted == [(i, i) for i in range(10_000)]
    assert resets == []
    assert model.row_of("id-9999") == 9999
    assert model.remove("id-5000") == 5000
    assert model.row_of("id-9999") == 9998
    model.deleteLater()


def test_findings_are_computed_lazily_once_per_text(qtbot):
    calls: list[str] = []
    model = RemarkTableModel()
    model.set_findings_source(lambda r: calls.append(r.id) or [])
    for i in range(100):
        model.append(remark(i))
    assert calls == []  # nothing scanned until a row is shown
    index = model.index(3, TEXT)
    index.data(Qt.ItemDataRole.ToolTipRole)
    index.data(Qt.ItemDataRole.DecorationRole)
    assert calls == ["id-3"]
    changed: list[list[int]] = []
    model.dataChanged.connect(lambda _a, _b, roles: changed.append(list(roles)))
    model.replace(remark(3, "New wording."))
    assert changed and model.FindingsRole in changed[0]
    index.data(model.FindingsRole)
    assert calls == ["id-3", "id-3"]


def test_theme_count_change_is_one_row_with_explicit_roles(qtbot):
    model = ThemeListModel()
    model.set_themes(
        [ThemeInfo(1, "A", "", 0, "#2f6f8f", 1, 0), ThemeInfo(2, "B", "", 1, "#8f4a2f", 2, 5)]
    )
    seen: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: seen.append((a.row(), b.row(), list(roles))))
    model.add_to_count(2, +1)
    assert seen == [(1, 1, seen[0][2])] and ThemeListModel.CountRole in seen[0][2]
    assert model.index(1).data(ThemeListModel.CountRole) == 6
    assert "Ctrl+2" in model.index(1).data()


def test_shortcut_map_says_what_each_key_does():
    themes = [
        ThemeInfo(7, "Asylum", "", 0, "#000000", 2),
        ThemeInfo(8, "Loose", "", 1, "#000000", None),
    ]
    keys = ShortcutMap(themes)
    by_key = {k: b for b in keys.bindings() for k in b.keys}
    assert by_key["Ctrl+2"].action == "theme" and by_key["Ctrl+2"].arg == 7
    assert "Ctrl+1" not in by_key
    assert by_key["Alt+4"].arg == "lesson"
    assert by_key["Ctrl+Enter"].action == "save"


class FakeVault:
    """Just enough vault for the controller; records drafts."""

    def __init__(self) -> None:
        self.drafts: list[tuple] = []
        self.cleared = 0

    def themes(self):
        return [ThemeInfo(1, "A", "", 0, "#000000", 1), ThemeInfo(2, "B", "", 1, "#000000", 2)]

    def sessions(self):
        return []

    def add_remark(self, text, theme_id, kind="observation", session_id=None):
        return RemarkInfo(
            "x",
            text,
            None,
            theme_id,
            kind,
            "captured",
            session_id,
            False,
            None,
            STAMP,
            STAMP,
            "dev",
        )

    def save_draft(self, text, theme_id, kind="observation", session_id=None):
        self.drafts.append((text, theme_id, kind, session_id))

    def draft(self):
        return None

    def clear_draft(self):
        self.cleared += 1


def test_controller_saves_drafts_only_when_something_changed():
    vault = FakeVault()
    c = CaptureController(vault)
    assert c.save_draft("") is None and vault.drafts == []
    c.save_draft("hello")
    c.save_draft("hello")
    c.select_theme(2)
    c.save_draft("hello")
    assert vault.drafts == [("hello", 1, "observation", None), ("hello", 2, "observation", None)]
    c.select_kind("question")
    outcome = c.save("hello")
    assert outcome is not None and outcome.ok and outcome.remark.kind == "question"
    assert c.kind == "question" and c.theme_id == 2 and vault.cleared == 1  # the kind stays


def test_editor_dismissals_and_saved_decisions_are_separate():
    checks = CaptureChecks([Term("Jelena Petrović", "person")])
    [found] = checks.editor_findings("Jelena Petrović spoke.")
    checks.dismiss_in_editor(found)
    assert checks.editor_findings("Jelena Petrović spoke.") == []
    assert [f.text for f in checks.remark_findings(remark(1, "Jelena Petrović spoke."))] == [
        "Jelena Petrović"
    ]
    checks.record_decision("remark:id-1", "Jelena Petrović", "person")
    assert checks.remark_findings(remark(1, "Jelena Petrović spoke.")) == []
    checks.reset_editor()
    assert len(checks.editor_findings("Jelena Petrović spoke.")) == 1


def test_utf16_spans_move_past_characters_outside_the_bmp():
    checks = CaptureChecks([Term("Jelena Petrović", "person")])
    text = "😀😀 Jelena Petrović"
    [span] = utf16_spans(text, checks.editor_findings(text))
    assert (span.start, span.end) == (5, 5 + len("Jelena Petrović"))


def test_theme_list_counts_in_real_singular_and_plural(qtbot) -> None:
    from PySide6.QtCore import Qt as _Qt

    from roundtable_app.ui.capture.theme_model import ThemeListModel
    from roundtable_app.vault import ThemeInfo

    model = ThemeListModel()
    model.set_themes(
        [
            ThemeInfo(1, "Rights of the child", "", 0, "#000000", 1, remark_count=1),
            ThemeInfo(2, "Trauma care", "", 1, "#000000", 2, remark_count=5),
        ]
    )
    shown = [model.data(model.index(i), _Qt.ItemDataRole.DisplayRole) for i in range(2)]
    assert shown == ["Rights of the child\nCtrl+1 · 1 remark", "Trauma care\nCtrl+2 · 5 remarks"]
    tip = model.data(model.index(0), _Qt.ItemDataRole.ToolTipRole)
    assert tip == "Rights of the child: 1 remark. Select with Ctrl+1."
